/**
 * A magnetic stripe's track data as card readers log it (ISO/IEC 7813): track 1's `%B`, the card
 * number, `^SURNAME/GIVEN^`, expiry, service code and discretionary data; track 2's `;`, the card
 * number, `=`, the same. The card number is masked in either, alone or both tracks in one string;
 * percent-encoded text with `%B` before digits stays. Cards generated from a seed (Luhn).
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";
import { card } from "../corpus/pii_locales7_ids.ts";

const random = seededRandom(0x7813);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)];
const digits = (n: number) => Array.from({ length: n }, () => int(10)).join("");
const scrubber = createScrubber();

Deno.test("the card number in a magnetic stripe's track 1 or 2 is masked", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 40; k++) {
    const [prefix, length] = pick(
      [["4", 16], ["51", 16], ["2221", 16], ["37", 15], ["6011", 16]] as const,
    );
    const pan = card(random, prefix, length);
    const expiry = `${20 + int(10)}${String(1 + int(12)).padStart(2, "0")}${
      pick(["101", "201", "120"])
    }`;
    const name = `${pick(["SMITH", "DUBOIS", "TANAKA"])}/${pick(["ANNA", "RAVI", "LI"])}`;
    const track1 = `%B${pan}^${name}^${expiry}${digits(8)}?`;
    const track2 = `;${pan}=${expiry}${digits(9)}?`;
    const data = pick([track1, track2, track1 + track2]);
    const line = pick([
      `pos.swipe track=${data} reader=ok`,
      `{"track_data":"${data}","entry_mode":"swipe"}`,
      `MSR read: ${data}`,
      data,
    ]);
    if (scrubber.scrub(line).text.includes(pan)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("percent-encoded text with %B before digits stays", () => {
  const changed: string[] = [];
  for (let k = 0; k < 20; k++) {
    for (
      const line of [
        `GET /search?q=%C3%B${int(10)}rn%20${digits(3)}&page=${int(9)} 200`,
        `name=%C2%B${int(10)}${digits(6)} saved`,
      ]
    ) if (scrubber.scrub(line).text !== line) changed.push(line);
  }
  deepStrictEqual(changed, []);
});
