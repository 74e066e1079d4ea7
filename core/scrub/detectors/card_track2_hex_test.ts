/**
 * Track 2 equivalent data in hex, as EMV tag 57 and ISO 8583's field 35 carry it: the card number,
 * `D` (track 2's `=`), expiry, service code and discretionary data (`4539…6467D2912201…`). The card
 * number is masked (cards generated from a seed, Luhn); a card-shaped number glued to other
 * letters stays.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";
import { card } from "../corpus/pii_locales7_ids.ts";

const random = seededRandom(0x5707);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)];
const digits = (n: number) => Array.from({ length: n }, () => int(10)).join("");
const scrubber = createScrubber();

Deno.test("the card number of hex track 2 data (D separator) is masked", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 40; k++) {
    const [prefix, length] = pick(
      [["4", 16], ["51", 16], ["2221", 16], ["37", 15], ["6011", 16], ["3530", 16]] as const,
    );
    const pan = card(random, prefix, length);
    const data = `${pan}D${20 + int(10)}${String(1 + int(12)).padStart(2, "0")}${
      pick(["101", "201", "221"])
    }${digits(5 + int(9))}${pick(["", "F"])}`;
    const line = pick([
      `F035 TRACK2: ${data} F041 TID: ${digits(8)}`,
      `<field id="35" value="${data}"/>`,
      `EMV 57=${data} 5F34=01`,
      `{"track2Equivalent":"${data}"}`,
    ]);
    if (scrubber.scrub(line).text.includes(pan)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("a card-shaped number glued to other letters stays", () => {
  const pan = card(random, "4", 16);
  for (const line of [`ref ${pan}DX20 ok`, `ref ${pan}D29 ok`, `ref ${pan}E2912201 ok`]) {
    strictEqual(scrubber.scrub(line).text, line);
  }
});
