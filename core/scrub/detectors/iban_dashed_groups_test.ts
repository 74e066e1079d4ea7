/**
 * An IBAN in groups of four joined by dashes (`DE89-3704-0044-0532-0130-00`), as some forms and
 * exports write it, is masked with no word naming it, as the spaced one is; a dashed run of the
 * same shape whose check digits fail stays. Values from a seeded generator, check digits by mod 97.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x1ba7);
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");
const COUNTRIES: [string, number][] = [["DE", 18], ["FI", 14], ["NL", 14], ["ES", 20], ["BE", 12]];

/** An IBAN of `country` with a BBAN of `n` digits; `valid` false: check digits one off. */
function iban(country: string, n: number, valid = true): string {
  const bban = digits(n);
  const numeric = (bban + country + "00").replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const check = 98 - Number(BigInt(numeric) % 97n) + (valid ? 0 : 1);
  return country + String(check % 100).padStart(2, "0") + bban;
}
const dashed = (value: string) => value.match(/.{1,4}/g)!.join("-");

Deno.test("a dashed IBAN is masked with no word naming it", () => {
  const leaks: string[] = [];
  for (let i = 0; i < 60; i++) {
    const [country, n] = COUNTRIES[Math.floor(random() * COUNTRIES.length)];
    const value = dashed(iban(country, n));
    const line = [
      `GET /api/v2/lookup?bank_account=${value}&page=1 HTTP/1.1`,
      `{"account":"${value}","status":"ok"}`,
      `payout to ${value} queued`,
    ][i % 3];
    if (scrubber.scrub(line).text.includes(value)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a dashed run of an IBAN's shape whose check digits fail stays", () => {
  const lines = Array.from({ length: 30 }, () => {
    const [country, n] = COUNTRIES[Math.floor(random() * COUNTRIES.length)];
    return `ref ${dashed(iban(country, n, false))} done`;
  });
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
