/**
 * A date of birth under a bare `birth` key (a census form's `birth=19580722`) or the Ukrainian
 * `дата_народження` is masked; other dates, and other values under those keys, stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x6d21);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const two = (n: number) => String(n).padStart(2, "0");

Deno.test("a date under birth or дата_народження is masked", () => {
  const cases = Array.from({ length: 6 }, () => {
    const [y, m, d] = [int(1941, 2006), int(1, 12), int(1, 28)];
    const compact = `${y}${two(m)}${two(d)}`;
    const dotted = `${two(d)}.${two(m)}.${y}`;
    return [
      [
        `household_member seq=${int(1, 6)} relation=spouse birth=${compact} occupation=clerk`,
        compact,
      ],
      [`{"birth":"${y}-${two(m)}-${two(d)}","sex":"F"}`, `${y}-${two(m)}-${two(d)}`],
      [`{"піб":null,"дата_народження":"${dotted}","посада":"бухгалтер"}`, dotted],
    ];
  }).flat();
  deepStrictEqual(cases.filter(([line, date]) => scrubber.scrub(line).text.includes(date)), []);
});

Deno.test("other values under birth, and other dates, stay", () => {
  const lines = Array.from({ length: 6 }, () => [
    `household_member seq=${int(1, 6)} birth=unknown updated=${int(2020, 2026)}-0${int(1, 9)}-1${
      int(0, 9)
    }`,
    `{"birth_weight_kg":${int(2, 4)}.${int(0, 9)},"ward":"${int(1, 9)}B"}`,
    `{"дата_народження":null,"оновлено":"${int(2020, 2026)}-0${int(1, 9)}-1${int(0, 9)}"}`,
  ]).flat();
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});
