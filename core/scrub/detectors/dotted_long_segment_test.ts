/**
 * key-assignment-high-entropy refuses a dotted or colon-separated name (`orders.created.v1`,
 * `user:42:profile`), not a value whose dotted parts are long random runs: a token of three
 * base64url parts whose header decodes to no JWT (a sample edited by hand), under a `…_KEY`.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";

/** `length` base64url characters (no `-`) from a small seeded generator (mulberry32). */
function partOf(seed: number, length: number): string {
  let state = seed * 0x9e3779b9;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return Array.from({ length }, () => ALPHABET[next() % ALPHABET.length]).join("");
}

Deno.test("dotted parts of 41 or more random characters under a key name are masked", () => {
  for (let seed = 1; seed <= 20; seed++) {
    const value = `${partOf(seed, 36)}.${partOf(seed + 100, 120)}.${partOf(seed + 200, 43)}`;
    for (const line of [`SERVICE_ANON_KEY=${value}`, `{"signing_key":"${value}"}`]) {
      const out = scrubber.scrub(line).text;
      strictEqual(out.includes(value.slice(40, 80)), false, out);
    }
  }
});

Deno.test("dotted and colon-separated names under a key name stay", () => {
  for (
    const line of [
      "routing_key=orders.created.v1",
      "partition_key=tenant42.region7.shard9",
      "cache_key=user:42:profile:v3",
      "cache_key=sessions:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
