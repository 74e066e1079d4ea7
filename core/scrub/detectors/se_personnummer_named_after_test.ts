/**
 * A Swedish personnummer is masked with the words naming it after it (`<number> är mitt pnr`), in
 * any of its layouts, when its date and Luhn digit hold; a wrong check digit, another verb or no
 * possessive leaves the line as it is.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { personnummer, Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();
const r = new Rand(0x5e7);
/** Generated numbers in the three layouts: YYYYMMDD-NNNN, YYMMDD-NNNN, and either unbroken. */
const numbers = Array.from({ length: 12 }, (_, i) => {
  const n = personnummer(r, i % 2 === 0);
  return i % 3 === 0 ? n.replace("-", "") : n;
});
const PHRASES = ["är mitt pnr", "är hans personnummer", "var hennes personnr", "är ditt p-nr"];

Deno.test("a personnummer before `är mitt pnr` and its kin is masked", () => {
  const leaks = numbers.flatMap((n, i) => {
    const line = `${n} ${PHRASES[i % PHRASES.length]}.`;
    return scrubber.scrub(line).text.includes(n) ? [line] : [];
  });
  deepStrictEqual(leaks, []);
});

Deno.test("a wrong check digit, or other words after the number, leave it", () => {
  const wrong = (n: string) => n.slice(0, -1) + ((Number(n.at(-1)) + 1) % 10);
  const lines = numbers.flatMap((n) => [
    `${wrong(n.replace("-", ""))} är mitt pnr`,
    `${n.replace("-", "")} är inte mitt pnr`,
    `${n.replace("-", "")} skickad, pnr saknas`,
  ]);
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
