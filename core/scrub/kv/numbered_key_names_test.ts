/**
 * Numbered key names (./assignments.ts KEY_END, ./key_names.ts): a secret word followed by
 * digits or `_<digits>` at a key's end (`some_api_token_123`, `API_KEY_2`, `db_password1`) names
 * a secret as the word alone does, in every syntax the reader reads. A short key word numbered
 * and alone is an id or a word in a value (`"key_859"`, `base64`, `auth0`) unless a sign assigns
 * to it (`pwd2=`, `key1=`, `"pass_3":`), and numbered names that say no secret (`page_token_2`,
 * `cache_key_12`, `monkey1`) stay.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { keyWordEnds } from "./assignments.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const T = "Zx9Qm2LwV7pK4rT8yB3nD6hJ";
const P = "Harbor2019x!";

Deno.test("a secret word ending in a number names a secret, in each syntax", () => {
  for (
    const [line, value] of [
      [`some_api_token_123 = "${T}"`, T],
      [`API_KEY_2=${T}`, T],
      [`db_password1: ${P}`, P],
      [`DB_PASSWORD_2=${P}`, P],
      [`{"token2":"${T}","ok":true}`, T],
      [`export GITHUB_TOKEN_2="${T}"`, T],
      [`spring.datasource.password3=${P}`, P],
      [`<clientSecret01>${T}</clientSecret01>`, T],
      [`$smtp_pass_2 = '${P}';`, P],
      [`secret-1234: ${T}`, T],
    ]
  ) ok(!scrub(line).includes(value), line);
});

Deno.test("numbered ids, words in values and names that say no secret stay", () => {
  for (
    const line of [
      `{"api_key_id":"key_859","page_token_2":"${T}"}`,
      "encoding=base64 provider=auth0 oauth2=true monkey1=banana",
      "cache_key_12=orders:24752:v1 partition_key_3=tenant-27",
      "max_tokens_2=4096 token_count_1=512",
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("a short key word numbered and alone is no place a key ends; a numbered name is", () => {
  const line = '{"api_key_id":"key_859","encoding":"base64","db_password_2":"v","TOKEN7":"v"}';
  deepStrictEqual(keyWordEnds(line), [
    // an API key word and a word after it may end a key (keyKind judges `api_key_id`: no secret)
    line.indexOf("api_key_id") + "api_key_id".length,
    line.indexOf("db_password_2") + "db_password_2".length,
    line.indexOf("TOKEN7") + "TOKEN7".length,
  ]);
});

Deno.test("a short key word numbered and alone: each word, 1-4 digits, any case, '_' '-' or nothing between; after a name's letter, digit, '_', '.' or '-' it is a key's end; a sign after it makes it one", () => {
  for (
    const word of [
      "key_1",
      "key_1234",
      "KEY_1",
      "Key-12",
      "auth0",
      "pw1",
      "pwd1",
      "pass1",
      "base64",
      "cred1",
      "creds_1234",
      "app key_1",
    ]
  ) {
    deepStrictEqual(keyWordEnds(`{"id":"${word}","n":1}`), [], word);
    deepStrictEqual(keyWordEnds(`ids=[${word}, x] ${word} ok`), [], word);
    deepStrictEqual(keyWordEnds(`{"${word}":"v"}`), [2 + word.length], word);
    deepStrictEqual(keyWordEnds(`${word}=v`), [word.length], word);
    deepStrictEqual(keyWordEnds(`${word}: v`), [word.length], word);
  }
  for (
    const word of [
      "a_creds_1234",
      "app.key_1",
      "app-key_1",
      "app_key_1",
      "app9key_1",
      "x.pass_2",
      "db.pwd_12",
      "password_1",
    ]
  ) deepStrictEqual(keyWordEnds(`{"${word}":"v"}`), [2 + word.length], word);
});

/** A 24-character token of letters and digits with a digit, a small and a capital letter. */
function mixedToken(random: () => number): string {
  const letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  let t = "";
  while (!/\d/.test(t) || !/[a-z]/.test(t) || !/[A-Z]/.test(t)) {
    t = Array.from({ length: 24 }, () => letters[Math.floor(random() * letters.length)]).join("");
  }
  return t;
}

Deno.test("a short key word numbered and assigned to names what the word alone does", () => {
  const random = seededRandom(2318);
  const token = () => mixedToken(random);
  const number = () => ["", "_", "-"][Math.floor(random() * 3)] + (1 + Math.floor(random() * 99));
  for (const word of ["pwd", "PASS", "pw", "auth", "Creds", "cred"]) {
    for (const form of ["=", ": ", '":"']) {
      const name = word + number(), value = `${token()}!`;
      const line = form === '":"' ? `{"${name}":"${value}"}` : `${name}${form}${value}`;
      ok(!scrub(line).includes(value), line);
    }
  }
  for (const form of ["=", ": "]) {
    const name = "key" + number(), value = token();
    ok(!scrub(`${name}${form}${value}`).includes(value), `${name}${form}${value}`);
  }
});

Deno.test("a numbered key alone, quoted in JSON or given a quoted value, names a key", () => {
  const random = seededRandom(2419);
  const token = () => mixedToken(random);
  const name = () =>
    ["key", "KEY", "Key"][Math.floor(random() * 3)] +
    ["", "_", "-"][Math.floor(random() * 3)] + (1 + Math.floor(random() * 99));
  for (
    const form of [
      (n: string, v: string) => `{"${n}": "${v}"}`,
      (n: string, v: string) => `{"id":7,"${n}":"${v}"}`,
      (n: string, v: string) => `export ${n}="${v}"`,
      (n: string, v: string) => `${n}='${v}'`,
      (n: string, v: string) => `  '${n}': '${v}',`,
    ]
  ) {
    for (let i = 0; i < 4; i++) {
      const line = form(name(), token());
      strictEqual(scrub(line).includes("[REDACTED:"), true, line);
      ok(!/[A-Za-z2-9]{24}/.test(scrub(line)), line);
    }
  }
  // a word, a path, a version, a region or a record's name under the same names stays
  for (
    const line of [
      `{"key1": "value1", "KEY_2": "orders-2026-01-15"}`,
      `export KEY1="/etc/ssl/private/server.pem"`,
      `key_3='v1.4.17'`,
      `export KEY_2="us-east-1"`,
      `{"key1": "user:24752:profile"}`,
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("a numbered short word assigned a word, a number, a path or a version stays", () => {
  for (
    const line of [
      "key1=value",
      "key_2=42",
      "KEY-3: /var/lib/app/data",
      "auth1=enabled",
      "creds2=1.4.17",
      "base64: true",
      "auth0: {",
      `{"key_12": "value", "key02": "default"}`,
      "pwd1=/home/deploy",
    ]
  ) strictEqual(scrub(line), line);
});
