/**
 * A date of birth written with its month's abbreviation glued between the day and the year, as
 * airline and mainframe records print one (`08MAR1942`, `14Mar1987`), is masked under a key
 * naming a birth date; the same layout under another key stays.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x6d0b);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const two = (n: number) => String(n).padStart(2, "0");
const MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const glued = (year: number) => {
  const month = MONTHS[int(0, 11)];
  return `${two(int(1, 28))}${
    random() < 0.5 ? month : month[0] + month.slice(1).toLowerCase()
  }${year}`;
};

Deno.test("a birth date with its month glued between day and year is masked", () => {
  const cases = Array.from({ length: 12 }, (_, i) => {
    const date = glued(int(1941, 2006));
    const line = [
      `{"dob":"${date}","plan":"basic"}`,
      `pax.date_of_birth=${date} status=ok`,
      `<BirthDate>${date}</BirthDate>`,
    ][i % 3];
    return [line, date];
  });
  deepStrictEqual(cases.filter(([line, date]) => scrubber.scrub(line).text.includes(date)), []);
});

Deno.test("the same layout under another key, or glued to more letters, stays", () => {
  const lines = Array.from({ length: 12 }, (_, i) => {
    const date = glued(int(2024, 2027));
    return [
      `{"flight_date":"${date}","fare":"Y"}`,
      `invoice_date=${date} total=${int(10, 999)}.00`,
      `dob=${date}Z${int(10, 99)} parse_error=true`,
    ][i % 3];
  });
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
