/**
 * An airline reservation's (Amadeus PNR) personal data, from seeded values: a card number glued
 * after `CC` and its brand's two letters in a form of payment (`FP CCVI4539…/0628*CV/N1`), masked;
 * a mobile number before the passenger it belongs to (`APM +4917…/P1`), masked. A Luhn-failing
 * number after `CC` and a brand, and a date before an ISO 8601 period (`…/P1D`), stay.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x9e7);
const scrubber = createScrubber();
const digits = (n: number) => Array.from({ length: n }, () => random.int(10)).join("");

/** `body` completed by its Luhn check digit (or, with `wrong`, by any other digit). */
function luhn(body: string, wrong = false): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  const check = (10 - (sum % 10)) % 10;
  return body + (wrong ? (check + 1 + random.int(9)) % 10 : check);
}

/** A card of a brand's issuer range: [Amadeus code, first digits, length]. */
const BRANDS: [string, string, number][] = [
  ["VI", "4", 16],
  ["CA", "5" + (1 + random.int(5)), 16],
  ["AX", "37", 15],
  ["JC", "35" + (28 + random.int(62)), 16],
  ["DC", "36", 14],
];
const expiry = () => `${String(1 + random.int(12)).padStart(2, "0")}${27 + random.int(5)}`;

Deno.test("a card after a reservation's CC and brand code is masked", () => {
  const left: string[] = [];
  for (let k = 0; k < 20; k++) {
    for (const [code, prefix, length] of BRANDS) {
      const card = luhn(prefix + digits(length - prefix.length - 1));
      for (
        const line of [
          `  7 FP CC${code}${card}/${expiry()}*CV/N1`,
          `RP/PAR1A0980/ FP CC${code}${card}/${expiry()}`,
        ]
      ) {
        if (scrubber.scrub(line).text.includes(card)) left.push(line);
      }
    }
  }
  deepStrictEqual(left, []);
});

Deno.test("a number failing Luhn after CC and a brand code stays", () => {
  const masked: string[] = [];
  for (let k = 0; k < 20; k++) {
    for (const [code, prefix, length] of BRANDS) {
      const line = `  7 FP CC${code}${
        luhn(prefix + digits(length - prefix.length - 1), true)
      }/0628`;
      if (scrubber.scrub(line).text !== line) masked.push(line);
    }
  }
  deepStrictEqual(masked, []);
});

/** Mobile numbers as an APM element writes them: E.164, a UK London number, NANP, Brazil. */
const phones = () => [
  `+4917${digits(9)}`,
  `020 ${3 + random.int(5)}${digits(3)} ${digits(4)}`,
  `${2 + random.int(7)}${digits(2)}-${2 + random.int(7)}${digits(2)}-${digits(4)}`,
  `+55 ${11 + random.int(80)} 9${digits(4)}-${digits(4)}`,
];

Deno.test("a phone number before a reservation's passenger (/P1) is masked", () => {
  const left: string[] = [];
  for (let k = 0; k < 20; k++) {
    for (const phone of phones()) {
      const line = `QM9ZAN  3 APM ${phone}/P${1 + random.int(4)}  4 RM NOTE`;
      if (scrubber.scrub(line).text.includes(phone)) left.push(line);
    }
  }
  deepStrictEqual(left, []);
});

Deno.test("a date before an ISO 8601 period, or a version path, stays", () => {
  const masked: string[] = [];
  for (let k = 0; k < 20; k++) {
    const day = `20${20 + random.int(10)}-0${1 + random.int(9)}-1${random.int(10)}`;
    for (
      const line of [`interval=${day}/P${1 + random.int(9)}D`, `GET /v2/P1/items/${digits(6)}`]
    ) {
      if (scrubber.scrub(line).text !== line) masked.push(line);
    }
  }
  deepStrictEqual(masked, []);
});
