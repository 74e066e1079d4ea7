/**
 * A key named only `key` holding base64 of random bytes (`key: Gfdy4GD5…+NRbZ…/…`, a 32-byte key
 * as `openssl rand -base64 32` prints it) is masked though base64 writes `/` in it: 40 or more
 * characters where a capital follows a small letter or a digit, or a digit a capital, at more
 * than six places. An object's path under `key` (words and hex digests between its `/`) stays.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const random = seededRandom(0x2b64);
const base64Of = (n: number) =>
  btoa(String.fromCharCode(...Array.from({ length: n }, () => Math.floor(random() * 256))));

Deno.test("base64 of random bytes with `/` under a plain `key` is masked", () => {
  let tried = 0;
  while (tried < 24) {
    const value = base64Of(30 + tried % 6);
    if (!value.includes("/")) continue;
    tried++;
    for (const line of [`key: ${value}`, `  key: "${value}"`, `key = ${value}`]) {
      ok(!scrubWholeAndStreamed(line).includes(value), line);
    }
  }
});

Deno.test("an object's path under a plain `key` stays", () => {
  for (
    const line of [
      "key: uploads/2026/03/Report2024FinalVersion",
      "key: images/ProductCatalog2024ItemsList/thumbs/small",
      "key: tenants/acme/objects/8f3a9c2e7b1d4f6a8c0e2b4d6f8a0c2e",
      "key: Users/JohnSmith/Documents/Report2024Final/Summary",
      "key: cache/v2/build-2026-01-15/x86_64",
    ]
  ) deepStrictEqual(scrubWholeAndStreamed(line), line);
});
