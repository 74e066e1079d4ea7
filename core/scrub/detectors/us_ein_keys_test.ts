/**
 * A US EIN (`12-3456789`) under `ein`, `fein`, `tax_id` written as a key (`ein=`, `"ein":`,
 * `EIN: `, `<fein>`, `ein = '…'`, a column of an INSERT or a CSV header), or under `employer_id`
 * when the value has the EIN's layout, is masked; the German article `ein` in prose, a word
 * ending in `ein` and an `employer_id` row id stay. EINs generated from a seed.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0xe1);
const int = (n: number) => Math.floor(random() * n);
const pick = <T>(items: readonly T[]): T => items[int(items.length)];
const digits = (n: number) => Array.from({ length: n }, () => String(int(10))).join("");
const scrubber = createScrubber();

/** An EIN: a prefix the IRS assigns (none with a leading 0, which reads as a phone number), a dash, seven digits. */
const ein = () =>
  `${pick(["13", "20", "27", "36", "46", "52", "65", "74", "83", "94", "98"])}-${digits(7)}`;

Deno.test("an EIN under its key, a tax id key or an employer id key is masked", () => {
  const leaks: string[] = [];
  for (let k = 0; k < 40; k++) {
    const v = ein();
    const line = pick([
      `payout requested ein=${v} attempt=1`,
      `{"customer":{"fein":"${v}","status":"active"}}`,
      `W-9 received. EIN: ${v}`,
      `<vendor><fein>${v}</fein></vendor>`,
      `SELECT id FROM vendors WHERE ein = '${v}' LIMIT 1`,
      `payload={'Ein': '${v}', 'source': 'web'}`,
      `tax_id=${v} verified`,
      `{"employer_id":"${v}","plan":"401k"}`,
      `employerId: ${v}`,
      `INSERT INTO vendors (id, fein) VALUES (${int(9999)}, '${v}');`,
      `id,ein,created_at\n${int(9999)},${v},2025-03-01`,
    ]);
    if (scrubber.scrub(line).text.includes(v)) leaks.push(line);
  }
  deepStrictEqual(leaks, []);
});

Deno.test("the article ein in prose, a word ending in ein, an employer_id row id stay", () => {
  const changed: string[] = [];
  for (let k = 0; k < 40; k++) {
    const v = ein();
    for (
      const line of [
        `Es gab ein Fehler ${v} beim Import`,
        `Bitte ein ${v} eingeben`,
        `protein=${v} ok`,
        `Klein: ${v}`,
        `{"employer_id":${digits(9)},"plan":"401k"}`,
        `employer_id=${digits(8)} synced`,
      ]
    ) if (scrubber.scrub(line).text !== line) changed.push(line);
  }
  deepStrictEqual(changed, []);
});
