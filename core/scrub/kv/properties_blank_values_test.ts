/**
 * A Java `.properties` line whose key and value are apart by one blank or a tab (`db.password v`,
 * `api.key<TAB>v`): a dotted lower-case key starting the line and a mixed-class word ending it, the
 * value masked. A key of no dot, a method's name of words joined by `_` (a call and its
 * argument), words after the value, prose, a reference and a plain word stay.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const random = seededRandom(0x9e0b);
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const made = (n: number) => {
  for (;;) {
    const word = Array.from({ length: n }, () => ALPHABET[Math.floor(random() * 57)]).join("");
    if (/\d/.test(word) && /[a-z]/.test(word) && /[A-Z]/.test(word)) return word;
  }
};

Deno.test("a .properties key and its value apart by one blank: the value is masked", () => {
  for (
    const key of ["db.password", "api.key", "jwt.secret", "app.auth.token", "oauth.client.secret"]
  ) {
    for (const blank of [" ", "\t"]) {
      const value = made(12 + Math.floor(random() * 16));
      const text = `server.port=8080\n${key}${blank}${value}\napp.name demo`;
      const out = scrubWholeAndStreamed(text);
      ok(!out.includes(value), out);
      ok(out.startsWith(`server.port=8080\n${key}${blank}[REDACTED:`), out);
      ok(out.endsWith("\napp.name demo"), out);
    }
  }
});

Deno.test("what is no .properties value after one blank stays", () => {
  const value = made(12);
  for (
    const text of [
      `apikey ${value}`,
      `jwt.secret ${value} rotated`,
      `db.password must not be empty`,
      `Reading jwt.secret from vault`,
      `spring.datasource.password \${DB_PASSWORD}`,
      `api.key rotation`,
      `app.name demo`,
      `auth.login_with_api_key ${value}`,
    ]
  ) strictEqual(scrubWholeAndStreamed(text), text);
});
