import { strictEqual } from "@node/assert";
import {
  germanyVatIdValid,
  italyVatValid,
  usDeaNumberValid,
  vinCheckHolds,
} from "./tax_and_licence_ids.ts";

// Numbers below are built from each rule as published (check digits computed by hand or with an
// independent script), not read back from the functions.

Deno.test("a DEA number is a letter, a letter or 9, seven digits with the check, and nothing more", () => {
  // 1 + 3 + 5 + 2 × (2 + 4 + 6) = 33: check digit 3.
  strictEqual(usDeaNumberValid("AB1234563"), true);
  strictEqual(usDeaNumberValid("A91234563"), true);
  strictEqual(usDeaNumberValid("AB1234564"), false);
  // Lower case and a digit first are refused before the check, which these digits would pass.
  strictEqual(usDeaNumberValid("ab1234563"), false);
  strictEqual(usDeaNumberValid("1B1234563"), false);
  // Anything before or after the nine characters is refused, though the check would pass on it:
  // after "AA" come 9 0 0 0 0 0 9 0, whose first seven check (9 + 0 + 0 + 2 × 0 = 9).
  strictEqual(usDeaNumberValid("AA90000090"), false);
  strictEqual(usDeaNumberValid("AB1234563X"), false);
});

Deno.test("a partita IVA's office code is 001 to 121, 888 or 999, read from its 8th to 10th digits", () => {
  // Each: the first seven digits 1234567, the office code, the Luhn digit.
  for (const valid of ["12345670017", "12345671007", "12345671213", "12345678887", "12345679992"]) {
    strictEqual(italyVatValid(valid), true, valid);
  }
  for (const invalid of ["12345670009", "12345671221", "12345675008", "12345678879"]) {
    strictEqual(italyVatValid(invalid), false, invalid);
  }
  // A wrong Luhn digit.
  strictEqual(italyVatValid("12345671008"), false);
});

Deno.test("a partita IVA is exactly eleven digits, not a filler", () => {
  // Twelve digits whose 8th to 10th are 001 and whose Luhn sum is whole; and the same
  // eleven digits inside a longer word.
  strictEqual(italyVatValid("123456700103"), false);
  strictEqual(italyVatValid("x12345670017"), false);
  strictEqual(italyVatValid("12345670017x"), false);
  // Eleven zeros pass Luhn (office 000 refuses them too); eleven ones are a filler.
  strictEqual(italyVatValid("00000000000"), false);
  strictEqual(italyVatValid("11111111111"), false);
});

Deno.test("a German VAT id is nine digits, none leading 0, with the ISO 7064 MOD 11,10 check", () => {
  strictEqual(germanyVatIdValid("123456788"), true);
  strictEqual(germanyVatIdValid("135792460"), true);
  strictEqual(germanyVatIdValid("123456789"), false);
  strictEqual(germanyVatIdValid("023456789"), false);
  // Ten digits that pass the check as a whole, their last nine shaped as an id.
  strictEqual(germanyVatIdValid("1123456784"), false);
  strictEqual(germanyVatIdValid("123456788 "), false);
});

Deno.test("a US or Canadian VIN carries its ninth-place check; other regions' VINs are not checked", () => {
  // Generated: Σ value × weight mod 11 computed by an independent script, then one wrong digit.
  for (
    const [right, wrong] of [
      ["4W40925K0N5325387", "4W40925K1N5325387"],
      ["2GP70AJ0973990229", "2GP70AJ0073990229"],
      ["1WSAMFA19H0918393", "1WSAMFA10H0918393"],
      ["5V7S8HJK6EE512146", "5V7S8HJK0EE512146"],
    ]
  ) {
    strictEqual(vinCheckHolds(right), true, right);
    strictEqual(vinCheckHolds(wrong), false, wrong);
  }
  // A European or Asian maker's VIN: a letter or any digit in the ninth place.
  strictEqual(vinCheckHolds("WF0KXXGCBK7R40213"), true);
  strictEqual(vinCheckHolds("JT3DF36E4N0071822"), true);
  // Not seventeen characters of the VIN alphabet (no I, O, Q).
  strictEqual(vinCheckHolds("4W40925K0N532538"), false);
  strictEqual(vinCheckHolds("4W40925K0N53253O7"), false);
});
