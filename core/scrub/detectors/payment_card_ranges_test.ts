/**
 * Payment cards as the networks publish them: for every issuer range (its first and last
 * prefix) and every length it issues, a generated Luhn-valid number in a log line is masked as a
 * card, keeping only its last four digits; one digit more or less is not taken for a card.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0xc4d);
const scrubber = createScrubber();

/** [network, first prefix, last prefix, lengths issued]. */
const RANGES: [string, number, number, number[]][] = [
  ["Visa", 4, 4, [13, 16, 19]],
  ["Mastercard", 51, 55, [16]],
  ["Mastercard 2-series", 2221, 2720, [16]],
  ["Mir", 2200, 2204, [16]],
  ["American Express 34", 34, 34, [15]],
  ["American Express 37", 37, 37, [15]],
  ["Discover 6011", 6011, 6011, [16, 17, 18, 19]],
  ["Discover 644–649", 644, 649, [16, 17, 18, 19]],
  ["Discover 65", 65, 65, [16, 17, 18, 19]],
  ["Discover (UnionPay co-brand)", 622126, 622925, [16, 17, 18, 19]],
  ["JCB", 3528, 3589, [16, 17, 18, 19]],
  ["Diners Club 300–305", 300, 305, [14, 15, 16, 17, 18, 19]],
  ["Diners Club 36", 36, 36, [14, 15, 16, 17, 18, 19]],
  ["Diners Club 38–39", 38, 39, [14, 15, 16, 17, 18, 19]],
  ["UnionPay", 62, 62, [16, 17, 18, 19]],
  ["Maestro 50", 50, 50, [12, 13, 14, 15, 16, 17, 18, 19]],
  ["Maestro 56–69", 56, 69, [12, 13, 14, 15, 16, 17, 18, 19]],
  ["UATP", 1, 1, [15]],
  ["RuPay 81–82", 81, 82, [16]],
  ["Troy", 9792, 9792, [16]],
];

/** Luhn check digit of `payload`: double every second digit from the right, digit sums. */
function luhnDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    const d = Number(payload.at(-1 - i));
    sum += i % 2 === 0 ? (2 * d > 9 ? 2 * d - 9 : 2 * d) : d;
  }
  return (10 - (sum % 10)) % 10;
}

/** A Luhn-valid number of `length` digits starting with `prefix`, not one repeated digit. */
function cardNumber(prefix: string, length: number): string {
  for (;;) {
    const payload = prefix + random.chars(length - prefix.length - 1, "0123456789");
    const n = payload + luhnDigit(payload);
    if (!/^(\d)\1+$/.test(n)) return n;
  }
}

/** Prefixes no range above issues for `length` (its numbers must not be taken for cards). */
function issued(n: string): boolean {
  return RANGES.some(([, first, last, lengths]) => {
    const p = Number(n.slice(0, String(first).length));
    return p >= first && p <= last && lengths.includes(n.length);
  });
}

const cardsIn = (line: string) => scrubber.scrub(line).counts["payment-card"] ?? 0;

Deno.test("every issuer range's first and last prefix, at every issued length, is masked as a card", () => {
  for (const [network, first, last, lengths] of RANGES) {
    for (const prefix of new Set([first, last])) {
      for (const length of lengths) {
        const n = cardNumber(String(prefix), length);
        const line = `payment declined card=${n} amount=12.00 EUR`;
        const { text, counts } = scrubber.scrub(line);
        strictEqual(counts["payment-card"], 1, `${network} ${length} digits: ${line} → ${text}`);
        ok(!text.includes(n), `${network}: ${text}`);
        ok(text.includes(`[REDACTED:payment-card …${n.slice(-4)}]`), `${network}: ${text}`);
      }
    }
  }
});

Deno.test("19-digit Visa numbers, plain or grouped in fours, never survive scrubbing", () => {
  for (let i = 0; i < 20; i++) {
    const n = cardNumber("4", 19);
    const card = `card [REDACTED:payment-card …${n.slice(-4)}] expired`;
    strictEqual(scrubber.scrub(`card ${n} expired`).text, card, n);
    const dashed = n.replace(/(\d{4})(?=\d)/g, "$1-");
    strictEqual(scrubber.scrub(`card ${dashed} expired`).text, card, dashed);
    // Grouped with spaces it also reads as a phone number; either way no digit group is left.
    const spaced = n.replace(/(\d{4})(?=\d)/g, "$1 ");
    const { text } = scrubber.scrub(`card ${spaced} expired`);
    ok(/^card \[REDACTED:[a-z-]+( …\d{4})?\] expired$/.test(text), `${spaced} → ${text}`);
  }
});

Deno.test("a Luhn-valid number one digit longer or shorter than its range issues is not a card", () => {
  let checked = 0;
  for (const [network, first, last, lengths] of RANGES) {
    for (const prefix of new Set([first, last])) {
      for (const length of lengths.flatMap((l) => [l - 1, l + 1])) {
        if (length < 12 || length > 19) continue; // outside any card pattern
        const n = cardNumber(String(prefix), length);
        if (issued(n)) continue; // another length of the same range
        strictEqual(cardsIn(`ref ${n} ok`), 0, `${network}, ${length} digits: ${n}`);
        checked++;
      }
    }
  }
  ok(checked > 20, `${checked} off-length numbers checked`);
});

Deno.test("a number just outside each range's prefixes is not a card", () => {
  const outside: [number, number][] = [
    [2199, 16],
    [2205, 16],
    [2220, 16],
    [2721, 16],
    [3527, 16],
    [3590, 16],
    [306, 14],
    [643, 16],
    [622125, 16],
    [622926, 17],
    [80, 16],
    [83, 16],
    [9791, 16],
    [9793, 16],
  ];
  for (const [prefix, length] of outside) {
    const n = cardNumber(String(prefix), length);
    if (issued(n)) continue;
    strictEqual(cardsIn(`ref ${n} ok`), 0, `prefix ${prefix}: ${n}`);
  }
});

Deno.test("the same digits failing Luhn are not a card", () => {
  for (const [, first, , lengths] of RANGES) {
    const n = cardNumber(String(first), lengths[0]);
    const wrong = n.slice(0, -1) + ((Number(n.at(-1)) + 1) % 10);
    strictEqual(cardsIn(`ref ${wrong} ok`), 0, wrong);
  }
});
