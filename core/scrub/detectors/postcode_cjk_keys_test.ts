/**
 * A postcode under the Japanese `郵便番号`, Chinese `邮编` or Korean `우편번호` key is masked, with
 * or without Japan's postal mark `〒`; other values under them, and a postcode after `〒` with no
 * key (a warehouse's address in prose), stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x3c0d);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

Deno.test("a postcode under 郵便番号, 邮编 or 우편번호 is masked", () => {
  const cases = Array.from({ length: 6 }, () => {
    const jp = `${int(100, 999)}-${String(int(0, 9999)).padStart(4, "0")}`;
    const cn = String(int(100000, 999999));
    const kr = String(int(10000, 63999));
    return [
      [`{"氏名":null,"郵便番号":"〒${jp}","会員ランク":"ゴールド"}`, jp],
      [`郵便番号: ${jp}`, jp],
      [`{"收货人":"","邮编":"${cn}","商品":"茶"}`, cn],
      [`우편번호=${kr} 결과=성공`, kr],
    ];
  }).flat();
  deepStrictEqual(cases.filter(([line, code]) => scrubber.scrub(line).text.includes(code)), []);
});

Deno.test("other values under those keys, and a postcode after 〒 alone, stay", () => {
  const lines = Array.from({ length: 6 }, () => [
    `{"郵便番号":"","会員ランク":"ゴールド"}`,
    `{"邮编":null,"商品":"茶"}`,
    `INFO 在庫を更新しました: 物流センター 〒${int(100, 999)}-000${int(1, 9)}, ${
      int(2, 400)
    } pallets`,
  ]).flat();
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});
