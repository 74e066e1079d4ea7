/**
 * A lower-case IBAN under a SEPA transfer's creditor or debtor account (`creditor_account=`,
 * `debtorAccount: "…"`), with no other word of money on its line, is masked; the same characters
 * failing mod 97 stay (values generated).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { HEX, iban, IBAN_COUNTRIES, Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

const line = (r: Rand, value: string) => {
  const key = r.pick(["creditor_account", "debtor_account", "creditorAccount", "DebtorAccount"]);
  return r.pick([
    `POST /account/update body: csrf=${r.chars(16, HEX)}&${key}=${value}&submit=Save`,
    `#<Customer id: ${r.range(1000, 99999)}, ${key}: "${value}", status: "active">`,
    `{"id":${r.range(1000, 99999)},"${key}":"${value}"}`,
  ]);
};

Deno.test("a lower-case IBAN under a creditor or debtor account key is masked", () => {
  const r = new Rand(5931);
  const leaks: string[] = [];
  for (let i = 0; i < 40; i++) {
    const value = iban(r, r.pick(IBAN_COUNTRIES)).toLowerCase();
    const text = line(r, value);
    if (scrubber.scrub(text).text.includes(value)) leaks.push(text);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("lower-case characters failing mod 97 under a creditor account key stay", () => {
  const r = new Rand(5932);
  const kept: string[] = [];
  for (let i = 0; i < 30; i++) {
    const good = iban(r, r.pick(IBAN_COUNTRIES)).toLowerCase();
    const check = String((Number(good.slice(2, 4)) + r.range(1, 9)) % 97 + 2).padStart(2, "0");
    const text = line(r, good.slice(0, 2) + check + good.slice(4));
    if (scrubber.scrub(text).text !== text) kept.push(text);
  }
  deepStrictEqual(kept, []);
});
