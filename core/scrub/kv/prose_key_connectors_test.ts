/**
 * A key word and its value joined in prose or by a spaced colon: a verb (`the token is v`, `API
 * key was: v`), nothing (`Using token v`, `github-key v`: strong names only) or ` :` after a
 * plain `key` (`key :v`). The value must look generated; the sentences such words begin
 * otherwise (`token expired`, `the key is missing`, `cache key 9f…`) stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";

const HEX32 = "abbbeac89ba7cdabca0b9bd463a0ff0a";
const HEX40 = "f729236cc2356449898375829853830183ff6ae5";
const MIXED14 = "junYV1nAAFZiFj";
const MIXED24 = "Yy8AGcNFdtXDMaPM1SxwbLIx";
const UUID = "3b0f6c1e-8d2a-4f57-9e46-b1c7a05d92e8";

Deno.test("a key word, a verb and a generated value: masked, for every kind of key", () => {
  for (
    const [line, value] of [
      [`Your API key is ${HEX32}, which expires in 30 days`, HEX32],
      [`the token is ${HEX32}.`, HEX32],
      [`apikey is "${MIXED14}"`, MIXED14],
      [`the client secret was: ${MIXED24}`, MIXED24],
      [`private key is ${HEX40}`, HEX40],
      [`access token set to ${MIXED24} by the admin`, MIXED24],
      [`key is ${HEX40}`, HEX40],
      [`password is ${MIXED14}`, MIXED14],
      [`Your snyk token is ${UUID}, which expires`, UUID],
    ]
  ) {
    ok(!scrubWholeAndStreamed(line).includes(value), line);
  }
});

Deno.test("a strong key word and a generated value after a blank alone: masked", () => {
  for (
    const [line, value] of [
      [`[DEBUG] Using token ${HEX32}`, HEX32],
      [`[DEBUG] Using token ${HEX32} for the request`, HEX32],
      [`github-key ${HEX40}`, HEX40],
      [`stripe_key ${MIXED24} loaded`, MIXED24],
      [`apikey ${MIXED24}`, MIXED24],
      [`sending access key ${HEX32} to the service`, HEX32],
      [`with password ${MIXED24} for user bob`, MIXED24],
      [`the secret ${HEX40} leaked.`, HEX40],
      [`[DEBUG] Using deepseek token sk-${HEX32}`, `sk-${HEX32}`],
    ]
  ) {
    ok(!scrubWholeAndStreamed(line).includes(value), line);
  }
});

Deno.test("a plain `key` before a colon, spaced or not: a generated value is masked", () => {
  for (
    const [line, value] of [
      [`key :${HEX40}`, HEX40],
      [`key : ${HEX40}`, HEX40],
      [`KEY: ${MIXED24}`, MIXED24],
      [`  key: ${HEX32}`, HEX32],
      [`api_token : ${MIXED14}`, MIXED14],
      // Base64url tokens: `_` and `-` between random runs.
      [`key : ${MIXED24}_Gj-${MIXED14}`, `${MIXED24}_Gj-${MIXED14}`],
      [`key: xQ-${MIXED24}`, `xQ-${MIXED24}`],
    ]
  ) {
    ok(!scrubWholeAndStreamed(line).includes(value), line);
  }
});

Deno.test("key words going on as a sentence, ids, names and non-secret keys stay", () => {
  const lines = [
    `cache key ${HEX32}`,
    `cache key: ${HEX32}`,
    `the cache key is ${HEX32}`,
    `primary key is ${HEX32}`,
    `CrashReporter Key:   ${HEX40}`,
    "key 3 of 5",
    "token expired",
    "the key is missing",
    "the token is not valid",
    "Secret Manager secret projects/p/secrets/x",
    "password is incorrect for user bob",
    "key ID 0x1234ABCD",
    "key ID: 0x1234ABCD",
    "token bucket 123456789",
    "session key 5",
    `token ${HEX32} revoked by id`,
    `token ${UUID} revoked`,
    `github-key deploy-key-rotated-weekly`,
    `Using token ${UUID}`,
    "Using secret db-password-v2-prod-2026",
    "Using token cache-2026-01-15-refresh-worker",
    "INFO rotating api key key-20260115-rotation-001",
    "key: tls-cert-2026-01-15.pem",
    "key : orders-2026-01-15-000123",
    `key: npm-cache-v2-${HEX32}`,
    "the secret is kept in /etc/app/secret.d/prod.env",
    "Using secret projects/123/secrets/db-pass/versions/3",
    `Using access key id ${HEX32}`,
    "The API key is stored-in-vault-2026",
    "the secret is vault:prod/db#key2026",
    "the token is v2.3.1-beta",
    "API key was rotated-2026-01",
    "private key is RSA-2048",
    "the token is JWT-based",
    "token is X-Auth-Token",
    `key ${HEX32}`,
    `key := ${HEX32}`,
    `Package::key: ${HEX32}`,
    "next page token is CiAKGjBpNDd2NmpBbUV4eWZ3Z3Y",
    `ssh-key ${HEX32}`,
    `gpg-key ${HEX40.toUpperCase()}`,
    "key: user:42:profile",
    "key: uploads/2026/01/report.pdf",
    `"key": "${HEX32}"`,
    "key: b3JkZXItNzkyNTA=",
    "the key is 00000000000000000000",
    "token is ${GITHUB_TOKEN}",
    `auth_method=password next_token=${MIXED24}`,
    `auth_method=api_key page_token=${MIXED24}`,
  ];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
