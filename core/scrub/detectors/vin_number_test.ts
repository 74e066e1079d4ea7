/**
 * A vehicle identification number (seventeen characters, no I, O or Q) is masked right after the
 * words that name it (VIN, vehicle identification number, chassis number, Fahrgestellnummer), and
 * stays elsewhere or when it is not seventeen characters long.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("a VIN right after its name is masked", () => {
  deepStrictEqual(
    leaksOf([
      ["VIN: 1FTXK2DE2RG590830", "1FTXK2DE2RG590830"],
      ["vin=3vwf43es7l4091390 mileage=88120", "3vwf43es7l4091390"],
      ['{"vehicle":{"vin":"WBA2DRCJ7N3281948","year":2022}}', "WBA2DRCJ7N3281948"],
      ["Vehicle identification number is 1FTXK2DE2RG590830", "1FTXK2DE2RG590830"],
      ["chassis no. 3VWF43ES7L4091390 registered", "3VWF43ES7L4091390"],
      ["Fahrgestellnummer: WBA2DRCJ7N3281948", "WBA2DRCJ7N3281948"],
    ]),
    [],
  );
});

Deno.test("seventeen characters after other words, or a VIN's name before another length, stay", () => {
  deepStrictEqual(
    changed([
      "1FTXK2DE2RG590830",
      "moving 1FTXK2DE2RG590830 to archive",
      "saving 3VWF43ES7L4091390",
      "VIN: 1FTXK2DE2RG59083",
      "VIN lookup failed: 1FTXK2DE2RG5908301",
      "vin updated by job 3VWF43ES7L4091390",
    ]),
    [],
  );
});

Deno.test("a US or Canadian VIN whose ninth-place check digit is wrong is no VIN and stays", () => {
  deepStrictEqual(
    changed([
      "VIN 4W40925K1N5325387 on file",
      "vin: 2gp70aj0073990229",
      "chassis number 1WSAMFA10H0918393 recorded",
    ]),
    [],
  );
  // The same numbers with their right check digit, and a European VIN, which need not carry one.
  deepStrictEqual(
    leaksOf([
      ["VIN 4W40925K0N5325387 on file", "4W40925K0N5325387"],
      ["vin: 2gp70aj0973990229", "2gp70aj0973990229"],
      ["chassis number 1WSAMFA19H0918393 recorded", "1WSAMFA19H0918393"],
      ["Fahrgestellnummer WF0KXXGCBK7R40213", "WF0KXXGCBK7R40213"],
    ]),
    [],
  );
});
