/**
 * A postal address under a key that names it in another language and script (Chinese `住址`,
 * Arabic `عنوان` and `العنوان`, Hebrew `כתובת`, Greek `Διεύθυνση`, Hindi `पता`, Thai `ที่อยู่`),
 * also when the next label follows it on the line (`주소=… 결과=성공`, `streetAddress=…; l=…`):
 * the address is masked; other values under those keys, and the label after it, stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x4e91);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)];
// Letters of each script, put together at random: no real street or town.
const LETTERS = {
  han: [..."中山人民建设解放和平东西南北路街"],
  hangul: [..."강남서초테헤란중앙로동구시"],
  arabic: [..."ابتثجحخدذرزسشصضطظعغفقكلمنهوي"],
  hebrew: [..."אבגדהוזחטיכלמנסעפצקרשת"],
  greek: [..."αβγδεζηθικλμνξοπρστυφχψω"],
  devanagari: ["क", "रा", "मी", "सु", "नी", "ता", "वि", "जय", "शा", "प्र", "दे", "ल"],
  thai: [..."กขคงจฉชซดตถทนบปผพฟมยรลวสหอฮ"],
};
const run = (letters: readonly string[], lo: number, hi: number) =>
  Array.from({ length: int(lo, hi) }, () => pick(letters)).join("");
const SYLLABLES = ["ka", "ro", "mi", "sel", "dun", "va", "tor", "ley", "ban", "fi", "quo", "nis"];
const word = () => {
  const w = Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join("");
  return w[0].toUpperCase() + w.slice(1);
};

Deno.test("an address under another language's address key, or before the next label, is masked", () => {
  const cases = Array.from({ length: 6 }, () => {
    const zh = `${run(LETTERS.han, 2, 3)}市${run(LETTERS.han, 2, 3)}区${run(LETTERS.han, 2, 4)}路${
      int(1, 999)
    }号`;
    const ko = `${run(LETTERS.hangul, 2, 3)}시 ${run(LETTERS.hangul, 2, 3)}구 ${
      run(LETTERS.hangul, 2, 4)
    }로 ${int(1, 999)}`;
    const ar = `${run(LETTERS.arabic, 3, 5)} ${run(LETTERS.arabic, 3, 5)}، ${int(10000, 99999)}`;
    const he = `${run(LETTERS.hebrew, 3, 5)} ${int(1, 120)}, ${run(LETTERS.hebrew, 3, 6)}`;
    const el = `Οδός ${run(LETTERS.greek, 4, 7)} ${int(1, 90)}, ${int(100, 999)} ${int(10, 99)}`;
    const hi = `${int(1, 99)}, ${run(LETTERS.devanagari, 2, 4)} मार्ग, ${int(100000, 999999)}`;
    const th = `${int(1, 999)}/${int(1, 99)} ${run(LETTERS.thai, 4, 8)} ${int(10000, 99999)}`;
    const en = `${int(10, 9999)} ${word()} Street`;
    return [
      [`实名认证 住址:${zh} 结果:通过`, zh],
      [`본인확인 주소=${ko} 결과=성공`, ko],
      [`{"العنوان":"${ar}","رقم":"${int(100, 999)}"}`, ar],
      [`عنوان الشحن: ${ar}`, ar],
      [`רישום: כתובת: ${he}`, he],
      [`Πελάτης: - | Διεύθυνση: ${el}`, el],
      [`KYC: पता: ${hi}`, hi],
      [`ลงทะเบียน ที่อยู่: ${th}`, th],
      [`ldap_modify: replace streetAddress=${en}; l=${word()}`, en],
    ];
  }).flat();
  deepStrictEqual(
    cases.filter(([line, address]) => scrubber.scrub(line).text.includes(address)),
    [],
  );
});

Deno.test("values with no house number under those keys stay, as do labels after an address", () => {
  const lines = Array.from({ length: 6 }, () => [
    `实名认证 住址:未填写 结果:失败`,
    `{"العنوان":"","رقم":"${int(100, 999)}"}`,
    `רישום: כתובת: לא ידועה`,
    `Διεύθυνση: - | Κωδικός: ${int(100, 999)}`,
    `KYC: पता: उपलब्ध नहीं`,
    `server_address: app${int(1, 9)} status: ok`,
  ]).flat();
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});
