/**
 * Values for the third red-team PII corpus (./gen_pii_redteam3.ts): personal data built from each
 * format's published rule — check digits computed here, written from the rule and apart from the
 * scrubber's own (../checksums/), so the corpus test can hold the two against each other — and a
 * seeded random source, so the corpus is the same on every run.
 */
import { seededRandom } from "../../../devkit/sample_logs/random.ts";

/** A small seeded generator (mulberry32): the same seed gives the same corpus. */
export class Rand {
  /** A float in [0, 1). */
  readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed).next;
  }
  /** 0 ≤ n < max. */
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  /** lo ≤ n ≤ hi. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  chars(n: number, alphabet: string): string {
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[this.int(alphabet.length)];
    return s;
  }
  digits(n: number): string {
    return this.chars(n, DIGITS);
  }
}

export const DIGITS = "0123456789";
export const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const HEX = "0123456789abcdef";
const pad = (n: number, width: number) => String(n).padStart(width, "0");
const nums = (s: string) => [...s].map(Number);

/** Luhn (ISO/IEC 7812-1): the digit that makes the whole number's doubled-alternate sum ≡ 0 mod 10. */
export function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
const withLuhn = (body: string) => body + luhnDigit(body);

/** A date of birth as [yyyy, mm, dd] between 1940 and 2006. */
function birth(r: Rand, from = 1940, to = 2006): [number, number, number] {
  return [r.range(from, to), r.range(1, 12), r.range(1, 28)];
}

/** Payment card numbers: issuer prefix and length from ISO/IEC 7812 issuer tables, Luhn digit. */
export function card(r: Rand, brand: string): string {
  const [prefix, length] = ({
    visa: [r.pick(["4539", "4716", "4929", "4024", "4485"]), 16],
    mastercard: [r.pick(["51", "52", "53", "54", "55"]) + r.digits(2), 16],
    mastercard2: [String(r.range(2221, 2720)), 16],
    amex: [r.pick(["34", "37"]), 15],
    discover: [r.pick(["6011", "644", "65"]), 16],
    jcb: [String(r.range(3528, 3589)), 16],
    diners: [r.pick(["300", "305", "36", "38"]), 14],
    unionpay: ["62" + r.digits(2), 19],
    maestro: [r.pick(["6759", "5018", "5020"]), 16],
  } as Record<string, [string, number]>)[brand];
  return withLuhn(prefix + r.digits(length - 1 - prefix.length));
}

/** Writes a card number in groups (4-4-4-4, Amex 4-6-5, Diners 4-6-4, 19 digits 4-4-4-4-3). */
export function groupCard(pan: string, sep: string): string {
  const sizes = pan.length === 15 ? [4, 6, 5] : pan.length === 14 ? [4, 6, 4] : [4, 4, 4, 4, 3];
  return groupsOf(pan, sizes, sep);
}
export function groupsOf(s: string, sizes: readonly number[], sep: string): string {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) {
    if (at >= s.length) break;
    out.push(s.slice(at, at + n));
    at += n;
  }
  if (at < s.length) out.push(s.slice(at));
  return out.join(sep);
}

/** ISO 13616 IBAN: country, two check digits from mod 97-10 (ISO 7064), the national BBAN. */
const IBAN_BBAN: Record<string, string> = {
  DE: "8n10n", // bank code, account
  GB: "4a6n8n",
  FR: "5n5n11c2n",
  ES: "4n4n2n10n",
  IT: "1a5n5n12c",
  NL: "4a10n",
  BE: "3n7n2n",
  CH: "5n12c",
  AT: "5n11n",
  PL: "8n16n",
  SE: "3n17n",
  NO: "4n7n",
  FI: "3n11n",
  DK: "4n10n",
  IE: "4a6n8n",
  PT: "4n4n11n2n",
  SA: "2n18c",
  AE: "3n16n",
  TR: "5n1n16c",
  BR: "8n5n10n1a1c",
};
export const IBAN_COUNTRIES = Object.keys(IBAN_BBAN);
export function mod97(numeric: string): number {
  let rem = 0;
  for (const ch of numeric) rem = (rem * 10 + Number(ch)) % 97;
  return rem;
}
const letterDigits = (s: string) =>
  [...s].map((c) => (c >= "A" && c <= "Z" ? String(c.charCodeAt(0) - 55) : c)).join("");
export function iban(r: Rand, country: string): string {
  let bban = "";
  for (const [, n, kind] of IBAN_BBAN[country].matchAll(/(\d+)([nac])/g)) {
    bban += r.chars(Number(n), kind === "n" ? DIGITS : kind === "a" ? UPPER : DIGITS + UPPER);
  }
  const check = 98 - mod97(letterDigits(bban + country + "00"));
  return country + pad(check, 2) + bban;
}

/** US SSN: area 001–899 but not 666, group 01–99, serial 0001–9999 (SSA's randomization rules). */
export function ssn(r: Rand): string {
  let area = r.range(1, 899);
  if (area === 666) area = 667;
  return pad(area, 3) + pad(r.range(1, 99), 2) + pad(r.range(1, 9999), 4);
}

/** US ITIN: 9, then a group in 50–65, 70–88, 90–92 or 94–99 (IRS). */
export function itin(r: Rand): string {
  const group = r.pick([r.range(50, 65), r.range(70, 88), r.range(90, 92), r.range(94, 99)]);
  return "9" + r.digits(2) + pad(group, 2) + r.digits(4);
}

/** Finland HETU: ddmmyy, century sign, individual number, check character of ddmmyynnn mod 31. */
export function hetu(r: Rand): string {
  const [y, m, d] = birth(r, 1950, 2012);
  const sign = y >= 2000 ? r.pick(["A", "B", "C"]) : r.pick(["-", "Y", "X"]);
  const nnn = pad(r.range(2, 899), 3);
  const base = pad(d, 2) + pad(m, 2) + pad(y % 100, 2);
  return base + sign + nnn + "0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(base + nnn) % 31];
}

/** Sweden personnummer: yymmdd, '-' (or '+' past 100), three digits, Luhn over the ten digits. */
export function personnummer(r: Rand, long: boolean): string {
  const [y, m, d] = birth(r);
  const body = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + r.digits(3);
  const full = withLuhn(body);
  const tail = full.slice(6);
  return (long ? String(Math.floor(y / 100)) : "") + full.slice(0, 6) + "-" + tail;
}

/** Sweden organisationsnummer: group digit, a third digit ≥ 2, Luhn over the ten digits. */
export function orgNumber(r: Rand): string {
  const body = r.pick(["2", "5", "7", "8", "9"]) + r.digits(1) + r.range(2, 9) + r.digits(6);
  const full = withLuhn(body);
  return full.slice(0, 6) + "-" + full.slice(6);
}

/** Korea RRN: yymmdd, gender/century digit, 5 digits, check (11 − Σ wᵢdᵢ mod 11) mod 10. */
export function rrn(r: Rand): string {
  const [y, m, d] = birth(r, 1950, 2010);
  const g = y >= 2000 ? r.pick(["3", "4"]) : r.pick(["1", "2"]);
  const body = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + g + r.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = nums(body).reduce((s, v, i) => s + v * w[i], 0);
  return body.slice(0, 6) + "-" + body.slice(6) + ((11 - (sum % 11)) % 10);
}

/** Turkey TCKN: 11 digits, the tenth and eleventh from the published sums. */
export function tckn(r: Rand): string {
  const d = nums(String(r.range(1, 9)) + r.digits(8));
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return d.join("") + d10 + d11;
}

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
/** Spain DNI: 8 digits and the letter of their value mod 23. */
export function dni(r: Rand): string {
  const n = r.digits(8);
  return n + DNI_LETTERS[Number(n) % 23];
}
/** Spain NIE: X/Y/Z (read 0/1/2), 7 digits, the DNI letter of the whole. */
export function nie(r: Rand): string {
  const lead = r.int(3);
  const n = r.digits(7);
  return "XYZ"[lead] + n + DNI_LETTERS[Number(lead + n) % 23];
}
/** Spain NIF of a company (CIF): entity letter, 7 digits, a control digit from the AEAT sums. */
export function cif(r: Rand): string {
  const letter = r.pick(["A", "B", "B", "G"]);
  const d = nums(r.digits(7));
  let sum = d[1] + d[3] + d[5];
  for (const i of [0, 2, 4, 6]) {
    const x = d[i] * 2;
    sum += Math.floor(x / 10) + (x % 10);
  }
  return letter + d.join("") + ((10 - (sum % 10)) % 10);
}

/** Singapore NRIC/FIN: S/T/F/G, 7 digits, a letter from weights 2,7,6,5,4,3,2 (+4 for T/G). */
export function nric(r: Rand): string {
  const prefix = r.pick(["S", "T", "F", "G"]);
  const d = nums(r.digits(7));
  const w = [2, 7, 6, 5, 4, 3, 2];
  let sum = d.reduce((s, v, i) => s + v * w[i], 0);
  if (prefix === "T" || prefix === "G") sum += 4;
  const table = prefix === "S" || prefix === "T" ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
  return prefix + d.join("") + table[sum % 11];
}

/**
 * Singapore UEN of another entity (ACRA's third form): T/S/R for the century of issue, the year,
 * an entity type (LL limited liability partnership, LP limited partnership, FC foreign company,
 * CC charity, CS co-operative society), four digits and a letter. Local companies' and
 * businesses' forms carry a check letter whose rule ACRA does not publish, so none is made here.
 */
export function uen(r: Rand): string {
  return r.pick(["T", "S", "R"]) + r.digits(2) + r.pick(["LL", "LP", "FC", "CC", "CS"]) +
    r.digits(4) + r.chars(1, UPPER);
}

/** Thailand ID: 13 digits, the last (11 − Σ dᵢ·(14−i) mod 11) mod 10. */
export function thaiId(r: Rand): string {
  const body = String(r.range(1, 8)) + r.digits(11);
  const sum = nums(body).reduce((s, v, i) => s + v * (13 - i), 0);
  return body + ((11 - (sum % 11)) % 10);
}

/** Verhoeff's dihedral-group check digit (Aadhaar). */
const VD = [
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
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
export function verhoeffDigit(body: string): number {
  let c = 0;
  const d = nums(body).reverse();
  for (let i = 0; i < d.length; i++) c = VD[c][VP[(i + 1) % 8][d[i]]];
  return VINV[c];
}
/** India Aadhaar: 12 digits, first 2–9, Verhoeff check digit. */
export function aadhaar(r: Rand): string {
  const body = String(r.range(2, 9)) + r.digits(10);
  return body + verhoeffDigit(body);
}
/** India PAN: 3 letters, holder type, a letter, 4 digits, a letter (written with its word). */
export function pan(r: Rand): string {
  return r.chars(3, UPPER) + r.pick([..."PCHFAT"]) + r.chars(1, UPPER) + r.digits(4) +
    r.chars(1, UPPER);
}
const B36 = DIGITS + UPPER;
/** India GSTIN: state code, PAN, entity number, Z, a mod-36 check character. */
export function gstin(r: Rand): string {
  const body = pad(r.range(1, 37), 2) + pan(r) + r.pick([..."123"]) + "Z";
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const p = B36.indexOf(body[i]) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(p / 36) + (p % 36);
  }
  return body + B36[(36 - (sum % 36)) % 36];
}

/** Canada SIN: 9 digits, first not 0 or 8, Luhn. */
export function sin(r: Rand): string {
  return withLuhn(r.pick(["1", "2", "3", "4", "5", "6", "7", "9"]) + r.digits(7));
}

/** Germany Steuer-ID: 11 digits, one digit twice in the first ten, ISO 7064 MOD 11,10 check. */
export function steuerId(r: Rand): string {
  for (;;) {
    const ten = String(r.range(1, 9)) + r.digits(9);
    const counts = new Map<string, number>();
    for (const c of ten) counts.set(c, (counts.get(c) ?? 0) + 1);
    const many = [...counts.values()].filter((n) => n > 1);
    if (many.length !== 1 || many[0] > 3) continue;
    let product = 10;
    for (const d of nums(ten)) {
      let s = (d + product) % 10;
      if (s === 0) s = 10;
      product = (s * 2) % 11;
    }
    const check = 11 - product;
    return ten + (check === 10 ? 0 : check);
  }
}

/** US NPI: 10 digits whose Luhn check includes the prefix 80840. */
export function npi(r: Rand): string {
  const body = r.pick(["1", "2"]) + r.digits(8);
  return body + luhnDigit("80840" + body);
}
/** US ABA routing number: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 mod 10. */
export function aba(r: Rand): string {
  const lead = pad(r.pick([r.range(1, 12), r.range(21, 32), r.range(61, 72)]), 2);
  const d = nums(lead + r.digits(6));
  const sum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5]);
  return d.join("") + ((10 - (sum % 10)) % 10);
}
/** US Medicare Beneficiary Identifier: CMS's 11 positions of digits and letters without S L O I B Z. */
export function mbi(r: Rand): string {
  const A = "ACDEFGHJKMNPQRTUVWXY";
  const AN = DIGITS + A;
  return String(r.range(1, 9)) + r.chars(1, A) + r.chars(1, AN) + r.digits(1) + r.chars(1, A) +
    r.chars(1, AN) + r.digits(1) + r.chars(2, A) + r.digits(2);
}

/** UK NINO: two allowed letters, 6 digits, A–D. */
export function nino(r: Rand): string {
  const first = "ABCEGHJKLMNOPRSTWXYZ";
  const second = "ABCEGHJKLMNPRSTWXYZ";
  let pre = "";
  do pre = r.chars(1, first) + r.chars(1, second); while (
    ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(pre)
  );
  return pre + r.digits(6) + r.pick(["A", "B", "C", "D"]);
}
/** NHS number: 10 digits, weights 10..2, check 11 − sum mod 11 (11 → 0, 10 never issued). */
export function nhs(r: Rand): string {
  for (;;) {
    const body = String(r.range(4, 9)) + r.digits(8);
    const sum = nums(body).reduce((s, v, i) => s + v * (10 - i), 0);
    const c = 11 - (sum % 11);
    if (c === 10) continue;
    return body + (c === 11 ? 0 : c);
  }
}
/** A UK postcode of the usual outward/inward shapes. */
export function ukPostcode(r: Rand): string {
  const inward = r.digits(1) + r.chars(2, "ABDEFGHJLNPQRSTUWXYZ");
  const outward = r.pick([
    () => r.pick(["SW", "EC", "NW", "SE", "LS", "BS", "CF", "EH", "RG", "OX"]) + r.range(1, 19),
    () => r.pick(["M", "B", "L", "G", "S"]) + r.range(1, 40),
    () => r.pick(["W1", "EC1", "SW1", "WC2"]) + r.pick(["A", "B", "P", "N"]),
  ])();
  return outward + " " + inward;
}

/** Poland PESEL: yymmdd (month +20 after 2000), 4 digits, check from weights 1,3,7,9. */
export function pesel(r: Rand): string {
  const [y, m, d] = birth(r, 1950, 2010);
  const body = pad(y % 100, 2) + pad(m + (y >= 2000 ? 20 : 0), 2) + pad(d, 2) + r.digits(4);
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = nums(body).reduce((s, v, i) => s + v * w[i], 0);
  return body + ((10 - (sum % 10)) % 10);
}

/** Italy codice fiscale: surname, name, birth, municipality, check letter from the odd/even tables. */
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
export function codiceFiscale(r: Rand): string {
  const cons = "BCDFGLMNPRSTVZ";
  const [y, m, d] = birth(r);
  const day = d + (r.int(2) ? 40 : 0);
  const body = r.chars(3, cons) + r.chars(3, cons) + pad(y % 100, 2) + "ABCDEHLMPRST"[m - 1] +
    pad(day, 2) + r.pick(["H501", "F205", "L219", "G273", "A944", "D612"]);
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const c = body[i];
    const v = c >= "0" && c <= "9" ? Number(c) : c.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? CF_ODD[v] : v;
  }
  return body + UPPER[sum % 26];
}

/** Australia ABN: 11 digits; (first − 1) and weights 10,1,3,…,19 sum to a multiple of 89. */
export function abn(r: Rand): string {
  const w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  for (;;) {
    const d = nums(String(r.range(1, 9)) + r.digits(10));
    const sum = d.reduce((s, v, i) => s + (i === 0 ? v - 1 : v) * w[i], 0);
    if (sum % 89 === 0) return d.join("");
  }
}
/** Australia ACN: 8 digits, check (10 − Σ dᵢ·(8−i) mod 10) mod 10. */
export function acn(r: Rand): string {
  const body = r.digits(8);
  const sum = nums(body).reduce((s, v, i) => s + v * (8 - i), 0);
  return body + ((10 - (sum % 10)) % 10);
}
/** Australia TFN: 9 digits with weights 1,4,3,7,5,8,6,9,10 summing to a multiple of 11. */
export function tfn(r: Rand): string {
  const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  for (;;) {
    const d = nums(String(r.range(1, 9)) + r.digits(8));
    if (d.reduce((s, v, i) => s + v * w[i], 0) % 11 === 0) return d.join("");
  }
}
/** Australia Medicare: first digit 2–6, 7 digits, check (weights 1,3,7,9) mod 10, issue number. */
export function medicare(r: Rand): string {
  const body = String(r.range(2, 6)) + r.digits(7);
  const w = [1, 3, 7, 9, 1, 3, 7, 9];
  const sum = nums(body).reduce((s, v, i) => s + v * w[i], 0);
  return body + (sum % 10) + r.range(1, 9);
}

/** South Africa ID: yymmdd, gender sequence, citizenship, 8, Luhn over all 13 digits. */
export function saId(r: Rand): string {
  const [y, m, d] = birth(r);
  return withLuhn(
    pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + r.digits(4) + r.pick(["0", "1"]) + "8",
  );
}

/** Bech32 (BIP 173) checksum, for a native segwit Bitcoin address. */
const B32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
function polymod(values: number[]): number {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= G[i];
  }
  return chk;
}
export function bech32Address(r: Rand): string {
  const hrp = "bc";
  const data = [0, ...Array.from({ length: 32 }, () => r.int(32))]; // v0, 20-byte program
  const expanded = [
    ...[...hrp].map((c) => c.charCodeAt(0) >> 5),
    0,
    ...[...hrp].map((c) => c.charCodeAt(0) & 31),
  ];
  const mod = polymod([...expanded, ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const check = Array.from({ length: 6 }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
  return hrp + "1" + [...data, ...check].map((v) => B32[v]).join("");
}
/** An Ethereum address written all lower-case (valid without the EIP-55 mixed case). */
export function ethAddress(r: Rand): string {
  return "0x" + r.chars(40, HEX);
}

/** A global unicast IPv6 address (not the documentation or private ranges) as 8 hextets. */
export function ipv6Hextets(r: Rand): number[] {
  const first = r.pick([0x2001, 0x2a00, 0x2a02, 0x2600, 0x2607, 0x2406, 0x2804, 0x2c0f]);
  const second = first === 0x2001 ? r.pick([0x4860, 0x67c, 0x41d0, 0x1620]) : r.int(0x10000);
  const h = [first, second];
  for (let i = 2; i < 8; i++) h.push(r.int(4) === 0 ? 0 : r.int(0x10000));
  return h;
}
/** RFC 5952: lower case, no leading zeros, the longest run of ≥ 2 zero hextets as "::". */
export function ipv6Canonical(h: readonly number[]): string {
  let best = -1, bestLen = 0;
  for (let i = 0; i < 8;) {
    if (h[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && h[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) [best, bestLen] = [i, j - i];
    i = j;
  }
  const hex = h.map((x) => x.toString(16));
  if (best < 0) return hex.join(":");
  return hex.slice(0, best).join(":") + "::" + hex.slice(best + bestLen).join(":");
}
/** RFC 4291's full form: every hextet, four digits each. */
export function ipv6Full(h: readonly number[]): string {
  return h.map((x) => x.toString(16).padStart(4, "0")).join(":");
}
/** A public IPv4 address outside the private, loopback, documentation and multicast ranges. */
export function ipv4(r: Rand): string {
  for (;;) {
    const a = r.range(1, 223);
    if ([10, 127, 100, 169, 172, 192, 198, 203].includes(a)) continue;
    return `${a}.${r.range(0, 255)}.${r.range(0, 255)}.${r.range(1, 254)}`;
  }
}
/** A MAC address of a real-looking vendor OUI (universally administered, unicast). */
export function macBytes(r: Rand): string[] {
  const oui = r.pick([
    "00:1a:2b",
    "3c:22:fb",
    "a4:83:e7",
    "f0:18:98",
    "b8:27:eb",
    "00:50:56",
    "d8:3a:dd",
  ]);
  return [...oui.split(":"), r.chars(2, HEX), r.chars(2, HEX), r.chars(2, HEX)];
}
