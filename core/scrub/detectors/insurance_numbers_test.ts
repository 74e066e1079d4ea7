/**
 * An insurance policy's or member's number under a key that names it (`policy_number`,
 * `policyNo`, `insurance_policy`, `insurance_id`, `insurance_number`, `insured_id`,
 * `medicaid_id`): only one person holds it, as the key says, so a value with a digit is masked; a
 * value with no digit, a count or a flag under such a key stays.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x1a5f);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const letters = (n: number) =>
  Array.from({ length: n }, () => "ABCDEFGHJKLMNPRSTUVWXYZ"[int(0, 22)]).join("");
const VALUES = [
  () => `${letters(3)}${int(100000000, 999999999)}`,
  () => `PL-${int(2015, 2026)}-${int(100000, 999999)}`,
  () => `${int(10000000, 99999999)}`,
  () => `${letters(1)}${int(1000000, 9999999)}${letters(1)}`,
];
const KEYS = [
  "policy_number",
  "policyNo",
  "insurance_policy",
  "insurance_id",
  "insuranceNumber",
  "insured_id",
  "medicaid_id",
];
const CARRIERS = [
  (k: string, v: string) => `{"claim":"C${int(1, 99999)}","${k}":"${v}","status":"open"}`,
  (k: string, v: string) => `applicant.${k}=${v} step=verified`,
  (k: string, v: string) => `<${k}>${v}</${k}>`,
];

Deno.test("a policy or insurance number under a key naming it is masked", () => {
  const cases = KEYS.flatMap((k, i) =>
    CARRIERS.map((carrier, j) => {
      const v = VALUES[(i + j) % VALUES.length]();
      return [carrier(k, v), v];
    })
  );
  deepStrictEqual(cases.filter(([line, v]) => scrubber.scrub(line).text.includes(v)), []);
});

Deno.test("a value with no digit, a count or a flag under those keys stays", () => {
  const lines = KEYS.flatMap((k) => [
    `{"${k}":"pending","required":true}`,
    `${k}_count=${int(1, 999)} ${k}_required=false`,
    `policy=AdministratorAccess insurance=none document=README.md`,
  ]);
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
