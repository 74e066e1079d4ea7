/**
 * A table whose keys a dot leader joins to their values (Laravel's `php artisan config:show`:
 * `api_key ........ v`): a secret-named key's value is masked, the other rows kept; a leader with
 * no space before it (`password... ok`, an ellipsis) opens no value.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed, secretFrom } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const random = seededRandom(0xd07d07);
const row = (key: string, value: string) => `  ${key} ${".".repeat(40 - key.length)} ${value}`;

Deno.test("a secret-named key's value after a dot leader is masked, other rows kept", () => {
  for (const key of ["password", "api_key", "aws_secret_access_key", "session_secret", "token"]) {
    const secret = secretFrom(random, 20, 40);
    const text = [
      `  services.integration ${".".repeat(50)}`,
      row("host", "db.internal"),
      row("port", String(1024 + Math.floor(random() * 9000))),
      row(key, secret),
      row("enabled", "true"),
    ].join("\n");
    const out = scrubWholeAndStreamed(text);
    ok(!out.includes(secret), out);
    ok(out.includes(`${row(key, "[REDACTED:")}`), out);
    ok(out.includes(row("host", "db.internal")), out);
  }
});

Deno.test("an ellipsis glued to a key, and a leader's stand-in, stay", () => {
  for (
    const text of [
      `Checking password... ${secretFrom(random)}`,
      `password... ${secretFrom(random)}`,
      row("password", "********"),
      row("api_key", "null"),
    ]
  ) strictEqual(scrubWholeAndStreamed(text), text);
});
