/**
 * A given or family name under a key that names it in short English forms
 * (`fname`, `lname`, `forename`) or in other languages (`sobrenome`, `cognome`,
 * `nazwisko`, `soyadı`, `achternaam`, `efternamn`, `фамилия` …) is masked; a lower-case or
 * technical value under those keys stays.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const random = seededRandom(0x7a3e);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)];
const LATIN = ["ka", "rö", "mi", "sel", "dun", "vá", "tor", "ley", "ban", "fi", "quo", "nis", "żo"];
const CYRILLIC = ["ка", "ро", "ми", "сел", "дун", "ва", "тор", "лей", "бан"];
const word = (syllables: readonly string[]) => {
  const w = Array.from({ length: int(2, 3) }, () => pick(syllables)).join("");
  return w[0].toUpperCase() + w.slice(1);
};
const KEYS = [
  "fname",
  "lname",
  "forename",
  "nome",
  "sobrenome",
  "cognome",
  "imie",
  "nazwisko",
  "soyad",
  "soyadı",
  "voornaam",
  "achternaam",
  "förnamn",
  "efternamn",
];
const CARRIERS = [
  (k: string, v: string) => `{"id":${int(1, 9999)},"${k}":"${v}","status":"active"}`,
  (k: string, v: string) => `${k}=${v} record=${int(1, 9999)}`,
  (k: string, v: string) => `<${k}>${v}</${k}>`,
  (k: string, v: string) => `${k}: ${v}`,
];

Deno.test("a name under a short English or another language's name-part key is masked", () => {
  const cases = [
    ...KEYS.map((k) => [k, word(LATIN)]),
    ["имя", word(CYRILLIC)],
    ["фамилия", word(CYRILLIC)],
  ].map(([key, name], i) => [CARRIERS[i % CARRIERS.length](key, name), name]);
  deepStrictEqual(cases.filter(([line, name]) => scrubber.scrub(line).text.includes(name)), []);
});

Deno.test("a lower-case or technical value under those keys stays", () => {
  const lines = KEYS.flatMap((k, i) => [
    CARRIERS[i % CARRIERS.length](k, pick(["required", "optional", "string", "text"])),
    `${k}_max_length=${int(20, 120)} validated=true`,
  ]);
  deepStrictEqual(lines.filter((l) => scrubber.scrub(l).text !== l), []);
});
