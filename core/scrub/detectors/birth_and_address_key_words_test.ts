/**
 * More words that name a date of birth (`dogum_tarihi` and `fodelsedatum` as code writes the
 * Turkish and Swedish keys without their letters, `geboren am` and `geboren op` of German and Dutch prose, SAP HR's
 * `GBDAT`) and a postal address (Brazil's `logradouro`, Poland's `ulica`, Hungary's `utca`):
 * the value after them is masked; other dates and values under them stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x3b1f);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const two = (n: number) => String(n).padStart(2, "0");
const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)];
const SYLLABLES = ["ka", "ro", "mi", "sel", "dun", "va", "tor", "ley", "ban", "fi", "quo", "nis"];
const word = () => {
  const w = Array.from({ length: int(2, 3) }, () => pick(SYLLABLES)).join("");
  return w[0].toUpperCase() + w.slice(1);
};
const birth = () => [int(1941, 2006), int(1, 12), int(1, 28)];

Deno.test("a date of birth after dogum_tarihi, fodelsedatum, geboren am or GBDAT is masked", () => {
  const cases = Array.from({ length: 6 }, () => {
    const [y, m, d] = birth();
    const iso = `${y}-${two(m)}-${two(d)}`;
    const dotted = `${two(d)}.${two(m)}.${y}`;
    const compact = `${y}${two(m)}${two(d)}`;
    return [
      [`{"dogum_tarihi":"${dotted}","il":"${word()}"}`, dotted],
      [`fodelsedatum=${iso} kund=${int(1, 999)}`, iso],
      [`note: ${word()} ${word()}, geboren am ${dotted}`, dotted],
      [`E1P0002 PERNR=${int(10000000, 99999999)} GBDAT=${compact} NATIO=DE`, compact],
    ];
  }).flat();
  deepStrictEqual(cases.filter(([line, date]) => scrubber.scrub(line).text.includes(date)), []);
});

Deno.test("a street after logradouro, ulica or utca is masked", () => {
  const cases = Array.from({ length: 6 }, () => {
    const street = [
      `Rua ${word()}, ${int(1, 2999)} - ${word()}`,
      `ul. ${word()} ${int(1, 240)}/${int(1, 40)}`,
      `${word()} utca ${int(1, 120)}.`,
    ];
    return [
      [`{"logradouro":"${street[0]}","cep":"0${int(1000, 9999)}-${int(100, 999)}"}`, street[0]],
      [`ulica="${street[1]}" kod=${two(int(10, 99))}-${int(100, 999)}`, street[1]],
      [`<utca>${street[2]}</utca>`, street[2]],
    ];
  }).flat();
  deepStrictEqual(cases.filter(([line, street]) => scrubber.scrub(line).text.includes(street)), []);
});

Deno.test("other dates and values under those words stay", () => {
  const lines = Array.from({ length: 6 }, () => [
    `{"dogum_tarihi_zorunlu":true,"created":"20${int(10, 26)}-0${int(1, 9)}-1${int(0, 9)}"}`,
    `geboren_flag=false updated=${int(2024, 2026)}-0${int(1, 9)}-1${int(0, 9)}`,
    `{"logradouro_tipo":"Rua","numero_obrigatorio":true}`,
    `ulica=${word()} kod=brak`,
  ]).flat();
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
