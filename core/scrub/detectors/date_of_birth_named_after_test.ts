/**
 * A date of birth with the words naming it after it (`<date> is my birthday`, `… was her date of
 * birth`) is masked in each layout date-of-birth reads; a date before other words stays.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";

const scrubber = createScrubber();
const random = seededRandom(0xd0b);
const int = (lo: number, hi: number) => lo + Math.floor(random.next() * (hi - lo + 1));
const two = (n: number) => String(n).padStart(2, "0");
const MONTHS = ["January", "March", "June", "August", "October", "December"];
const dates = Array.from({ length: 12 }, (_, i) => {
  const y = int(1930, 2010), m = int(1, 12), d = int(1, 28);
  return [
    `${y}-${two(m)}-${two(d)}`,
    `${two(d)}/${two(m)}/${y}`,
    `${MONTHS[i % MONTHS.length]} ${d}, ${y}`,
  ][i % 3];
});
const AFTER = ["is my birthday", "was her date of birth", "is his DOB", "is your birth date"];

Deno.test("a date before `is my birthday` and its kin is masked", () => {
  const lines = dates.map((date, i) => [`${date} ${AFTER[i % AFTER.length]}.`, date]);
  deepStrictEqual(lines.filter(([line, date]) => scrubber.scrub(line).text.includes(date)), []);
});

Deno.test("a date before other words stays", () => {
  const lines = dates.flatMap((date) => [`${date} is my release date`, `${date} was the cutover`]);
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
