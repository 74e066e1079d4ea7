/**
 * Writes the national-identifier corpus core/scrub/corpus/pii_ids17.jsonl: the identifiers the
 * scorer's "all PII" figure counts besides the core kinds — Finland's HETU, Sweden's personnummer
 * and organisationsnummer, Korea's RRN and FRN, Turkey's TCKN, Spain's DNI, NIE and NIF, Singapore's
 * NRIC, FIN and UEN, Thailand's TNIN, India's Aadhaar, PAN, GSTIN and voter id, Canada's SIN,
 * Germany's tax id and identity card, the US ITIN, NPI, MBI and ABA routing number, the UK NINO,
 * NHS number and postcode, Poland's PESEL, Italy's codice fiscale, Australia's ABN, ACN, TFN and
 * Medicare number, South Africa's id number, passports and driving licences — each built from its
 * format's published rule with check digits computed here (apart from the scrubber's checks), in
 * the carriers real systems print them in: JSON under snake, camel and local-language field names,
 * logfmt, SQL INSERT/WHERE/constraint errors, CSV with a header, query strings, form posts, XML,
 * YAML, audit prose in English and the id's own language, KYC / payroll / health / tax messages,
 * validation errors quoting the id, and (for ids whose shape and check tell them) carriers with no
 * context word. Benign twins: the same carriers naming an order, ticket or build and holding a
 * look-alike whose check fails, or a timestamp, a version, an epoch or a counter of the same length.
 *
 *   deno run --allow-write core/scrub/corpus/gen_pii_ids17.ts [--seed N --out FILE]
 *
 * Score: node ../shared/eval/score.mjs --cases core/scrub/corpus/pii_ids17.jsonl 'deno task -q scrub'
 */
import { seededRandom } from "./token_generator.ts";
import { verhoeffDigit } from "./pii_redteam3_values.ts";
import type { TypedCase } from "./case_shape.ts";

export const IDS17_FILE = new URL("./pii_ids17.jsonl", import.meta.url);
const SEED = 1;

const DIGITS = "0123456789";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

class Rand {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
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
    return this.chars(n, DIGITS);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");
const nums = (s: string) => [...s].map(Number);
const weighted = (s: string, weights: readonly number[]) =>
  nums(s).reduce((sum, d, i) => sum + d * weights[i], 0);

// ---------------------------------------------------------------- check digits, from each rule

/** Luhn: the digit that makes the doubled-alternate sum of body+digit ≡ 0 (mod 10). */
function luhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** Verhoeff (dihedral group D5): the digit appended to `body`. */
const verhoeff = (body: string) => String(verhoeffDigit(body));

/** ISO 7064 MOD 11,10. */
function mod11_10(body: string): string {
  let product = 10;
  for (const d of nums(body)) {
    let sum = (d + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return String(check === 10 ? 0 : check);
}

/** ICAO 9303 check digit (weights 7, 3, 1; A = 10 … Z = 35, `<` = 0). */
function icao(s: string): string {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const v = c === "<" ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += v * [7, 3, 1][i % 3];
  }
  return String(sum % 10);
}

/** Replaces the character at `at` (negative from the end) by another of `alphabet`. */
function spoil(r: Rand, value: string, at: number, alphabet: string): string {
  const i = at < 0 ? value.length + at : at;
  let c = value[i];
  while (c === value[i]) c = r.pick([...alphabet]);
  return value.slice(0, i) + c + value.slice(i + 1);
}

/** A date of birth [yyyy, mm, dd]. */
function birth(r: Rand, from = 1945, to = 2007): [number, number, number] {
  return [r.range(from, to), r.range(1, 12), r.range(1, 28)];
}

// ---------------------------------------------------------------- the identifiers

/** One identifier kind: its names, where it is used, how to write a valid and a failing value. */
interface Kind {
  id: string;
  /** ISO country (or "XX"): picks the language of the local names and messages. */
  cc: string;
  snake: string[];
  camel: string[];
  local: string[];
  /** The label prose prints (`Personnummer`, `NRIC`). */
  label: string;
  /** An English noun phrase. */
  en: string;
  /** A sentence in the id's own language holding it. */
  sentence: (v: string) => string;
  domain: "kyc" | "payroll" | "health" | "tax" | "bank" | "travel" | "licence" | "business";
  /** A valid value, as printed. */
  valid: (r: Rand) => string;
  /** The same shape with its check broken; absent when the format has no check. */
  failing?: (r: Rand) => string;
  /** Shape and check tell it apart with no word naming it. */
  bare?: boolean;
}

function hetu(r: Rand): [string, (q: string) => string] {
  const [y, m, d] = birth(r, 1945, 2012);
  const sign = y >= 2000 ? r.pick(["A", "A", "B", "C"]) : r.pick(["-", "-", "-", "Y", "X"]);
  const n = pad(r.range(2, 899), 3);
  const body = pad(d, 2) + pad(m, 2) + pad(y % 100, 2);
  const q = "0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(body + n) % 31];
  return [body + sign + n + q, (x) => body + sign + n + x];
}

function personnummer(r: Rand, form: number): string {
  const [y, m, d] = birth(r);
  const day = r.chance(0.1) ? d + 60 : d; // samordningsnummer
  const nine = pad(y % 100, 2) + pad(m, 2) + pad(day, 2) + r.digits(3);
  const full = nine + luhn(nine);
  if (form === 0) return full.slice(0, 6) + "-" + full.slice(6);
  if (form === 1) return String(Math.floor(y / 100)) + full;
  if (form === 2) return String(Math.floor(y / 100)) + full.slice(0, 6) + "-" + full.slice(6);
  return full;
}

function orgnr(r: Rand): string {
  const nine = r.pick(["5", "5", "7", "8", "9", "2"]) + r.digits(1) + r.range(2, 9) +
    r.digits(6);
  const full = nine + luhn(nine);
  return full.slice(0, 6) + "-" + full.slice(6);
}

function koreanId(r: Rand, foreign: boolean): string {
  const [y, m, d] = birth(r, 1950, 2010);
  const g = foreign
    ? (y >= 2000 ? r.pick([7, 8]) : r.pick([5, 6]))
    : (y >= 2000 ? r.pick([3, 4]) : r.pick([1, 2]));
  const twelve = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + g + r.digits(5);
  const sum = weighted(twelve, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]);
  const c = foreign ? (13 - (sum % 11)) % 10 : (11 - (sum % 11)) % 10;
  return twelve.slice(0, 6) + "-" + twelve.slice(6) + c;
}

function tckn(r: Rand): string {
  const d = [r.range(1, 9), ...nums(r.digits(8))];
  const odd = d[0] + d[2] + d[4] + d[6] + d[8];
  const even = d[1] + d[3] + d[5] + d[7];
  const d10 = (((odd * 7 - even) % 10) + 10) % 10;
  const d11 = (d.reduce((a, b) => a + b, 0) + d10) % 10;
  return d.join("") + d10 + d11;
}

const DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
function dni(r: Rand): string {
  const n = pad(r.range(1000000, 99999999), 8);
  return n + DNI_LETTERS[Number(n) % 23];
}
function nie(r: Rand): string {
  const p = r.pick(["X", "Y", "Z"]);
  const n = r.digits(7);
  return p + n + DNI_LETTERS[Number("XYZ".indexOf(p) + n) % 23];
}
function cif(r: Rand): string {
  const letter = r.pick([..."ABCDEFGHJNPQRSUVW"]);
  const seven = pad(r.range(1, 52), 2) + r.digits(5);
  let sum = 0;
  nums(seven).forEach((d, i) => {
    if (i % 2 === 1) sum += d;
    else sum += Math.floor((d * 2) / 10) + ((d * 2) % 10);
  });
  const c = (10 - (sum % 10)) % 10;
  const control = "PQRSNW".includes(letter) ? "JABCDEFGHI"[c] : String(c);
  return letter + seven + control;
}

function nric(r: Rand, foreigner: boolean): string {
  const p = foreigner ? r.pick(["F", "G"]) : r.pick(["S", "T"]);
  const seven = r.digits(7);
  const sum = weighted(seven, [2, 7, 6, 5, 4, 3, 2]) + ("TG".includes(p) ? 4 : 0);
  const table = foreigner ? "XWUTRQPNMLK" : "JZIHGFEDCBA";
  return p + seven + table[sum % 11];
}
function uen(r: Rand): string {
  if (r.chance(0.5)) {
    const eight = r.digits(8);
    return eight + "XMKECAWLJDB"[weighted(eight, [10, 4, 9, 3, 8, 2, 7, 1]) % 11];
  }
  const nine = String(r.range(1990, 2025)) + r.digits(5);
  return nine + "ZKCMDNERGWH"[weighted(nine, [10, 8, 6, 4, 9, 7, 5, 3, 1]) % 11];
}

function tnin(r: Rand, dashed: boolean): string {
  const twelve = r.range(1, 8) + r.digits(11);
  const sum = weighted(twelve, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
  const v = twelve + ((11 - (sum % 11)) % 10);
  return dashed ? `${v[0]}-${v.slice(1, 5)}-${v.slice(5, 10)}-${v.slice(10, 12)}-${v[12]}` : v;
}

function aadhaar(r: Rand, sep: string): string {
  const eleven = r.range(2, 9) + r.digits(10);
  const v = eleven + verhoeff(eleven);
  return [v.slice(0, 4), v.slice(4, 8), v.slice(8)].join(sep);
}
function pan(r: Rand): string {
  return r.chars(3, UPPER) + r.pick([..."PPPPCHFATBLJG"]) + r.chars(1, UPPER) +
    pad(r.range(1, 9999), 4) + r.chars(1, UPPER);
}
const GST_ALPHABET = DIGITS + UPPER;
function gstin(r: Rand): string {
  const body = pad(r.range(1, 37), 2) + pan(r) + r.pick([..."123456789A"]) + "Z";
  let sum = 0;
  [...body].forEach((c, i) => {
    const v = GST_ALPHABET.indexOf(c) * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(v / 36) + (v % 36);
  });
  return body + GST_ALPHABET[(36 - (sum % 36)) % 36];
}

function sin(r: Rand, sep: string): string {
  const eight = r.pick(["1", "2", "3", "4", "5", "6", "7", "9"]) + r.digits(7);
  const v = eight + luhn(eight);
  return [v.slice(0, 3), v.slice(3, 6), v.slice(6)].join(sep);
}

function steuerId(r: Rand): string {
  for (;;) {
    // ten digits: one digit twice, eight others once, one digit absent; first not 0
    const order = [...DIGITS].sort(() => r.next() - 0.5);
    const twice = order[0];
    const ten = [twice, twice, ...order.slice(1, 9)].sort(() => r.next() - 0.5);
    if (ten[0] === "0") continue;
    const body = ten.join("");
    return body + mod11_10(body);
  }
}
const ID_CARD_ALPHABET = "CFGHJKLMNPRTVWXYZ0123456789";
function deIdCard(r: Rand, withCheck: boolean): string {
  const nine = r.pick([..."LMNPRTVWXY"]) + r.chars(8, ID_CARD_ALPHABET);
  return withCheck ? nine + icao(nine) : nine;
}

function itin(r: Rand, sep: string): string {
  const group = r.pick([
    ...Array.from({ length: 19 }, (_, i) => 70 + i),
    90,
    91,
    92,
    94,
    95,
    96,
    97,
    98,
    99,
  ]);
  return ["9" + r.digits(2), String(group), r.digits(4)].join(sep);
}
function npi(r: Rand): string {
  const nine = r.pick(["1", "2"]) + r.digits(8);
  return nine + luhn("80840" + nine);
}
const MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY";
function mbi(r: Rand, dashed: boolean): string {
  const an = DIGITS + MBI_LETTERS;
  const v = r.range(1, 9) + r.chars(1, MBI_LETTERS) + r.chars(1, an) + r.digits(1) +
    r.chars(1, MBI_LETTERS) + r.chars(1, an) + r.digits(1) + r.chars(2, MBI_LETTERS) +
    r.digits(2);
  return dashed ? `${v.slice(0, 4)}-${v.slice(4, 7)}-${v.slice(7)}` : v;
}
function aba(r: Rand): string {
  const prefix = pad(r.pick([r.range(1, 12), r.range(21, 32), r.range(61, 72), 80]), 2);
  const eight = prefix + r.digits(6);
  const sum = weighted(eight, [3, 7, 1, 3, 7, 1, 3, 7]);
  return eight + ((10 - (sum % 10)) % 10);
}

function nino(r: Rand, spaced: boolean): string {
  let p = "";
  do {
    p = r.chars(1, "ABCEGHJKLMNOPRSTWXYZ") + r.chars(1, "ABCEGHJKLMNPRSTWXYZ");
  } while (["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(p));
  const six = r.digits(6);
  const s = r.pick([..."ABCD"]);
  return spaced ? `${p} ${six.slice(0, 2)} ${six.slice(2, 4)} ${six.slice(4)} ${s}` : p + six + s;
}
function nhs(r: Rand, sep: string): string {
  for (;;) {
    const nine = r.range(4, 9) + r.digits(8);
    const c = 11 - (weighted(nine, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
    if (c === 10) continue;
    const v = nine + (c === 11 ? 0 : c);
    return [v.slice(0, 3), v.slice(3, 6), v.slice(6)].join(sep);
  }
}
function postcode(r: Rand): string {
  const inward = r.digits(1) + r.chars(2, "ABDEFGHJLNPQRSTUWXYZ");
  const outward = r.pick([
    () => r.pick(["M", "B", "L", "G", "S", "N", "E", "W"]) + r.range(1, 9),
    () => r.pick(["M", "B", "L", "G", "S", "N"]) + r.range(10, 40),
    () =>
      r.pick(["SW", "SE", "NW", "LS", "EH", "CF", "BT", "BS", "OX", "CB", "NG", "RG"]) +
      r.range(1, 9),
    () =>
      r.pick(["SW", "SE", "NW", "LS", "EH", "CF", "BT", "BS", "OX", "CB", "NG", "RG"]) +
      r.range(10, 29),
    () => "SW1" + r.pick(["A", "E", "P", "V", "W", "X", "Y"]),
    () => "EC" + r.range(1, 4) + r.pick(["A", "M", "N", "R", "V", "Y"]),
    () => "W1" + r.pick(["A", "B", "C", "D", "F", "G", "H", "J", "K", "S", "T", "U"]),
  ])();
  return `${outward} ${inward}`;
}

function pesel(r: Rand): string {
  const [y, m, d] = birth(r, 1945, 2012);
  const ten = pad(y % 100, 2) + pad(m + (y >= 2000 ? 20 : 0), 2) + pad(d, 2) + r.digits(4);
  return ten + ((10 - (weighted(ten, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
}

const CF_ODD: Record<string, number> = {};
[1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
  .forEach((v, i) => {
    CF_ODD[UPPER[i]] = v;
    if (i < 10) CF_ODD[DIGITS[i]] = v;
  });
function codiceFiscale(r: Rand): string {
  const consonants = "BCDFGLMNPRSTVZ";
  const [y, m, d] = birth(r);
  const body = r.chars(3, consonants) + r.chars(2, consonants) + r.chars(1, "AEIOU") +
    pad(y % 100, 2) + "ABCDEHLMPRST"[m - 1] + pad(d + (r.chance(0.5) ? 40 : 0), 2) +
    r.chars(1, "ABCDEFGHILM") + r.digits(3);
  let sum = 0;
  [...body].forEach((c, i) => {
    sum += i % 2 === 0 ? CF_ODD[c] : /\d/.test(c) ? Number(c) : UPPER.indexOf(c);
  });
  return body + UPPER[sum % 26];
}

function abn(r: Rand, spaced: boolean): string {
  const w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19];
  for (;;) {
    const tail = r.digits(9);
    for (let head = 10 + r.int(5); head <= 99; head++) {
      const v = String(head) + tail;
      const d = nums(v);
      d[0] -= 1;
      if (d.reduce((s, x, i) => s + x * w[i], 0) % 89 === 0) {
        return spaced ? `${v.slice(0, 2)} ${v.slice(2, 5)} ${v.slice(5, 8)} ${v.slice(8)}` : v;
      }
    }
  }
}
function acn(r: Rand, spaced: boolean): string {
  const eight = r.digits(8);
  const v = eight + ((10 - (weighted(eight, [8, 7, 6, 5, 4, 3, 2, 1]) % 10)) % 10);
  return spaced ? `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}` : v;
}
function tfn(r: Rand, spaced: boolean): string {
  for (;;) {
    const eight = r.range(1, 9) + r.digits(7);
    const c = weighted(eight, [1, 4, 3, 7, 5, 8, 6, 9]) % 11;
    if (c === 10) continue;
    const v = eight + c;
    return spaced ? `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}` : v;
  }
}
function medicare(r: Rand, spaced: boolean): string {
  const eight = r.range(2, 6) + r.digits(7);
  const v = eight + (weighted(eight, [1, 3, 7, 9, 1, 3, 7, 9]) % 10) + r.range(1, 9);
  return spaced ? `${v.slice(0, 4)} ${v.slice(4, 9)} ${v[9]}` : v;
}

function zaId(r: Rand): string {
  const [y, m, d] = birth(r);
  const twelve = pad(y % 100, 2) + pad(m, 2) + pad(d, 2) + r.digits(4) + r.pick(["0", "0", "1"]) +
    "8";
  return twelve + luhn(twelve);
}

function passport(r: Rand, country: string): string {
  switch (country) {
    case "US":
      return r.chance(0.5) ? r.range(1, 9) + r.digits(8) : r.pick(["A", "C", "E"]) + r.digits(8);
    case "GB":
      return r.range(1, 9) + r.digits(8);
    case "DE":
      return "C" + r.chars(8, ID_CARD_ALPHABET);
    case "IN":
      return r.chars(1, "ABCEFGHJKLMNPRSTUVWZ") + r.range(1, 9) + r.digits(6);
    default: // FR
      return pad(r.range(1, 99), 2) + r.chars(2, UPPER) + r.digits(5);
  }
}
/** An ICAO passport's second MRZ line holding `doc` (with check digits). */
function mrzLine(r: Rand, doc: string, nat: string): string {
  const num = doc.padEnd(9, "<").slice(0, 9);
  const [y, m, d] = birth(r);
  const dob = pad(y % 100, 2) + pad(m, 2) + pad(d, 2);
  const exp = pad(r.range(27, 35), 2) + pad(r.range(1, 12), 2) + pad(r.range(1, 28), 2);
  const opt = "<".repeat(14);
  const line = num + icao(num) + nat + dob + icao(dob) + r.pick(["M", "F"]) + exp + icao(exp) +
    opt + icao(opt);
  return line + icao(num + icao(num) + dob + icao(dob) + exp + icao(exp) + opt + icao(opt));
}

function driving(r: Rand, state: string): string {
  switch (state) {
    case "CA":
      return r.chars(1, UPPER) + r.digits(7);
    case "FL": {
      const v = r.chars(1, UPPER) + r.digits(12);
      return `${v.slice(0, 4)}-${v.slice(4, 7)}-${v.slice(7, 9)}-${v.slice(9, 12)}-${v[12]}`;
    }
    case "NY":
      return r.digits(3) + " " + r.digits(3) + " " + r.digits(3);
    default: { // GB (DVLA): surname, decade, month (+50), day, year, initials, 9, check letters
      const surname = r.pick(["SMITH", "JONES", "TAYLO", "BROWN", "WILLI", "PATEL", "LEE99"]);
      const [y, m, d] = birth(r);
      return surname + String(y).slice(2, 3) + pad(m + (r.chance(0.5) ? 50 : 0), 2) + pad(d, 2) +
        String(y).slice(3) + r.chars(1, UPPER) + r.pick([r.chars(1, UPPER), "9"]) + "9" +
        r.chars(2, UPPER);
    }
  }
}

/** A sentence per language naming the value as a person's id. */
const KINDS: Kind[] = [
  {
    id: "fi-hetu",
    cc: "FI",
    snake: ["henkilotunnus", "hetu", "personal_id_code", "ssn_fi"],
    camel: ["henkiloTunnus", "hetu", "personalIdentityCode"],
    local: ["henkilötunnus", "hetu", "henkilotunnus"],
    label: "HETU",
    en: "personal identity code",
    sentence: (v) => `Asiakkaan henkilötunnus ${v} tarkistettu väestötietojärjestelmästä`,
    domain: "kyc",
    valid: (r) => hetu(r)[0],
    failing: (r) => spoil(r, hetu(r)[0], -1, "0123456789ABCDEFHJKLMNPRSTUVWXY"),
    bare: true,
  },
  {
    id: "se-personnummer",
    cc: "SE",
    snake: ["personnummer", "person_nr", "personal_number"],
    camel: ["personnummer", "personNr", "personalIdentityNumber"],
    local: ["personnummer", "personnr"],
    label: "personnummer",
    en: "personal identity number",
    sentence: (v) => `Kunden med personnummer ${v} har registrerats i Bank-ID`,
    domain: "kyc",
    valid: (r) => personnummer(r, r.int(4)),
    failing: (r) => spoil(r, personnummer(r, r.int(4)), -1, DIGITS),
    bare: true,
  },
  {
    id: "se-orgnr",
    cc: "SE",
    snake: ["organisationsnummer", "org_nr", "organisation_number"],
    camel: ["organisationsnummer", "orgNr", "organisationNumber"],
    local: ["organisationsnummer", "orgnr"],
    label: "organisationsnummer",
    en: "organisation number",
    sentence: (v) => `Leverantören med organisationsnummer ${v} har godkänts av Bolagsverket`,
    domain: "business",
    valid: orgnr,
    failing: (r) => spoil(r, orgnr(r), -1, DIGITS),
  },
  {
    id: "kr-rrn",
    cc: "KR",
    snake: ["resident_registration_number", "rrn", "jumin_no"],
    camel: ["residentRegistrationNumber", "rrn", "juminNo"],
    local: ["주민등록번호", "jumin_bunho"],
    label: "RRN",
    en: "resident registration number",
    sentence: (v) => `주민등록번호 ${v} 실명 인증 완료`,
    domain: "kyc",
    valid: (r) => koreanId(r, false),
    bare: true,
  },
  {
    id: "kr-frn",
    cc: "KR",
    snake: ["foreigner_registration_number", "alien_registration_no", "frn"],
    camel: ["foreignerRegistrationNumber", "alienRegNo", "frn"],
    local: ["외국인등록번호"],
    label: "FRN",
    en: "foreigner registration number",
    sentence: (v) => `외국인등록번호 ${v} 확인되었습니다`,
    domain: "kyc",
    valid: (r) => koreanId(r, true),
    bare: true,
  },
  {
    id: "tr-tckn",
    cc: "TR",
    snake: ["tc_kimlik_no", "tckn", "national_id"],
    camel: ["tcKimlikNo", "tckn", "nationalId"],
    local: ["tc_kimlik_no", "kimlik_numarasi", "tcKimlikNumarasi"],
    label: "TCKN",
    en: "Turkish identity number",
    sentence: (v) => `T.C. Kimlik No ${v} olan müşterinin kimlik doğrulaması tamamlandı`,
    domain: "kyc",
    valid: tckn,
    failing: (r) => spoil(r, tckn(r), -1, DIGITS),
  },
  {
    id: "es-dni",
    cc: "ES",
    snake: ["dni", "documento_identidad", "numero_dni"],
    camel: ["dni", "numeroDocumento", "documentoIdentidad"],
    local: ["dni", "numero_documento", "documento_nacional_identidad"],
    label: "DNI",
    en: "national identity document",
    sentence: (v) => `El cliente con DNI ${v} ha firmado el contrato`,
    domain: "kyc",
    valid: (r) => (r.chance(0.2) ? dni(r).replace(/(\d{8})/, "$1-") : dni(r)),
    failing: (r) => spoil(r, dni(r), -1, DNI_LETTERS),
    bare: true,
  },
  {
    id: "es-nie",
    cc: "ES",
    snake: ["nie", "numero_nie", "foreigner_id"],
    camel: ["nie", "numeroNie", "foreignerId"],
    local: ["nie", "numero_identidad_extranjero"],
    label: "NIE",
    en: "foreigner identity number",
    sentence: (v) => `Alta de trabajador extranjero con NIE ${v} en la Seguridad Social`,
    domain: "payroll",
    valid: nie,
    failing: (r) => spoil(r, nie(r), -1, DNI_LETTERS),
    bare: true,
  },
  {
    id: "es-nif",
    cc: "ES",
    snake: ["nif", "cif", "tax_id"],
    camel: ["nif", "cif", "taxId"],
    local: ["nif", "numero_identificacion_fiscal"],
    label: "NIF",
    en: "tax identification number",
    sentence: (v) => `Factura emitida a la empresa con NIF ${v} (régimen general)`,
    domain: "tax",
    valid: cif,
    failing: (r) => {
      const v = cif(r);
      return spoil(r, v, -1, /\d$/.test(v) ? DIGITS : "JABCDEFGHI");
    },
  },
  {
    id: "sg-nric",
    cc: "SG",
    snake: ["nric", "nric_no", "national_id"],
    camel: ["nric", "nricNo", "nationalId"],
    local: ["nric", "nric_number"],
    label: "NRIC",
    en: "NRIC",
    sentence: (v) => `Singpass MyInfo retrieved for NRIC ${v}, consent recorded`,
    domain: "kyc",
    valid: (r) => nric(r, false),
    failing: (r) => spoil(r, nric(r, false), -1, "JZIHGFEDCBA"),
    bare: true,
  },
  {
    id: "sg-fin",
    cc: "SG",
    snake: ["fin", "fin_no", "foreign_id_number"],
    camel: ["fin", "finNo", "foreignIdentificationNumber"],
    local: ["fin_number", "fin"],
    label: "FIN",
    en: "foreign identification number",
    sentence: (v) => `Work pass holder FIN ${v} renewed by MOM`,
    domain: "payroll",
    valid: (r) => nric(r, true),
    failing: (r) => spoil(r, nric(r, true), -1, "XWUTRQPNMLK"),
    bare: true,
  },
  {
    id: "sg-uen",
    cc: "SG",
    snake: ["uen", "uen_no", "business_reg_no"],
    camel: ["uen", "uenNo", "businessRegNo"],
    local: ["uen"],
    label: "UEN",
    en: "unique entity number",
    sentence: (v) => `ACRA BizFile lookup for UEN ${v} returned status LIVE`,
    domain: "business",
    valid: uen,
    failing: (r) => spoil(r, uen(r), -1, "XMKECAWLJDBZNRGH"),
  },
  {
    id: "th-tnin",
    cc: "TH",
    snake: ["citizen_id", "national_id", "id_card_number"],
    camel: ["citizenId", "thaiNationalId", "idCardNumber"],
    local: ["เลขประจำตัวประชาชน", "bat_prachachon"],
    label: "Thai ID",
    en: "Thai national id number",
    sentence: (v) => `ยืนยันตัวตนสำเร็จ เลขประจำตัวประชาชน ${v}`,
    domain: "kyc",
    valid: (r) => tnin(r, r.chance(0.4)),
    failing: (r) => spoil(r, tnin(r, false), -1, DIGITS),
  },
  {
    id: "in-aadhaar",
    cc: "IN",
    snake: ["aadhaar_number", "aadhaar_no", "uid"],
    camel: ["aadhaarNumber", "aadhaarNo", "uidai"],
    local: ["aadhaar", "aadhar_sankhya"],
    label: "Aadhaar",
    en: "Aadhaar number",
    sentence: (v) => `आधार संख्या ${v} का ई-केवाईसी सफल रहा`,
    domain: "kyc",
    valid: (r) => aadhaar(r, r.pick([" ", "", "-"])),
    failing: (r) => spoil(r, aadhaar(r, " "), -1, DIGITS),
    bare: true,
  },
  {
    id: "in-pan",
    cc: "IN",
    snake: ["pan", "pan_number", "pan_no"],
    camel: ["pan", "panNumber", "panNo"],
    local: ["pan_card", "pan_sankhya"],
    label: "PAN",
    en: "permanent account number",
    sentence: (v) => `पैन कार्ड ${v} को आयकर विभाग से सत्यापित किया गया`,
    domain: "tax",
    valid: pan,
  },
  {
    id: "in-gstin",
    cc: "IN",
    snake: ["gstin", "gst_number", "gst_no"],
    camel: ["gstin", "gstNumber", "gstNo"],
    local: ["gstin"],
    label: "GSTIN",
    en: "GST identification number",
    sentence: (v) => `जीएसटी पंजीकरण संख्या ${v} के लिए ई-इनवॉइस जारी`,
    domain: "business",
    valid: gstin,
    failing: (r) => spoil(r, gstin(r), -1, GST_ALPHABET),
    bare: true,
  },
  {
    id: "in-voter",
    cc: "IN",
    snake: ["voter_id", "epic_no", "voter_id_number"],
    camel: ["voterId", "epicNo", "voterIdNumber"],
    local: ["matdata_pehchan_patra", "epic"],
    label: "Voter ID",
    en: "voter id (EPIC) number",
    sentence: (v) => `मतदाता पहचान पत्र ${v} पते के प्रमाण के रूप में स्वीकार किया गया`,
    domain: "kyc",
    valid: (r) => r.chars(3, UPPER) + r.digits(7),
  },
  {
    id: "ca-sin",
    cc: "CA",
    snake: ["sin", "social_insurance_number", "sin_number"],
    camel: ["sin", "socialInsuranceNumber", "sinNumber"],
    local: ["nas", "numero_assurance_sociale"],
    label: "SIN",
    en: "social insurance number",
    sentence: (v) => `Le numéro d'assurance sociale ${v} de l'employé a été mis à jour`,
    domain: "payroll",
    valid: (r) => sin(r, r.pick([" ", "-", ""])),
    failing: (r) => spoil(r, sin(r, "-"), -1, DIGITS),
  },
  {
    id: "de-steuer-id",
    cc: "DE",
    snake: ["steuer_id", "tax_id", "steueridentifikationsnummer"],
    camel: ["steuerId", "taxId", "steuerIdNr"],
    local: ["steuer_id", "steueridentifikationsnummer", "identifikationsnummer"],
    label: "Steuer-ID",
    en: "tax identification number",
    sentence: (v) => `Die Steueridentifikationsnummer ${v} wurde an das Lohnbüro übermittelt`,
    domain: "payroll",
    valid: (r) => {
      const v = steuerId(r);
      return r.chance(0.3) ? `${v.slice(0, 2)} ${v.slice(2, 5)} ${v.slice(5, 8)} ${v.slice(8)}` : v;
    },
    failing: (r) => spoil(r, steuerId(r), -1, DIGITS),
  },
  {
    id: "de-id-card",
    cc: "DE",
    snake: ["ausweisnummer", "id_card_number", "personalausweis_nr"],
    camel: ["ausweisNummer", "idCardNumber", "personalausweisNr"],
    local: ["ausweisnummer", "personalausweisnummer"],
    label: "Ausweisnummer",
    en: "identity card number",
    sentence: (v) => `Personalausweis mit der Nummer ${v} im Video-Ident geprüft`,
    domain: "kyc",
    valid: (r) => deIdCard(r, r.chance(0.4)),
  },
  {
    id: "us-itin",
    cc: "US",
    snake: ["itin", "taxpayer_id", "tin"],
    camel: ["itin", "taxpayerId", "tin"],
    local: ["itin"],
    label: "ITIN",
    en: "individual taxpayer identification number",
    sentence: (v) => `Form W-7 approved, ITIN ${v} issued to the applicant`,
    domain: "tax",
    valid: (r) => itin(r, r.pick(["-", "-", " ", ""])),
  },
  {
    id: "us-npi",
    cc: "US",
    snake: ["npi", "npi_number", "provider_npi"],
    camel: ["npi", "npiNumber", "providerNpi"],
    local: ["npi"],
    label: "NPI",
    en: "national provider identifier",
    sentence: (v) => `claim 837P rejected: rendering provider NPI ${v} not enrolled`,
    domain: "health",
    valid: npi,
    failing: (r) => spoil(r, npi(r), -1, DIGITS),
  },
  {
    id: "us-mbi",
    cc: "US",
    snake: ["mbi", "medicare_beneficiary_id", "medicare_id"],
    camel: ["mbi", "medicareBeneficiaryId", "medicareId"],
    local: ["mbi"],
    label: "MBI",
    en: "Medicare beneficiary identifier",
    sentence: (v) => `eligibility 270/271: member MBI ${v} active Part A and B`,
    domain: "health",
    valid: (r) => mbi(r, r.chance(0.3)),
    bare: true,
  },
  {
    id: "us-aba",
    cc: "US",
    snake: ["routing_number", "aba_routing", "aba"],
    camel: ["routingNumber", "abaRouting", "aba"],
    local: ["routing_number", "rtn"],
    label: "routing number",
    en: "ABA routing number",
    sentence: (v) => `ACH debit set up: ABA routing number ${v}, checking account ****4411`,
    domain: "bank",
    valid: aba,
    failing: (r) => spoil(r, aba(r), -1, DIGITS),
  },
  {
    id: "gb-nino",
    cc: "GB",
    snake: ["ni_number", "nino", "national_insurance_number"],
    camel: ["niNumber", "nino", "nationalInsuranceNumber"],
    local: ["ni_no", "national_insurance_no"],
    label: "NI number",
    en: "National Insurance number",
    sentence: (v) => `HMRC RTI submission: employee National Insurance number ${v} accepted`,
    domain: "payroll",
    valid: (r) => nino(r, r.chance(0.3)),
    bare: true,
  },
  {
    id: "gb-nhs",
    cc: "GB",
    snake: ["nhs_number", "nhs_no", "patient_nhs_number"],
    camel: ["nhsNumber", "nhsNo", "patientNhsNumber"],
    local: ["nhs_number", "nhsno"],
    label: "NHS number",
    en: "NHS number",
    sentence: (v) => `PDS trace matched patient with NHS number ${v}, GP practice updated`,
    domain: "health",
    valid: (r) => nhs(r, r.pick([" ", "", "-"])),
    failing: (r) => spoil(r, nhs(r, ""), -1, DIGITS),
  },
  {
    id: "gb-postcode",
    cc: "GB",
    snake: ["postcode", "post_code", "postal_code"],
    camel: ["postcode", "postCode", "postalCode"],
    local: ["postcode", "post_code"],
    label: "postcode",
    en: "postcode",
    sentence: (v) => `Delivery address updated, postcode ${v}, flat 4`,
    domain: "kyc",
    valid: postcode,
  },
  {
    id: "pl-pesel",
    cc: "PL",
    snake: ["pesel", "numer_pesel", "national_id"],
    camel: ["pesel", "numerPesel", "nationalId"],
    local: ["pesel", "numer_pesel"],
    label: "PESEL",
    en: "PESEL number",
    sentence: (v) => `Weryfikacja numeru PESEL ${v} w rejestrze zakończona pomyślnie`,
    domain: "kyc",
    valid: pesel,
    failing: (r) => spoil(r, pesel(r), -1, DIGITS),
  },
  {
    id: "it-cf",
    cc: "IT",
    snake: ["codice_fiscale", "cod_fiscale", "tax_code"],
    camel: ["codiceFiscale", "codFiscale", "taxCode"],
    local: ["codice_fiscale", "codicefiscale"],
    label: "codice fiscale",
    en: "Italian tax code",
    sentence: (v) => `Il codice fiscale ${v} del dipendente è stato registrato`,
    domain: "payroll",
    valid: codiceFiscale,
    failing: (r) => spoil(r, codiceFiscale(r), -1, UPPER),
    bare: true,
  },
  {
    id: "au-abn",
    cc: "AU",
    snake: ["abn", "australian_business_number", "abn_number"],
    camel: ["abn", "australianBusinessNumber", "abnNumber"],
    local: ["abn"],
    label: "ABN",
    en: "Australian Business Number",
    sentence: (v) => `Tax invoice issued, supplier ABN ${v}, GST registered`,
    domain: "business",
    valid: (r) => abn(r, r.chance(0.5)),
    failing: (r) => spoil(r, abn(r, false), -1, DIGITS),
  },
  {
    id: "au-acn",
    cc: "AU",
    snake: ["acn", "australian_company_number", "acn_number"],
    camel: ["acn", "australianCompanyNumber", "acnNumber"],
    local: ["acn"],
    label: "ACN",
    en: "Australian Company Number",
    sentence: (v) => `ASIC extract ordered for ACN ${v}`,
    domain: "business",
    valid: (r) => acn(r, r.chance(0.5)),
    failing: (r) => spoil(r, acn(r, false), -1, DIGITS),
  },
  {
    id: "au-tfn",
    cc: "AU",
    snake: ["tfn", "tax_file_number", "tfn_number"],
    camel: ["tfn", "taxFileNumber", "tfnNumber"],
    local: ["tfn"],
    label: "TFN",
    en: "tax file number",
    sentence: (v) => `TFN declaration lodged with the ATO, tax file number ${v}`,
    domain: "payroll",
    valid: (r) => tfn(r, r.chance(0.5)),
    failing: (r) => spoil(r, tfn(r, false), -1, DIGITS),
  },
  {
    id: "au-medicare",
    cc: "AU",
    snake: ["medicare_number", "medicare_card_no", "medicare_no"],
    camel: ["medicareNumber", "medicareCardNo", "medicareNo"],
    local: ["medicare"],
    label: "Medicare number",
    en: "Medicare card number",
    sentence: (v) => `bulk bill claim lodged, Medicare card ${v} IRN 1`,
    domain: "health",
    valid: (r) => medicare(r, r.chance(0.5)),
    failing: (r) => spoil(r, medicare(r, false), 8, DIGITS),
  },
  {
    id: "za-id",
    cc: "ZA",
    snake: ["id_number", "sa_id_number", "rsa_id"],
    camel: ["idNumber", "saIdNumber", "rsaId"],
    local: ["id_nommer", "identiteitsnommer"],
    label: "SA ID",
    en: "South African identity number",
    sentence: (v) => `Die identiteitsnommer ${v} is deur Tuisaffairs bevestig`,
    domain: "kyc",
    valid: zaId,
    failing: (r) => spoil(r, zaId(r), -1, DIGITS),
  },
  ...(["US", "GB", "DE", "IN", "FR"] as const).map((country): Kind => ({
    id: `passport-${country.toLowerCase()}`,
    cc: country,
    snake: ["passport_number", "passport_no", "document_number"],
    camel: ["passportNumber", "passportNo", "travelDocumentNumber"],
    local: ({
      US: ["passport_number"],
      GB: ["passport_no"],
      DE: ["reisepassnummer", "passnummer"],
      IN: ["passport_sankhya", "passport_number"],
      FR: ["numero_passeport", "numéro_de_passeport"],
    })[country],
    label: "passport",
    en: "passport number",
    sentence: ({
      US: (v: string) => `Passport ${v} verified against the DOS database`,
      GB: (v: string) => `HM Passport Office check passed for passport number ${v}`,
      DE: (v: string) => `Reisepass Nr. ${v} wurde bei der Einreise geprüft`,
      IN: (v: string) => `पासपोर्ट संख्या ${v} का सत्यापन पूरा हुआ`,
      FR: (v: string) => `Le passeport n° ${v} a été contrôlé à l'embarquement`,
    })[country],
    domain: "travel",
    valid: (r) => passport(r, country),
  })),
  ...(["CA", "FL", "NY", "GB"] as const).map((state): Kind => ({
    id: `driving-${state.toLowerCase()}`,
    cc: state === "GB" ? "GB" : "US",
    snake: state === "GB"
      ? ["driving_licence_number", "licence_no", "dvla_licence"]
      : ["driver_license_number", "dl_number", "license_no"],
    camel: state === "GB"
      ? ["drivingLicenceNumber", "licenceNo", "dvlaLicence"]
      : ["driverLicenseNumber", "dlNumber", "licenseNo"],
    local: state === "GB" ? ["driving_licence"] : ["drivers_license"],
    label: state === "GB" ? "driving licence" : "driver's license",
    en: state === "GB" ? "driving licence number" : "driver's license number",
    sentence: state === "GB"
      ? (v) => `DVLA check code generated for driving licence ${v}, no endorsements`
      : (v) => `DMV record pulled for driver license ${v} (${state}), status VALID`,
    domain: "licence",
    valid: (r) => driving(r, state),
    bare: state === "GB",
  })),
];

// ---------------------------------------------------------------- carriers

/** What a carrier names a value with: the kind's own names, or an order's, ticket's or build's. */
interface Names {
  snake: string;
  camel: string;
  pascal: string;
  local: string;
  label: string;
  en: string;
  sentence: (v: string) => string;
  domain: Kind["domain"];
  cc: string;
}

const pascalOf = (camel: string) => camel[0].toUpperCase() + camel.slice(1);

function kindNames(r: Rand, k: Kind): Names {
  const camel = r.pick(k.camel);
  return {
    snake: r.pick(k.snake),
    camel,
    pascal: pascalOf(camel),
    local: r.pick(k.local),
    label: k.label,
    en: k.en,
    sentence: k.sentence,
    domain: k.domain,
    cc: k.cc,
  };
}

/** The neutral words of each language: an order's number, as a sentence. */
const NEUTRAL_LOCAL: Record<string, [string, (v: string) => string]> = {
  FI: ["tilausnumero", (v) => `Tilaus ${v} toimitettu asiakkaalle`],
  SE: ["ordernummer", (v) => `Order ${v} har skickats till kunden`],
  KR: ["주문번호", (v) => `주문번호 ${v} 배송 완료`],
  TR: ["siparis_no", (v) => `Sipariş No ${v} kargoya verildi`],
  ES: ["numero_pedido", (v) => `El pedido ${v} ha sido enviado`],
  SG: ["order_no", (v) => `Order ${v} dispatched from the warehouse`],
  TH: ["หมายเลขคำสั่งซื้อ", (v) => `จัดส่งคำสั่งซื้อ ${v} แล้ว`],
  IN: ["order_sankhya", (v) => `ऑर्डर ${v} भेज दिया गया है`],
  CA: ["numero_commande", (v) => `La commande ${v} a été expédiée`],
  DE: ["bestellnummer", (v) => `Die Bestellung ${v} wurde versandt`],
  US: ["order_number", (v) => `Order ${v} shipped via ground`],
  GB: ["order_ref", (v) => `Order ${v} dispatched, tracking to follow`],
  PL: ["numer_zamowienia", (v) => `Zamówienie ${v} zostało wysłane`],
  IT: ["numero_ordine", (v) => `L'ordine ${v} è stato spedito`],
  AU: ["order_no", (v) => `Order ${v} dispatched from Sydney DC`],
  ZA: ["bestelnommer", (v) => `Bestelling ${v} is gestuur`],
  FR: ["numero_commande", (v) => `La commande ${v} a été expédiée`],
};

const NEUTRAL: [string, string, string, string][] = [
  ["order_id", "orderId", "order", "order number"],
  ["ticket_no", "ticketNo", "ticket", "ticket"],
  ["build_number", "buildNumber", "build", "build"],
  ["invoice_no", "invoiceNo", "invoice", "invoice"],
  ["batch_id", "batchId", "batch", "batch"],
  ["tracking_number", "trackingNumber", "tracking", "shipment"],
  ["sku", "sku", "SKU", "item"],
];

function neutralNames(r: Rand, k: Kind): Names {
  const [snake, camel, label, en] = r.pick(NEUTRAL);
  const [local, sentence] = NEUTRAL_LOCAL[k.cc];
  return {
    snake,
    camel,
    pascal: pascalOf(camel),
    local,
    label,
    en,
    sentence,
    domain: k.domain,
    cc: k.cc,
  };
}

/** A message of the kind's domain holding the value under its label. */
function domainMessage(n: Names, v: string): string {
  switch (n.domain) {
    case "kyc":
      return `KYC: applicant app_7f3a2c verification passed (${n.label}: ${v}, source=registry)`;
    case "payroll":
      return `payroll-run 2026-03: employee E-1042 master data updated, ${n.label} ${v}, cost centre 4410`;
    case "health":
      return `ehr.admission encounter=88213 ward=4B ${n.label} ${v} triage=3`;
    case "tax":
      return `tax-filing: return for FY2025 submitted under ${n.label} ${v} (ack 77310042)`;
    case "bank":
      return `ach.batch 2206: credit of 1,250.00 USD queued, ${n.label} ${v}, SEC code PPD`;
    case "travel":
      return `checkin: PNR QX7T2L seat 14C document scanned, ${n.label} ${v}, APIS sent`;
    case "licence":
      return `rental-desk: renter verified, ${n.label} ${v}, class B, expires 2029-08`;
    default:
      return `vendor-onboarding: supplier S-2231 registered, ${n.label} ${v}, terms NET30`;
  }
}

/** Carriers that name the value. Each returns a line (or lines) holding `v`. */
const NAMED: [string, (n: Names, v: string, r: Rand) => string][] = [
  [
    "json-snake",
    (n, v) =>
      `{"ts":"2026-03-14T08:12:55.120Z","level":"info","event":"${n.domain}.record.updated","${n.snake}":"${v}","status":"ok"}`,
  ],
  [
    "json-camel",
    (n, v) => `{"requestId":"req_8d1f0a","${n.camel}":"${v}","verified":true,"country":"${n.cc}"}`,
  ],
  ["json-local", (n, v) => `{"${n.local}":"${v}","land":"${n.cc}","status":"OK"}`],
  [
    "json-nested",
    (n, v) => `payload={"customer":{"id":88123,"tier":"gold","${n.snake}":"${v}"},"channel":"web"}`,
  ],
  [
    "logfmt",
    (n, v) =>
      `ts=2026-03-14T08:12:55Z level=info svc=${n.domain}-api msg="record checked" ${n.snake}=${v} result=pass`,
  ],
  [
    "logfmt-quoted",
    (n, v) => `time="2026-03-14T08:12:55Z" level=warning msg="duplicate record" ${n.camel}="${v}"`,
  ],
  [
    "sql-insert",
    (n, v) =>
      `INSERT INTO customers (id, tier, ${n.snake}, created_at) VALUES (4412, 'gold', '${v}', '2026-03-01 10:00:00')`,
  ],
  [
    "sql-where",
    (n, v) =>
      `LOG:  statement: SELECT id, status FROM applicants WHERE ${n.snake} = '${v}' LIMIT 1`,
  ],
  [
    "sql-constraint",
    (n, v) =>
      `ERROR: duplicate key value violates unique constraint "uq_${n.snake}" DETAIL: Key (${n.snake})=(${v}) already exists.`,
  ],
  [
    "csv-header",
    (n, v) => `id,${n.snake},country,created\n1042,${v},${n.cc},2026-03-01`,
  ],
  [
    "csv-header-local",
    (n, v) => `nr;${n.local};land;datum\n17;${v};${n.cc};2026-03-01`,
  ],
  [
    "query",
    (n, v) =>
      `[14/Mar/2026:08:12:55 +0000] "GET /api/v2/lookup?${n.snake}=${
        encodeURIComponent(v)
      }&country=${n.cc} HTTP/1.1" 200 512`,
  ],
  [
    "form-post",
    (n, v) => `POST /register body: lang=en&${n.snake}=${encodeURIComponent(v)}&consent=on`,
  ],
  [
    "xml",
    (n, v) => `<Applicant><${n.pascal}>${v}</${n.pascal}><Country>${n.cc}</Country></Applicant>`,
  ],
  ["xml-attr", (n, v) => `<person ref="p-19" ${n.camel}="${v}" country="${n.cc}"/>`],
  ["yaml", (n, v) => `applicant:\n  plan: basic\n  ${n.snake}: "${v}"\n  country: ${n.cc}`],
  ["yaml-plain", (n, v) => `- ${n.snake}: ${v}\n  status: active`],
  [
    "audit-en",
    (n, v) =>
      `AUDIT user=jdoe action=VIEW resource=customer/88123 detail="viewed the ${n.en} ${v}"`,
  ],
  ["prose-local", (n, v) => `2026-03-14 08:12:55 INFO ${n.sentence(v)}`],
  ["domain", (n, v) => domainMessage(n, v)],
  [
    "error-quoted",
    (n, v) => `ValidationError: ${n.en} '${v}' does not match the registry record (code E4102)`,
  ],
  [
    "exception",
    (n, v) =>
      `java.lang.IllegalArgumentException: Invalid ${n.camel}: ${v}\n\tat com.acme.kyc.Validator.check(Validator.java:88)`,
  ],
  ["python-dict", (n, v) => `DEBUG payload {'${n.snake}': '${v}', 'verified': True}`],
  ["java-tostring", (n, v) => `Customer(id=88123, ${n.camel}=${v}, status=ACTIVE)`],
  ["go-struct", (n, v) => `saved: &{ID:88123 ${n.pascal}:${v} Country:${n.cc}}`],
  ["label-colon", (n, v) => `${n.label}: ${v}`],
];

/** Carriers with no word naming the value. */
const BARE: [string, (v: string, r: Rand) => string][] = [
  ["bare-prose", (v) => `lookup ok for ${v} (3 ms, cache miss)`],
  ["url-path", (v) => `GET /api/v1/persons/${encodeURIComponent(v)}/documents 200 14ms`],
  ["csv-noheader", (v) => `1042;${v};active;3;2026-03-01`],
  ["json-generic", (v) => `{"ref":"${v}","ok":true}`],
];

/** Numbers of the same lengths that are no one's id: epochs, builds, versions, counters. */
function fillers(r: Rand): string[] {
  return [
    String(r.range(1767225600, 1798761599)), // epoch seconds in 2026, 10
    String(r.range(1767225600, 1798761599)) + r.digits(3), // epoch ms, 13
    `2026${pad(r.range(1, 12), 2)}${pad(r.range(1, 28), 2)}${r.digits(4)}`, // 12
    `2026${pad(r.range(1, 12), 2)}${pad(r.range(1, 28), 2)}${r.digits(3)}`, // 11
    `${r.range(1, 9)}.${r.range(0, 30)}.${r.range(0, 99)}-build.${r.digits(4)}`,
    `INV-2026-${r.digits(6)}`,
    `ORD${r.digits(9)}`,
    `${r.range(100000000, 999999999)}`, // a counter, 9
    `T${r.digits(7)}`,
    `2026-03-${pad(r.range(1, 28), 2)}T08:${pad(r.range(0, 59), 2)}:00Z`,
  ];
}

// ---------------------------------------------------------------- generation

export function generateIds17(seed = SEED): TypedCase[] {
  const r = new Rand(seed);
  const cases: TypedCase[] = [];
  const id = () => `i17-${String(cases.length).padStart(4, "0")}`;
  const pii = (type: string, text: string, value: string) =>
    cases.push({
      id: id(),
      kind: "pii",
      type,
      tier: "other",
      text,
      secrets: [asWritten(text, value)],
      expect_unchanged: false,
    });
  const benign = (type: string, text: string) =>
    cases.push({ id: id(), kind: "benign", type, text, secrets: [], expect_unchanged: true });

  for (const k of KINDS) {
    for (const [carrier, write] of NAMED) {
      const v = k.valid(r);
      // a JSON number when the value is digits alone
      if (carrier === "json-snake" && /^[1-9]\d+$/.test(v)) {
        pii(`${k.id}:json-number`, `{"${r.pick(k.snake)}":${v},"ok":true}`, v);
      }
      pii(`${k.id}:${carrier}`, write(kindNames(r, k), v, r), v);
      if (r.chance(0.3)) {
        const look = k.failing && r.chance(0.7) ? k.failing(r) : r.pick(fillers(r));
        benign(`benign:${k.id}:${carrier}`, write(neutralNames(r, k), look, r));
      }
    }
    if (k.bare) {
      for (const [carrier, write] of BARE) {
        const v = k.valid(r);
        pii(`${k.id}:${carrier}`, write(v, r), v);
        if (k.failing) benign(`benign:${k.id}:${carrier}`, write(k.failing(r), r));
      }
    }
    if (k.id.startsWith("passport-")) {
      const doc = k.valid(r);
      const nat =
        ({ US: "USA", GB: "GBR", DE: "D<<", IN: "IND", FR: "FRA" } as Record<string, string>)[
          k.cc
        ];
      pii(
        `${k.id}:mrz`,
        `ocr.result doc_type=P mrz_line2="${mrzLine(r, doc, nat)}" confidence=0.98`,
        doc,
      );
    }
  }
  return cases;
}

/**
 * `value` as `text` holds it: itself, or percent-encoded where the carrier encodes it.
 */
function asWritten(text: string, value: string): string {
  if (text.includes(value)) return value;
  const encoded = [encodeURIComponent(value), value.replace(/ /g, "+")].find((e) =>
    text.includes(e)
  );
  if (encoded === undefined) throw new Error("a value not in its text");
  return encoded;
}

export function ids17Text(all: readonly TypedCase[]): string {
  return all.map((c) => JSON.stringify(c)).join("\n") + "\n";
}

if (import.meta.main) {
  const at = (flag: string) => Deno.args[Deno.args.indexOf(flag) + 1];
  const seed = Deno.args.includes("--seed") ? Number(at("--seed")) : SEED;
  const out = Deno.args.includes("--out") ? at("--out") : IDS17_FILE;
  const all = generateIds17(seed);
  await Deno.writeTextFile(out, ids17Text(all));
  const count = (k: string) => all.filter((c) => c.kind === k).length;
  console.log(`${all.length} cases: ${count("pii")} personal data, ${count("benign")} benign`);
}
