/**
 * A provider's key shape assigned to a name that says it is a thing's key, not a credential
 * (`cache_key`, `partition_key`, `idempotency_key`, `object_key`, `sort_key`, `primary_key`,
 * `public_key`, `cacheKey`: the key/value reader's own list, ../kv/key_names.ts) is no secret: IBM
 * Cloud's 44 url-safe characters read the same as a base58 block hash, a base64url digest or a
 * random idempotency key. Found by the ninth benign audit's stress sets. Under `apikey`,
 * `IBMCLOUD_API_KEY` or `iam_apikey` the same value is still masked.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x1b3c);
const scrubber = createScrubber();
const URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const value = () =>
  Array.from({ length: 44 }, () => URL_SAFE[Math.floor(random() * URL_SAFE.length)]).join("");

Deno.test("a 44-character url-safe value under a thing's key name stays", () => {
  const lines: string[] = [];
  for (
    const name of [
      "cache_key",
      "partition_key",
      "idempotency_key",
      "object_key",
      "sort_key",
      "primary_key",
      "public_key",
      "cacheKey",
    ]
  ) {
    lines.push(`${name}=${value()}`, `{"${name}":"${value()}"}`, `${name}: ${value()} shard=3`);
  }
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("the same value under an API key's name is still masked", () => {
  const lines: [string, string][] = [];
  for (const name of ["apikey", "IBMCLOUD_API_KEY", "iam_apikey", "api_key", "key"]) {
    const v = value();
    lines.push([`${name}=${v}`, v], [`{"${name}": "${v}", "cache_key": "${value()}"}`, v]);
  }
  deepStrictEqual(lines.filter(([line, v]) => scrubber.scrub(line).text.includes(v)), []);
});
