/**
 * A Kubernetes object's generated name under `secret` or `token` (cert-manager's
 * `"secret"="api-tls-8fldl"`, a ServiceAccount's `default-token-x7k2p`): lower-case words and the
 * five characters Kubernetes appends (no vowels, no 0, 1 or 3) name a Secret, they are not one;
 * random values under the same names are still masked.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const next = seededRandom(0x8f1d1);
const int = (n: number) => Math.floor(next() * n);
const pick = <T>(items: readonly T[]) => items[int(items.length)];
const run = (n: number, alphabet: string) =>
  Array.from({ length: n }, () => alphabet[int(alphabet.length)]).join("");
const SUFFIX = "bcdfghjklmnpqrstvwxz2456789";

Deno.test("generated Secret names in controller log lines are kept", () => {
  const scrubber = createScrubber();
  for (let k = 0; k < 80; k++) {
    const base = pick(["api-tls", "default-token", "builder-token", "db-credentials", "registry"]);
    const name = pick([
      `${base}-${run(5, SUFFIX)}`,
      `${base}-${run(10, "0123456789abcdef")}-${run(5, SUFFIX)}`,
    ]);
    const line = pick([
      `cert-manager/certificates-key-manager "msg"="Certificate does not have a private key Secret, creating one" "key"="payments/api-tls" "secret"="${name}"`,
      `I1103 14:22:05.${run(6, "0123456789")}       1 tokens_controller.go:${
        100 + int(200)
      }] "Created token secret" serviceaccount="ci/builder" token: ${name}`,
      `level=info msg="mounted" secret=${name} namespace=payments`,
    ]);
    strictEqual(scrubber.scrub(line).text, line);
  }
});

Deno.test("random secrets under the same names are still masked", () => {
  const scrubber = createScrubber();
  const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  for (let k = 0; k < 60; k++) {
    const value = pick([
      `${run(24, B64)}${int(10)}`,
      `${run(6, "abcdefghijklmnopqrstuvwxyz")}-${run(5, "aeiou0137")}${int(10)}`,
      `${run(12, "abcdefghijklmnopqrstuvwxyz0123456789")}-${run(12, B64)}`,
    ]);
    const line = pick([`"secret"="${value}"`, `token: ${value}`, `secret=${value} ok`]);
    ok(!scrubber.scrub(line).text.includes(value), line);
  }
});
