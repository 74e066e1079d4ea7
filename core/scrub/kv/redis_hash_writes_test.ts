/**
 * Redis's hash writes as MONITOR prints them (`"HSET" "key" "field" "value" …`, HMSET, HSETNX):
 * the value of a field that names a secret is masked; other fields' values, the key and the
 * fields' names stay, and so does a stand-in.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const random = seededRandom(0x4ed15);
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789~-.";
const made = (n: number) =>
  Array.from({ length: n }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join("");
const HEAD = "1765077069.123456 [0 unix:/run/redis/redis.sock] ";

Deno.test("a secret field's value in MONITOR's HSET and HMSET is masked, the rest kept", () => {
  for (const command of ["HSET", "HMSET", "hset"]) {
    for (const field of ["smtp_password", "api_key", "jwt_secret"]) {
      const secret = made(22), other = made(32);
      const line = `${HEAD}"${command}" "integration:${
        Math.floor(random() * 999)
      }" "etag" "${other}" "${field}" "${secret}" "updated" "1765077069"`;
      const out = scrubWholeAndStreamed(line);
      ok(!out.includes(secret), out);
      ok(out.includes(`"${field}" "[REDACTED:`), out);
      ok(out.includes(`"etag" "${other}"`), out);
      ok(out.includes(`"updated" "1765077069"`), out);
    }
  }
});

Deno.test("hash writes of no secret field, and a secret field's stand-in, stay", () => {
  for (
    const line of [
      `${HEAD}"HSET" "integration:7" "etag" "${made(32)}" "version" "0.4.11"`,
      `${HEAD}"HSET" "integration:7" "secret_key" "********" "updated" "1765077069"`,
      `${HEAD}"HGET" "integration:7" "password"`,
    ]
  ) strictEqual(scrubWholeAndStreamed(line), line);
});

Deno.test("MONITOR's SET of a key named after a secret masks the value, not the key", () => {
  for (const command of ["SET", "GETSET", "set"]) {
    for (const name of ["passwd", "session_secret", "signing_key", "api_token"]) {
      const secret = made(24);
      const key = `${name}:${random() < 0.5 ? "user" : "tenant"}:${Math.floor(random() * 9999)}`;
      const line = `${HEAD}"${command}" "${key}" "${secret}" "EX" "3600"`;
      const out = scrubWholeAndStreamed(line);
      ok(!out.includes(secret), out);
      ok(out.includes(`"${command}" "${key}" "[REDACTED:`), out);
    }
  }
});

Deno.test("a SET of a key named after a secret keeps a stand-in, and other keys' values", () => {
  for (
    const line of [
      `${HEAD}"SET" "jwt_secret:user:${Math.floor(random() * 9999)}" "[MASKED]" "EX" "3600"`,
      `${HEAD}"SET" "github_token:user:${Math.floor(random() * 9999)}" "********" "EX" "3600"`,
      `${HEAD}"SET" "profile:user:${Math.floor(random() * 9999)}" "${made(24)}"`,
    ]
  ) strictEqual(scrubWholeAndStreamed(line), line);
});
