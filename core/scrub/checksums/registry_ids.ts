/**
 * Check-digit and structure rules of register numbers: businesses (Australia ABN / ACN, Sweden
 * organisationsnummer, Spain CIF, India GSTIN, Singapore UEN), bank routing (US ABA) and health
 * providers (US NPI). Each function takes the number with separators removed, in upper case.
 */
import { countdown, digitValues, plausibleDigits, repeatedDigit, weightedSum } from "./digits.ts";
import { luhnValid } from "./luhn.ts";

/**
 * Australian Business Number: eleven digits; with 1 taken off the first digit, Σ weights
 * 10, 1, 3, 5, … 19 is a multiple of 89.
 */
export const australiaAbnValid = (eleven: string): boolean => {
  if (!/^[1-9]\d{10}$/.test(eleven) || repeatedDigit(eleven)) return false;
  const d = digitValues(eleven);
  d[0] -= 1;
  return weightedSum(d, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 === 0;
};

/** Australian Company Number: nine digits, the last (10 − Σ weights 8…1 mod 10) mod 10. */
export const australiaAcnValid = (nine: string): boolean => {
  if (!plausibleDigits(nine, 9)) return false;
  const d = digitValues(nine);
  return (10 - (weightedSum(d, countdown(8, 1)) % 10)) % 10 === d[8];
};

/**
 * Sweden organisation number (organisationsnummer): ten digits, the third at least 2 (so it is
 * never a birth month), a Luhn check digit; a 12-digit form starts with 16.
 */
export const swedenOrgNumberValid = (digits: string): boolean => {
  const ten = digits.length === 12 && digits.startsWith("16") ? digits.slice(2) : digits;
  if (!/^[1-9]\d[2-9]\d{7}$/.test(ten)) return false;
  return luhnValid(ten);
};

/**
 * Spain CIF (the tax number, NIF, of a legal entity): an entity letter, a province and serial
 * of seven digits, and a control: with the odd-placed digits doubled (digit sums), the control
 * is 10 − Σ mod 10, written as that digit or as the letter J A B … I of it (a letter for
 * entities N P Q R S W, a digit for A B E H, either for the others).
 */
export const spainCifValid = (cif: string): boolean => {
  const m = /^([ABCDEFGHJNPQRSUVW])(\d{7})([0-9A-J])$/.exec(cif);
  if (!m) return false;
  const d = digitValues(m[2]);
  let sum = 0;
  for (let i = 0; i < 7; i++) {
    const v = i % 2 === 0 ? d[i] * 2 : d[i];
    sum += v > 9 ? v - 9 : v;
  }
  const control = (10 - (sum % 10)) % 10;
  const letter = "JABCDEFGHI"[control];
  if ("NPQRSW".includes(m[1])) return m[3] === letter;
  if ("ABEH".includes(m[1])) return m[3] === String(control);
  return m[3] === letter || m[3] === String(control);
};

const BASE36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/**
 * India GSTIN: a state code (01–38, 97 or 99), the holder's PAN (five letters, four digits, a
 * letter), an entity number (1–9, A–Z), `Z`, and a check character: the Luhn mod 36 rule over
 * the first fourteen characters read as base 36, unless `layoutOnly` (the layout alone).
 */
export function indiaGstinValid(gstin: string, layoutOnly = false): boolean {
  const m = /^(\d{2})[A-Z]{5}\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]$/.exec(gstin);
  if (!m) return false;
  const state = Number(m[1]);
  if (!((state >= 1 && state <= 38) || state === 97 || state === 99)) return false;
  if (layoutOnly) return true;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    const product = BASE36.indexOf(gstin[i]) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return BASE36[(36 - (sum % 36)) % 36] === gstin[14];
}

/** UEN entity types of the `T`/`S`/`R` + year form (ACRA's list of other entities). */
const UEN_ENTITY_TYPES = new Set(
  ("LP LL FC PF RF MQ MM NB CC CS MB FM GS DP CP NR CM CD MD HS VH CH MH CL XL CX HC RP TU TC " +
    "FB FN PA PB SS MC SM GA GB").split(" "),
);

/**
 * Singapore Unique Entity Number: a business (eight digits and a check letter, weights
 * 10,4,9,3,8,2,7,1 into X M K E C A W L J D B), a local company (a year, five digits and a check
 * letter, weights 10,8,6,4,9,7,5,3,1 into Z K C M D N E R G W H) or another entity (T, S or R for
 * the century, two year digits, an entity type, four digits and a check letter).
 */
export const singaporeUenValid = (uen: string): boolean => {
  if (/^\d{8}[A-Z]$/.test(uen)) {
    const sum = weightedSum(digitValues(uen), [10, 4, 9, 3, 8, 2, 7, 1]);
    return "XMKECAWLJDB"[sum % 11] === uen[8];
  }
  if (/^(?:19|20)\d{7}[A-Z]$/.test(uen)) {
    const sum = weightedSum(digitValues(uen), [10, 8, 6, 4, 9, 7, 5, 3, 1]);
    return "ZKCMDNERGWH"[sum % 11] === uen[9];
  }
  // The third form's check character has no published rule: its structure alone is checked.
  const m = /^[TSR]\d{2}([A-Z]{2})\d{4}[A-Z]$/.exec(uen);
  return m !== null && UEN_ENTITY_TYPES.has(m[1]);
};

/**
 * US ABA routing transit number: nine digits, the first two a Federal Reserve district (00–12,
 * 21–32 thrift, 61–72 electronic, 80 traveller's cheques), and 3·(d1+d4+d7) + 7·(d2+d5+d8) +
 * (d3+d6+d9) a multiple of 10.
 */
export const usAbaRoutingValid = (nine: string): boolean => {
  if (!/^(?:0\d|1[0-2]|2[1-9]|3[0-2]|6[1-9]|7[0-2]|80)\d{7}$/.test(nine)) return false;
  if (repeatedDigit(nine)) return false;
  return weightedSum(digitValues(nine), [3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 === 0;
};

/**
 * US National Provider Identifier (CMS): ten digits starting 1 or 2, whose Luhn check digit is
 * computed with the prefix 80840 (the health-industry issuer number) in front.
 */
export const usNpiValid = (ten: string): boolean => {
  return /^[12]\d{9}$/.test(ten) && luhnValid("80840" + ten);
};
