/**
 * A console's expression ending in a secret's name, its value printed on the next line: Python's
 * (`>>> app.config["SECRET_KEY"]` then `'v'`), Node's (`> process.env.DB_PASSWORD` then `'v'`),
 * IRB's and pry's (`irb(main):001> ENV["API_TOKEN"]` then `=> "v"`) and GitHub Actions' debug log
 * (`##[debug]Evaluating: secrets.DEPLOY_TOKEN`, then `##[debug]=> 'v'` and `##[debug]Result: 'v'`)
 * are masked, and so are a call given the name (`>>> os.getenv("X")`, `scala> sys.env("X")` then
 * `val res0: String = v`, `iex> System.get_env("X")`, `jshell>`'s `$1 ==> "v"`, IPython's
 * `Out[3]: 'v'`); a non-secret name's value, what is no quoted string (`None`, `nil`, `''`, an error,
 * another prompt), a masked value and the line after the value stay.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";
/** Seeded characters (mulberry32), so that every run tests the same values. */
const random = seededRandom(0x2e91);
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const made = (n: number) =>
  Array.from({ length: n }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join("");

const CONSOLES: [(name: string) => string, (value: string) => string][] = [
  [(name) => `>>> app.config["${name}"]`, (value) => `'${value}'`],
  [(name) => `> process.env.${name}`, (value) => `'${value}'`],
  [(name) => `irb(main):001> ENV["${name}"]`, (value) => `=> "${value}"`],
  [(name) => `irb(main):004:0> ENV["${name}"]`, (value) => `=> "${value}"`],
  [(name) => `[2] pry(main)> Rails.application.credentials.${name}`, (value) => `=> "${value}"`],
  [(name) => `##[debug]Evaluating: secrets.${name}`, (value) => `##[debug]=> '${value}'`],
  [(name) => `>>> os.getenv("${name}")`, (value) => `'${value}'`],
  [(name) => `In [3]: os.environ.get('${name}')`, (value) => `Out[3]: '${value}'`],
  [(name) => `irb> ENV.fetch("${name}")`, (value) => `=> "${value}"`],
  [(name) => `scala> sys.env("${name}")`, (value) => `val res0: String = ${value}`],
  [(name) => `scala> sys.env("${name}")`, (value) => `res1: String = ${value}`],
  [(name) => `iex(1)> System.get_env("${name}")`, (value) => `"${value}"`],
  [(name) => `jshell> System.getenv("${name}")`, (value) => `$1 ==> "${value}"`],
];

Deno.test("a console's value printed below an expression ending in a secret's name is masked", () => {
  for (const name of ["SECRET_KEY", "API_TOKEN", "DB_PASSWORD", "client_secret"]) {
    for (const [expression, printed] of CONSOLES) {
      const value = made(24), after = made(20);
      const text = `${expression(name)}\n${printed(value)}\n${after}`;
      const out = scrubWholeAndStreamed(text);
      ok(!out.includes(value), out);
      ok(out.startsWith(`${expression(name)}\n`), out);
      ok(out.endsWith(`\n${after}`), out);
    }
  }
  const value = made(24);
  const out = scrubWholeAndStreamed(
    `##[debug]Evaluating: secrets.DEPLOY_TOKEN\n##[debug]=> '${value}'\n##[debug]Result: '${value}'`,
  );
  ok(!out.includes(value), out);
});

Deno.test("what a console prints that is no secret's value stays", () => {
  const value = made(24);
  for (const [expression, printed] of CONSOLES) {
    for (
      const text of [
        `${expression("DEBUG")}\nTrue`,
        `${expression("BUILD_ID")}\n${printed(value)}`,
        `${expression("SECRET_KEY")}\nNone`,
        `${expression("API_TOKEN")}\n=> nil`,
        `${expression("API_TOKEN")}\n${printed("")}`,
        `${expression("SECRET_KEY")}\n${expression("BUILD_ID")}\n${printed(value)}`,
        `${expression("SECRET_KEY")}\nTraceback (most recent call last):\nKeyError: 'SECRET_KEY'`,
        `${expression("DB_PASSWORD")}\n${printed("***")}`,
      ]
    ) strictEqual(scrubWholeAndStreamed(text), text);
  }
  const masked =
    `##[debug]Evaluating: secrets.DEPLOY_TOKEN\n##[debug]=> '***'\n##[debug]Result: '***'`;
  strictEqual(scrubWholeAndStreamed(masked), masked);
  const after =
    `##[debug]Evaluating: github.sha\n##[debug]=> '${value}'\n##[debug]Result: '${value}'`;
  strictEqual(scrubWholeAndStreamed(after), after);
});
