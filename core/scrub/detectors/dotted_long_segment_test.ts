/**
 * key-assignment-high-entropy refuses a dotted or colon-separated name (`orders.created.v1`,
 * `user:42:profile`), not a value whose dotted parts are long random runs: a token of three
 * base64url parts whose header decodes to no JWT (a sample edited by hand), under a `…_KEY`.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";

const scrubber = createScrubber();
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";

/** `length` base64url characters (no `-`) from a seeded generator. */
const partOf = (seed: number, length: number) => seededRandom(seed).chars(length, ALPHABET);

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
