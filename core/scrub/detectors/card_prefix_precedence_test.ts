/**
 * Payment card numbers at every boundary of the issuer table, read in the networks' order of
 * precedence (a Discover, JCB, Diners or UnionPay prefix is not Maestro's, though Maestro's
 * 56–69 spans them): for the first and last prefix of each range and the prefixes just outside,
 * at every length from 11 to 20, a Luhn-valid number is masked as a card exactly when the range
 * that owns its prefix issues that length.
 */
import { strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0xca7d);
const scrubber = createScrubber();
const span = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** [first six-digit prefix, last six-digit prefix, lengths issued], first owner first. */
const OWNERS: [number, number, number[]][] = [
  [400000, 499999, [13, 16, 19]], // Visa
  [220000, 220499, [16]], // Mir
  [510000, 559999, [16]], // Mastercard
  [222100, 272099, [16]], // Mastercard 2-series
  [340000, 349999, [15]], // American Express
  [370000, 379999, [15]],
  [601100, 601199, span(16, 19)], // Discover
  [650000, 659999, span(16, 19)],
  [644000, 649999, span(16, 19)],
  [622126, 622925, span(16, 19)],
  [352800, 358999, span(16, 19)], // JCB
  [300000, 305999, span(14, 19)], // Diners Club
  [360000, 369999, span(14, 19)],
  [380000, 399999, span(14, 19)],
  [620000, 629999, span(16, 19)], // UnionPay
  [500000, 509999, span(12, 19)], // Maestro
  [560000, 699999, span(12, 19)],
  [100000, 199999, [15]], // UATP
];

const issues = (p6: number, length: number) =>
  OWNERS.find(([first, last]) => p6 >= first && p6 <= last)?.[2].includes(length) ?? false;

function luhnDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    const d = Number(payload.at(-1 - i));
    sum += i % 2 === 0 ? (2 * d > 9 ? 2 * d - 9 : 2 * d) : d;
  }
  return (10 - (sum % 10)) % 10;
}

function cardNumber(prefix: string, length: number): string {
  const payload = prefix + random.chars(length - prefix.length - 1, "0123456789");
  return payload + luhnDigit(payload);
}

Deno.test("each prefix at a range's edge is a card at exactly the lengths its owner issues", () => {
  const prefixes = new Set<number>();
  for (const [first, last] of OWNERS) {
    for (const p of [first - 1, first, last, last + 1]) {
      if (p >= 100000 && p <= 999999) prefixes.add(p);
    }
  }
  for (let i = 0; i < 60; i++) prefixes.add(100000 + random.int(900000));
  for (const p6 of prefixes) {
    for (let length = 12; length <= 19; length++) {
      const n = cardNumber(String(p6), length);
      const counted = scrubber.scrub(`charge ${n} ok`).counts["payment-card"] ?? 0;
      strictEqual(counted > 0, issues(p6, length), `${n} (${length} digits)`);
    }
  }
});
