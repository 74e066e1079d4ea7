/**
 * A name in a script without capitals under a key that names a person's name: Thai and Hebrew
 * (`"full_name":"<Thai given> <Thai family>"`), and Chinese, Japanese or Korean also under a key
 * that names one part of it (`"last_name":"…"`, `名字`, `이름`), each word up to twelve
 * characters; such text under other keys stays.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x5c71);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)];
// Letters of each script, put together at random: no real name.
const SCRIPTS = {
  thai: [..."กขคงจฉชซดตถทนบปผพฟมยรลวสหอฮ"],
  thaiMarks: [..."ะาิีุูเแโั่้"],
  hebrew: [..."אבגדהוזחטיכלמנסעפצקרשת"],
  hangul: [..."민준서연지훈하은도윤수아건우"],
  han: [..."伟芳娜敏静丽强磊军洋勇艳杰涛"],
};
const thai = () =>
  Array.from(
    { length: int(3, 6) },
    () => pick(SCRIPTS.thai) + (random() < 0.5 ? pick(SCRIPTS.thaiMarks) : ""),
  )
    .join("");
const run = (letters: readonly string[], lo: number, hi: number) =>
  Array.from({ length: int(lo, hi) }, () => pick(letters)).join("");
const names = () => [
  `${thai()} ${thai()}`,
  `${run(SCRIPTS.hebrew, 3, 6)} ${run(SCRIPTS.hebrew, 3, 6)}`,
];

Deno.test("a Thai or Hebrew name under a name key, a CJK one under a name-part key, is masked", () => {
  const cases = Array.from({ length: 8 }, (_, i) => {
    const [th, he] = names();
    const [ko, zh1, zh2] = [
      run(SCRIPTS.hangul, 2, 3),
      run(SCRIPTS.han, 2, 3),
      run(SCRIPTS.han, 2, 2),
    ];
    return [
      [`{"full_name":"${th}","tier":"gold"}`, th],
      [`customer="${he}" attempt=${i}`, he],
      [`{"first_name":"${th.split(" ")[0]}","plan":"pro"}`, th.split(" ")[0]],
      [`<last_name>${he.split(" ")[1]}</last_name>`, he.split(" ")[1]],
      [`{"이름":"${ko}"}`, ko],
      [`名字: ${zh1}`, zh1],
      [`{"last_name":"${zh2}","plan":"pro"}`, zh2],
    ];
  }).flat();
  deepStrictEqual(cases.filter(([line, value]) => scrubber.scrub(line).text.includes(value)), []);
});

Deno.test("Thai, Hebrew or CJK text under other keys stays", () => {
  const lines = Array.from({ length: 8 }, () => {
    const [th, he] = names();
    return [
      `{"message":"${th}","lang":"th"}`,
      `title="${he}" views=${int(1, 999)}`,
      `{"category":"${run(SCRIPTS.han, 2, 4)}"}`,
    ];
  }).flat();
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
