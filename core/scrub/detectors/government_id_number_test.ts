/**
 * A Philippine government number (UMID/CRN, SSS, GSIS, PhilHealth, Pag-IBIG) or a taxpayer
 * identification number (TIN) is masked right after its name, 9, 10 or 12 digits plain or
 * grouped; not after other words, not `tin` inside a word, not a number of another length.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("a Philippine government number or a TIN right after its name is masked", () => {
  deepStrictEqual(
    leaksOf([
      ["UMID: 041722903185", "041722903185"],
      ["CRN 0417-2290318-5 linked", "0417-2290318-5"],
      ["common reference number 0417-2290318-5", "0417-2290318-5"],
      ["sss: 33-4419027-6", "33-4419027-6"],
      ["PhilHealth# 19-250731864-2", "19-250731864-2"],
      ["pag-ibig 1210-9943-0177 updated", "1210-9943-0177"],
      ["gsis 200718345621", "200718345621"],
      ["My TIN is 408-226-391-000", "408-226-391-000"],
      ["tin=274518093", "274518093"],
    ]),
    [],
  );
});

Deno.test("numbers after other words, or of another length, stay", () => {
  deepStrictEqual(
    changed([
      "setting 408226391 applied",
      "routine 408-226-391 done",
      "crn 12345 ok",
      "TIN pending, ticket 408226391000",
      "sss 1234567890123456 overflow",
      "tin: 40822639100 (11 digits)",
      "0417-2290318-5",
    ]),
    [],
  );
});
