/**
 * A person's gender, sex, ethnicity, race or religion under a key naming it (all PII: special
 * categories of personal data), in the syntaxes logs write keys in: generated values of one to
 * three words are masked, the line around them kept; the same keys as settings, nulls and prose
 * stay.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const KEYS = ["gender", "sex", "ethnicity", "race", "religion", "patient_sex", "Gender"];
const SYLLABLES = ["ka", "lo", "ve", "mir", "dan", "os", "tu", "ren", "bi", "gha", "sel", "no"];
/** A value made of syllables, one to three words, capitalised or not (`Kalo Veren`, `mirdan`). */
function value(random: () => number): string {
  const pick = <T>(a: readonly T[]) => a[Math.floor(random() * a.length)];
  const word = () =>
    Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join("");
  const words = Array.from({ length: 1 + Math.floor(random() * 3) }, word);
  return random() < 0.5
    ? words.map((w) => w[0].toUpperCase() + w.slice(1)).join(" ")
    : words.join(" ");
}
const FORMS = [
  (k: string, v: string) => `{"id":981,"${k}":"${v}","plan":"pro"}`,
  (k: string, v: string) => `{"body":"{\\"${k}\\":\\"${v}\\",\\"n\\":2}"}`,
  (k: string, v: string) => `ts=2025-03-01 ${k}="${v}" duration_ms=12`,
  (k: string, v: string) => `<ns:${k}>${v}</ns:${k}>`,
  (k: string, v: string) => `WHERE id = 7 AND ${k} = '${v}' LIMIT 1`,
  (k: string, v: string) => `${k}: ${v}, status: ok`,
  (k: string, v: string) => `member ${k}[${v}] status[retry]`,
  (k: string, v: string) =>
    `GET /verify?${k}=${encodeURIComponent(v).replaceAll("%20", "+")}&lang=en`,
];

Deno.test("an attribute's value under a key naming it is masked in each syntax", () => {
  const random = seededRandom(20251207);
  const leaks: string[] = [];
  for (const form of FORMS) {
    for (const key of KEYS) {
      const v = value(random);
      const line = form(key, v);
      const out = scrubber.scrub(line).text;
      const words = v.split(" ");
      const [before, after] = line.split(
        form === FORMS[7] ? encodeURIComponent(v).replaceAll("%20", "+") : v,
      );
      if (words.some((w) => out.includes(w)) || !out.startsWith(before) || !out.endsWith(after)) {
        leaks.push(out);
      }
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("the same keys as settings, nulls, other words and prose stay", () => {
  const benign = [
    "go test -race ./... race=true",
    '{"gender":null,"sex":"none","religion":"unknown"}',
    "race condition detected in scheduler (goroutine 41)",
    "unisex=yes gender_neutral=true",
    '{"orientation":"landscape","race_detector":false}',
    "Age: 120",
  ];
  deepStrictEqual(benign.map((line) => scrubber.scrub(line).text), benign);
});
