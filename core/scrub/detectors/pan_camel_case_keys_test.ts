/**
 * An Indian PAN under its camel-case key (`panNo`, `"panNumber":"`, `<PanNumber>`, Go's `PanNo:`,
 * found by ../corpus/pii_ids17.jsonl): the key folds to `panno` / `pannumber`, which the
 * detector's words now hold, so the line is read and the value masked as after `pan_no`. The same
 * letters inside another word (`spanNo=`, `japanNumber=`) name no PAN. Values are seeded in the
 * PAN's layout (five letters, the fourth the holder type, four digits, a letter).
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const random = seededRandom(5151);
const pick = (alphabet: string) => alphabet[Math.floor(random() * alphabet.length)];
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const pan = () =>
  pick(UPPER) + pick(UPPER) + pick(UPPER) + pick("ABCFGHJLPT") + pick(UPPER) +
  [0, 1, 2, 3].map(() => pick("0123456789")).join("") + pick(UPPER);

Deno.test("a PAN under its camel-case key is masked", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 10; k++) {
    for (
      const carrier of [
        (v: string) => `{"requestId":"req_8d1f0a","panNo":"${v}","verified":true}`,
        (v: string) => `<Applicant><PanNumber>${v}</PanNumber></Applicant>`,
        (v: string) => `Customer(id=88123, panNumber=${v}, status=ACTIVE)`,
        (v: string) => `saved: &{ID:88123 PanNo:${v} Country:IN}`,
      ]
    ) {
      const v = pan();
      if (scrub(carrier(v)).includes(v)) leaks.push(carrier(v));
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("the same letters inside another word name no PAN", () => {
  const changed: string[] = [];
  for (let k = 0; k < 10; k++) {
    for (const line of [`trace spanNo=${pan()} ok`, `region japanNumber=${pan()} ok`]) {
      if (scrub(line) !== line) changed.push(line);
    }
  }
  deepStrictEqual(changed, []);
});
