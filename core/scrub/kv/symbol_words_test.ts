/**
 * Generated passwords hold symbols (`pwgen -y`, `openssl rand`, a password manager): a bare value
 * after a secret's name is read whole to its word's end, not cut at the first `&`, `(`, `,`,
 * `'`, `{`, `<` or `\` (./symbol_words.ts); the syntax's own ends stay ends (a query's `&name=`,
 * a connection string's `;Name=`, the quote closing a logfmt string, a closing tag), and code,
 * templates, entities and stand-ins stay unmasked.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const scrub = (text: string) => scrubber.scrub(text).text;

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
/** The symbols the reader used to stop a bare value at. */
const STOPPERS = "&(,;'{<\\\"`[";

/** A password of 10 to 30 letters and digits with `symbol` at `at` (0: start, 1: middle). */
function password(random: () => number, symbol: string, at: number): string {
  const n = 10 + Math.floor(random() * 21);
  const chars = Array.from({ length: n }, () => ALNUM[Math.floor(random() * ALNUM.length)]);
  chars[at === 0 ? 0 : 1 + Math.floor(random() * (n - 3))] = symbol;
  return chars.join("");
}

/** The alphanumeric runs of `v` of 4 or more characters: none may be left. */
const pieces = (v: string) => v.match(/[A-Za-z0-9]{4,}/g) ?? [];

Deno.test("a bare password with a symbol is masked whole after : and =", () => {
  const random = seededRandom(2046);
  for (const symbol of STOPPERS) {
    for (const at of [0, 1]) {
      for (const form of ["password: ", "db_password=", "secret = ", "--password="]) {
        // `&word` is a YAML anchor's or an entity's shape (a writer quotes a value starting with
        // `&`); a value starting with a quote is a quoted one; `={v` is read as braces (left as
        // it was).
        if (at === 0 && (`"'\`&`.includes(symbol) || form.includes("=") && symbol === "{")) {
          continue;
        }
        const v = password(random, symbol, at);
        const line = `2026-12-06T10:00:00Z INFO login ${form}${v} done`;
        const out = scrub(line);
        for (const piece of pieces(v)) ok(!out.includes(piece), `${line} -> ${out}`);
        ok(out.endsWith(" done"), `${line} -> ${out}`);
      }
    }
  }
});

Deno.test("the syntax's own end still ends a symbol word", () => {
  const random = seededRandom(77);
  for (let k = 0; k < 20; k++) {
    const v = password(random, "!", 1);
    for (
      const [line, kept] of [
        [`GET /a?password=${v}&next=%2Fhome`, "&next=%2Fhome"],
        [`Server=db;Password=${v};Database=app`, ";Database=app"],
        [`msg="login password=${v}" user=bob`, `" user=bob`],
        [`<td>password: ${v}</td>`, "</td>"],
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(v) && out.endsWith(kept), `${line} -> ${out}`);
    }
  }
});

Deno.test("code, templates, entities and stand-ins after a secret's name stay", () => {
  for (
    const line of [
      "password: getPassword()",
      "token = fetch(url)",
      'password=os.environ["X"]',
      // The same index escaped in a string (PHP quoted in a test fixture or a JSON value).
      '$pwd = \\$_POST[\\"password\\"];',
      "apiKey: fs.readFileSync('./key.txt',",
      "secret=read_secret(",
      "credentials = ServiceAccountCredentials.from_p12_keyfile(",
      "password=${PW}",
      "password=\\${PW}",
      "password=%(pw)s",
      "PASSWORD=$(cat /run/secrets/db) && start",
      "token: (see below)",
      "password=(none)",
      "password=[hidden]",
      "password=&amp;",
      "token=&lt;none&gt;",
      "DB_PASSWORD:  <set to the key 'password' in secret 'db'>  Optional: false",
      "GET /login?token=&next=/home",
      "Authorization: AWS4-HMAC-SHA256 Credential=<key-id>/<scope>, SignedHeaders=host",
      "password=<user>:<password>",
      // A quote closing the string the line's code is in ends the word: the value names its key.
      "'Object.getPrototypeOf(import.meta.prop).secret = secret;',",
    ]
  ) strictEqual(scrub(line), line);
});
