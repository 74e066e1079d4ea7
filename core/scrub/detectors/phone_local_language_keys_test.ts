/**
 * Apps in Indonesia, Vietnam, Greece, the Gulf and Turkey name a phone number in their
 * language (`nomor_hp`, `noHp`, `telepon`, `so_dien_thoai`, `sdt`, `sđt`,
 * `τηλέφωνο`, `κινητό`, `جوال`, `رقم الهاتف`, `gsm`), and their national numbers are often
 * written unbroken with the trunk 0 (`081234567890`, `0912345678`, `0501234567`), a layout no
 * pattern takes without a word. Masked after those words (values generated from each numbering
 * plan); amounts, counters and ids under look-alike keys (`amount_usdt`, `max_hp`,
 * `gsm_cell_id`, Brazil's `cep` postal code) stay.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

Deno.test("an unbroken national number under a local-language phone key is masked", () => {
  const r = new Rand(6281);
  const leaks: string[] = [];
  for (let i = 0; i < 60; i++) {
    const [key, number] = r.pick([
      // Indonesia: 08 and a mobile prefix, 10 to 12 digits.
      () => [
        r.pick(["nomor_hp", "no_hp", "noHp", "telepon", "no_telepon"]),
        `08${r.pick(["12", "13", "52", "57"])}${r.digits(r.range(6, 8))}`,
      ],
      // Vietnam: 0 and nine digits.
      () => [
        r.pick(["so_dien_thoai", "soDienThoai", "sdt", "sđt"]),
        `0${r.pick(["9", "3", "7", "8"])}${r.digits(8)}`,
      ],
      // Greece: mobiles 69x, no trunk prefix.
      () => [r.pick(["τηλέφωνο", "κινητό", "τηλ"]), `69${r.digits(8)}`],
      // Saudi Arabia and the Emirates: 05x.
      () => [r.pick(["جوال", "هاتف", "رقم الجوال", "رقم الهاتف"]), `05${r.digits(8)}`],
      // Turkey: 05xx.
      () => ["gsm", `05${r.pick(["32", "42", "55"])}${r.digits(7)}`],
    ])();
    const line = r.pick([
      `{"nama":"Budi","${key}":"${number}","kota":"Bandung"}`,
      `INFO register ${key}=${number} status=ok`,
      `${key}: ${number}`,
    ]);
    if (scrubber.scrub(line).text.includes(number)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("amounts, counters and ids under look-alike keys stay", () => {
  const r = new Rand(6282);
  for (let i = 0; i < 10; i++) {
    for (
      const line of [
        `{"amount_usdt":${r.range(10000000, 999999999)},"fee_usdt":${r.range(1, 99)}}`,
        `{"hp":${r.range(1, 9999)},"max_hp":${r.range(100000000, 999999999)}}`,
        `{"gsm_band":"900","gsm_cell_id":"${r.digits(8)}"}`,
        `{"telepon_verified_at":${r.range(1730000000, 1790000000)}}`,
        `cep=${r.digits(5)}-${r.digits(3)} cidade=Campinas`,
      ]
    ) strictEqual(scrubber.scrub(line).text, line);
  }
});
