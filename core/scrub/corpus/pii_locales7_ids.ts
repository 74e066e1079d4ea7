/**
 * Valid identifiers for the blind locales corpus (./gen_pii_locales7.ts): each maker draws its
 * free digits from a seeded random source and computes the check digits by the identifier's own
 * published rule, written here from the rules, not from the scrubber's code. A `broken` variant
 * changes only the check so that a look-alike fails it.
 */
import { createHash } from "node:crypto";
import { seededRandom as mulberry32 } from "../../../devkit/sample_logs/random.ts";

/** A seeded source of numbers in [0, 1) (mulberry32). */
export type Random = () => number;

export function seeded(seed: number): Random {
  return mulberry32(seed).next;
}

export const int = (r: Random, lo: number, hi: number): number =>
  lo + Math.floor(r() * (hi - lo + 1));
export const pick = <T>(r: Random, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const digits = (r: Random, n: number): string =>
  Array.from({ length: n }, () => String(int(r, 0, 9))).join("");
const pad = (n: number, width: number) => String(n).padStart(width, "0");
const ds = (s: string) => [...s].map(Number);
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const letters = (r: Random, n: number, from = UPPER) =>
  Array.from({ length: n }, () => pick(r, [...from])).join("");

/** The Luhn check digit of `body`. */
export function luhnDigit(body: string): string {
  let sum = 0;
  ds(body).reverse().forEach((d, i) => {
    const v = i % 2 === 0 ? d * 2 : d;
    sum += v > 9 ? v - 9 : v;
  });
  return String((10 - (sum % 10)) % 10);
}

/** A date of birth between 1950 and 2004 as [yyyy, mm, dd]. */
export function birth(r: Random, from = 1950, to = 2004): [number, number, number] {
  return [int(r, from, to), int(r, 1, 12), int(r, 1, 28)];
}

/** A payment card of `prefix` and `length` digits passing Luhn. */
export function card(r: Random, prefix: string, length: number): string {
  const body = prefix + digits(r, length - prefix.length - 1);
  return body + luhnDigit(body);
}

const mod97 = (numeric: string) => {
  let m = 0;
  for (const c of numeric) m = (m * 10 + Number(c)) % 97;
  return m;
};
const ibanNumeric = (s: string) =>
  [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join("");

/** An IBAN of `country` over `bban`, with its mod-97 check digits. */
export function iban(country: string, bban: string): string {
  const check = 98 - mod97(ibanNumeric(bban + country + "00"));
  return country + pad(check, 2) + bban;
}

/** Groups of four, as IBANs are printed. */
export const inFours = (s: string) => s.replace(/(.{4})(?=.)/g, "$1 ");

const VERHOEFF_D = [
  "0123456789",
  "1234067895",
  "2340178956",
  "3401289567",
  "4012395678",
  "5987604321",
  "6598710432",
  "7659821043",
  "8765932104",
  "9876543210",
].map(ds);
const VERHOEFF_P = [
  "0123456789",
  "1576283094",
  "5803796142",
  "8916043527",
  "9453126870",
  "4286573901",
  "2793806415",
  "7046913258",
].map(ds);
const VERHOEFF_INV = ds("0432156789");

/** An Aadhaar number: 12 digits, first 2–9, Verhoeff check. */
export function aadhaar(r: Random): string {
  const body = String(int(r, 2, 9)) + digits(r, 10);
  let c = 0;
  ds(body).reverse().forEach((d, i) => (c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][d]]));
  return body + VERHOEFF_INV[c];
}

/** Finnish HETU: ddmmyy, century sign, individual number, mod-31 check character. */
export function hetu(r: Random): string {
  const [y, m, d] = birth(r);
  const date = pad(d, 2) + pad(m, 2) + pad(y % 100, 2);
  const sign = y >= 2000 ? pick(r, ["A", "B"]) : pick(r, ["-", "Y"]);
  const n = pad(int(r, 2, 899), 3);
  return date + sign + n + "0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(date + n) % 31];
}

/** Swedish personnummer yymmdd-nnnc (Luhn over the nine digits). */
export function personnummer(r: Random): string {
  const [y, m, d] = birth(r);
  const body = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + digits(r, 3);
  return body.slice(0, 6) + "-" + body.slice(6) + luhnDigit(body);
}

/** Swedish organisationsnummer nnnnnn-nnnc, third digit at least 2 (Luhn). */
export function organisationsnummer(r: Random): string {
  const body = "55" + String(int(r, 6, 9)) + digits(r, 6);
  return body.slice(0, 6) + "-" + body.slice(6) + luhnDigit(body);
}

/** Korean resident (or, with `foreign`, foreigner) registration number yymmdd-sbbbbbc. */
export function koreaRrn(r: Random, foreign = false): string {
  const [y, m, d] = birth(r, 1950, 1999);
  const body = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) +
    pick(r, foreign ? ["5", "6"] : ["1", "2"]) +
    digits(r, 5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = ds(body).reduce((s, v, i) => s + v * w[i], 0);
  const check = foreign ? (13 - (sum % 11)) % 10 : (11 - (sum % 11)) % 10;
  return body.slice(0, 6) + "-" + body.slice(6) + check;
}

/** Turkish TC Kimlik No: 11 digits, two check digits. */
export function tckn(r: Random, broken = false): string {
  const d = [int(r, 1, 9), ...ds(digits(r, 8))];
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((s, v) => s + v, 0) + d10 + (broken ? 1 : 0)) % 10;
  return d.join("") + d10 + d11;
}

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

/** Spanish DNI: eight digits and the mod-23 letter. */
export function dni(r: Random, broken = false): string {
  const n = digits(r, 8);
  return n + DNI_LETTERS[(Number(n) + (broken ? 1 : 0)) % 23];
}

/** Spanish NIE: X/Y/Z, seven digits, the mod-23 letter. */
export function nie(r: Random): string {
  const p = pick(r, ["X", "Y", "Z"]);
  const n = digits(r, 7);
  return p + n + DNI_LETTERS[Number("XYZ".indexOf(p) + n) % 23];
}

/** Spanish company NIF (former CIF): a letter, seven digits, a control digit or letter. */
export function cif(r: Random): string {
  const kind = pick(r, ["A", "B", "P", "Q", "S"]);
  const n = digits(r, 7);
  let sum = 0;
  ds(n).forEach((v, i) => {
    if (i % 2 === 1) sum += v;
    else sum += Math.floor((v * 2) / 10) + ((v * 2) % 10);
  });
  const c = (10 - (sum % 10)) % 10;
  return kind + n + ("PQS".includes(kind) ? "JABCDEFGHI"[c] : String(c));
}

/** Singapore NRIC (S/T) or FIN (F/G): letter, seven digits, check letter. */
export function nric(r: Random, prefix = "S"): string {
  const n = digits(r, 7);
  const w = [2, 7, 6, 5, 4, 3, 2];
  let sum = ds(n).reduce((s, v, i) => s + v * w[i], 0);
  if (prefix === "T" || prefix === "G") sum += 4;
  const table = prefix === "S" || prefix === "T" ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
  return prefix + n + table[sum % 11];
}

/** Singapore UEN of a business (eight digits and a check letter). */
export function uenBusiness(r: Random): string {
  const n = digits(r, 8);
  const w = [10, 4, 9, 3, 8, 2, 7, 1];
  return n + "XMKECAWLJDB"[ds(n).reduce((s, v, i) => s + v * w[i], 0) % 11];
}

/** Thai national id: 13 digits, mod-11 check; written 1-2345-67890-12-3 or compact. */
export function thaiId(r: Random): string {
  const b = String(int(r, 1, 8)) + digits(r, 11);
  const sum = ds(b).reduce((s, v, i) => s + v * (13 - i), 0);
  return b + ((11 - (sum % 11)) % 10);
}

export const thaiDashed = (id: string) =>
  `${id[0]}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}`;

/** Indian PAN: five letters (fourth the holder's type), four digits, a letter. */
export function pan(r: Random): string {
  return letters(r, 3) + pick(r, ["P", "C", "H", "F"]) + letters(r, 1) + digits(r, 4) +
    letters(r, 1);
}

const B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Indian GSTIN: state code, PAN, entity number, Z, mod-36 check character. */
export function gstin(r: Random): string {
  const body = pad(int(r, 1, 37), 2) + pan(r) + String(int(r, 1, 9)) + "Z";
  let sum = 0;
  [...body].forEach((c, i) => {
    const p = B36.indexOf(c) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(p / 36) + (p % 36);
  });
  return body + B36[(36 - (sum % 36)) % 36];
}

/** Indian voter id (EPIC): three letters, seven digits. */
export const voterId = (r: Random) => letters(r, 3) + digits(r, 7);

/** Canadian SIN: nine digits, first 1–7 or 9, Luhn. */
export function sin(r: Random): string {
  const body = String(pick(r, [1, 2, 3, 4, 5, 6, 7])) + digits(r, 7);
  return body + luhnDigit(body);
}

/** German Steuer-ID: 11 digits, one digit of the first ten repeated, ISO 7064 MOD 11,10. */
export function steuerId(r: Random, broken = false): string {
  const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = int(r, 0, i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  const ten = pool.slice(0, 9);
  ten.splice(int(r, 1, 9), 0, ten[int(r, 0, 8)]);
  if (ten[0] === 0) [ten[0], ten[1]] = [ten[1], ten[0]];
  if (ten[0] === 0) ten[0] = 7;
  let product = 10;
  for (const d of ten) {
    let s = (d + product) % 10;
    if (s === 0) s = 10;
    product = (s * 2) % 11;
  }
  const check = (11 - product === 10 ? 0 : 11 - product) + (broken ? 1 : 0);
  return ten.join("") + (check % 10);
}

const ICAO_VALUE = (c: string) => (/[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 55);

/** The ICAO 9303 (7-3-1) check digit of `s`. */
export function icaoDigit(s: string): string {
  const w = [7, 3, 1];
  return String([...s].reduce((t, c, i) => t + ICAO_VALUE(c) * w[i % 3], 0) % 10);
}

/** German ID card (Personalausweis) number: nine characters of its alphabet and a 7-3-1 check. */
export function ausweis(r: Random): string {
  const serial = pick(r, ["L", "M", "N", "P", "R", "T", "V", "W", "X", "Y"]) +
    letters(r, 8, "0123456789CFGHJKLMNPRTVWXYZ");
  return serial + icaoDigit(serial);
}

/** US ITIN: 9xx-7x/8x-xxxx. */
export const itin = (r: Random) =>
  `9${digits(r, 2)}-${pick(r, ["70", "75", "78", "81", "88", "90", "92", "94", "99"])}-${
    digits(r, 4)
  }`;

/** US NPI: ten digits, Luhn with the 80840 prefix. */
export function npi(r: Random): string {
  const body = pick(r, ["1", "2"]) + digits(r, 8);
  return body + luhnDigit("80840" + body);
}

/** US Medicare Beneficiary Identifier (11 characters). */
export function mbi(r: Random): string {
  const A = "ACDEFGHJKMNPQRTUVWXY";
  const AN = A + "0123456789";
  const a = () => letters(r, 1, A);
  const an = () => letters(r, 1, AN);
  const n = () => digits(r, 1);
  return `${int(r, 1, 9)}${a()}${an()}${n()}${a()}${an()}${n()}${a()}${a()}${n()}${n()}`;
}

/** US ABA routing number (3-7-1 weights). */
export function aba(r: Random): string {
  const body = pad(pick(r, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]), 2) +
    digits(r, 6);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const sum = ds(body).reduce((s, v, i) => s + v * w[i], 0);
  return body + ((10 - (sum % 10)) % 10);
}

/** US SSN (area not 000, 666 or 9xx; group and serial not zero). */
export function ssn(r: Random): [string, string, string] {
  let area = int(r, 1, 899);
  if (area === 666) area = 667;
  return [pad(area, 3), pad(int(r, 1, 99), 2), pad(int(r, 1, 9999), 4)];
}

/** UK National Insurance number (AB123456C), without the QQ/TN prefixes. */
export function nino(r: Random): string {
  const first = "ABCEGHJKLMNPRSTWXYZ";
  const second = "ABCEGHJKLMNPRSTWXYZ";
  let p = letters(r, 1, first) + letters(r, 1, second);
  if (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(p)) p = "JG";
  return p + digits(r, 6) + pick(r, ["A", "B", "C", "D"]);
}

/** UK NHS number: ten digits, mod-11 check (never 10). */
export function nhs(r: Random, broken = false): string {
  for (;;) {
    const body = String(int(r, 4, 9)) + digits(r, 8);
    const sum = ds(body).reduce((s, v, i) => s + v * (10 - i), 0);
    let c = 11 - (sum % 11);
    if (c === 11) c = 0;
    if (c === 10) continue;
    return body + (broken ? (c + 1) % 10 : c);
  }
}

/** Polish PESEL: yymmdd (month + 20 after 2000), serial, check. */
export function pesel(r: Random, broken = false): string {
  const [y, m, d] = birth(r);
  const b = pad(y % 100, 2) + pad(m + (y >= 2000 ? 20 : 0), 2) + pad(d, 2) + digits(r, 4);
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = ds(b).reduce((s, v, i) => s + v * w[i], 0);
  return b + (((10 - (sum % 10)) % 10) + (broken ? 1 : 0)) % 10;
}

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

/** The check character of the first 15 characters of a codice fiscale. */
export function codiceFiscaleCheck(s: string): string {
  let sum = 0;
  [...s].forEach((c, i) => {
    const v = /[0-9]/.test(c) ? Number(c) : c.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? CF_ODD[v] : v;
  });
  return UPPER[sum % 26];
}

/** An Italian codice fiscale. */
export function codiceFiscale(r: Random): string {
  const [y, m, d] = birth(r);
  const cons = "BCDFGLMNPRSTVZ";
  const day = d + (r() < 0.5 ? 40 : 0);
  const s = letters(r, 3, cons) + letters(r, 3, cons) + pad(y % 100, 2) + "ABCDEHLMPRST"[m - 1] +
    pad(day, 2) + pick(r, ["A", "B", "F", "H", "L", "M"]) + pad(int(r, 1, 999), 3);
  return s + codiceFiscaleCheck(s);
}

/** Australian ABN: 11 digits, (first − 1) weighted mod 89. */
export function abn(r: Random): string {
  const tail = digits(r, 9);
  const w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  for (let lead = 10; lead <= 99; lead++) {
    const d = ds(String(lead) + tail);
    d[0] -= 1;
    if (d.reduce((s, v, i) => s + v * w[i], 0) % 89 === 0) return String(lead) + tail;
  }
  return abn(r);
}

/** Australian ACN: nine digits, 8..1 weights. */
export function acn(r: Random): string {
  const b = digits(r, 8);
  const sum = ds(b).reduce((s, v, i) => s + v * (8 - i), 0);
  return b + ((10 - (sum % 10)) % 10);
}

/** Australian TFN: nine digits whose weighted sum is a multiple of 11. */
export function tfn(r: Random): string {
  const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  for (;;) {
    const b = digits(r, 9);
    if (b[0] !== "0" && ds(b).reduce((s, v, i) => s + v * w[i], 0) % 11 === 0) return b;
  }
}

/** Australian Medicare card number: ten digits (first 2–6, ninth a check, tenth the issue). */
export function medicare(r: Random): string {
  const b = String(int(r, 2, 6)) + digits(r, 7);
  const w = [1, 3, 7, 9, 1, 3, 7, 9];
  return b + (ds(b).reduce((s, v, i) => s + v * w[i], 0) % 10) + String(int(r, 1, 5));
}

/** South African ID: yymmdd, gender serial, citizenship, 8, Luhn. */
export function saId(r: Random): string {
  const [y, m, d] = birth(r);
  const b = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + digits(r, 4) + pick(r, ["0", "1"]) + "8";
  return b + luhnDigit(b);
}

/** Brazilian CPF: nine digits and two mod-11 check digits. */
export function cpf(r: Random, broken = false): string {
  const d = ds(digits(r, 9));
  const next = (xs: number[]) => {
    const sum = xs.reduce((s, v, i) => s + v * (xs.length + 1 - i), 0);
    const c = (sum * 10) % 11;
    return c === 10 ? 0 : c;
  };
  d.push(next(d));
  d.push((next(d) + (broken ? 1 : 0)) % 10);
  return d.join("");
}

export const cpfDotted = (c: string) =>
  `${c.slice(0, 3)}.${c.slice(3, 6)}.${c.slice(6, 9)}-${c.slice(9)}`;

/** Chinese resident identity number: region, birth date, serial, ISO 7064 MOD 11-2. */
export function chinaId(r: Random): string {
  const [y, m, d] = birth(r);
  const b = pick(r, ["110101", "310104", "440305", "510107", "330106"]) + y + pad(m, 2) +
    pad(d, 2) + digits(r, 3);
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return b + "10X98765432"[ds(b).reduce((s, v, i) => s + v * w[i], 0) % 11];
}

/** Japanese My Number: 11 digits and a mod-11 check digit. */
export function myNumber(r: Random): string {
  const b = digits(r, 11);
  const rev = ds(b).reverse();
  const sum = rev.reduce((s, p, i) => s + p * (i + 1 <= 6 ? i + 2 : i - 4), 0);
  const rem = sum % 11;
  return b + (rem <= 1 ? 0 : 11 - rem);
}

/** Russian personal INN: 12 digits, two check digits. */
export function innPerson(r: Random): string {
  const d = ds(pad(int(r, 1, 99), 2) + digits(r, 8));
  const c = (w: number[]) => (d.reduce((s, v, i) => s + v * w[i], 0) % 11) % 10;
  d.push(c([7, 2, 4, 10, 3, 5, 9, 4, 6, 8]));
  d.push(c([3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]));
  return d.join("");
}

/** Russian SNILS: nine digits and a two-digit check, written 112-233-445 95. */
export function snils(r: Random): string {
  const b = String(int(r, 1, 9)) + digits(r, 8);
  const sum = ds(b).reduce((s, v, i) => s + v * (9 - i), 0);
  let c = sum < 100 ? sum : sum % 101;
  if (c === 100) c = 0;
  return `${b.slice(0, 3)}-${b.slice(3, 6)}-${b.slice(6, 9)} ${pad(c, 2)}`;
}

/** Dutch BSN: nine digits passing the eleven test. */
export function bsn(r: Random): string {
  for (;;) {
    const b = digits(r, 9);
    const d = ds(b);
    const sum = d.slice(0, 8).reduce((s, v, i) => s + v * (9 - i), 0) - d[8];
    if (b[0] !== "0" && sum % 11 === 0) return b;
  }
}

/** French NIR: sex, yy, mm, department, commune, order, mod-97 key. */
export function nir(r: Random): string {
  const [y, m] = birth(r);
  const b = pick(r, ["1", "2"]) + pad(y % 100, 2) + pad(m, 2) + pad(int(r, 1, 95), 2) +
    pad(int(r, 1, 990), 3) + pad(int(r, 1, 999), 3);
  const key = 97 - Number(BigInt(b) % 97n);
  return `${b[0]} ${b.slice(1, 3)} ${b.slice(3, 5)} ${b.slice(5, 7)} ${b.slice(7, 10)} ${
    b.slice(10, 13)
  } ${pad(key, 2)}`;
}

/** Portuguese NIF: nine digits, mod-11 check. */
export function nifPt(r: Random): string {
  const b = pick(r, ["1", "2"]) + digits(r, 7);
  const sum = ds(b).reduce((s, v, i) => s + v * (9 - i), 0);
  const c = 11 - (sum % 11);
  return b + (c >= 10 ? 0 : c);
}

/** Polish ID card (dowód osobisty): three letters, check digit, five digits. */
export function dowod(r: Random): string {
  const l = letters(r, 3);
  const n = digits(r, 5);
  const w = [7, 3, 1, 7, 3, 1, 7, 3];
  const vals = [...l].map((c) => c.charCodeAt(0) - 55).concat(ds(n));
  return l + (vals.reduce((s, v, i) => s + v * w[i], 0) % 10) + n;
}

const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const sha256 = (b: Uint8Array) => new Uint8Array(createHash("sha256").update(b).digest());

/** A Base58Check address of `version` over 20 random bytes (Bitcoin, Litecoin, Dogecoin). */
export function base58Address(r: Random, version: number): string {
  const payload = new Uint8Array(21);
  payload[0] = version;
  for (let i = 1; i < 21; i++) payload[i] = int(r, 0, 255);
  const check = sha256(sha256(payload)).slice(0, 4);
  const all = new Uint8Array([...payload, ...check]);
  let n = BigInt("0x" + [...all].map((b) => b.toString(16).padStart(2, "0")).join(""));
  let out = "";
  while (n > 0n) {
    out = B58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of all) {
    if (b !== 0) break;
    out = "1" + out;
  }
  return out;
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

/**
 * `bytes` Bech32-encoded for `hrp` (BIP-173; `constant` 0x2bc830a3 for BIP-350's Bech32m), after
 * the 5-bit `words` given first (a segwit address's witness version).
 */
export function bech32Encode(
  hrp: string,
  bytes: readonly number[],
  words: readonly number[] = [],
  constant = 1,
): string {
  const data = [...words];
  let acc = 0;
  let bits = 0;
  for (const b of bytes) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((acc >>> bits) & 31);
    }
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const expand = [...hrp].map((c) => c.charCodeAt(0) >> 5).concat([0])
    .concat([...hrp].map((c) => c.charCodeAt(0) & 31));
  const mod = bech32Polymod([...expand, ...data, 0, 0, 0, 0, 0, 0]) ^ constant;
  const check = Array.from({ length: 6 }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
  return hrp + "1" + [...data, ...check].map((v) => BECH32[v]).join("");
}

/** A bech32 (witness version 0, 20-byte program) address for `hrp` (bc, ltc). */
export const bech32Address = (r: Random, hrp: string): string =>
  bech32Encode(hrp, Array.from({ length: 20 }, () => int(r, 0, 255)), [0]);

/** A lower-case Ethereum address (valid without a mixed-case checksum). */
export const ethAddress = (r: Random) => "0x" + letters(r, 40, "0123456789abcdef");

/** `n` lower-case hex characters. */
export const hex = (r: Random, n: number) => letters(r, n, "0123456789abcdef");
