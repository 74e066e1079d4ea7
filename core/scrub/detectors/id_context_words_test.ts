/**
 * Context words that DLP products document for numbers too common to mask alone, added to their
 * detectors: आधार (Aadhaar in Hindi), a patient's id or number before an NHS number, numer
 * identyfikacyjny before a PESEL, sofinummer before a BSN, and assurance social (no final e)
 * before a Canadian SIN. Values from a seeded generator, their check digits computed here; the
 * same values with no word naming them, or with a wrong check digit, stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";
import { luhnDigit, verhoeffDigit } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const next = seededRandom(1723);
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join("");
const weighted = (body: string, weights: number[]) =>
  weights.reduce((sum, w, i) => sum + w * Number(body[i]), 0);

/** The values of `values` that `write` puts in a line from which they come out unmasked. */
const leaked = (values: string[], write: (v: string) => string) =>
  values.filter((v) => scrubber.scrub(write(v)).text.includes(v));
/** The lines of `lines` on which detector `id` masks something. */
const maskedBy = (id: string, lines: string[]) =>
  lines.filter((l) => scrubber.scrub(l).text.includes(`[REDACTED:${id}]`));

/** A plain Aadhaar number: first digit 2–9, Verhoeff check digit `shift` off. */
function aadhaar(shift = 0): string {
  const body = String(2 + Math.floor(next() * 8)) + digits(10);
  return body + (verhoeffDigit(body) + shift) % 10;
}

/** An NHS number 3-3-4: weights 10 … 2, check 11 − sum mod 11 (never 10), `shift` off. */
function nhs(shift = 0): string {
  for (;;) {
    const body = digits(9);
    const check = (11 - (weighted(body, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
    if (check === 10) continue;
    const ten = body + (check + shift) % 10;
    return `${ten.slice(0, 3)} ${ten.slice(3, 6)} ${ten.slice(6)}`;
  }
}

/** A PESEL: a birth date YYMMDD, four digits, the 1-3-7-9 check digit `shift` off. */
function pesel(shift = 0): string {
  const day = String(1 + Math.floor(next() * 28)).padStart(2, "0");
  const month = String(1 + Math.floor(next() * 12)).padStart(2, "0");
  const body = digits(2) + month + day + digits(4);
  return body + ((10 - (weighted(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 + shift) % 10;
}

/** A BSN: nine digits passing the 11-test (weights 9 … 2, −1), or failing it. */
function bsn(valid = true): string {
  for (;;) {
    const nine = String(1 + Math.floor(next() * 9)) + digits(8);
    const sum = weighted(nine, [9, 8, 7, 6, 5, 4, 3, 2, -1]);
    if ((sum % 11 === 0) === valid) return nine;
  }
}

/** A Canadian SIN 3-3-3: first digit 1–7, Luhn check digit `shift` off. */
function sin(shift = 0): string {
  const body = String(1 + Math.floor(next() * 7)) + digits(7);
  const nine = body + (luhnDigit(body) + shift) % 10;
  return `${nine.slice(0, 3)} ${nine.slice(3, 6)} ${nine.slice(6)}`;
}

const CASES: [string, string, (v: string) => string, () => string, () => string][] = [
  [
    "in-aadhaar",
    "आधार",
    (v) => `आधार संख्या: ${v}`,
    () => aadhaar(),
    () => aadhaar(1 + Math.floor(next() * 9)),
  ],
  [
    "uk-nhs-number",
    "patient id",
    (v) => `patient id: ${v} admitted`,
    () => nhs(),
    () => nhs(1 + Math.floor(next() * 9)),
  ],
  [
    "uk-nhs-number",
    "patient_no",
    (v) => `{"patient_no":"${v}"}`,
    () => nhs(),
    () => nhs(1 + Math.floor(next() * 9)),
  ],
  [
    "pl-pesel",
    "numer identyfikacyjny",
    (v) => `numer identyfikacyjny: ${v}`,
    () => pesel(),
    () => pesel(1 + Math.floor(next() * 9)),
  ],
  ["nl-bsn", "sofinummer", (v) => `sofinummer ${v} gecontroleerd`, () => bsn(), () => bsn(false)],
  ["nl-bsn", "sofi", (v) => `sofi_nr=${v}`, () => bsn(), () => bsn(false)],
  [
    "ca-sin",
    "assurance social",
    (v) => `numéro d'assurance social: ${v}`,
    () => sin(),
    () => sin(1 + Math.floor(next() * 9)),
  ],
];

for (const [id, word, write, valid, wrong] of CASES) {
  Deno.test(`${id}: a valid number after "${word}" is masked`, () => {
    const values = Array.from({ length: 20 }, valid);
    deepStrictEqual(leaked(values, write), []);
  });

  Deno.test(`${id}: after "${word}", a wrong check digit stays; with no word, a valid one stays`, () => {
    const wrongs = Array.from({ length: 20 }, wrong);
    const valids = Array.from({ length: 20 }, valid);
    deepStrictEqual(maskedBy(id, [...wrongs.map(write), ...valids.map((v) => `ref ${v} ok`)]), []);
  });
}

Deno.test("nl-bsn: the name Sofia is no sofinummer", () => {
  const values = Array.from({ length: 20 }, () => bsn());
  deepStrictEqual(maskedBy("nl-bsn", values.map((v) => `Sofia ${v}`)), []);
});
