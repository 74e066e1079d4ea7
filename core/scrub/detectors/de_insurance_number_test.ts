/**
 * A German health insurance number (a letter and nine digits) or social insurance number (eight
 * digits, the surname's initial, three digits) is masked right after a word that names it, and
 * not after other words of insurance or alone (a social insurance number alone is when its check
 * digit holds: de_pension_number_alone_test.ts).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("German insurance numbers right after their names are masked", () => {
  deepStrictEqual(
    leaksOf([
      ["KVNR: R407163852", "R407163852"],
      ["Krankenversichertennummer H928374656 geprüft", "H928374656"],
      ["eGK-Nummer R407163852 bitte angeben", "R407163852"],
      ['{"versichertennummer":"h928374656"}', "h928374656"],
      ["Versicherten-Nr.: R407163852", "R407163852"],
      ["Rentenversicherungsnummer 53270681K105", "53270681K105"],
      ["svnr=24031192W475 status=ok", "24031192W475"],
      ["My SVNR is 53270681K105 here", "53270681K105"],
      ["SV-Nummer 24031192W475", "24031192W475"],
    ]),
    [],
  );
});

Deno.test("the same layouts elsewhere stay", () => {
  deepStrictEqual(
    changed([
      "R407163852",
      // Alone, a social insurance number is masked when its check digit holds
      // (de_pension_number_alone_test.ts): this one's is wrong.
      "53270681K104",
      "Versicherung abgeschlossen, Auftrag 4711 Kunde K407163852",
      "csv: R407163852 versichert",
      "version R407163852 built",
    ]),
    [],
  );
});
