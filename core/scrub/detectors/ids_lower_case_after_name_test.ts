/**
 * A passport number, Indian PAN, voter id (EPIC) or VAT number typed in lower case right after
 * its name (`"passport_no":"lk4821937"`, `pan_number=fkmpd7316q`) is masked as in capitals: the
 * name says what it is; the value's own rules (digits, layout, check) still hold.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("identifiers in lower case right after their names are masked", () => {
  deepStrictEqual(
    leaksOf([
      ['{"passport_no":"lk4821937"}', "lk4821937"],
      ["passport number: 34hb71920", "34hb71920"],
      ['{"pan":"fkmpd7316q","status":"ok"}', "fkmpd7316q"],
      ["voter id: rpq7381924 verified", "rpq7381924"],
      ["vat: de271846395 (customer)", "de271846395"],
    ]),
    [],
  );
});

Deno.test("lower-case words after those names stay", () => {
  deepStrictEqual(
    changed([
      "passport number: pending",
      "passport upload failed for user jsmith123",
      "pan: fkmpd73168 rejected",
      "voter id: pending1234",
      "vat: included in subtotal",
      "span fkmpd7316q",
    ]),
    [],
  );
});
