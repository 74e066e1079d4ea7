/**
 * Right after the word IBAN, a value of an IBAN country's registered length is masked even when
 * its check digits fail (a mistyped IBAN is still someone's account); without the word (another
 * payment word, or none) only a valid one is.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("a mistyped IBAN right after the word IBAN is masked", () => {
  deepStrictEqual(
    leaksOf([
      ["IBAN: DE25 0511 7363 2737 4397 56", "DE25 0511 7363 2737 4397 56"],
      ["iban=es2781277816379318209174 rejected", "es2781277816379318209174"],
      ["IBAN invalid: GB15MIDL51860757222546", "GB15MIDL51860757222546"],
      ['{"iban":"FR1385796648180804502950865","status":"failed"}', "FR1385796648180804502950865"],
      ["customer IBAN NL81 RABO 8405 8810 54, name on file", "NL81 RABO 8405 8810 54"],
      ["IBAN check failed: IT24K7754815764620722630084", "IT24K7754815764620722630084"],
    ]),
    [],
  );
});

Deno.test("a mistyped IBAN with no word IBAN right before it stays", () => {
  deepStrictEqual(
    changed([
      "DE25 0511 7363 2737 4397 56",
      "payee ref de25051173632737439756 rejected",
      "payee CH56 0483 5012 3456 7800 3",
      "IBAN updated, ref DE25051173632737439756",
      // Not of a registered length: too short for a German IBAN.
      "IBAN DE2505117363273743975",
      "IBAN XY25051173632737439756",
    ]),
    [],
  );
});
