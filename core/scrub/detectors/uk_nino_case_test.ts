/**
 * A UK National Insurance number is masked in lower case as in capitals (`"ni_number":"ce614283b"`,
 * as a person types it into a form) on a line that names one; its allocation rules hold in either
 * case (no TN, GB, … prefix, suffix A–D).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("a lower-case National Insurance number on a line naming one is masked", () => {
  deepStrictEqual(
    leaksOf([
      ['{"ni_number":"ce614283b"}', "ce614283b"],
      ["national insurance: ce 61 42 83 b", "ce 61 42 83 b"],
      ["NINO jr580317d updated", "jr580317d"],
    ]),
    [],
  );
});

Deno.test("lower-case tokens that break the allocation rules, or with no NINO word, stay", () => {
  deepStrictEqual(
    changed([
      "nino: tn 61 42 83 b",
      "nino: ce614283e",
      "national insurance gb614283a",
      "build ce614283b done",
    ]),
    [],
  );
});
