/**
 * A key named in prose by whose it is, no provider naming it: an article or a possessive and a
 * word before a plain `key` (`the Acme key is v`, `Here is your new key: v`; ./assignments.ts,
 * OWNED_KEY), whose key it is then a colon (`token for user bob: v`), and a sentence's `.` after
 * a shorter token (`the access token for ci-runner is v.`). The value must look generated; the
 * sentences such words begin otherwise, and keys that are no secret, stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** `count` words of `length` letters and digits, a digit in each (seeded). */
function tokens(seed: number, count: number, length: number): string[] {
  const rnd = seededRandom(seed);
  return Array.from({ length: count }, () => {
    let v = "";
    for (let i = 0; i < length - 1; i++) v += ALNUM[Math.floor(rnd() * ALNUM.length)];
    return v + String(Math.floor(rnd() * 10));
  });
}

Deno.test("an article or a possessive and a word before `key`, then a generated value: masked", () => {
  const [a, b, c, d, e, f] = tokens(0x2b7e51, 6, 22);
  for (
    const [line, value] of [
      [`the Acme key is ${a}`, a],
      [`Here is your new key: ${b}`, b],
      [`Your Zephyr key was ${c}, keep it safe`, c],
      [`INFO a new key is ${d}`, d],
      [`Generated new key: ${e}`, e],
      [`The billing key is ${f}`, f],
      [`INFO Your Acme key is ${a}. Store it somewhere safe.`, a],
    ]
  ) {
    ok(!scrubWholeAndStreamed(line).includes(value), line);
  }
});

Deno.test("whose token it is and a colon, or a sentence's `.` after a token: masked", () => {
  const [a, b] = tokens(0x51c3a9, 2, 24);
  const [c, d] = tokens(0x7d0e44, 2, 14);
  for (
    const [line, value] of [
      [`token for user bob: ${a}`, a],
      [`Access token for svc-01: ${b}`, b],
      [`the access token for ci-runner is ${c}.`, c],
      [`the access token is ${d}.`, d],
    ]
  ) {
    ok(!scrubWholeAndStreamed(line).includes(value), line);
  }
});

Deno.test("prose look-alikes: sentences going on, names, keys that are no secret, stay", () => {
  const [hex] = tokens(0x3f9a17, 1, 20).map((t) => t.toLowerCase().replace(/[g-z]/g, "a"));
  const [word] = tokens(0x6e2d08, 1, 20);
  const lines = [
    "the key is missing",
    "token is expired",
    "token is expired.",
    "the key is 'user_id'",
    "the Redis key is session:42:cart",
    "the primary key is id",
    "The Key is in the lock",
    "the Acme key is required",
    "the Acme key is stored-in-vault-2026",
    "this key is deprecated",
    "my key is in the drawer",
    "the deploy key is read-only",
    "the new key is not valid yet",
    `the cache key is ${hex}`,
    `the idempotency key is ${hex}`,
    `the object key is ${word}`,
    `the SSH key is ${hex.toUpperCase()}`,
    `the new gpg key is ${hex.toUpperCase()}`,
    `the key for this lookup is ${hex}`,
    "the routing key is orders.created.v1",
    "the token is v2.3.1-beta.",
    "token for user bob: expired",
    "token for user bob: HTTP 401 Unauthorized",
    `Refreshing token for client ${hex}: expires_in=3600`,
    `page token for query 5: ${word}`,
    `Lock token for job 12: ${word}`,
  ];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
