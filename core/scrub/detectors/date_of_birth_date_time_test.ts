/**
 * A date of birth serialised as a date-time (`"birthDate":"1988-09-13T00:00:00.000Z"`, as a
 * JSON serialiser writes a date object, .NET's `1988-09-13T00:00:00`) has its date masked under
 * a key naming a birth date; a date-time under another key, and a date with other characters
 * glued after it, stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0xb1d7);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const two = (n: number) => String(n).padStart(2, "0");
const dates = Array.from(
  { length: 12 },
  () => `${int(1940, 2006)}-${two(int(1, 12))}-${two(int(1, 28))}`,
);
const TIMES = ["T00:00:00Z", "T00:00:00.000Z", "T00:00:00", "T00:00:00+02:00"];

Deno.test("a birth date written as a date-time has its date masked", () => {
  const cases = dates.flatMap((date, i) => {
    const value = date + TIMES[i % TIMES.length];
    return [
      `{"id":${int(1, 999)},"birthDate":"${value}","plan":"pro"}`,
      `<ns2:DOB>${value}</ns2:DOB>`,
      `applicant.date_of_birth=${value} status=pending`,
    ].map((line) => [line, date]);
  });
  deepStrictEqual(cases.filter(([line, date]) => scrubber.scrub(line).text.includes(date)), []);
});

Deno.test("a date-time under another key, and a date with letters or digits glued after it, stay", () => {
  const lines = dates.flatMap((date, i) => [
    `{"createdAt":"${date}${TIMES[i % TIMES.length]}","birth_year_verified":true}`,
    `dob=${date}Tx${int(1, 9)} result=skipped`,
    `dob=${date}${int(10, 99)} parse_error=true`,
  ]);
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
