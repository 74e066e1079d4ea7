/**
 * A German tax number (Steuernummer: 13 digits, 10 or 11 plain, or a state's layout with slashes)
 * is masked right after Steuernummer / Steuer-Nr. / St.-Nr. / StNr, and not after other words.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const leaksOf = (cases: [string, string][]) =>
  cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)).map(([l]) => l);
const changed = (lines: string[]) => lines.filter((l) => scrubber.scrub(l).text !== l);

Deno.test("a Steuernummer right after its name is masked", () => {
  deepStrictEqual(
    leaksOf([
      ["Steuernummer: 4671093825017 wurde vergeben", "4671093825017"],
      ["St.-Nr. 147/552/30918 bitte angeben", "147/552/30918"],
      ["StNr 93/417/26085", "93/417/26085"],
      ["Steuer-Nr.: 3045821976", "3045821976"],
      ['{"steuernummer":"147/552/30918"}', "147/552/30918"],
      ["St.Nr. 93/4172/60851", "93/4172/60851"],
    ]),
    [],
  );
});

Deno.test("the same layouts after other words stay", () => {
  deepStrictEqual(
    changed([
      "Steuer-ID fehlt, Beleg 93/417/26085",
      "Main St 147/552/30918",
      "steuer 2024/01/15",
      "Steuernummer fehlt, Datei 93/417/26085",
      "147/552/30918",
    ]),
    [],
  );
});
