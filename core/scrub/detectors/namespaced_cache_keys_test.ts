/**
 * A cache's namespaced key under `key=` (`rate-limit:tenant:4996:1793716709`, `user-profile:v2:…`:
 * lower-case words a hyphen may join, ids and numbers, between colons), as cache and rate-limit
 * debug lines print it, is a name, not a key; a random key under the same name is still masked.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const next = seededRandom(0xcac4e);
const int = (n: number) => Math.floor(next() * n);
const pick = <T>(items: readonly T[]) => items[int(items.length)];
const run = (n: number, alphabet: string) =>
  Array.from({ length: n }, () => alphabet[int(alphabet.length)]).join("");

Deno.test("namespaced cache keys in cache debug lines are kept", () => {
  const scrubber = createScrubber();
  for (let k = 0; k < 80; k++) {
    const key = [
      pick(["rate-limit", "user-profile", "feature-flags", "session-meta", "idem-key"]),
      pick(["tenant", "v2", "org", "user"]),
      String(int(99999)),
      pick([String(1_700_000_000 + int(90_000_000)), "avatar", "prefs", run(8, "0123456789")]),
    ].slice(0, 2 + int(3)).join(":");
    const line = `2026-11-03T14:38:${10 + int(50)}.${100 + int(900)}Z DEBUG cache ${
      pick(["SET", "GET", "DEL"])
    } key=${key} value=${int(100)} ttl=${int(3600)}`;
    strictEqual(scrubber.scrub(line).text, line);
  }
});

Deno.test("a random key under key= is still masked", () => {
  const scrubber = createScrubber();
  const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  for (let k = 0; k < 60; k++) {
    // A digit in each, as key-assignment-high-entropy asks of a value of letters and digits.
    const value = pick([
      `${run(31, B64)}${int(10)}`,
      `${run(12, B64)}${int(10)}-${run(12, B64)}`,
      `${run(8, "abcdefghijklmnopqrstuvwxyz0123456789")}-${run(6, "0123456789")}:${run(20, B64)}`,
    ]);
    const line = pick([`cache key=${value} loaded`, `{"encryption_key":"${value}"}`]);
    ok(!scrubber.scrub(line).text.includes(value), `${line}`);
  }
});
