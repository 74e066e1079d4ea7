/**
 * Pairs of digits inside a run of spaced byte pairs are bytes of a dump (a Modbus frame
 * `Tx: 00 f5 00 00 00 06 01 03 00 00 00 02`, a CAN or serial trace), not a telephone number
 * written in pairs; a number in pairs with no byte pair beside it (`Tél : 06 12 34 56 78`) is
 * still masked.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(20261211);
/** A byte as a dump prints it: two hex digits, in lower or upper case. */
const byte = (upper: boolean) => {
  const text = Math.floor(random() * 256).toString(16).padStart(2, "0");
  return upper ? text.toUpperCase() : text;
};
const bytes = (n: number, upper = false) => Array.from({ length: n }, () => byte(upper)).join(" ");

Deno.test("digit pairs between a dump's byte pairs stay", () => {
  const lines = [
    "Tx: 00 f5 00 00 00 06 01 03 00 00 00 02",
    "Rx: 00 14 00 00 00 07 01 03 04 00 00 00 02",
  ];
  for (let i = 0; i < 20; i++) {
    const upper = i % 2 === 1;
    // The pair right before holds a digit (an all-letter one may be a word: `de`, `be`).
    const before = [bytes(i % 4, upper), `${byte(upper)[0]}${i % 10}`].join(" ").trim();
    lines.push(`Tx: ${before} 06 01 03 00 00 ${bytes(2, upper)}`);
    lines.push(`<- ${before} 01 23 45 67 89`);
    lines.push(`03 21 45 67 80 ${(10 + i).toString()} ${bytes(3, upper)}`);
  }
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("a number written in pairs with no byte pair beside it is still masked", () => {
  for (
    const line of [
      "Tél : 06 12 34 56 78",
      "phone: 01 23 45 67 89 (office)",
      "contact 06 12 34 56 78 24h/24",
      "rappel au 04 72 10 30 30.",
      "appelez le 01 23 45 67 89 de 9h à 18h",
      "Appel de 06 12 34 56 78 vers le standard",
      "fax be 01 23 45 67 89",
    ]
  ) {
    const number = /0\d(?: \d\d){4}/.exec(line)![0];
    ok(!scrubber.scrub(line).text.includes(number), line);
  }
});
