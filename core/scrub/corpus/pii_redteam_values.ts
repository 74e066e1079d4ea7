/**
 * Values for the red-team PII corpus (./gen_pii_redteam.ts), each built from its published rule
 * and written here from that rule alone — not from the scrubber's checksums — so the corpus can
 * disagree with the detectors. A seeded generator makes every run the same.
 */
import { createHash } from "node:crypto";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";

/** A small seeded generator (mulberry32): the corpus is the same on every run. */
export class Rand {
  /** A float in [0, 1). */
  readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed).next;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
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
    return this.chars(n, D);
  }
  bytes(n: number): Uint8Array {
    return Uint8Array.from({ length: n }, () => this.int(256));
  }
}

export const D = "0123456789";
export const U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const HEX = "0123456789abcdef";
const num = (s: string) => [...s].map(Number);
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** Splits `s` into groups of the given sizes joined by `sep` (the rest, if any, as a last group). */
export function groups(s: string, sizes: readonly number[], sep: string): string {
  const out: string[] = [];
  let i = 0;
  for (const n of sizes) {
    if (i >= s.length) break;
    out.push(s.slice(i, i + n));
    i += n;
  }
  if (i < s.length) out.push(s.slice(i));
  return out.join(sep);
}

/** Luhn: the digit that makes `payload + digit` pass. */
export function luhn(payload: string): string {
  let sum = 0;
  const ds = num(payload).reverse();
  ds.forEach((d, i) => {
    const v = i % 2 === 0 ? d * 2 : d;
    sum += v > 9 ? v - 9 : v;
  });
  return String((10 - (sum % 10)) % 10);
}
export const luhnValid = (s: string) => luhn(s.slice(0, -1)) === s.slice(-1);

/** A birth date as numbers, between 1940 and 2005. */
export function birth(r: Rand, from = 1940, to = 2005) {
  const y = r.range(from, to), m = r.range(1, 12), d = r.range(1, 28);
  return { y, m, d, yy: pad(y % 100), mm: pad(m), dd: pad(d) };
}

// ---- payment cards, IBAN ------------------------------------------------------------------

const CARD_PREFIXES: [string, number][] = [
  ["4", 16],
  ["4", 13],
  ["4", 19],
  ["51", 16],
  ["55", 16],
  ["2221", 16],
  ["2720", 16],
  ["34", 15],
  ["37", 15],
  ["6011", 16],
  ["65", 16],
  ["644", 16],
  ["3528", 16],
  ["3589", 16],
  ["36", 14],
  ["300", 14],
  ["62", 16],
  ["62", 19],
  ["6759", 18],
  ["5018", 12],
];
/** A Luhn-valid card number and its usual grouping sizes. */
export function card(r: Rand, i: number): { pan: string; sizes: number[] } {
  const [prefix, len] = CARD_PREFIXES[i % CARD_PREFIXES.length];
  const body = prefix + r.digits(len - prefix.length - 1);
  const pan = body + luhn(body);
  const sizes = len === 15 ? [4, 6, 5] : len === 14 ? [4, 6, 4] : [4, 4, 4, 4];
  return { pan, sizes };
}

/** country, BBAN layout: n digits, a letters, c alphanumerics (upper). */
const IBAN_LAYOUTS: [string, string][] = [
  ["DE", "18n"],
  ["GB", "4a14n"],
  ["FR", "10n11c2n"],
  ["ES", "20n"],
  ["IT", "1a10n12c"],
  ["NL", "4a10n"],
  ["BE", "12n"],
  ["CH", "5n12c"],
  ["AT", "16n"],
  ["PL", "24n"],
  ["SE", "20n"],
  ["NO", "11n"],
  ["DK", "14n"],
  ["FI", "14n"],
  ["PT", "21n"],
  ["IE", "4a14n"],
  ["LU", "3n13c"],
  ["GR", "7n16c"],
  ["CZ", "20n"],
  ["HU", "24n"],
  ["RO", "4a16c"],
  ["TR", "5n1n16c"],
  ["SA", "2n18c"],
  ["AE", "3n16n"],
  ["BR", "23n1a1c"],
  ["MT", "4a5n18c"],
  ["HR", "17n"],
  ["LT", "16n"],
  ["EE", "16n"],
  ["SK", "20n"],
];
function mod97(digits: string): number {
  let rem = 0;
  for (const ch of digits) rem = (rem * 10 + Number(ch)) % 97;
  return rem;
}
const lettersToDigits = (s: string) =>
  [...s].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join("");
export function iban(r: Rand, i: number): string {
  const [cc, layout] = IBAN_LAYOUTS[i % IBAN_LAYOUTS.length];
  let bban = "";
  for (const [, n, t] of layout.matchAll(/(\d+)([nac])/g)) {
    bban += r.chars(Number(n), t === "n" ? D : t === "a" ? U : D + U);
  }
  const check = 98 - mod97(lettersToDigits(bban + cc + "00"));
  return cc + pad(check) + bban;
}

// ---- national identifiers, each from its published rule ------------------------------------

export function ssn(r: Rand): string {
  let area: number;
  do area = r.range(1, 899); while (area === 666);
  return pad(area, 3) + pad(r.range(1, 99)) + pad(r.range(1, 9999), 4);
}

export function itin(r: Rand): string {
  const mid = r.pick([70, 71, 72, 75, 78, 80, 83, 88, 90, 91, 92, 94, 95, 97, 99]);
  return "9" + r.digits(2) + pad(mid) + r.digits(4);
}

/** Finland HETU: DDMMYY, century sign, individual 002–899, check character (mod 31). */
export function hetu(r: Rand): string {
  const b = birth(r, 1950, 2015);
  const sign = b.y >= 2000 ? r.pick(["A", "B", "C"]) : r.pick(["-", "Y", "X"]);
  const ind = pad(r.range(2, 899), 3);
  const n = Number(b.dd + b.mm + b.yy + ind);
  return b.dd + b.mm + b.yy + sign + ind + "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31];
}

/** Sweden personnummer YYMMDD-NNNC (Luhn over the nine digits), or with the century. */
export function personnummer(r: Rand, long: boolean): string {
  const b = birth(r);
  const body = b.yy + b.mm + b.dd + r.digits(3);
  const c = luhn(body);
  return (long ? String(b.y).slice(0, 2) : "") + body.slice(0, 6) + "-" + body.slice(6) + c;
}

/** Korea RRN YYMMDD-SNNNNNC. */
export function rrn(r: Rand): string {
  const b = birth(r, 1950, 2015);
  const s = b.y >= 2000 ? r.pick([3, 4]) : r.pick([1, 2]);
  const body = b.yy + b.mm + b.dd + s + r.digits(5);
  const w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = num(body).reduce((a, d, i) => a + d * w[i], 0);
  return body.slice(0, 6) + "-" + body.slice(6) + ((11 - (sum % 11)) % 10);
}

/** Turkey TCKN: 11 digits, two check digits. */
export function tckn(r: Rand): string {
  const d = [r.range(1, 9), ...num(r.digits(8))];
  const odd = d[0] + d[2] + d[4] + d[6] + d[8], even = d[1] + d[3] + d[5] + d[7];
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return d.join("") + d10 + d11;
}

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
export function dni(r: Rand): string {
  const n = r.digits(8);
  return n + DNI_LETTERS[Number(n) % 23];
}
export function nie(r: Rand): string {
  const lead = r.int(3), n = r.digits(7);
  return "XYZ"[lead] + n + DNI_LETTERS[Number(lead + n) % 23];
}

/** Singapore NRIC/FIN: S/T/F/G + 7 digits + check letter. */
export function nric(r: Rand): string {
  const first = r.pick(["S", "T", "F", "G"]);
  const ds = r.digits(7);
  const w = [2, 7, 6, 5, 4, 3, 2];
  let sum = num(ds).reduce((a, d, i) => a + d * w[i], 0);
  if (first === "T" || first === "G") sum += 4;
  const table = first === "S" || first === "T" ? "JZIHGFEDCBA" : "XWUTRQPNMLK";
  return first + ds + table[sum % 11];
}

// Verhoeff tables (dihedral group D5), as published.
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
export function verhoeff(payload: string): string {
  let c = 0;
  num(payload + "0").reverse().forEach((d, i) => (c = VD[c][VP[i % 8][d]]));
  return String(VINV[c]);
}
export function aadhaar(r: Rand): string {
  const body = r.range(2, 9) + r.digits(10);
  return body + verhoeff(body);
}
export function indiaPan(r: Rand): string {
  return r.chars(3, U) + r.pick([..."PCHFATBLJG"]) + r.chars(1, U) + r.digits(4) + r.chars(1, U);
}

export function sin(r: Rand): string {
  const body = r.pick([1, 2, 3, 4, 5, 6, 7, 9]) + r.digits(7);
  return body + luhn(body);
}

/** Germany Steuer-ID: 11 digits, first not 0, one digit twice in the first ten, ISO 7064 MOD 11,10. */
export function steuerId(r: Rand): string {
  for (;;) {
    const pool = [..."0123456789"];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = r.int(i + 1);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    const nine = pool.slice(0, 9);
    const ten = [...nine, nine[r.int(9)]];
    for (let i = ten.length - 1; i > 0; i--) {
      const j = r.int(i + 1);
      [ten[i], ten[j]] = [ten[j], ten[i]];
    }
    if (ten[0] === "0") continue;
    let product = 10;
    for (const ch of ten) {
      let s = (Number(ch) + product) % 10;
      if (s === 0) s = 10;
      product = (s * 2) % 11;
    }
    const check = (11 - product) % 10;
    return ten.join("") + check;
  }
}

export function npi(r: Rand): string {
  const body = r.pick(["1", "2"]) + r.digits(8);
  return body + luhn("80840" + body);
}

export function aba(r: Rand): string {
  const lead = pad(r.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32, 61, 63]));
  const d = num(lead + r.digits(6));
  const s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5]);
  return d.join("") + ((10 - (s % 10)) % 10);
}

export function nino(r: Rand): string {
  const first = "ABCEGHJKLMNOPRSTWXYZ", second = "ABCEGHJKLMNPRSTWXYZ";
  let p: string;
  do p = r.pick([...first]) + r.pick([...second]); while (
    ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(p)
  );
  return p + r.digits(6) + r.pick(["A", "B", "C", "D"]);
}

export function nhs(r: Rand): string {
  for (;;) {
    const body = r.range(4, 9) + r.digits(8);
    const sum = num(body).reduce((a, d, i) => a + d * (10 - i), 0);
    const c = 11 - (sum % 11);
    if (c === 10) continue;
    return body + (c === 11 ? 0 : c);
  }
}

export function pesel(r: Rand): string {
  const b = birth(r, 1940, 2015);
  const mm = pad(b.m + (b.y >= 2000 ? 20 : 0));
  const body = b.yy + mm + b.dd + r.digits(4);
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const sum = num(body).reduce((a, d, i) => a + d * w[i], 0);
  return body + ((10 - (sum % 10)) % 10);
}

const CF_ODD: Record<string, number> = {};
[1, 0, 5, 7, 9, 13, 15, 17, 19, 21].forEach((v, i) => (CF_ODD[String(i)] = v));
[1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
  .forEach((v, i) => (CF_ODD[U[i]] = v));
/** Italy codice fiscale: surname, name, year, month letter, day (+40 women), place, check. */
export function codiceFiscale(r: Rand): string {
  const cons = "BCDFGHJKLMNPQRSTVWXZ";
  const b = birth(r);
  const day = b.d + (r.int(2) ? 40 : 0);
  const place = r.pick(["H501", "F205", "L219", "A662", "G273", "D612", "Z404"]);
  const body = r.chars(3, cons) + r.chars(3, cons) + b.yy + "ABCDEHLMPRST"[b.m - 1] + pad(day) +
    place;
  let sum = 0;
  [...body].forEach((ch, i) => {
    sum += i % 2 === 0 ? CF_ODD[ch] : /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
  });
  return body + U[sum % 26];
}

export function tfn(r: Rand): string {
  const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
  for (;;) {
    const s = r.digits(9);
    if (num(s).reduce((a, d, i) => a + d * w[i], 0) % 11 === 0 && s[0] !== "0") return s;
  }
}
export function medicare(r: Rand): string {
  const body = r.range(2, 6) + r.digits(7);
  const w = [1, 3, 7, 9, 1, 3, 7, 9];
  const c = num(body).reduce((a, d, i) => a + d * w[i], 0) % 10;
  return body + c + r.range(1, 9);
}
export function abn(r: Rand): string {
  const w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  for (;;) {
    const s = r.range(1, 9) + r.digits(10);
    const d = num(s);
    d[0] -= 1;
    if (d.reduce((a, x, i) => a + x * w[i], 0) % 89 === 0) return s;
  }
}

export function saId(r: Rand): string {
  const b = birth(r);
  const body = b.yy + b.mm + b.dd + r.digits(4) + r.pick(["0", "1"]) + "8";
  return body + luhn(body);
}

export function cpf(r: Rand): string {
  const d = num(r.digits(9));
  const c1 = ((d.reduce((a, x, i) => a + x * (10 - i), 0) * 10) % 11) % 10;
  d.push(c1);
  const c2 = ((d.reduce((a, x, i) => a + x * (11 - i), 0) * 10) % 11) % 10;
  return d.join("") + c2;
}
export function cnpj(r: Rand): string {
  const d = num(r.digits(8) + "0001");
  const w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], w2 = [6, ...w1];
  const chk = (w: number[]) => {
    const m = d.reduce((a, x, i) => a + x * w[i], 0) % 11;
    return m < 2 ? 0 : 11 - m;
  };
  d.push(chk(w1));
  d.push(chk(w2));
  return d.join("");
}

const CURP_CHARS = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
export function curp(r: Rand): string {
  const vowels = "AEIOU", cons = "BCDFGHJKLMNPQRSTVWXYZ";
  const b = birth(r, 1950, 2010);
  const body = r.chars(1, cons) + r.chars(1, vowels) + r.chars(2, U) + b.yy + b.mm + b.dd +
    r.pick(["H", "M"]) + r.pick(["DF", "JC", "NL", "MC", "PL", "VZ", "GT"]) + r.chars(3, cons) +
    (b.y >= 2000 ? r.chars(1, U) : r.chars(1, D));
  const sum = [...body].reduce((a, ch, i) => a + CURP_CHARS.indexOf(ch) * (18 - i), 0);
  return body + ((10 - (sum % 10)) % 10);
}
export function rfc(r: Rand): string {
  const b = birth(r);
  return r.chars(4, U) + b.yy + b.mm + b.dd + r.chars(2, U + D) + r.chars(1, D + "A");
}

/** France NIR: sex, YY, MM, department, commune, order, key = 97 − (number mod 97). */
export function nir(r: Rand): string {
  const b = birth(r);
  const body = r.pick(["1", "2"]) + b.yy + b.mm + pad(r.range(1, 95)) + pad(r.range(1, 990), 3) +
    pad(r.range(1, 999), 3);
  return body + pad(97 - mod97(body));
}

export function bsn(r: Rand): string {
  for (;;) {
    const s = r.range(1, 9) + r.digits(8);
    const d = num(s);
    const sum = d.slice(0, 8).reduce((a, x, i) => a + x * (9 - i), 0) - d[8];
    if (sum % 11 === 0) return s;
  }
}

/** Belgium national number YY.MM.DD-SSS.CC (97 − mod 97; a 2 in front for births from 2000). */
export function belgianNn(r: Rand): string {
  const b = birth(r, 1940, 2015);
  const body = b.yy + b.mm + b.dd + pad(r.range(1, 997), 3);
  const base = b.y >= 2000 ? "2" + body : body;
  return body + pad(97 - (Number(BigInt(base) % 97n)));
}

/** Denmark CPR DDMMYY-SSSS (mod 11 weights, as issued before 2007). */
export function cpr(r: Rand): string {
  const w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  for (;;) {
    const b = birth(r, 1940, 2006);
    const s = b.dd + b.mm + b.yy + r.digits(4);
    if (num(s).reduce((a, x, i) => a + x * w[i], 0) % 11 === 0) return s;
  }
}

/** Norway fødselsnummer: DDMMYY + individual number + two mod 11 checks. */
export function fnr(r: Rand): string {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2], w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const chk = (d: number[], w: number[]) => {
    const c = 11 - (d.reduce((a, x, i) => a + x * w[i], 0) % 11);
    return c === 11 ? 0 : c;
  };
  for (;;) {
    const b = birth(r, 1940, 1999);
    const d = num(b.dd + b.mm + b.yy + pad(r.range(0, 499), 3));
    const k1 = chk(d, w1);
    if (k1 === 10) continue;
    d.push(k1);
    const k2 = chk(d, w2);
    if (k2 === 10) continue;
    d.push(k2);
    return d.join("");
  }
}

/** China resident identity number: area, YYYYMMDD, sequence, ISO 7064 MOD 11-2 check. */
export function chinaId(r: Rand): string {
  const b = birth(r);
  const body = r.pick(["110101", "310104", "440305", "510107", "330106", "420111"]) + b.y + b.mm +
    b.dd + r.digits(3);
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = num(body).reduce((a, x, i) => a + x * w[i], 0);
  return body + "10X98765432"[sum % 11];
}

/** Japan My Number: 11 digits + check (weights 2–7, 2–6 from the right). */
export function myNumber(r: Rand): string {
  const body = r.digits(11);
  const d = num(body).reverse();
  const sum = d.reduce((a, x, i) => a + x * (i < 6 ? i + 2 : i - 4), 0);
  const rem = sum % 11;
  return body + (rem <= 1 ? 0 : 11 - rem);
}

export function teudatZehut(r: Rand): string {
  const body = r.range(0, 3) + r.digits(7);
  return body + luhn(body);
}

/** Chile RUT: body, check (weights 2..7 from the right, 11 − mod 11; 10 → K, 11 → 0). */
export function rut(r: Rand): { body: string; check: string } {
  const body = String(r.range(5_000_000, 25_999_999));
  let sum = 0;
  num(body).reverse().forEach((d, i) => (sum += d * (2 + (i % 6))));
  const c = 11 - (sum % 11);
  return { body, check: c === 11 ? "0" : c === 10 ? "K" : String(c) };
}

export function cuit(r: Rand): string {
  const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const body = r.pick(["20", "23", "27", "30", "33"]) + String(r.range(10_000_000, 45_999_999));
    const c = 11 - (num(body).reduce((a, x, i) => a + x * w[i], 0) % 11);
    if (c === 10) continue;
    return body + (c === 11 ? 0 : c);
  }
}

export function ukDrivingLicence(r: Rand): string {
  const b = birth(r);
  const surname = r.pick(["MORGA", "SMITH", "JONES", "PATEL", "WILLI", "TAYLO", "BROWN"]);
  const month = pad(b.m + (r.int(2) ? 50 : 0));
  return surname + b.yy[0] + month + b.dd + b.yy[1] + r.chars(2, U) + r.int(10) + r.chars(2, U);
}

// ---- crypto addresses ---------------------------------------------------------------------

const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const sha256 = (b: Uint8Array) => new Uint8Array(createHash("sha256").update(b).digest());
function base58(bytes: Uint8Array): string {
  let n = 0n;
  for (const b of bytes) n = n * 256n + BigInt(b);
  let s = "";
  while (n > 0n) {
    s = B58[Number(n % 58n)] + s;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    s = "1" + s;
  }
  return s;
}
export function base58Check(r: Rand, version: number): string {
  const payload = new Uint8Array([version, ...r.bytes(20)]);
  const sum = sha256(sha256(payload)).slice(0, 4);
  return base58(new Uint8Array([...payload, ...sum]));
}

const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
function polymod(values: number[]): number {
  const G = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= G[i];
  }
  return chk >>> 0;
}
export function segwit(r: Rand, hrp: string, version: 0 | 1): string {
  const program = r.bytes(version === 0 ? 20 : 32);
  const data: number[] = [version];
  let acc = 0, bits = 0;
  for (const b of program) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((acc >>> bits) & 31);
    }
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const hrpx = [...hrp].map((c) => c.charCodeAt(0) >> 5).concat(
    [0],
    [...hrp].map((c) => c.charCodeAt(0) & 31),
  );
  const constant = version === 0 ? 1 : 0x2bc830a3;
  const pm = polymod([...hrpx, ...data, 0, 0, 0, 0, 0, 0]) ^ constant;
  const chk = Array.from({ length: 6 }, (_, i) => (pm >>> (5 * (5 - i))) & 31);
  return hrp + "1" + [...data, ...chk].map((v) => BECH[v]).join("");
}

/** Keccak-256 (the pre-standard padding Ethereum uses), on 64-bit lanes as BigInt. */
export function keccak256(input: Uint8Array): Uint8Array {
  const M = (1n << 64n) - 1n;
  const rot = (x: bigint, n: number) =>
    n === 0 ? x : ((x << BigInt(n)) | (x >> BigInt(64 - n))) & M;
  const RC: bigint[] = [];
  let lfsr = 1;
  for (let round = 0; round < 24; round++) {
    let c = 0n;
    for (let j = 0; j < 7; j++) {
      if (lfsr & 1) c |= 1n << BigInt((1 << j) - 1);
      lfsr = (lfsr << 1) ^ (lfsr & 0x80 ? 0x171 : 0);
    }
    RC.push(c);
  }
  const R: number[] = new Array(25).fill(0);
  let x = 1, y = 0;
  for (let t = 0; t < 24; t++) {
    R[x + 5 * y] = (((t + 1) * (t + 2)) / 2) % 64;
    [x, y] = [y, (2 * x + 3 * y) % 5];
  }
  const rate = 136;
  const padded = new Uint8Array(Math.ceil((input.length + 1) / rate) * rate);
  padded.set(input);
  padded[input.length] ^= 0x01;
  padded[padded.length - 1] ^= 0x80;
  const s: bigint[] = new Array(25).fill(0n);
  for (let off = 0; off < padded.length; off += rate) {
    for (let i = 0; i < rate / 8; i++) {
      let lane = 0n;
      for (let b = 7; b >= 0; b--) lane = (lane << 8n) | BigInt(padded[off + 8 * i + b]);
      s[i] ^= lane;
    }
    for (let round = 0; round < 24; round++) {
      const C = [0, 1, 2, 3, 4].map((i) => s[i] ^ s[i + 5] ^ s[i + 10] ^ s[i + 15] ^ s[i + 20]);
      for (let i = 0; i < 5; i++) {
        const d = C[(i + 4) % 5] ^ rot(C[(i + 1) % 5], 1);
        for (let j = 0; j < 25; j += 5) s[i + j] ^= d;
      }
      const B: bigint[] = new Array(25).fill(0n);
      for (let i = 0; i < 5; i++) {
        for (let j = 0; j < 5; j++) {
          B[j + 5 * ((2 * i + 3 * j) % 5)] = rot(s[i + 5 * j], R[i + 5 * j]);
        }
      }
      for (let i = 0; i < 5; i++) {
        for (let j = 0; j < 5; j++) {
          s[i + 5 * j] = B[i + 5 * j] ^ (~B[(i + 1) % 5 + 5 * j] & M & B[(i + 2) % 5 + 5 * j]);
        }
      }
      s[0] ^= RC[round];
    }
  }
  const out = new Uint8Array(32);
  for (let i = 0; i < 4; i++) {
    for (let b = 0; b < 8; b++) out[8 * i + b] = Number((s[i] >> BigInt(8 * b)) & 0xffn);
  }
  return out;
}
export function ethAddress(r: Rand, checksummed: boolean): string {
  const lower = [...r.bytes(20)].map((b) => b.toString(16).padStart(2, "0")).join("");
  if (!checksummed) return "0x" + lower;
  const h = [...keccak256(new TextEncoder().encode(lower))].map((b) =>
    b.toString(16).padStart(2, "0")
  ).join("");
  return "0x" + [...lower].map((c, i) => (parseInt(h[i], 16) >= 8 ? c.toUpperCase() : c)).join("");
}
