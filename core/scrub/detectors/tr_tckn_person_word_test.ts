/**
 * A Turkish identity number after kişi (person: `birinci kişi: …, ikinci kişi: …`), both check
 * digits right, is masked; a wrong check digit, or the number with no naming word, stays. Values
 * generated with their check digits by the corpus kit.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { Rand, tckn } from "../corpus/pii_redteam3_values.ts";

const scrubber = createScrubber();

Deno.test("a TCKN after kişi is masked, each of a list", () => {
  const r = new Rand(611);
  const leaks: string[] = [];
  for (let i = 0; i < 30; i++) {
    const a = tckn(r), b = tckn(r);
    for (
      const line of [
        `Birinci kişi: ${a}, ikinci kişi: ${b}`,
        `kişi ${a} kaydedildi`,
        `{"kişi_no":"${a}"}`,
      ]
    ) {
      const out = scrubber.scrub(line).text;
      if (out.includes(a) || out.includes(b)) leaks.push(line);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("after kişi, a number whose check digits fail stays", () => {
  const r = new Rand(612);
  const lines: string[] = [];
  for (let i = 0; i < 30; i++) {
    const v = tckn(r);
    const wrong = v.slice(0, 10) + String((Number(v[10]) + 1 + r.range(0, 8)) % 10);
    lines.push(`kişi: ${wrong}`, `kişi sayısı ${v.slice(0, 9)}`);
  }
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
