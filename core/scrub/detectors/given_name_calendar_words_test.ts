/**
 * A given name before `day` or `date` in lower case is a calendar's word, not a person
 * (`the Julian day number`): person-name-given-family leaves it. The name before
 * anything else, `Day` in capitals (a family name) or a longer word (`dated`), is still masked.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("a given name before a lower-case day or date is no person", () => {
  const lines = [
    "Convert the timestamp to a Julian day number first.",
    "    jd = to_julian(ts)  # the Julian date, in days since noon",
  ];
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("a given name before a family name Day, a longer word or nothing is still masked", () => {
  const cases = [
    ["Reviewed by Julian Day on Monday.", "Julian"],
    ["Julian dated the report on Friday.", "Julian"],
    ["Thanks to Julian for the patch.", "Julian"],
    ["Maria daydreams in meetings.", "Maria"],
  ];
  deepStrictEqual(cases.filter(([line, name]) => scrubber.scrub(line).text.includes(name)), []);
});
