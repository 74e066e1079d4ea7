/**
 * Check rules of tax and licence numbers the earlier rule files do not cover: US DEA registrations,
 * Italian and German VAT numbers. Each function takes the number with separators removed, in upper
 * case.
 */
import { digitValues, repeatedDigit } from "./digits.ts";
import { luhnValid } from "./luhn.ts";

/**
 * US DEA registration number: a registrant-type letter, the surname's initial (or 9), seven
 * digits; the last is (d1 + d3 + d5 + 2 × (d2 + d4 + d6)) mod 10.
 */
export function usDeaNumberValid(nine: string): boolean {
  if (!/^[A-Z][A-Z9]\d{7}$/.test(nine)) return false;
  const d = digitValues(nine.slice(2));
  return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 === d[6];
}

/** Italian partita IVA: eleven digits, an office code of 001–121 (or 888, 999), a Luhn digit. */
export function italyVatValid(eleven: string): boolean {
  if (!/^\d{11}$/.test(eleven) || repeatedDigit(eleven)) return false;
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
