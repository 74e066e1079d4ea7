/**
 * The key/value reader: each syntax yields the key and exactly the value (no quotes, no
 * operator); values that are not literals, keys that are values, and flags without a value
 * yield nothing; values below the line are announced; the work per line is bounded.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { MAX_KEYS_PER_LINE, readAssignments, VALUE_CAP } from "./assignments.ts";

/** [key, value] of every assignment the reader finds on `line` (not those whose value is below). */
function pairs(line: string): [string, string][] {
  return readAssignments(line).filter((a) => a.opens === null).map((
    a,
  ) => [a.key, line.slice(a.start, a.end)]);
}

const V = "Zx9Qm2LwV7pK4rT8";

Deno.test("every assignment syntax yields its key and exactly its value", () => {
  const cases: [string, string][] = [
    [`password=${V}`, "password"],
    [`password = "${V}"`, "password"],
    [`{"password":"${V}","retry":2}`, "password"],
    [`{\\"password\\":\\"${V}\\"}`, "password"],
    [`{\\\\\\"password\\\\\\":\\\\\\"${V}\\\\\\"}`, "password"],
    [`'password' => '${V}',`, "password"],
    [`:password => '${V}',`, "password"],
    [`\tpassword := "${V}"`, "password"],
    [`PASSWORD :::= ${V}`, "PASSWORD"],
    [`PASSWORD ::= ${V}`, "PASSWORD"],
    [`PASSWORD ?= ${V}`, "PASSWORD"],
    [`PASSWORD += ${V}`, "PASSWORD"],
    [`$password .= "${V}";`, "password"],
    [`$password.="${V}";`, "password"],
    [`$cfg['db_password'] .= '${V}';`, "db_password"],
    [`$env:DB_PASSWORD = '${V}'`, "DB_PASSWORD"],
    [`var dbPassword string = "${V}"`, "dbPassword"],
    [`export const dbPassword: string = "${V}";`, "dbPassword"],
    [`let db_password: &str = "${V}";`, "db_password"],
    [`db_password: str = "${V}"`, "db_password"],
    [`env["DB_PASSWORD"] = "${V}"`, "DB_PASSWORD"],
    [`os.environ.setdefault("DB_PASSWORD", "${V}")`, "DB_PASSWORD"],
    [`./deploy --db-password ${V} --region eu`, "--db-password"],
    [`Connect-Db -Password '${V}'`, "-Password"],
    [`ENV DB_PASSWORD ${V}`, "DB_PASSWORD"],
    [`set -gx DB_PASSWORD '${V}'`, "DB_PASSWORD"],
    [`#define DB_PASSWORD "${V}"`, "DB_PASSWORD"],
    [`setx DB_PASSWORD "${V}"`, "DB_PASSWORD"],
    [`$ app config set db_password ${V}`, "db_password"],
    [`export DB_PASSWORD = ${V}`, "DB_PASSWORD"],
    [`<password>${V}</password>`, "password"],
    [`<password><![CDATA[${V}]]></password>`, "password"],
    [`<entry key="dbPassword">${V}</entry>`, "dbPassword"],
    [`<password type="plain">${V}</password>`, "password"],
    [`machine api.example.com login deploy password ${V}`, "password"],
    [`ds.setPassword("${V}");`, "ds.setPassword"],
    [`Client.builder().apiKey("${V}").build()`, "apiKey"],
    [`hook.setWebhookSecret("${V}")`, "hook.setWebhookSecret"],
    [`ALTER ROLE app WITH LOGIN PASSWORD '${V}';`, "PASSWORD"],
    [`client = Client(password=b"${V}")`, "password"],
    [`spring.datasource.password=${V}`, "spring.datasource.password"],
    [`Server=sql1;Pwd=${V};`, "Pwd"],
    [`GET /cb?access_token=${V}&state=1`, "access_token"],
    [`X-Api-Key: ${V}`, "X-Api-Key"],
    [`//registry.npmjs.org/:_authToken=${V}`, "_authToken"],
    [`BUNDLE_GEMS__CONTRIBSYS__COM=deploy:${V}`, "BUNDLE_GEMS__CONTRIBSYS__COM"],
  ];
  for (const [line, key] of cases) {
    const value = line.includes(`deploy:${V}`) ? `deploy:${V}` : V;
    deepStrictEqual(pairs(line), [[key, value]], line);
  }
});

Deno.test("a quoted value keeps its escaped quotes and backslashes; an open one runs to the end", () => {
  deepStrictEqual(pairs('password = "pa\\"ss\\\\word" rest'), [["password", 'pa\\"ss\\\\word']]);
  deepStrictEqual(pairs("password='unterminated value"), [["password", "unterminated value"]]);
});

Deno.test("what is not a literal value, or not a key, yields nothing", () => {
  for (
    const line of [
      "password",
      "the password is weak",
      "Failed password for root from 203.0.113.9",
      'password = getenv("DB_PASSWORD")',
      "password=",
      "</password>",
      "api_key=<your-api-key> attempt=1",
      '{"kind":"token", "svc":"auth"}',
      'check("password", min=12)',
      "--password --host db1",
      "bypass=on compass=north",
      'user.getPassword("bob")',
      'if (validatePassword("abc")) ok',
      'hashToken("abc123")',
      'prompt.askPassword("Enter password")',
      "the password policy requires 12 characters",
      "failed to set password for user bob",
      "token_count=5 max_tokens=1024 password_reset=true",
      "tokenizer=cl100k secret_name=db-creds",
    ]
  ) {
    deepStrictEqual(pairs(line), [], line);
  }
});

Deno.test("keys inside a value are still read; a quoted word after `:` is a value", () => {
  deepStrictEqual(pairs(`password=ab|api_key=${V}`), [["password", "ab|api_key=" + V], [
    "api_key",
    V,
  ]]);
  deepStrictEqual(pairs(`{"field":"password", "password":"${V}"}`), [["password", V]]);
});

Deno.test("a value that goes on below its line is announced, with the key line's indent", () => {
  const opens = (line: string) => readAssignments(line).map((a) => a.opens);
  deepStrictEqual(opens("  password: |"), [{ form: "block", indent: 2 }]);
  deepStrictEqual(opens("  secret: >-"), [{ form: "block", indent: 2 }]);
  deepStrictEqual(opens("    api_key:"), [{ form: "next-line", indent: 4 }]);
  deepStrictEqual(opens("  password: # set in vault"), [{ form: "next-line", indent: 2 }]);
  deepStrictEqual(opens("  <config><password>"), [{ form: "element" }]);
  deepStrictEqual(opens('<password encrypted="false">'), [{ form: "element" }]);
  deepStrictEqual(opens("password = <<-EOF"), [{ form: "heredoc", marker: "EOF" }]);
  // Not at the start of a line, or after text: a placeholder tag, not an element.
  deepStrictEqual(opens("msg=retry password:"), []);
  deepStrictEqual(opens('sl_api_key: "%s" % <key_from_config>'), [null]);
});

Deno.test("a value longer than VALUE_CAP is cut, not read on", () => {
  const long = "a".repeat(VALUE_CAP + 10);
  for (const line of [`password=${long}`, `password="${long}"`, `<password>${long}</password>`]) {
    const [a] = readAssignments("x " + line);
    strictEqual(a.cut, true, line.slice(0, 20));
  }
  const [fits] = readAssignments(`password=${"a".repeat(VALUE_CAP)} x`);
  strictEqual(fits.cut, false);
});

Deno.test("past MAX_KEYS_PER_LINE secret-named keys, the rest of the line is one cut", () => {
  const line = "token=1 ".repeat(MAX_KEYS_PER_LINE + 5);
  const found = readAssignments(line);
  const last = found[found.length - 1];
  strictEqual(last.cut, true);
  strictEqual(last.start, "token=1 ".length * MAX_KEYS_PER_LINE);
  strictEqual(last.end, line.length);
});

Deno.test("a plan's change gives both values; confirmations and a lone .netrc line are passwords", () => {
  deepStrictEqual(pairs(`  ~ api_token = "${V}" -> "${V}x"`), [["api_token", V], [
    "api_token",
    `${V}x`,
  ]]);
  deepStrictEqual(pairs(`  ~ api_token = "${V}" -> (known after apply)`), [["api_token", V]]);
  deepStrictEqual(pairs(`{"password_confirmation"=>"${V}"}`), [["password_confirmation", V]]);
  deepStrictEqual(pairs(`user[passwordConfirm]=${V}`), [["passwordConfirm", V]]);
  deepStrictEqual(pairs(`  password ${V}`), [["password", V]]);
  deepStrictEqual(pairs("  password expired"), []);
  deepStrictEqual(pairs(`  password ${V} was rejected`), []);
});
