/**
 * What names, fetches or describes a secret without holding one stays: a shell expansion's
 * error message, a command substitution, the key after `Bearer` in `token_type=Bearer
 * expires_in=…`, the secret name in an AWS Secrets Manager ARN. The values beside them are
 * still masked.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const scrub = (text: string) => scrubber.scrub(text).text;
const T = "Vb7Kq2Lm9Xw4Rt8Zp3Nc";

Deno.test("references to a secret are kept unchanged", () => {
  const kept = [
    "DB_PASSWORD=${DB_PASSWORD:?DB_PASSWORD must be set}",
    "  REDIS_PASSWORD: ${REDIS_PASSWORD?missing redis password}",
    'export GITHUB_TOKEN="$(gh auth token --hostname github.internal)"',
    "SESSION_SECRET=$(openssl rand -hex 32)",
    "oauth token issued token_type=Bearer expires_in=7200 scope=read",
    "rotated arn:aws:secretsmanager:us-east-2:210987654321:secret:staging/billing/api-Qw3Er7 ok",
  ];
  deepStrictEqual(kept.filter((line) => scrub(line) !== line), []);
});

Deno.test("the values beside such references are still masked", () => {
  const masked = [
    `DB_PASSWORD=\${DB_PASSWORD:-${T}}`,
    `api_token="${T}" next=$(date)`,
    `Authorization: Bearer ${T}=`,
    `arn:aws:secretsmanager:us-east-2:210987654321:secret:x client_secret=${T}`,
  ];
  deepStrictEqual(masked.filter((line) => scrub(line).includes(T)), []);
});
