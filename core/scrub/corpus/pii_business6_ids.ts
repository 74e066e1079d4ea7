/**
 * Builders of personal identifiers for the business PII corpus (./gen_pii_business6.ts), each
 * with the check digits of its scheme, written from the schemes' published rules and without
 * reading the engine's detectors or checksums, so that the corpus checks them independently. Every
 * builder takes the seeded random source and returns the identifier in its plainest form; layouts
 * (spaces, dashes) are the corpus's business.
 */
import { createHash } from "node:crypto";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";

/** A seeded source of randomness (mulberry32): the same seed, the same corpus. */
export class Rng {
  /** A float in [0, 1). */
  readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed).next;
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  digits(n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  chars(alphabet: string, n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[this.int(0, alphabet.length - 1)];
    return s;
  }
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");
const sumWeighted = (digits: string, weights: readonly number[]) =>
  weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);

/** A birth date as day, month and full year, between 1940 and 2005. */
export interface Birth {
  d: number;
  m: number;
  y: number;
}
export function birth(r: Rng): Birth {
  return { d: r.int(1, 28), m: r.int(1, 12), y: r.int(1940, 2005) };
}
export const ddmmyy = (b: Birth) => pad(b.d, 2) + pad(b.m, 2) + pad(b.y % 100, 2);
export const yymmdd = (b: Birth) => pad(b.y % 100, 2) + pad(b.m, 2) + pad(b.d, 2);
export const isoDate = (b: Birth) => `${b.y}-${pad(b.m, 2)}-${pad(b.d, 2)}`;

/** The Luhn digit that completes `payload`. */
export function luhnDigit(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}
export function luhnValid(s: string): boolean {
  return luhnDigit(s.slice(0, -1)) === s.slice(-1);
}

/** A card number of `prefix` and `length` digits that passes Luhn. */
export function card(r: Rng, prefix: string, length: number): string {
  const body = prefix + r.digits(length - prefix.length - 1);
  return body + luhnDigit(body);
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
export function verhoeffDigit(payload: string): string {
  let c = 0;
  const rev = [...payload].reverse();
  for (let i = 0; i < rev.length; i++) c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][Number(rev[i])]];
  return String(VERHOEFF_INV[c]);
}
export function verhoeffValid(s: string): boolean {
  let c = 0;
  const rev = [...s].reverse();
  for (let i = 0; i < rev.length; i++) c = VERHOEFF_D[c][VERHOEFF_P[i % 8][Number(rev[i])]];
  return c === 0;
}

/** Finland: DDMMYY, century sign, individual number, check character (mod 31). */
export function hetu(r: Rng, b = birth(r)): string {
  const sign = b.y >= 2000 ? "A" : "-";
  const n = pad(r.int(2, 899), 3);
  const check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(ddmmyy(b) + n) % 31];
  return ddmmyy(b) + sign + n + check;
}

/** Sweden: YYMMDD-NNNC, Luhn over the nine digits before C. */
export function personnummer(r: Rng, b = birth(r)): string {
  const body = yymmdd(b) + r.digits(3);
  return `${yymmdd(b)}-${body.slice(6)}${luhnDigit(body)}`;
}

/** Norway: DDMMYY III K1 K2 (two mod 11 checks); retried until both exist. */
export function fodselsnummer(r: Rng, b = birth(r)): string {
  for (let tries = 0; tries < 200; tries++) {
    const base = ddmmyy(b) + pad(r.int(0, 499), 3);
    const k1 = 11 - (sumWeighted(base, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11);
    if (k1 === 10) continue;
    const withK1 = base + String(k1 % 11);
    const k2 = 11 - (sumWeighted(withK1, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
    if (k2 === 10) continue;
    return withK1 + String(k2 % 11);
  }
  throw new Error("no fødselsnummer");
}

/** Denmark: DDMMYY-SSSS passing the (historic) mod 11 check. */
export function cpr(r: Rng, b = birth(r)): string {
  for (let tries = 0; tries < 500; tries++) {
    const s = ddmmyy(b) + r.digits(4);
    if (sumWeighted(s, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0) {
      return `${s.slice(0, 6)}-${s.slice(6)}`;
    }
  }
  throw new Error("no CPR");
}

/** Korea: YYMMDD-SNNNNNC, check (11 - weighted sum mod 11) mod 10. */
export function rrn(r: Rng, b = birth(r)): string {
  const sex = b.y >= 2000 ? r.pick(["3", "4"]) : r.pick(["1", "2"]);
  const body = yymmdd(b) + sex + r.digits(5);
  const check = (11 - (sumWeighted(body, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10;
  return `${body.slice(0, 6)}-${body.slice(6)}${check}`;
}

/** Turkey: 11 digits, the 10th and 11th computed from the first nine. */
export function tckn(r: Rng): string {
  const d = [r.int(1, 9), ...[...r.digits(8)].map(Number)];
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return d.join("") + d10 + d11;
}

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
/** Spain: DNI, eight digits and the letter of their value mod 23. */
export function dni(r: Rng): string {
  const n = r.digits(8);
  return n + DNI_LETTERS[Number(n) % 23];
}
/** Spain: NIE, X/Y/Z (0/1/2), seven digits and the DNI letter. */
export function nie(r: Rng): string {
  const lead = r.pick(["X", "Y", "Z"]);
  const n = r.digits(7);
  return lead + n + DNI_LETTERS[Number("XYZ".indexOf(lead) + n) % 23];
}

/** Singapore: NRIC/FIN, a letter, seven digits and a check letter. */
export function nric(r: Rng): string {
  const lead = r.pick(["S", "T", "F", "G"]);
  const n = r.digits(7);
  const offset = lead === "T" || lead === "G" ? 4 : 0;
  const sum = (sumWeighted(n, [2, 7, 6, 5, 4, 3, 2]) + offset) % 11;
  const table = lead === "S" || lead === "T" ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
  return lead + n + table[sum];
}

/** India: Aadhaar, 12 digits (first 2-9), Verhoeff check. */
export function aadhaar(r: Rng): string {
  const body = String(r.int(2, 9)) + r.digits(10);
  return body + verhoeffDigit(body);
}

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
/** India: PAN, five letters (the fourth the holder's type), four digits, a letter. */
export function pan(r: Rng, holder = "P"): string {
  return r.chars(UPPER, 3) + holder + r.chars(UPPER, 1) + r.digits(4) + r.chars(UPPER, 1);
}
/** India: GSTIN, state code, PAN, entity number, Z, mod 36 check character. */
export function gstin(r: Rng): string {
  const cs = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const body = pad(r.int(1, 37), 2) + pan(r, r.pick(["C", "F", "P"])) + String(r.int(1, 9)) + "Z";
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const p = cs.indexOf(body[i]) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(p / 36) + (p % 36);
  }
  return body + cs[(36 - (sum % 36)) % 36];
}

/** Canada: SIN, nine digits passing Luhn, not starting with 0 or 8. */
export function sin(r: Rng): string {
  const body = String(r.pick([1, 2, 3, 4, 5, 6, 7, 9])) + r.digits(7);
  return body + luhnDigit(body);
}

/** Germany: Steuer-ID, 11 digits, one digit twice in the first ten, ISO 7064 MOD 11,10. */
export function steuerId(r: Rng): string {
  const ds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 0];
  for (let i = ds.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [ds[i], ds[j]] = [ds[j], ds[i]];
  }
  const ten = ds.slice(0, 9);
  ten.push(ten[r.int(0, 8)]);
  if (ten[0] === 0) [ten[0], ten[1]] = [ten[1], ten[0]];
  if (ten[0] === 0) [ten[0], ten[2]] = [ten[2], ten[0]];
  let product = 10;
  for (const d of ten) {
    let s = (d + product) % 10;
    if (s === 0) s = 10;
    product = (s * 2) % 11;
  }
  const check = 11 - product === 10 ? 0 : 11 - product;
  return ten.join("") + check;
}

/** US: SSN, area not 000/666/9xx, group not 00, serial not 0000. */
export function ssn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 667;
  return `${pad(area, 3)}-${pad(r.int(1, 99), 2)}-${pad(r.int(1, 9999), 4)}`;
}
/** US: ITIN, 9NN-GG-NNNN with a group of the issued ranges. */
export function itin(r: Rng): string {
  const g = r.pick([50, 52, 57, 63, 65, 70, 72, 78, 83, 88, 90, 92, 94, 97, 99]);
  return `9${r.digits(2)}-${g}-${r.digits(4)}`;
}
/** US: NPI, 10 digits, Luhn over 80840 + the first nine. */
export function npi(r: Rng): string {
  const body = String(r.int(1, 2)) + r.digits(8);
  const full = luhnDigit("80840" + body);
  return body + full;
}
/** US: Medicare Beneficiary Identifier, 11 positions, no S L O I B Z. */
export function mbi(r: Rng): string {
  const A = "ACDEFGHJKMNPQRTUVWXY";
  const AN = A + "0123456789";
  const n = () => String(r.int(0, 9));
  return String(r.int(1, 9)) + r.chars(A, 1) + r.chars(AN, 1) + n() + r.chars(A, 1) +
    r.chars(AN, 1) + n() + r.chars(A, 2) + n() + n();
}
/** US: ABA routing number, a Federal Reserve prefix and the 3-7-1 check. */
export function aba(r: Rng): string {
  const prefix = pad(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32]), 2);
  const body = prefix + r.digits(6);
  const s = sumWeighted(body, [3, 7, 1, 3, 7, 1, 3, 7]);
  return body + String((10 - (s % 10)) % 10);
}

/** UK: National Insurance number, two letters, six digits, A-D. */
export function nino(r: Rng): string {
  const first = "ABCEGHJKLMNOPRSTWXYZ";
  const second = "ABCEGHJKLMNPRSTWXYZ";
  let pre = "";
  do pre = r.chars(first, 1) + r.chars(second, 1); while (
    ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(pre)
  );
  return pre + r.digits(6) + r.pick(["A", "B", "C", "D"]);
}
/** UK: NHS number, ten digits, mod 11 (a check of 10 is never issued). */
export function nhs(r: Rng): string {
  for (let tries = 0; tries < 100; tries++) {
    const body = String(r.int(4, 7)) + r.digits(8);
    const c = 11 - (sumWeighted(body, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
    if (c === 10) continue;
    return body + String(c === 11 ? 0 : c);
  }
  throw new Error("no NHS number");
}

/** Poland: PESEL, YYMMDD (month +20 after 2000), four digits, check. */
export function pesel(r: Rng, b = birth(r)): string {
  const m = b.y >= 2000 ? b.m + 20 : b.m;
  const body = pad(b.y % 100, 2) + pad(m, 2) + pad(b.d, 2) + r.digits(4);
  const s = sumWeighted(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]);
  return body + String((10 - (s % 10)) % 10);
}

const CF_ODD: Record<string, number> = {
  "0": 1,
  "1": 0,
  "2": 5,
  "3": 7,
  "4": 9,
  "5": 13,
  "6": 15,
  "7": 17,
  "8": 19,
  "9": 21,
  A: 1,
  B: 0,
  C: 5,
  D: 7,
  E: 9,
  F: 13,
  G: 15,
  H: 17,
  I: 19,
  J: 21,
  K: 2,
  L: 4,
  M: 18,
  N: 20,
  O: 11,
  P: 3,
  Q: 6,
  R: 8,
  S: 12,
  T: 14,
  U: 16,
  V: 10,
  W: 22,
  X: 25,
  Y: 24,
  Z: 23,
};
/** Italy: codice fiscale, surname and name letters, birth, place code, check letter. */
export function codiceFiscale(r: Rng, b = birth(r), female = r.next() < 0.5): string {
  const cons = "BCDFGHLMNPRSTVZ";
  const day = b.d + (female ? 40 : 0);
  const body = r.chars(cons, 3) + r.chars(cons, 2) + r.chars("AEIOU", 1) + pad(b.y % 100, 2) +
    "ABCDEHLMPRST"[b.m - 1] + pad(day, 2) + r.pick(["A", "F", "H", "L", "G"]) + r.digits(3);
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = body[i];
    sum += i % 2 === 0 ? CF_ODD[c] : /[0-9]/.test(c) ? Number(c) : UPPER.indexOf(c);
  }
  return body + UPPER[sum % 26];
}

/** Australia: ABN, 11 digits whose weighted sum (first digit less one) is a multiple of 89. */
export function abn(r: Rng): string {
  const w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  for (let tries = 0; tries < 5000; tries++) {
    const s = String(r.int(1, 9)) + r.digits(10);
    const t = w.reduce((a, wi, i) => a + wi * (Number(s[i]) - (i === 0 ? 1 : 0)), 0);
    if (t % 89 === 0) return s;
  }
  throw new Error("no ABN");
}
/** Australia: TFN, nine digits whose weighted sum is a multiple of 11. */
export function tfn(r: Rng): string {
  for (let tries = 0; tries < 2000; tries++) {
    const s = String(r.int(1, 9)) + r.digits(8);
    if (sumWeighted(s, [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0) return s;
  }
  throw new Error("no TFN");
}
/** Australia: Medicare card number, 2-6, seven digits, check, issue number. */
export function medicare(r: Rng): string {
  const body = String(r.int(2, 6)) + r.digits(7);
  const c = sumWeighted(body, [1, 3, 7, 9, 1, 3, 7, 9]) % 10;
  return body + c + String(r.int(1, 5));
}

/** South Africa: YYMMDD SSSS C A Z, Luhn over all 13. */
export function saId(r: Rng, b = birth(r)): string {
  const body = yymmdd(b) + pad(r.int(0, 9999), 4) + r.pick(["0", "1"]) + "8";
  return body + luhnDigit(body);
}

/** Brazil: CPF, nine digits and two mod 11 checks. */
export function cpf(r: Rng): string {
  const d = [...r.digits(9)].map(Number);
  for (const start of [10, 11]) {
    const s = d.reduce((a, x, i) => a + x * (start - i), 0);
    d.push(((s * 10) % 11) % 10);
  }
  return d.join("");
}
/** Brazil: CNPJ, eight digits, branch 0001, two mod 11 checks. */
export function cnpj(r: Rng): string {
  const d = [...(r.digits(8) + "0001")].map(Number);
  for (const w of [[5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]]) {
    const s = d.reduce((a, x, i) => a + x * w[i], 0) % 11;
    d.push(s < 2 ? 0 : 11 - s);
  }
  return d.join("");
}

/** Mexico: CURP, 18 positions, the last a check digit over the first 17. */
export function curp(r: Rng, b = birth(r)): string {
  const states = ["AS", "BC", "CL", "DF", "GT", "JC", "MC", "MN", "NL", "OC", "PL", "QT", "YN"];
  const body = r.chars("BCDFGHJLMNPRSTVZ", 1) + r.chars("AEIOU", 1) + r.chars(UPPER, 2) +
    yymmdd(b) + r.pick(["H", "M"]) + r.pick(states) + r.chars("BCDFGHJLMNPRSTVZ", 3) +
    (b.y >= 2000 ? r.chars("ABCDEFGH", 1) : String(r.int(0, 9)));
  const cs = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
  const s = [...body].reduce((a, c, i) => a + cs.indexOf(c) * (18 - i), 0);
  return body + String((10 - (s % 10)) % 10);
}
/** Mexico: RFC of a person, four letters, YYMMDD, homoclave of two and a check character. */
export function rfc(r: Rng, b = birth(r)): string {
  const body = r.chars("BCDFGHJLMNPRSTVZ", 1) + r.chars("AEIOU", 1) + r.chars(UPPER, 2) +
    yymmdd(b) + r.chars("ABCDEFGHJKLMNPRSTUVWXYZ123456789", 2);
  const cs = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";
  const s = [...body].reduce((a, c, i) => a + cs.indexOf(c) * (13 - i), 0);
  const rem = s % 11;
  return body + (rem === 0 ? "0" : 11 - rem === 10 ? "A" : String(11 - rem));
}

/** Netherlands: BSN, nine digits passing the eleven test (last weight -1). */
export function bsn(r: Rng): string {
  for (let tries = 0; tries < 2000; tries++) {
    const s = String(r.int(1, 6)) + r.digits(8);
    if (sumWeighted(s, [9, 8, 7, 6, 5, 4, 3, 2, -1]) % 11 === 0) return s;
  }
  throw new Error("no BSN");
}

/** Belgium: YYMMDD SSS CC, CC = 97 - (number mod 97), with a 2 in front after 2000. */
export function belgianNn(r: Rng, b = birth(r)): string {
  const body = yymmdd(b) + pad(r.int(1, 997), 3);
  const n = BigInt((b.y >= 2000 ? "2" : "") + body);
  return body + pad(97 - Number(n % 97n), 2);
}

/** France: NIR, sex, YY, MM, department, commune, order, key 97 - (n mod 97). */
export function nir(r: Rng, b = birth(r)): string {
  const body = r.pick(["1", "2"]) + pad(b.y % 100, 2) + pad(b.m, 2) + pad(r.int(1, 95), 2) +
    pad(r.int(1, 899), 3) + pad(r.int(1, 999), 3);
  return body + pad(97 - Number(BigInt(body) % 97n), 2);
}

/** Switzerland: AHV/AVS number 756.XXXX.XXXX.XC, EAN-13 check digit. */
export function ahv(r: Rng): string {
  const body = "756" + r.digits(9);
  return body + ean13Digit(body);
}
/** The EAN-13 (GTIN) check digit of 12 digits (also UPC-A's of 11 with a leading 0). */
export function ean13Digit(body: string): string {
  const s = [...body].reduce((a, c, i) => a + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
  return String((10 - (s % 10)) % 10);
}

/** China: resident identity number, region, YYYYMMDD, order, ISO 7064 MOD 11-2 check. */
export function chinaId(r: Rng, b = birth(r)): string {
  const region = r.pick(["110105", "310104", "440305", "510107", "330106", "420102"]);
  const body = region + String(b.y) + pad(b.m, 2) + pad(b.d, 2) + r.digits(3);
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return body + "10X98765432"[sumWeighted(body, w) % 11];
}

/** Japan: My Number, 11 digits and a mod 11 check digit. */
export function myNumber(r: Rng): string {
  const body = String(r.int(1, 9)) + r.digits(10);
  let s = 0;
  for (let n = 1; n <= 11; n++) s += Number(body[11 - n]) * (n <= 6 ? n + 1 : n - 5);
  const rem = s % 11;
  return body + String(rem <= 1 ? 0 : 11 - rem);
}

/** Israel: Teudat Zehut, nine digits passing Luhn. */
export function israelId(r: Rng): string {
  const body = r.digits(8);
  return body + luhnDigit(body);
}

/** An IBAN of `country` with `bban`, its check digits by mod 97. */
export function iban(country: string, bban: string): string {
  const numeric = (bban + country + "00").replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return country + pad(98 - Number(BigInt(numeric) % 97n), 2) + bban;
}
export function ibanValid(s: string): boolean {
  const t = s.replace(/\s/g, "").toUpperCase();
  const n = (t.slice(4) + t.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return BigInt(n) % 97n === 1n;
}
/** A random IBAN of one of several countries, each BBAN of its national length. */
export function randomIban(r: Rng): string {
  const A = UPPER;
  const make: Array<() => string> = [
    () => iban("DE", r.digits(18)),
    () => iban("FR", r.digits(10) + r.chars(A + "0123456789", 11) + r.digits(2)),
    () => iban("GB", r.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + r.digits(14)),
    () => iban("ES", r.digits(20)),
    () => iban("IT", r.chars(A, 1) + r.digits(10) + r.chars(A + "0123456789", 12)),
    () => iban("NL", r.pick(["ABNA", "INGB", "RABO", "TRIO"]) + r.digits(10)),
    () => iban("BE", r.digits(12)),
    () => iban("FI", r.digits(14)),
    () => iban("SE", r.digits(20)),
    () => iban("NO", r.digits(11)),
    () => iban("DK", r.digits(14)),
    () => iban("PL", r.digits(24)),
    () => iban("CH", r.digits(5) + r.chars(A + "0123456789", 12)),
    () => iban("AT", r.digits(16)),
    () => iban("IE", r.pick(["AIBK", "BOFI"]) + r.digits(14)),
    () => iban("PT", r.digits(21)),
  ];
  return r.pick(make)();
}
/** `s` in groups of four, as printed on statements. */
export const groups4 = (s: string) => s.replace(/(.{4})(?=.)/g, "$1 ");

const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const B58_RIPPLE = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz";
const sha256 = (b: Uint8Array) => new Uint8Array(createHash("sha256").update(b).digest());
function base58check(version: number, payload: Uint8Array, alphabet = B58): string {
  const data = new Uint8Array([version, ...payload]);
  const full = new Uint8Array([...data, ...sha256(sha256(data)).slice(0, 4)]);
  let n = BigInt("0x" + [...full].map((x) => x.toString(16).padStart(2, "0")).join(""));
  let s = "";
  while (n > 0n) {
    s = alphabet[Number(n % 58n)] + s;
    n /= 58n;
  }
  for (const x of full) {
    if (x !== 0) break;
    s = alphabet[0] + s;
  }
  return s;
}
function bytes(r: Rng, n: number): Uint8Array {
  return Uint8Array.from({ length: n }, () => r.int(0, 255));
}
const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
function bech32Polymod(values: number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= gen[i];
  }
  return chk >>> 0;
}
/** A segwit v0 address (bech32, BIP 173) of `hrp` for a 20-byte program. */
function segwitV0(hrp: string, program: Uint8Array): string {
  const five: number[] = [];
  let acc = 0, bits = 0;
  for (const b of program) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      five.push((acc >>> bits) & 31);
    }
  }
  if (bits > 0) five.push((acc << (5 - bits)) & 31);
  const data = [0, ...five];
  const hrpx = [...hrp].map((c) => c.charCodeAt(0) >> 5).concat([0]).concat(
    [...hrp].map((c) => c.charCodeAt(0) & 31),
  );
  const pm = bech32Polymod([...hrpx, ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const check = Array.from({ length: 6 }, (_, i) => (pm >>> (5 * (5 - i))) & 31);
  return hrp + "1" + [...data, ...check].map((v) => BECH32[v]).join("");
}
/** Crypto addresses with their checksums, by currency and form. */
export const crypto = {
  btcLegacy: (r: Rng) => base58check(0x00, bytes(r, 20)),
  btcP2sh: (r: Rng) => base58check(0x05, bytes(r, 20)),
  btcBech32: (r: Rng) => segwitV0("bc", bytes(r, 20)),
  ltcLegacy: (r: Rng) => base58check(0x30, bytes(r, 20)),
  ltcBech32: (r: Rng) => segwitV0("ltc", bytes(r, 20)),
  doge: (r: Rng) => base58check(0x1e, bytes(r, 20)),
  xrp: (r: Rng) => base58check(0x00, bytes(r, 20), B58_RIPPLE),
  eth: (r: Rng) => "0x" + r.chars("0123456789abcdef", 40),
};
