/**
 * A key word, a few words saying whose or which key it is (`for this app`, `of the prod
 * account`, `on the staging database`), then `is` or `was` and the value: read as the key's verb
 * right after it is (./assignments.ts, PROSE_QUALIFIER), the value judged the same way, so the
 * sentences that go on with a word (`is missing`, `is expired`, `is set`) stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";

const HEX32 = "5d0c9e7a41b3f86e2a9d7c0b4e1f3a68";
const MIXED24 = "Rq7vNb2XkLp9TzWc4HyMs8Jd";
const MIXED14 = "fT4#qZ9mWx2Lp!";

Deno.test("a key word, words saying whose it is, a verb and a generated value: masked", () => {
  for (
    const [line, value] of [
      [`The secret key for this app is ${MIXED24}`, MIXED24],
      [`the API token for user bob is ${HEX32}`, HEX32],
      [`Your password for the staging database is ${MIXED14}`, MIXED14],
      [`The API key of the prod account was: ${MIXED24}, rotate it`, MIXED24],
      [`access token on staging is "${MIXED24}"`, MIXED24],
      [`client secret in the old vault was ${HEX32}.`, HEX32],
      [`INFO the auth token for svc-01 is ${MIXED24}`, MIXED24],
    ]
  ) {
    ok(!scrubWholeAndStreamed(line).includes(value), line);
  }
});

Deno.test("such sentences going on with a word, a non-secret key, or words too many, stay", () => {
  const lines = [
    "the key for this lookup is missing",
    "the token for user bob is expired",
    "the password for root is set",
    "The secret key for this app is not configured",
    "the API token for user bob is v2.3.1-beta",
    "the private key in this repo is RSA-2048",
    `the cache key for this lookup is ${HEX32}`,
    `the key for this lookup is ${HEX32}`,
    `the next page token for this query is ${MIXED24}`,
    `the API key for one two three four five is ${MIXED24}`,
    `the password for the admin account is incorrect`,
    `token for ${HEX32} is valid`,
  ];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
