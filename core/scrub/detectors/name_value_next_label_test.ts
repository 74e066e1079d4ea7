/**
 * A name under its key ends at a `|` between fields (`Πελάτης: … | ΑΦΜ: …`) or before the next
 * label and its `:` (`姓名:王伟 身份证号:…`, `Name: Jane Doe Born: …`, a Thai label with its vowel
 * marks), as it did before a `=`:
 * the name is masked, the label after it stays.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x1ab7);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)];
const SYLLABLES = ["ka", "ro", "mi", "sel", "dun", "va", "tor", "ley", "ban", "fi", "quo", "nis"];
const word = () => {
  const w = Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join("");
  return w[0].toUpperCase() + w.slice(1);
};
const HAN = [..."伟芳娜敏静丽强磊军洋勇艳杰涛"];
const han = () => Array.from({ length: int(2, 3) }, () => pick(HAN)).join("");
const THAI = [..."กขคงจฉชซดตถทนบปผพฟมยรลวสหอฮ"];
const thai = () => Array.from({ length: int(3, 6) }, () => pick(THAI)).join("");

Deno.test("a name before a `|` or the next label's `:` is masked", () => {
  const cases = Array.from({ length: 6 }, () => {
    const [latin, zh, th] = [`${word()} ${word()}`, han(), thai()];
    return [
      [`patient_name: ${latin} | ward: ${int(1, 9)}`, latin],
      [`姓名:${zh} 证件号:${int(1000, 9999)} 结果:通过`, zh],
      [`full_name: ${latin} born: unknown`, latin],
      // the next label is a Thai word with vowel marks (ประจำ)
      [`นามสกุล: ${th} เลขประจำตัว: ${int(1000, 9999)}`, th],
    ];
  }).flat();
  deepStrictEqual(cases.filter(([line, name]) => scrubber.scrub(line).text.includes(name)), []);
});

Deno.test("a label after a name key's empty or technical value stays", () => {
  const lines = Array.from({ length: 6 }, () => [
    `full_name: - | ward: ${int(1, 9)}`,
    `customer_name: null status: ok attempt: ${int(1, 9)}`,
    `姓名: 证件号:${int(1000, 9999)} 结果:失败`,
  ]).flat();
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});
