/**
 * A number under a GS1 serial shipping container code's name (`SSCC 3903…`, 18 digits with
 * GS1's own check digit, which passes Luhn one time in ten) or a session's (coturn's `session
 * 6622…: realm <…>`, 18 digits) is that id, not a card number; a card number after a card's
 * name on such a line is still masked.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { luhnDigit } from "../corpus/pii_values.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(20261213);
/** `prefix` then random digits, `length` in all, the last one Luhn's check digit. */
function luhnNumber(prefix: string, length: number): string {
  let body = prefix;
  while (body.length < length - 1) body += Math.floor(random() * 10);
  return body + luhnDigit(body);
}

Deno.test("an SSCC or a session id that passes Luhn stays", () => {
  const lines: string[] = [];
  for (let i = 0; i < 10; i++) {
    lines.push(`[putaway] pallet SSCC ${luhnNumber("39", 18)} -> location A-28-7-4`);
    lines.push(`sscc=${luhnNumber("36", 18)} status=LOADED`);
    lines.push(`11: (4262): INFO: session ${luhnNumber("6", 18)}: realm <turn.internal> closed`);
    lines.push(`"session": "${luhnNumber("5", 16)}"`);
  }
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("a card number after a card's name is still masked", () => {
  for (let i = 0; i < 10; i++) {
    const card = luhnNumber("4", 16);
    const line = `pallet SSCC paid by card ${card} session ok`;
    ok(!scrubber.scrub(line).text.includes(card), line);
  }
});
