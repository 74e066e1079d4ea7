/**
 * The Russian INN and SNILS and the Korean business registration number rules on numbers their
 * issuers publish as examples, and on every one-digit change of them (none of which passes: a
 * mod-10 fold of a mod-11 sum can let some changes of other numbers through, not of these).
 */
import { ok } from "@node/assert";
import { koreaBrnValid, russiaInnValid, russiaSnilsValid } from "./russia_korea_ids.ts";

/** Every number that differs from `digits` in exactly one digit. */
function oneDigitChanges(digits: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < digits.length; i++) {
    for (let d = 0; d <= 9; d++) {
      if (String(d) !== digits[i]) out.push(digits.slice(0, i) + d + digits.slice(i + 1));
    }
  }
  return out;
}

const RULES = [
  // An organisation's INN (Sberbank's, printed on its site) and a person's INN.
  { rule: russiaInnValid, valid: ["7707083893", "770451926380"] },
  // The SNILS of the pension fund's own form example, and one whose check sum is below 100.
  { rule: russiaSnilsValid, valid: ["11223344595", "46318792513"] },
  { rule: koreaBrnValid, valid: ["1208147521", "2148153968"] },
];

Deno.test("the INN, SNILS and Korean BRN rules accept valid numbers", () => {
  for (const { rule, valid } of RULES) for (const n of valid) ok(rule(n), n);
});

Deno.test("the INN, SNILS and Korean BRN rules refuse any one changed digit of a valid number", () => {
  for (const { rule, valid } of RULES) {
    for (const n of valid) for (const changed of oneDigitChanges(n)) ok(!rule(changed), changed);
  }
});

Deno.test("the rules refuse other lengths, non-digits and fillers", () => {
  for (const n of ["770708389", "77070838931", "7707O83893", "0000000000", "000000000000"]) {
    ok(!russiaInnValid(n), n);
  }
  // SNILS numbers up to 001-001-998 carry no check number; a filler; wrong lengths.
  for (const n of ["00100199800", "99999999999", "1122334459", "112233445950"]) {
    ok(!russiaSnilsValid(n), n);
  }
  for (const n of ["120814752", "12081475210", "0000000000", "12O8147521"]) {
    ok(!koreaBrnValid(n), n);
  }
});
