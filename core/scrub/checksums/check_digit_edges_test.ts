/**
 * Generated numbers for the Luhn, Verhoeff and IBAN rules: every length the validators take and
 * every check digit, computed here from the published definitions (written independently of the
 * modules: Verhoeff from the dihedral group D5, IBAN mod 97 with BigInt), so a wrong table entry,
 * a wrong bound or a check digit of 0 cannot pass unnoticed.
 */
import { ok } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { luhnValid } from "./luhn.ts";
import { verhoeffValid } from "./verhoeff.ts";
import { ibanValid } from "./iban.ts";

const random = seededRandom(0x5eed);
const DIGITS = "0123456789";

/** Luhn (ISO/IEC 7812-1, annex B): the check digit that makes `payload` + digit valid. */
function luhnCheckDigit(payload: string): number {
  // Digits in doubled positions count as the digit sum of their double: 0 2 4 6 8 1 3 5 7 9.
  const doubled = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    const d = Number(payload[payload.length - 1 - i]);
    sum += i % 2 === 0 ? doubled[d] : d;
  }
  return (10 - (sum % 10)) % 10;
}

/** Valid numbers of `length` digits, one for each check digit 0–9. */
function luhnNumbers(length: number): string[] {
  const prefix = random.chars(length - 2, DIGITS);
  // The last payload digit is doubled, and doubling is a permutation of 0–9: ten payloads that
  // differ only there have ten different check digits.
  return Array.from(DIGITS, (d) => prefix + d + luhnCheckDigit(prefix + d));
}

/** `number` with its last digit replaced by each other digit. */
const otherCheckDigits = (number: string) =>
  [...DIGITS].filter((d) => d !== number.at(-1)).map((d) => number.slice(0, -1) + d);

/** `value` with `c` inserted at its start, middle and end. */
const withInserted = (value: string, c: string) => [
  c + value,
  value.slice(0, value.length >> 1) + c + value.slice(value.length >> 1),
  value + c,
];

Deno.test("Luhn: every length from 2 to 64 digits with every check digit; every other check digit fails", () => {
  for (let length = 2; length <= 64; length++) {
    const numbers = luhnNumbers(length);
    const checks = new Set(numbers.map((n) => n.at(-1)));
    ok(checks.size === 10, `length ${length}: all ten check digits generated`);
    for (const n of numbers) {
      ok(luhnValid(n), `${n} is Luhn-valid`);
      for (const wrong of otherCheckDigits(n)) ok(!luhnValid(wrong), `${wrong} is not`);
    }
  }
});

Deno.test("Luhn: one digit, more than 64, or anything but ASCII digits is refused, checksum or not", () => {
  for (const d of DIGITS) ok(!luhnValid(d), `a single ${d}`);
  for (const n of luhnNumbers(65)) ok(!luhnValid(n), `65 digits: ${n}`);
  for (const n of luhnNumbers(16)) {
    for (const c of ["a", " ", "-", "\u0663", /* Arabic-Indic three */ "/"]) {
      for (const bad of withInserted(n, c)) ok(!luhnValid(bad), JSON.stringify(bad));
    }
  }
});

/**
 * Verhoeff from its definition: the dihedral group D5 (0–4 the rotations r^k, 5–9 the
 * reflections r^k·s), the permutation (0 1 5 8 9 4 2 7)(3 6) applied i times to the digit in
 * position i (from the right), and a number is valid when the product of all of them is 0.
 */
function d5(a: number, b: number): number {
  const rot = (x: number) => x % 5, refl = (x: number) => x >= 5;
  // r^i s^p · r^j s^q = r^(i + (-1)^p j) s^(p+q)
  const k = (rot(a) + (refl(a) ? -rot(b) : rot(b)) + 5) % 5;
  return refl(a) !== refl(b) ? 5 + k : k;
}
const VERHOEFF_CYCLE = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]; // n → the permutation's image of n
function permuted(times: number, digit: number): number {
  let d = digit;
  for (let t = 0; t < times % 8; t++) d = VERHOEFF_CYCLE[d];
  return d;
}
function verhoeffReference(number: string): boolean {
  let c = 0;
  for (let i = 0; i < number.length; i++) c = d5(c, permuted(i, Number(number.at(-1 - i))));
  return c === 0;
}
/** The one digit that makes `payload` + digit valid. */
const verhoeffCheckDigit = (payload: string) =>
  [...DIGITS].find((d) => verhoeffReference(payload + d))!;

Deno.test("Verhoeff: generated numbers of 2 to 64 digits, every check digit; every other check digit fails", () => {
  const seen = new Set<string>();
  for (let i = 0; i < 1500; i++) {
    const length = 2 + (i % 63);
    const payload = random.chars(length - 1, DIGITS);
    const n = payload + verhoeffCheckDigit(payload);
    seen.add(n.at(-1)!);
    ok(verhoeffValid(n), `${n} is Verhoeff-valid`);
    for (const wrong of otherCheckDigits(n)) ok(!verhoeffValid(wrong), `${wrong} is not`);
  }
  ok(seen.size === 10, "every check digit came up");
  // The reference itself against the published worked example: 236 → 3.
  ok(verhoeffCheckDigit("236") === "3");
});

Deno.test("Verhoeff: one digit, more than 64, or a non-digit anywhere is refused", () => {
  for (const d of DIGITS) ok(!verhoeffValid(d), `a single ${d}`);
  const payload = random.chars(64, DIGITS);
  ok(!verhoeffValid(payload + verhoeffCheckDigit(payload)), "65 digits");
  const n = "2363";
  for (const c of ["a", " ", "\u0663"]) {
    for (const bad of withInserted(n, c)) ok(!verhoeffValid(bad), JSON.stringify(bad));
  }
});

/** The SWIFT IBAN registry: each country's IBAN length. */
const IBAN_LENGTHS: Record<number, string> = {
  15: "NO",
  16: "BE",
  18: "DK FI FK FO GL NL SD",
  19: "MK SI",
  20: "AT BA EE KZ LT LU MN XK",
  21: "CH HR LI LV",
  22: "BG BH CR DE GB GE IE ME RS VA",
  23: "AE GI IL IQ OM SO TL",
  24: "AD CZ ES MD PK RO SA SE SK TN VG",
  25: "LY PT ST",
  26: "IS TR",
  27: "BI DJ FR GR IT MC MR SM",
  28: "AL AZ BY CY DO GT HU LB NI PL SV",
  29: "BR EG PS QA UA",
  30: "JO KW MU YE",
  31: "MT SC",
  32: "LC",
  33: "RU",
};
const ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** ISO 7064 mod 97-10 with BigInt: letters as 10–35, the country and check moved to the end. */
function ibanWithCheck(country: string, bban: string): string {
  const numeric = (s: string) => [...s].map((c) => ALNUM.indexOf(c)).join("");
  const check = 98n - (BigInt(numeric(bban + country + "00")) % 97n);
  return country + String(check).padStart(2, "0") + bban;
}

Deno.test("IBAN: a generated IBAN of every registered country is valid, one character more or less is not", () => {
  for (const [length, countries] of Object.entries(IBAN_LENGTHS)) {
    for (const country of countries.split(" ")) {
      for (let i = 0; i < 3; i++) {
        const iban = ibanWithCheck(country, random.chars(Number(length) - 4, ALNUM));
        ok(ibanValid(iban), `${iban} (${country}, ${length})`);
        const shorter = ibanWithCheck(country, iban.slice(4, -1));
        const longer = ibanWithCheck(country, iban.slice(4) + random.chars(1, DIGITS));
        ok(!ibanValid(shorter), `${shorter}: one character short for ${country}`);
        ok(!ibanValid(longer), `${longer}: one character long for ${country}`);
      }
    }
  }
});

Deno.test("IBAN: every check value from 02 to 98; any other check digits and any changed digit fail", () => {
  const seen = new Set<string>();
  for (let i = 0; seen.size < 97 && i < 20_000; i++) {
    const iban = ibanWithCheck("DE", random.chars(18, DIGITS));
    if (seen.has(iban.slice(2, 4))) continue;
    seen.add(iban.slice(2, 4));
    ok(ibanValid(iban), iban);
    // Grouped in fours, as printed.
    ok(ibanValid(iban.replace(/(.{4})/g, "$1 ").trim()), `${iban} grouped`);
    const wrongCheck = iban.slice(0, 2) + String((Number(iban.slice(2, 4)) + 1 + i % 50) % 100)
      .padStart(2, "0") +
      iban.slice(4);
    if (wrongCheck !== iban) ok(!ibanValid(wrongCheck), `${wrongCheck}: wrong check digits`);
    const at = 4 + (i % 18);
    const changed = iban.slice(0, at) + String((Number(iban[at]) + 1) % 10) + iban.slice(at + 1);
    ok(!ibanValid(changed), `${changed}: digit ${at} changed`);
  }
  ok(seen.size === 97, `check values 02–98 all generated (${seen.size})`);
});

Deno.test("IBAN: unregistered countries, lower case and stray characters are refused", () => {
  for (const country of ["US", "ZZ", "XX", "AA"]) {
    ok(
      !ibanValid(ibanWithCheck(country, random.chars(18, DIGITS))),
      `${country} is not registered`,
    );
  }
  const iban = ibanWithCheck("GB", "WEST12345698765432");
  ok(ibanValid(iban));
  ok(!ibanValid(iban.toLowerCase()), "lower case");
  for (const c of ["-", "_", "é", "\t"]) {
    for (const bad of withInserted(iban, c)) ok(!ibanValid(bad), JSON.stringify(bad));
  }
});

Deno.test("IBAN: the check digits must be digits; letters there are refused even when mod 97 holds", () => {
  const numeric = (s: string) => [...s].map((c) => ALNUM.indexOf(c)).join("");
  for (let i = 0; i < 20; i++) {
    const letters = random.chars(2, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    const head = random.chars(16, DIGITS);
    // The last two BBAN digits that make the mod-97 sum hold with letters as check "digits".
    const tail = Array.from({ length: 100 }, (_, k) => String(k).padStart(2, "0")).find((t) =>
      BigInt(numeric(head + t + "GB" + letters)) % 97n === 1n
    )!;
    const iban = "GB" + letters + head + tail;
    ok(!ibanValid(iban), iban);
  }
});
