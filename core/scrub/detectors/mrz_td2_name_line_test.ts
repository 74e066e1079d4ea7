/**
 * ICAO 9303's first line of an identity card's TD2 zone (36 characters: I, A or C, a type letter or
 * `<`, the issuing state, SURNAME<<GIVEN<NAMES padded with `<`) and of a visa's zone (V, 44): the
 * names are masked as a passport's are; lines of capitals and `<` that hold no name, or are not a
 * zone's length, stay. Names and states generated from a seed.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0x9303);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)];
const letters = (n: number) =>
  Array.from({ length: n }, () => "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[int(26)]).join("");
const scrubber = createScrubber();

/** A first line of `length` for `type`: state, SURNAME<<GIVEN<NAMES, `<` to the end. */
function firstLine(type: string, length: number): { line: string; names: string } {
  const names = `${letters(3 + int(6))}<<${letters(2 + int(6))}${int(2) ? `<${letters(3)}` : ""}`;
  const state = pick(["UTO", "D<<", "FRA", "NLD", letters(3)]);
  return { line: (type + state + names + "<".repeat(44)).slice(0, length), names };
}

Deno.test("the names on an identity card's TD2 first line and a visa's are masked", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 40; k++) {
    const { line: zone, names } = int(4) === 0
      ? firstLine(pick(["V<", "VD"]), 44)
      : firstLine(pick(["I<", "ID", "IR", "AC", "C<"]), 36);
    const line = pick([
      `kyc mrz_line1=${zone} source=scanner`,
      `<mrz>${zone}</mrz>`,
      `{"mrz":["${zone}"]}`,
      zone,
    ]);
    if (scrubber.scrub(line).text.includes(names)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("runs of capitals and < that hold no name or are no zone's length stay", () => {
  const changed: string[] = [];
  for (let k = 0; k < 40; k++) {
    const { line: short } = firstLine(pick(["I<", "ID"]), 33);
    for (
      const line of [
        `kyc mrz_line1=${short} source=scanner`,
        `separator ${"<".repeat(36)} end`,
        `id ${letters(36)} ok`,
        `std::cout << ${letters(5)} << ${int(99)} << std::endl;`,
      ]
    ) if (scrubber.scrub(line).text !== line) changed.push(line);
  }
  deepStrictEqual(changed, []);
});
