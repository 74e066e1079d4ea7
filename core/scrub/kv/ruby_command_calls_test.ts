/**
 * A secret-named variable taking what a class's method returns, called the Ruby way without
 * brackets (`token = JWT.encode payload, key, "HS256"`), is a call, not a value: it stays. A
 * bare value with a dot in it is still one value.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const scrub = (text: string) => scrubber.scrub(text).text;

/** A made-up value, from a small seeded generator. */
function valueOf(seed: number): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) >>> 8;
  return Array.from({ length: 12 + (next() % 10) }, () => alphabet[next() % alphabet.length])
    .join("");
}

Deno.test("a class's method called without brackets is no value", () => {
  const kept = [
    "    token = JWT.encode claims, signing_key, 'HS256'",
    "    auth_token = JWT.decode raw, @hmac_key, true, { algorithm: 'HS256' }",
    "  secret = Base64.strict_encode64 digest_bytes, opts",
    "  api_key = OpenSSL::HMAC.hexdigest digest, $shared, body",
  ];
  deepStrictEqual(kept.filter((line) => scrub(line) !== line), []);
});

Deno.test("a bare value with a dot, and a call's literal key, are still masked", () => {
  for (let seed = 1; seed <= 20; seed++) {
    const v = valueOf(seed);
    const dotted = `${v.slice(0, 5)}.${v.slice(5)}`;
    for (
      const line of [
        `token = ${dotted}`,
        `password = ${dotted} user,`,
        `    token = JWT.encode claims, '${v}', 'HS256'`,
      ]
    ) {
      const out = scrub(line);
      deepStrictEqual(out.includes(v.slice(5)), false, out);
    }
  }
});
