/**
 * Personal data values for the PII corpus (./gen_pii.ts), each generated valid by its own
 * published rule, computed here and not with the validators in ../checksums (so a validator
 * that drifts from its rule shows up as a miss in the corpus): card numbers, IBANs, e-mail
 * addresses, telephone numbers, IP and MAC addresses, SSNs, crypto addresses, and national,
 * register and document numbers. Each kind says how logs name it (keys, a phrase before it).
 */

import { type Random, seededRandom } from "../../../devkit/sample_logs/random.ts";

/** A seeded source of randomness (the sample logs' mulberry32): the same seed gives the same corpus. */
export type Rng = Random;
export const rng: (seed: number) => Rng = seededRandom;

export const DIGITS = "0123456789";
export const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const HEX = "0123456789abcdef";

/** One kind of personal data: how to make a value and the names logs give it. */
export interface PiiKind {
  /** Short type name for the corpus (`card`, `iban`, `tckn` …). */
  type: string;
  /** Core tier of the scorer: cards, IBAN, email, phone, IP, MAC, SSN, crypto. */
  core: boolean;
  /** Keys a structured log puts it under (JSON, key=value, query string, CSV header). */
  keys: readonly string[];
  /** Words before it in prose (`passport no.`, `sent to`). */
  phrases: readonly string[];
  /** Whether the value's layout alone names it (no context word needed). */
  alone: boolean;
  make(r: Rng): string | Promise<string>;
}

const two = (n: number) => String(n).padStart(2, "0");
const sumOf = (values: number[]) => values.reduce((a, b) => a + b, 0);
const weighted = (s: string, weights: readonly number[]) =>
  sumOf(weights.map((w, i) => w * Number(s[i])));

/** Luhn check digit of `payload` (ISO/IEC 7812-1). */
export function luhnDigit(payload: string): number {
  let s = 0;
  for (let i = 0; i < payload.length; i++) {
    const d = Number(payload[payload.length - 1 - i]);
    s += i % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
  }
  return (10 - (s % 10)) % 10;
}

/** A birth date YYMMDD (days 1–28: valid in every month). */
const yymmdd = (r: Rng) => two(r.int(100)) + two(1 + r.int(12)) + two(1 + r.int(28));
const ddmmyy = (r: Rng) => two(1 + r.int(28)) + two(1 + r.int(12)) + two(r.int(100));

/** Groups `digits` by `sizes` joined with `sep`. */
export function group(digits: string, sizes: readonly number[], sep: string): string {
  const out: string[] = [];
  let at = 0;
  for (const n of sizes) {
    out.push(digits.slice(at, at + n));
    at += n;
  }
  return out.join(sep);
}

// ---- payment cards, IBAN -------------------------------------------------------------------

function card(r: Rng): string {
  const [prefix, length] = r.pick<[string, number]>([
    ["4", 16],
    ["4", 16],
    ["5" + r.chars(1, "12345"), 16],
    ["2" + r.pick(["221", "3", "5", "720"]), 16],
    ["3" + r.chars(1, "47"), 15],
    ["6011", 16],
    ["35" + r.chars(1, "3456"), 16],
  ]);
  const payload = prefix + r.chars(length - 1 - prefix.length, DIGITS);
  const n = payload + luhnDigit(payload);
  const style = r.int(3);
  if (style === 0) return n;
  const sep = style === 1 ? " " : "-";
  return length === 15 ? group(n, [4, 6, 5], sep) : group(n, [4, 4, 4, 4], sep);
}

/** IBAN BBAN layouts (SWIFT registry): `n` digits, `a` capitals, `c` either. */
const BBAN: Readonly<Record<string, string>> = {
  DE: "18n",
  GB: "4a14n",
  FR: "10n11c2n",
  NL: "4a10n",
  ES: "20n",
  IT: "1a10n12c",
  CH: "5n12c",
  BE: "12n",
  PL: "24n",
  AT: "16n",
  SE: "20n",
  NO: "11n",
  IE: "4a14n",
  PT: "21n",
};

function bban(r: Rng, layout: string): string {
  let out = "";
  for (const [, count, cls] of layout.matchAll(/(\d+)([nac])/g)) {
    out += r.chars(Number(count), cls === "n" ? DIGITS : cls === "a" ? UPPER : DIGITS + UPPER);
  }
  return out;
}

/** ISO 7064 mod 97-10 over the rearranged IBAN, by BigInt. */
function ibanCheck(country: string, body: string): string {
  const numeric = [...(body + country + "00")]
    .map((c) => (c <= "9" ? c : String(c.charCodeAt(0) - 55)))
    .join("");
  return two(98 - Number(BigInt(numeric) % 97n));
}

function iban(r: Rng): string {
  const country = r.pick(Object.keys(BBAN));
  const body = bban(r, BBAN[country]);
  const n = country + ibanCheck(country, body) + body;
  const style = r.int(4);
  if (style === 0) return n;
  if (style === 3) return n.toLowerCase();
  return n.match(/.{1,4}/g)!.join(style === 1 ? " " : " ");
}

// ---- e-mail, phone ---------------------------------------------------------------------------

const FIRST = ["jane", "omar", "li", "maria", "john", "aiko", "pierre", "sven", "anna", "raj"];
const LAST = ["doe", "haddad", "wei", "garcia", "smith", "tanaka", "martin", "berg", "k", "patel"];
const DOMAINS = ["example.com", "mail.example.org", "corp.example.co.uk", "acme.io", "firma.de"];

function email(r: Rng): string {
  const local = r.pick([
    () => `${r.pick(FIRST)}.${r.pick(LAST)}`,
    () => `${r.pick(FIRST)}${r.int(100)}`,
    () => `${r.pick(FIRST)}+${r.pick(["billing", "test", "ops"])}`,
    () => `${r.pick(FIRST)}_${r.pick(LAST)}`,
  ])();
  const address = `${local}@${r.pick(DOMAINS)}`;
  return r.int(6) === 0 ? address.toUpperCase() : address;
}

/** National telephone numbers as each country writes them with its trunk 0 (or none). */
const NATIONAL_PHONES: readonly ((r: Rng) => string)[] = [
  (r) =>
    `0${r.chars(1, "1235789")}${r.chars(1, DIGITS)} ${r.chars(4, DIGITS)} ${r.chars(4, DIGITS)}`, // UK
  (r) => `0${r.chars(1, "123456789")} ${group(r.chars(8, DIGITS), [2, 2, 2, 2], " ")}`, // FR
  (r) => `0${r.chars(1, "123456789")}.${group(r.chars(8, DIGITS), [2, 2, 2, 2], ".")}`, // FR dotted
  (r) => `0${r.pick(["30", "89", "151", "171"])} ${r.chars(7, DIGITS)}`, // DE
  (r) => `04${r.chars(2, DIGITS)} ${r.chars(3, DIGITS)} ${r.chars(3, DIGITS)}`, // AU mobile
  (r) => `(0${r.chars(1, "2378")}) ${r.chars(4, DIGITS)} ${r.chars(4, DIGITS)}`, // AU
  (r) => `06-${r.chars(8, DIGITS)}`, // NL mobile
  (r) => `0${r.chars(2, DIGITS)} ${r.chars(3, DIGITS)} ${r.chars(2, DIGITS)} ${r.chars(2, DIGITS)}`, // CH
  (r) =>
    `04${r.chars(2, DIGITS)} ${r.chars(2, DIGITS)} ${r.chars(2, DIGITS)} ${r.chars(2, DIGITS)}`, // BE
  (r) =>
    `05${r.chars(2, DIGITS)} ${r.chars(3, DIGITS)} ${r.chars(2, DIGITS)} ${r.chars(2, DIGITS)}`, // TR
  (r) =>
    `07${r.chars(1, DIGITS)}-${r.chars(3, DIGITS)} ${r.chars(2, DIGITS)} ${r.chars(2, DIGITS)}`, // SE
  (r) => `010-${r.chars(4, DIGITS)}-${r.chars(4, DIGITS)}`, // KR
  (r) => `0${r.pick(["90", "80", "70"])}-${r.chars(4, DIGITS)}-${r.chars(4, DIGITS)}`, // JP
  (r) => `0${r.chars(1, "234589")}-${r.chars(7, DIGITS)}`, // IL
  (r) => `08${r.chars(2, DIGITS)}-${r.chars(4, DIGITS)}-${r.chars(4, DIGITS)}`, // ID
  (r) =>
    `1${r.chars(1, "3456789")}${r.chars(1, DIGITS)} ${r.chars(4, DIGITS)} ${r.chars(4, DIGITS)}`, // CN
  (r) =>
    `8 (${r.chars(3, DIGITS)}) ${r.chars(3, DIGITS)}-${r.chars(2, DIGITS)}-${r.chars(2, DIGITS)}`, // RU
  (r) =>
    `(${r.chars(1, "123456789")}${r.chars(1, DIGITS)}) 9${r.chars(4, DIGITS)}-${
      r.chars(4, DIGITS)
    }`, // BR
  (r) =>
    `(${r.chars(1, "23456789")}${r.chars(2, DIGITS)}) ${r.chars(3, DIGITS)}-${r.chars(4, DIGITS)}`, // NANP
  (r) =>
    `${r.chars(1, "23456789")}${r.chars(2, DIGITS)}-${r.chars(3, DIGITS)}-${r.chars(4, DIGITS)}`, // NANP
  (r) =>
    `${r.chars(1, "23456789")}${r.chars(2, DIGITS)}.${r.chars(3, DIGITS)}.${r.chars(4, DIGITS)}`, // NANP
];

/** International numbers: `+` or `00`, a calling code and a national number. */
const INTERNATIONAL_PHONES: readonly ((r: Rng) => string)[] = [
  (r) => `+44 7${r.chars(3, DIGITS)} ${r.chars(6, DIGITS)}`,
  (r) =>
    `+1 ${r.chars(1, "23456789")}${r.chars(2, DIGITS)} ${r.chars(3, DIGITS)} ${r.chars(4, DIGITS)}`,
  (r) => `+49 ${r.pick(["30", "151"])} ${r.chars(8, DIGITS)}`,
  (r) => `+33 6 ${group(r.chars(8, DIGITS), [2, 2, 2, 2], " ")}`,
  (r) => `+91-9${r.chars(4, DIGITS)}-${r.chars(5, DIGITS)}`,
  (r) => `+${r.pick(["34", "39", "31", "61", "81", "55"])}${r.chars(9, DIGITS)}`,
  (r) =>
    `00${r.pick(["44", "49", "33", "39"])} ${r.chars(2, DIGITS)} ${r.chars(4, DIGITS)} ${
      r.chars(4, DIGITS)
    }`,
];

/** Numbers written only as digits and spaces: masked after a phone word. */
const BARE_PHONES: readonly ((r: Rng) => string)[] = [
  (r) => `9${r.chars(4, DIGITS)} ${r.chars(5, DIGITS)}`, // IN
  (r) => `9${r.chars(9, DIGITS)}`, // IN
  (r) =>
    `${r.chars(1, "2345678")}${r.chars(2, DIGITS)} ${r.chars(3, DIGITS)} ${r.chars(4, DIGITS)}`, // US
  (r) => `${r.chars(1, "2345678")}${r.chars(2, DIGITS)} ${r.chars(7, DIGITS)}`, // US 425 8829090
  (r) => `6${r.chars(2, DIGITS)} ${r.chars(2, DIGITS)} ${r.chars(2, DIGITS)} ${r.chars(2, DIGITS)}`, // ES
  (r) => `3${r.chars(2, DIGITS)} ${r.chars(3, DIGITS)} ${r.chars(4, DIGITS)}`, // IT mobile
  (r) => `55 ${r.chars(4, DIGITS)} ${r.chars(4, DIGITS)}`, // MX
  (r) => `${r.pick(["44", "49", "91"])}${r.chars(10, DIGITS)}`, // E.164 without +
];

// ---- network, SSN, crypto ------------------------------------------------------------------

function ipv4(r: Rng): string {
  const first = r.pick([8, 23, 34, 45, 52, 81, 93, 151, 172, 185, 198, 203, 213]);
  return [first, r.int(256), r.int(256), 1 + r.int(254)].join(".");
}

function ipv6(r: Rng): string {
  const g = () => r.int(0x10000).toString(16);
  const groups = Array.from({ length: 8 }, g);
  const style = r.int(7);
  if (style === 0) return groups.join(":"); // full
  if (style === 1) return groups.map((x) => x.padStart(4, "0")).join(":").toUpperCase(); // full, upper
  if (style === 2) return `2001:db8:${g()}::${g()}:${g()}`; // compressed
  if (style === 3) {
    return `fe80::${g()}:${r.chars(2, HEX)}ff:fe${r.chars(2, HEX)}:${g()}%eth${r.int(3)}`; // zone
  }
  if (style === 4) return `::ffff:${ipv4(r)}`; // IPv4-mapped
  if (style === 5) return `2a00:${g()}:${g()}:${g()}::${g()}`;
  return `0:0:0:0:0:ffff:${ipv4(r)}`; // mapped, full
}

function mac(r: Rng): string {
  const bytes = Array.from({ length: 6 }, () => r.chars(2, HEX));
  bytes[0] = (parseInt(bytes[0], 16) & 0xfe).toString(16).padStart(2, "0");
  const style = r.int(4);
  if (style === 0) return bytes.join(":");
  if (style === 1) return bytes.join("-").toUpperCase();
  if (style === 2) {
    const hex = bytes.join("");
    return /[a-f]/.test(hex) ? hex.match(/.{4}/g)!.join(".") : bytes.join(":");
  }
  return bytes.join(":").toUpperCase();
}

function ssnDigits(r: Rng): string {
  let area: number;
  do area = 1 + r.int(899); while (area === 666);
  return String(area).padStart(3, "0") + two(1 + r.int(99)) +
    String(1 + r.int(9999)).padStart(4, "0");
}

const BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
}

/** A P2PKH (`1…`) or P2SH (`3…`) address: version, 20 random bytes, double-SHA-256 checksum. */
async function bitcoinBase58(r: Rng): Promise<string> {
  const payload = new Uint8Array(21);
  payload[0] = r.pick([0x00, 0x05]);
  for (let i = 1; i < 21; i++) payload[i] = r.int(256);
  const check = (await sha256(await sha256(payload))).slice(0, 4);
  const bytes = new Uint8Array([...payload, ...check]);
  let n = BigInt("0x" + [...bytes].map((b) => b.toString(16).padStart(2, "0")).join(""));
  let out = "";
  while (n > 0n) {
    out = BASE58[Number(n % 58n)] + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = "1" + out;
  }
  return out;
}

const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

/** BIP-173 checksum polymod. */
function polymod(values: number[]): number {
  const gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= gen[i];
  }
  return chk;
}

/** A SegWit v0 address (P2WPKH, 20 bytes) with its Bech32 checksum. */
function bitcoinBech32(r: Rng): string {
  const hrp = "bc";
  const data = [0, ...Array.from({ length: 32 }, () => r.int(32))]; // version 0, 160 bits
  const expand = [...hrp].map((c) => c.charCodeAt(0) >> 5).concat(
    [0],
    [...hrp].map((c) => c.charCodeAt(0) & 31),
  );
  const mod = polymod([...expand, ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  const checksum = Array.from({ length: 6 }, (_, i) => (mod >>> (5 * (5 - i))) & 31);
  return hrp + "1" + [...data, ...checksum].map((v) => BECH32[v]).join("");
}

const ethereum = (r: Rng) => "0x" + r.chars(40, HEX);

// ---- national, register and document numbers ------------------------------------------------

const NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ", NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ";
function nino(r: Rng): string {
  let prefix: string;
  do prefix = r.chars(1, NINO_FIRST) + r.chars(1, NINO_SECOND); while (
    ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(prefix)
  );
  const n = prefix + r.chars(6, DIGITS) + r.chars(1, "ABCD");
  return r.int(2) === 0 ? n : `${n.slice(0, 2)} ${group(n.slice(2, 8), [2, 2, 2], " ")} ${n[8]}`;
}

function nhs(r: Rng): string {
  for (;;) {
    const nine = r.chars(9, DIGITS);
    const check = 11 - (weighted(nine, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
    if (check === 10) continue;
    const n = nine + (check === 11 ? 0 : check);
    return r.int(2) === 0 ? n : group(n, [3, 3, 4], " ");
  }
}

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
function dni(r: Rng): string {
  const n = r.chars(8, DIGITS);
  return n + DNI_LETTERS[Number(n) % 23];
}
function nie(r: Rng): string {
  const lead = r.int(3), body = r.chars(7, DIGITS);
  return "XYZ"[lead] + body + DNI_LETTERS[Number(lead + body) % 23];
}

// deno-fmt-ignore
const CF_ODD: Record<string, number> = {
  "0": 1, "1": 0, "2": 5, "3": 7, "4": 9, "5": 13, "6": 15, "7": 17, "8": 19, "9": 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};
function codiceFiscale(r: Rng): string {
  const body = r.chars(6, "BCDFGLMNPRSTVZ") + two(r.int(100)) + r.chars(1, "ABCDEHLMPRST") +
    two(1 + r.int(28) + (r.int(2) ? 40 : 0)) + r.chars(1, "ABCDEFGHILM") + r.chars(3, DIGITS);
  let s = 0;
  for (let i = 0; i < 15; i++) {
    s += i % 2 === 0 ? CF_ODD[body[i]] : body[i] <= "9" ? Number(body[i]) : UPPER.indexOf(body[i]);
  }
  return body + UPPER[s % 26];
}

/** Verhoeff check digit, from the dihedral group D5 and the position permutation. */
function verhoeffDigit(payload: string): string {
  const d5 = (a: number, b: number) => {
    const k = (a % 5 + (a >= 5 ? -(b % 5) : b % 5) + 5) % 5;
    return (a >= 5) !== (b >= 5) ? 5 + k : k;
  };
  const cycle = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4];
  for (const d of DIGITS) {
    const n = payload + d;
    let c = 0;
    for (let i = 0; i < n.length; i++) {
      let x = Number(n[n.length - 1 - i]);
      for (let t = 0; t < i % 8; t++) x = cycle[x];
      c = d5(c, x);
    }
    if (c === 0) return d;
  }
  throw new Error("no Verhoeff digit");
}
function aadhaar(r: Rng): string {
  const payload = r.chars(1, "23456789") + r.chars(10, DIGITS);
  const n = payload + verhoeffDigit(payload);
  return r.int(2) === 0 ? n : group(n, [4, 4, 4], " ");
}

const pan = (r: Rng) =>
  r.chars(3, UPPER) + r.chars(1, "PCHFT") + r.chars(1, UPPER) + r.chars(4, DIGITS) +
  r.chars(1, UPPER);

function pesel(r: Rng): string {
  const ten = two(r.int(100)) + two(1 + r.int(12) + r.pick([0, 20])) + two(1 + r.int(28)) +
    r.chars(4, DIGITS);
  return ten + ((10 - (weighted(ten, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
}

function cpf(r: Rng): string {
  const check = (s: string, first: number) => {
    const rest = weighted(s, Array.from({ length: s.length }, (_, i) => first - i)) % 11;
    return rest < 2 ? 0 : 11 - rest;
  };
  const nine = r.chars(9, DIGITS);
  const ten = nine + check(nine, 10);
  const n = ten + check(ten, 11);
  return r.int(2) === 0 ? n : `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${n.slice(9)}`;
}

function bsn(r: Rng): string {
  for (;;) {
    const eight = r.chars(8, DIGITS);
    const last = weighted(eight, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    if (last < 10) return eight + last;
  }
}

function steuerId(r: Rng): string {
  for (;;) {
    const pool = [...DIGITS].sort(() => r.int(3) - 1);
    const ten = [...pool.slice(0, 9), pool[r.int(9)]].sort(() => r.int(3) - 1).join("");
    if (ten[0] === "0" || new Set(ten).size !== 9) continue;
    let product = 10;
    for (const c of ten) {
      let s = (Number(c) + product) % 10;
      if (s === 0) s = 10;
      product = (2 * s) % 11;
    }
    const n = ten + ((11 - product) % 10);
    return r.int(2) === 0 ? n : group(n, [2, 3, 3, 3], " ");
  }
}

function tfn(r: Rng): string {
  for (;;) {
    const eight = r.chars(8, DIGITS);
    const last = weighted(eight, [1, 4, 3, 7, 5, 8, 6, 9]) % 11;
    if (last < 10) return group(eight + last, [3, 3, 3], " ");
  }
}

function sin(r: Rng): string {
  const payload = r.chars(1, "1234567") + r.chars(7, DIGITS);
  return group(payload + luhnDigit(payload), [3, 3, 3], r.pick([" ", "-"]));
}

function nir(r: Rng): string {
  const thirteen = r.chars(1, "12") + two(r.int(100)) + two(1 + r.int(12)) + two(1 + r.int(95)) +
    r.chars(6, DIGITS);
  const key = two(97 - Number(BigInt(thirteen) % 97n));
  return group(thirteen + key, [1, 2, 2, 2, 3, 3, 2], " ");
}

function itin(r: Rng): string {
  const g = r.pick([50, 65, 70, 78, 88, 90, 92, 94, 99]);
  return `9${r.chars(2, DIGITS)}-${g}-${r.chars(4, DIGITS)}`;
}

const HETU_CHECK = [...DIGITS, ...[...UPPER].filter((c) => !"GIOQZ".includes(c))].join("");
function hetu(r: Rng, letterCheck: boolean): string {
  for (;;) {
    const date = ddmmyy(r), individual = String(2 + r.int(898)).padStart(3, "0");
    const check = HETU_CHECK[Number(date + individual) % 31];
    if (letterCheck !== /[A-Z]/.test(check)) continue;
    return date + r.pick(letterCheck ? ["-"] : ["-", "A", "Y", "+"]) + individual + check;
  }
}

function personnummer(r: Rng): string {
  const nine = yymmdd(r) + r.chars(3, DIGITS);
  const n = nine + luhnDigit(nine);
  return r.pick([`${n.slice(0, 6)}-${n.slice(6)}`, `19${n}`, n]);
}

function orgnummer(r: Rng): string {
  const nine = r.chars(1, "25789") + r.chars(1, DIGITS) + r.chars(1, "23456789") +
    r.chars(6, DIGITS);
  const n = nine + luhnDigit(nine);
  return `${n.slice(0, 6)}-${n.slice(6)}`;
}

function rrn(r: Rng): string {
  const twelve = yymmdd(r) + r.chars(1, "12345678") + r.chars(5, DIGITS);
  const sum = weighted(twelve, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]);
  const n = twelve + ((twelve[6] >= "5" ? 13 : 11) - (sum % 11)) % 10;
  return `${n.slice(0, 6)}-${n.slice(6)}`;
}

function tckn(r: Rng): string {
  const nine = r.chars(1, "123456789") + r.chars(8, DIGITS);
  const odd = [0, 2, 4, 6, 8].map((i) => Number(nine[i])),
    even = [1, 3, 5, 7].map((i) => Number(nine[i]));
  const ten = nine + ((((sumOf(odd) * 7 - sumOf(even)) % 10) + 10) % 10);
  return ten + (sumOf([...ten].map(Number)) % 10);
}

function nric(r: Rng): string {
  const prefix = r.pick(["S", "T", "F", "G"]);
  const seven = r.chars(7, DIGITS);
  const rest = (weighted(seven, [2, 7, 6, 5, 4, 3, 2]) + ("TG".includes(prefix) ? 4 : 0)) % 11;
  return prefix + seven + ("ST".includes(prefix) ? "JZIHGFEDCBA" : "XWUTRQPNMLK")[rest];
}

function tnin(r: Rng, grouped: boolean): string {
  const twelve = r.chars(1, "12345678") + r.chars(11, DIGITS);
  const weights = [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2];
  const n = twelve + (11 - (weighted(twelve, weights) % 11)) % 10;
  return grouped ? group(n, [1, 4, 5, 2, 1], "-") : n;
}

function southAfricaId(r: Rng): string {
  const twelve = yymmdd(r) + r.chars(4, DIGITS) + r.chars(1, "01") + "8";
  return twelve + luhnDigit(twelve);
}

function mbi(r: Rng): string {
  const L = "ACDEFGHJKMNPQRTUVWXY";
  const c = (s: string) => r.chars(1, s);
  return c("123456789") + c(L) + c(L + DIGITS) + c(DIGITS) + "-" + c(L) + c(L + DIGITS) +
    c(DIGITS) +
    "-" + c(L) + c(L) + c(DIGITS) + c(DIGITS);
}

function npi(r: Rng): string {
  const nine = r.chars(1, "12") + r.chars(8, DIGITS);
  return nine + luhnDigit("80840" + nine);
}

function aba(r: Rng): string {
  const eight = r.pick([
    "01",
    "02",
    "03",
    "04",
    "05",
    "06",
    "07",
    "08",
    "09",
    "11",
    "12",
    "21",
    "26",
    "31",
    "32",
  ]) +
    r.chars(6, DIGITS);
  return eight + (10 - (weighted(eight, [3, 7, 1, 3, 7, 1, 3, 7]) % 10)) % 10;
}

function abn(r: Rng): string {
  for (;;) {
    const nine = r.chars(9, DIGITS);
    for (let lead = 10 + r.int(5); lead <= 99; lead++) {
      const s = String(lead) + nine;
      const d = [...s].map(Number);
      d[0] -= 1;
      if (sumOf(d.map((x, i) => x * [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19][i])) % 89 === 0) {
        return group(s, [2, 3, 3, 3], " ");
      }
    }
  }
}

function acn(r: Rng): string {
  const eight = r.chars(8, DIGITS);
  return group(
    eight + (10 - (weighted(eight, [8, 7, 6, 5, 4, 3, 2, 1]) % 10)) % 10,
    [3, 3, 3],
    " ",
  );
}

function medicare(r: Rng): string {
  const eight = r.chars(1, "23456") + r.chars(7, DIGITS);
  const n = eight + (weighted(eight, [1, 3, 7, 9, 1, 3, 7, 9]) % 10) + r.chars(1, "123456789");
  return group(n, [4, 5, 1], " ");
}

function gstin(r: Rng): string {
  const B36 = DIGITS + UPPER;
  const fourteen = r.pick(["27", "29", "07", "33", "09"]) + pan(r) + r.chars(1, "123456789") + "Z";
  let s = 0;
  for (let i = 0; i < 14; i++) {
    const p = B36.indexOf(fourteen[i]) * (i % 2 === 0 ? 1 : 2);
    s += Math.floor(p / 36) + (p % 36);
  }
  return fourteen + B36[(36 - (s % 36)) % 36];
}

function cif(r: Rng): string {
  const entity = r.pick([..."ABBBGNPQSW"]);
  const seven = r.chars(7, DIGITS);
  let s = 0;
  for (let i = 0; i < 7; i++) {
    const v = Number(seven[i]) * (i % 2 === 0 ? 2 : 1);
    s += Math.floor(v / 10) + (v % 10);
  }
  const c = (10 - (s % 10)) % 10;
  return entity + seven + ("NPQRSW".includes(entity) ? "JABCDEFGHI"[c] : String(c));
}

function uen(r: Rng): string {
  if (r.int(2) === 0) {
    const eight = r.chars(8, DIGITS);
    return eight + "XMKECAWLJDB"[weighted(eight, [10, 4, 9, 3, 8, 2, 7, 1]) % 11];
  }
  const nine = r.pick(["19", "20"]) + r.chars(7, DIGITS);
  return nine + "ZKCMDNERGWH"[weighted(nine, [10, 8, 6, 4, 9, 7, 5, 3, 1]) % 11];
}

function germanIdCard(r: Rng): string {
  const A = "0123456789CFGHJKLMNPRTVWXYZ";
  let nine: string;
  do nine = r.chars(1, "CFGHJKLMNPRTVWXYZ") + r.chars(8, A); while (!/[0-9]/.test(nine));
  const value = (c: string) => (c <= "9" ? Number(c) : UPPER.indexOf(c) + 10);
  return nine + sumOf([...nine].map((c, i) => value(c) * [7, 3, 1][i % 3])) % 10;
}

const voterId = (r: Rng) => r.chars(3, UPPER) + r.chars(7, DIGITS);

function passport(r: Rng): string {
  return r.pick([
    () => r.chars(9, DIGITS), // US, UK
    () => r.chars(1, "CFGHJK") + r.chars(4, DIGITS) + r.chars(4, "0123456789CFGHJKLMNPRTVWXYZ"), // DE
    () => r.chars(1, UPPER) + r.chars(7, DIGITS), // IN, AU
    () => two(r.int(100)) + r.chars(2, UPPER) + r.chars(5, DIGITS), // FR
    () => r.chars(2, UPPER) + r.chars(6, DIGITS), // CA
  ])();
}

function drivingLicence(r: Rng): string {
  return r.pick([
    () => r.chars(1, UPPER) + r.chars(7, DIGITS), // CA
    () => group(r.chars(9, DIGITS), [3, 3, 3], " "), // NY
    () =>
      r.chars(5, UPPER) + r.chars(6, DIGITS) + r.chars(2, UPPER) + r.chars(1, DIGITS) +
      r.chars(2, UPPER), // UK
    () => `${r.chars(1, UPPER)}${r.chars(3, DIGITS)}-${r.chars(4, DIGITS)}-${r.chars(4, DIGITS)}`, // FL-like
  ])();
}

const bankAccount = (r: Rng) =>
  r.pick([
    () => r.chars(10, DIGITS),
    () => `${r.chars(2, DIGITS)}-${r.chars(4, DIGITS)}-${r.chars(7, DIGITS)}-${r.chars(2, DIGITS)}`,
    () => r.chars(12, DIGITS),
  ])();

function ukPostcode(r: Rng): string {
  return r.pick([
    () =>
      `${r.pick(["SW", "EC", "NW", "SE", "WC"])}${1 + r.int(9)}${r.chars(1, "ABEHMNPRVWXY")} ${
        r.int(10)
      }${r.chars(2, "ABDEFGHJLNPQRSTUWXYZ")}`,
    () =>
      `${r.pick(["M", "B", "L", "G", "E"])}${1 + r.int(20)} ${r.int(10)}${
        r.chars(2, "ABDEFGHJLNPQRSTUWXYZ")
      }`,
    () =>
      `${r.pick(["CR", "DN", "LS", "BS", "OX"])}${1 + r.int(20)} ${r.int(10)}${
        r.chars(2, "ABDEFGHJLNPQRSTUWXYZ")
      }`,
  ])();
}

/** Every kind of personal data in the corpus. */
export const PII_KINDS: readonly PiiKind[] = [
  // Core tier.
  {
    type: "card",
    core: true,
    keys: ["card_number", "pan", "cc", "cardNumber"],
    phrases: ["payment declined for card", "charged card"],
    alone: true,
    make: card,
  },
  {
    type: "iban",
    core: true,
    keys: ["iban", "beneficiary_iban", "account_iban"],
    phrases: ["refund to IBAN", "payout to"],
    alone: true,
    make: iban,
  },
  {
    type: "email",
    core: true,
    keys: ["email", "user_email", "to", "contactEmail"],
    phrases: ["password reset sent to", "login failed for"],
    alone: true,
    make: email,
  },
  {
    type: "phone-national",
    core: true,
    keys: ["phone", "mobile", "tel", "contact_phone"],
    phrases: ["sms sent to", "callback number"],
    alone: true,
    make: (r) => r.pick(NATIONAL_PHONES)(r),
  },
  {
    type: "phone-international",
    core: true,
    keys: ["phone", "msisdn", "whatsapp", "phoneNumber"],
    phrases: ["otp sent to", "call forwarded to"],
    alone: true,
    make: (r) => r.pick(INTERNATIONAL_PHONES)(r),
  },
  {
    type: "phone-bare",
    core: true,
    keys: ["phone", "mobile", "customer_mobile", "tel"],
    phrases: ["otp sent to mobile", "call me at"],
    alone: false,
    make: (r) => r.pick(BARE_PHONES)(r),
  },
  {
    type: "ipv4",
    core: true,
    keys: ["client_ip", "remote_addr", "ip", "src"],
    phrases: ["connection from", "Failed password for root from"],
    alone: true,
    make: ipv4,
  },
  {
    type: "ipv6",
    core: true,
    keys: ["client_ip", "remote_addr", "ip6", "peer"],
    phrases: ["connection from", "blocked"],
    alone: true,
    make: ipv6,
  },
  {
    type: "mac",
    core: true,
    keys: ["mac", "device_mac", "hwaddr", "bssid"],
    phrases: ["DHCPACK to", "client"],
    alone: true,
    make: mac,
  },
  {
    type: "ssn",
    core: true,
    keys: ["ssn", "applicant_ssn", "social_security_number"],
    phrases: ["SSN", "social security number"],
    alone: false,
    make: (r) =>
      r.pick([
        (d: string) => d,
        (d: string) => group(d, [3, 2, 4], "-"),
        (d: string) => group(d, [3, 2, 4], " "),
      ])(ssnDigits(r)),
  },
  {
    type: "crypto-btc",
    core: true,
    keys: ["btc_address", "wallet", "to"],
    phrases: ["withdrawal to", "payout address"],
    alone: true,
    make: async (r) => r.int(2) ? await bitcoinBase58(r) : bitcoinBech32(r),
  },
  {
    type: "crypto-eth",
    core: true,
    keys: ["wallet", "eth_address", "recipient"],
    phrases: ["wallet", "transfer to wallet"],
    alone: false,
    make: ethereum,
  },
  // National, register and document numbers.
  {
    type: "uk-nino",
    core: false,
    keys: ["nino", "ni_number"],
    phrases: ["NINO", "National Insurance number"],
    alone: false,
    make: nino,
  },
  {
    type: "uk-nhs",
    core: false,
    keys: ["nhs_number", "nhs_no"],
    phrases: ["NHS number"],
    alone: false,
    make: nhs,
  },
  {
    type: "uk-postcode",
    core: false,
    keys: ["postcode", "post_code", "zip"],
    phrases: ["delivery address postcode", "postcode"],
    alone: false,
    make: ukPostcode,
  },
  {
    type: "es-dni",
    core: false,
    keys: ["dni", "nif"],
    phrases: ["DNI", "cliente con NIF"],
    alone: false,
    make: dni,
  },
  { type: "es-nie", core: false, keys: ["nie"], phrases: ["NIE"], alone: false, make: nie },
  {
    type: "es-cif",
    core: false,
    keys: ["cif"],
    phrases: ["proveedor CIF"],
    alone: false,
    make: cif,
  },
  {
    type: "it-codice-fiscale",
    core: false,
    keys: ["codice_fiscale", "cf"],
    phrases: ["codice fiscale"],
    alone: false,
    make: codiceFiscale,
  },
  {
    type: "in-aadhaar",
    core: false,
    keys: ["aadhaar", "aadhaar_no"],
    phrases: ["Aadhaar"],
    alone: false,
    make: aadhaar,
  },
  {
    type: "in-pan",
    core: false,
    keys: ["pan", "pan_number"],
    phrases: ["PAN"],
    alone: false,
    make: pan,
  },
  {
    type: "in-gstin",
    core: false,
    keys: ["gstin", "gst_no"],
    phrases: ["GSTIN"],
    alone: false,
    make: gstin,
  },
  {
    type: "in-voter-id",
    core: false,
    keys: ["voter_id", "epic_no"],
    phrases: ["voter id"],
    alone: false,
    make: voterId,
  },
  { type: "pl-pesel", core: false, keys: ["pesel"], phrases: ["PESEL"], alone: false, make: pesel },
  { type: "br-cpf", core: false, keys: ["cpf"], phrases: ["CPF"], alone: false, make: cpf },
  {
    type: "nl-bsn",
    core: false,
    keys: ["bsn", "burgerservicenummer"],
    phrases: ["BSN"],
    alone: false,
    make: bsn,
  },
  {
    type: "de-steuer-id",
    core: false,
    keys: ["steuer_id", "tax_id", "idnr"],
    phrases: ["Steuer-ID"],
    alone: false,
    make: steuerId,
  },
  {
    type: "de-id-card",
    core: false,
    keys: ["id_card_number", "ausweisnummer"],
    phrases: ["Personalausweis"],
    alone: false,
    make: germanIdCard,
  },
  {
    type: "au-tfn",
    core: false,
    keys: ["tfn", "tax_file_number"],
    phrases: ["TFN"],
    alone: false,
    make: tfn,
  },
  {
    type: "au-abn",
    core: false,
    keys: ["abn"],
    phrases: ["supplier ABN"],
    alone: false,
    make: abn,
  },
  {
    type: "au-acn",
    core: false,
    keys: ["acn", "company_number"],
    phrases: ["ACN"],
    alone: false,
    make: acn,
  },
  {
    type: "au-medicare",
    core: false,
    keys: ["medicare", "medicare_number"],
    phrases: ["Medicare card"],
    alone: false,
    make: medicare,
  },
  {
    type: "ca-sin",
    core: false,
    keys: ["sin", "social_insurance_number"],
    phrases: ["SIN"],
    alone: false,
    make: sin,
  },
  {
    type: "fr-nir",
    core: false,
    keys: ["nir", "numero_securite_sociale"],
    phrases: ["numero de securite sociale"],
    alone: false,
    make: nir,
  },
  {
    type: "us-itin",
    core: false,
    keys: ["itin", "taxpayer_id"],
    phrases: ["ITIN"],
    alone: false,
    make: itin,
  },
  {
    type: "us-mbi",
    core: false,
    keys: ["mbi", "medicare_beneficiary_id"],
    phrases: ["claim for MBI"],
    alone: false,
    make: mbi,
  },
  {
    type: "us-npi",
    core: false,
    keys: ["npi", "provider_npi"],
    phrases: ["prescriber NPI"],
    alone: false,
    make: npi,
  },
  {
    type: "us-aba-routing",
    core: false,
    keys: ["routing_number", "aba"],
    phrases: ["ACH routing number"],
    alone: false,
    make: aba,
  },
  {
    type: "fi-hetu",
    core: false,
    keys: ["hetu", "henkilotunnus"],
    phrases: ["asiakas", "HETU"],
    alone: true,
    make: (r) => hetu(r, true),
  },
  {
    type: "fi-hetu-any",
    core: false,
    keys: ["hetu"],
    phrases: ["HETU"],
    alone: false,
    make: (r) => hetu(r, false),
  },
  {
    type: "se-personnummer",
    core: false,
    keys: ["personnummer", "pnr"],
    phrases: ["personnummer"],
    alone: false,
    make: personnummer,
  },
  {
    type: "se-organisationsnummer",
    core: false,
    keys: ["orgnr", "organisationsnummer"],
    phrases: ["org.nr"],
    alone: false,
    make: orgnummer,
  },
  {
    type: "kr-rrn",
    core: false,
    keys: ["rrn", "resident_registration_number"],
    phrases: ["고객", "RRN"],
    alone: true,
    make: rrn,
  },
  {
    type: "tr-tckn",
    core: false,
    keys: ["tckn", "tc_kimlik_no"],
    phrases: ["TCKN", "T.C. Kimlik No"],
    alone: false,
    make: tckn,
  },
  {
    type: "sg-nric",
    core: false,
    keys: ["nric", "fin"],
    phrases: ["applicant NRIC"],
    alone: false,
    make: nric,
  },
  {
    type: "sg-uen",
    core: false,
    keys: ["uen"],
    phrases: ["merchant UEN"],
    alone: false,
    make: uen,
  },
  {
    type: "th-tnin",
    core: false,
    keys: ["thai_id", "national_id"],
    phrases: ["citizen"],
    alone: true,
    make: (r) => tnin(r, true),
  },
  {
    type: "th-tnin-plain",
    core: false,
    keys: ["thai_id", "national_id"],
    phrases: ["Thai ID"],
    alone: false,
    make: (r) => tnin(r, false),
  },
  {
    type: "za-id",
    core: false,
    keys: ["id_number", "sa_id"],
    phrases: ["SA ID", "client id"],
    alone: true,
    make: southAfricaId,
  },
  {
    type: "passport",
    core: false,
    keys: ["passport_number", "passport_no", "passport"],
    phrases: ["passport no.", "Passport:"],
    alone: false,
    make: passport,
  },
  {
    type: "driving-licence",
    core: false,
    keys: ["driving_licence", "drivers_license", "dl_number"],
    phrases: ["driver's license", "DL#"],
    alone: false,
    make: drivingLicence,
  },
  {
    type: "bank-account",
    core: false,
    keys: ["account_number", "bank_account", "acct_no"],
    phrases: ["refund to account number", "bank account"],
    alone: false,
    make: bankAccount,
  },
];
