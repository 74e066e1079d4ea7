/**
 * PHP's serialize() writes a string's length between a key and its value
 * (`a:2:{s:4:"user";s:5:"alice";s:8:"password";s:12:"v";}`, as a session file or a cached option
 * shows it): the value under a secret's name is masked, escaped (`\"password\";s:12:\"v\"`) too.
 * Found by the Nosey Parker proxy (a key; s:32:"…"; pair). Values under other names stay.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const random = seededRandom(0x5e71a1);
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const value = (n: number) =>
  Array.from({ length: n }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join("");
const s = (text: string) => `s:${text.length}:"${text}";`;

Deno.test("a value PHP serialized under a secret's name is masked", () => {
  for (const name of ["password", "api_key", "token", "client_secret", "db_pass"]) {
    for (let k = 0; k < 4; k++) {
      const v = value(12 + Math.floor(random() * 30));
      const forms = [
        `a:2:{${s("user")}${s("alice")}${s(name)}${s(v)}}`,
        `O:8:"stdClass":1:{${s(name)}${s(v)}}`,
        `session: ${s(name)}${s(v)}`.replaceAll('"', '\\"'),
      ];
      for (const text of forms) {
        const out = scrub(text);
        ok(!out.includes(v), out);
        ok(out.includes("[REDACTED:"), out);
      }
    }
  }
});

Deno.test("values PHP serialized under other names stay", () => {
  for (
    const text of [
      `a:2:{${s("name")}${s("alice")}${s("role")}${s("admin")}}`,
      `a:1:{${s("hash")}${s("8f52d1586bd18a18e152289b00ed7d29")}}`,
      `a:1:{${s("session_id")}${s("q1w2e3r4t5y6u7i8o9p0a1s2d3")}}`,
      `a:1:{${s("password")}${s("")}}`,
    ]
  ) strictEqual(scrub(text), text);
});
