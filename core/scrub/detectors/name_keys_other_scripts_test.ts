/**
 * A name under a key that names it in another language and script (the Ukrainian `ПІБ`, `名前`,
 * a parcel's `收货人` and `收件人`, Greek `Ονοματεπώνυμο` and `Πελάτης`, Arabic `الاسم`, Hebrew
 * `שם` and `שם מלא`, Hindi `नाम`, Thai `ชื่อ` and `นามสกุล`), in Arabic or Devanagari letters
 * too (one to four words), or with a Japanese given name in hiragana: the name is masked; other
 * text under those keys, and those scripts' words under other keys, stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x2c4d);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)];
// Letters of each script, put together at random: no real name.
const LETTERS = {
  arabic: [..."ابتثجحخدذرزسشصضطظعغفقكلمنهوي"],
  devanagari: ["क", "रा", "मी", "सु", "नी", "ता", "वि", "जय", "शा", "प्र", "दे", "ल"],
  hiragana: [
    ..."あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもゆよらりるれろわ",
  ],
  han: [..."伟芳娜敏静丽强磊军洋勇艳杰涛"],
  thai: [..."กขคงจฉชซดตถทนบปผพฟมยรลวสหอฮ"],
  hebrew: [..."אבגדהוזחטיכלמנסעפצקרשת"],
  greekUpper: [..."ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"],
  greekLower: [..."αβγδεζηθικλμνξοπρστυφχψω"],
  cyrillicUpper: [..."АБВГДЕЖЗІКЛМНОПРСТУФХЦЧШ"],
  cyrillicLower: [..."абвгдежзіклмнопрстуфхцчш"],
};
const run = (letters: readonly string[], lo: number, hi: number) =>
  Array.from({ length: int(lo, hi) }, () => pick(letters)).join("");
const cased = (upper: readonly string[], lower: readonly string[]) =>
  `${pick(upper)}${run(lower, 3, 8)} ${pick(upper)}${run(lower, 4, 9)}`;
const words = (letters: readonly string[], n: number) =>
  Array.from({ length: n }, () => run(letters, 3, 5)).join(" ");

Deno.test("a name under another language's name key is masked", () => {
  const cases = Array.from({ length: 6 }, (_, i) => {
    const ar = words(LETTERS.arabic, int(2, 4));
    const hi = words(LETTERS.devanagari, int(2, 3));
    const ja = `${run(LETTERS.han, 1, 2)} ${run(LETTERS.hiragana, 2, 3)}`;
    const zh = run(LETTERS.han, 2, 3);
    const th = `${run(LETTERS.thai, 3, 6)} ${run(LETTERS.thai, 3, 6)}`;
    const he = words(LETTERS.hebrew, 2);
    const el = cased(LETTERS.greekUpper, LETTERS.greekLower);
    const uk = cased(LETTERS.cyrillicUpper, LETTERS.cyrillicLower);
    return [
      [`{"الاسم":"${ar}","رقم":"${int(1000, 9999)}"}`, ar],
      [`KYC: नाम: ${hi}, संदर्भ: ${int(1000, 9999)}`, hi],
      [`{"名前":"${ja}","ランク":"ゴールド"}`, ja],
      [`{"收货人":"${zh}","邮编":"${int(100000, 999999)}"}`, zh],
      [`收件人: ${zh} 电话: 已隐藏`, zh],
      [`ลงทะเบียน ชื่อ-นามสกุล: ${th} หมายเลข: ${i}`, th],
      [`רישום: שם מלא: ${he}, מספר ${int(100, 999)}`, he],
      [`Ονοματεπώνυμο: ${el} | Κωδικός: ${int(100, 999)}`, el],
      [`Πελάτης: ${el} | Κωδικός: ${int(100, 999)}`, el],
      [`{"ПІБ":"${uk}","посада":"бухгалтер"}`, uk],
    ];
  }).flat();
  deepStrictEqual(cases.filter(([line, name]) => scrubber.scrub(line).text.includes(name)), []);
});

Deno.test("other text under those keys, and those scripts under other keys, stay", () => {
  const lines = Array.from({ length: 6 }, () => [
    `{"الاسم":"","رقم":"${int(1000, 9999)}"}`,
    `{"الحالة":"${words(LETTERS.arabic, 2)}","رقم":"${int(1000, 9999)}"}`,
    `{"स्थिति":"${words(LETTERS.devanagari, 2)}"}`,
    `{"名前":null,"ランク":"ゴールド"}`,
    `{"商品":"${run(LETTERS.hiragana, 3, 5)}","在庫":${int(1, 99)}}`,
    `Ονοματεπώνυμο: - | Κωδικός: ${int(100, 999)}`,
    `{"посада":"${cased(LETTERS.cyrillicUpper, LETTERS.cyrillicLower)}"}`,
  ]).flat();
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});
