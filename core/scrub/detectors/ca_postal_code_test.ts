/**
 * A Canadian postal code (letter, digit, letter, digit, letter, digit, as Canada Post allots the
 * letters) is masked right after a word or key naming a postal code, spaced, dashed or unbroken,
 * in either case; a letter Canada Post never uses, or no name before it, leaves the line.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";

const scrubber = createScrubber();
const random = seededRandom(0xca9);
const FIRST = "ABCEGHJKLMNPRSTVXY", OTHER = "ABCEGHJKLMNPRSTVWXYZ", DIGITS = "0123456789";
const code = (first = FIRST) =>
  random.chars(1, first) + random.chars(1, DIGITS) + random.chars(1, OTHER) + " " +
  random.chars(1, DIGITS) + random.chars(1, OTHER) + random.chars(1, DIGITS);
const codes = Array.from({ length: 12 }, () => code());
/** A line naming the code, and the code as the line writes it. */
const NAMED: ((c: string) => [string, string])[] = [
  (c) => [`postal code: ${c}`, c],
  (c) => {
    const v = c.replace(" ", "").toLowerCase();
    return [`{"postalCode":"${v}"}`, v];
  },
  (c) => [`code postal ${c.replace(" ", "-")}`, c.replace(" ", "-")],
  (c) => [`zip=${c}`, c],
];

Deno.test("a Canadian postal code after its name is masked", () => {
  const leaks = codes.flatMap((c, i) => {
    const [line, value] = NAMED[i % NAMED.length](c);
    return scrubber.scrub(line).text.includes(value) ? [line] : [];
  });
  deepStrictEqual(leaks, []);
});

Deno.test("a first letter Canada Post never uses, or no name before the code, leaves it", () => {
  const lines = [
    ...Array.from({ length: 6 }, () => `postal code: ${code("DFIOQUWZ")}`),
    ...codes.map((c) => `order ${c} shipped`),
  ];
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
