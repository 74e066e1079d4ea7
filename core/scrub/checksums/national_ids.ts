/**
 * Check-digit and structure rules of national identity numbers. Each function takes the
 * number with separators already removed (digits, or digits and letters, in upper case).
 */
import { digitValues, repeatedDigit, weightedSum } from "./digits.ts";
import { mod97 } from "./iban.ts";
import { luhnValid } from "./luhn.ts";
import { verhoeffValid } from "./verhoeff.ts";

/** True when `value` is exactly `length` digits, not all one digit (`000000000`). */
function plausibleDigits(value: string, length: number): boolean {
  return value.length === length && /^[0-9]+$/.test(value) && !repeatedDigit(value);
}

/**
 * US Social Security number: area not 000/666/9xx, group not 00, serial not 0000. Published
 * sample numbers (078-05-1120 …) are structurally valid and still masked: a redactor that lets a
 * plausible SSN through on a guess is wrong in the costly direction.
 */
export function usSsnValid(nine: string): boolean {
  if (!plausibleDigits(nine, 9)) return false;
  const area = nine.slice(0, 3), group = nine.slice(3, 5), serial = nine.slice(5);
  if (area === "000" || area === "666" || area[0] === "9") return false;
  return group !== "00" && serial !== "0000";
}

/** UK National Insurance number: two prefix letters, six digits, suffix A–D (HMRC's allocation rules). */
export function ukNinoValid(nino: string): boolean {
  const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])[0-9]{6}[A-D]$/.exec(nino);
  if (!m) return false;
  return !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(m[1] + m[2]);
}

/** UK NHS number: ten digits, weights 10…2, check digit 11 − (sum mod 11); 10 is never issued. */
export function nhsNumberValid(ten: string): boolean {
  if (!plausibleDigits(ten, 10)) return false;
  const d = digitValues(ten);
  const check = 11 - (weightedSum(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === d[9];
}

/** India Aadhaar: twelve digits, not starting with 0 or 1, Verhoeff check digit. */
export function aadhaarValid(twelve: string): boolean {
  return /^[2-9][0-9]{11}$/.test(twelve) && verhoeffValid(twelve);
}

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

/** Spain DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter): letter = number mod 23. */
export function spainDniNieValid(id: string): boolean {
  const m = /^([XYZ]|[0-9])([0-9]{7})([A-Z])$/.exec(id);
  if (!m) return false;
  const lead = "XYZ".indexOf(m[1]);
  const n = Number((lead >= 0 ? String(lead) : m[1]) + m[2]);
  return DNI_LETTERS[n % 23] === m[3];
}

/** Values of characters in odd (1st, 3rd …) positions of an Italian codice fiscale. */
const CF_ODD = [
  1,
  0,
  5,
  7,
  9,
  13,
  15,
  17,
  19,
  21,
  2,
  4,
  18,
  20,
  11,
  3,
  6,
  8,
  12,
  14,
  16,
  10,
  22,
  25,
  24,
  23,
];

/** Italy codice fiscale: 16 characters, the last a check letter (sum of position values mod 26). */
export function italyCodiceFiscaleValid(cf: string): boolean {
  if (
    !/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(
      cf,
    )
  ) {
    return false;
  }
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = cf.charCodeAt(i);
    const v = c <= 57 ? c - 48 : c - 65;
    sum += i % 2 === 0 ? CF_ODD[v] : v;
  }
  return String.fromCharCode(65 + (sum % 26)) === cf[15];
}

/** Poland PESEL: eleven digits, weights 1,3,7,9 repeating, and a possible birth month. */
export function peselValid(eleven: string): boolean {
  if (!plausibleDigits(eleven, 11)) return false;
  const d = digitValues(eleven);
  const month = (d[2] * 10 + d[3]) % 20;
  if (month < 1 || month > 12) return false;
  const sum = weightedSum(d, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]);
  return (10 - (sum % 10)) % 10 === d[10];
}

/** Brazil CPF: eleven digits, two mod-11 check digits, not all the same digit. */
export function cpfValid(eleven: string): boolean {
  if (!plausibleDigits(eleven, 11)) return false;
  const d = digitValues(eleven);
  const first = weightedSum(d, [10, 9, 8, 7, 6, 5, 4, 3, 2]);
  if (((first * 10) % 11) % 10 !== d[9]) return false;
  const second = weightedSum(d, [11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  return ((second * 10) % 11) % 10 === d[10];
}

/** Netherlands BSN: nine digits passing the "11-test" (weights 9…2, and −1 for the last). */
export function bsnValid(nine: string): boolean {
  if (!plausibleDigits(nine, 9)) return false;
  const d = digitValues(nine);
  return (weightedSum(d, [9, 8, 7, 6, 5, 4, 3, 2]) - d[8]) % 11 === 0;
}

/**
 * Germany Steuer-ID: eleven digits, no leading 0, in the first ten exactly one digit occurs
 * two or three times, and the last is an ISO 7064 MOD 11,10 check digit.
 */
export function steuerIdValid(eleven: string): boolean {
  if (!/^[1-9][0-9]{10}$/.test(eleven)) return false;
  const d = digitValues(eleven);
  const counts = new Array(10).fill(0);
  for (let i = 0; i < 10; i++) counts[d[i]]++;
  const repeated = counts.filter((c) => c > 1);
  if (repeated.length !== 1 || repeated[0] > 3) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (d[i] + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === d[10];
}

/** Australia TFN: nine digits whose weighted sum (1,4,3,7,5,8,6,9,10) is a multiple of 11. */
export function australiaTfnValid(nine: string): boolean {
  if (!plausibleDigits(nine, 9)) return false;
  return weightedSum(digitValues(nine), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
}

/** Canada SIN: nine digits, Luhn-valid, first digit not 8 (never issued). */
export function canadaSinValid(nine: string): boolean {
  return /^[0-79][0-9]{8}$/.test(nine) && luhnValid(nine);
}

/**
 * France NIR (numéro de sécurité sociale): sex, year, month, department (2A/2B for Corsica,
 * counted as 19/18), commune, order, and a key = 97 − (the first 13 digits mod 97).
 */
export function franceNirValid(fifteen: string): boolean {
  const m = /^([1-478])([0-9]{2})([0-9]{2})([0-9]{2}|2A|2B)([0-9]{6})([0-9]{2})$/.exec(fifteen);
  if (!m) return false;
  const month = Number(m[3]);
  if (month < 1 || (month > 12 && month < 20) || (month > 42 && month < 50)) return false;
  const department = m[4] === "2A" ? "19" : m[4] === "2B" ? "18" : m[4];
  return 97 - mod97(m[1] + m[2] + m[3] + department + m[5]) === Number(m[6]);
}
