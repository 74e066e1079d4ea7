/**
 * Check rules of tax and licence numbers the earlier rule files do not cover: US DEA registrations,
 * Italian and German VAT numbers, vehicle identification numbers. Each function takes the number
 * with separators removed, in upper case.
 */
import { digitValues, plausibleDigits } from "./digits.ts";
import { luhnValid } from "./luhn.ts";

/**
 * US DEA registration number: a registrant-type letter, the surname's initial (or 9), seven
 * digits; the last is (d1 + d3 + d5 + 2 × (d2 + d4 + d6)) mod 10.
 */
export const usDeaNumberValid = (nine: string): boolean => {
  if (!/^[A-Z][A-Z9]\d{7}$/.test(nine)) return false;
  const d = digitValues(nine.slice(2));
  return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 === d[6];
};

/** Italian partita IVA: eleven digits, an office code of 001–121 (or 888, 999), a Luhn digit. */
export function italyVatValid(eleven: string): boolean {
  if (!plausibleDigits(eleven, 11)) return false;
  const office = Number(eleven.slice(7, 10));
  return (office >= 1 && office <= 121 || office === 888 || office === 999) && luhnValid(eleven);
}

/** The ISO 7064 MOD 11,10 check of `digits`' last digit over the others. */
function mod1110Valid(digits: string): boolean {
  const d = digitValues(digits);
  let product = 10;
  for (let i = 0; i < d.length - 1; i++) {
    const sum = (d[i] + product) % 10 || 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10 === d[d.length - 1];
}

/** German VAT id (USt-IdNr.) digits: nine, no leading 0, ISO 7064 MOD 11,10. */
export function germanyVatIdValid(nine: string): boolean {
  return /^[1-9]\d{8}$/.test(nine) && mod1110Valid(nine);
}

/** A VIN letter's value in its check, A to Z (49 CFR 565's transliteration: J = 1, S = 2 …). */
const VIN_LETTER_VALUE = "12345678.12345.7.923456789";
/** The weight of each of a VIN's seventeen places; the ninth, the check digit's own, is 0. */
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/**
 * Whether a VIN may be one: seventeen characters, and one made for the US or Canada (its first
 * character, the region of its manufacturer identifier, 1, 2, 4 or 5) carries the check digit
 * 49 CFR 565 requires in its ninth place: Σ value × weight mod 11, 10 written X. Other regions'
 * VINs need not carry it (a European maker may put a letter or any digit there): not checked.
 */
export function vinCheckHolds(vin: string): boolean {
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(vin)) return false;
  if (!"1245".includes(vin[0])) return true;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin.charCodeAt(i);
    const value = c <= 57 ? c - 48 : Number(VIN_LETTER_VALUE[c - 65]);
    sum += value * VIN_WEIGHTS[i];
  }
  const check = sum % 11;
  return vin[8] === (check === 10 ? "X" : String(check));
}
