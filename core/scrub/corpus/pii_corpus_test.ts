/**
 * The PII corpus (./pii.jsonl, written by ./gen_pii.ts) through the whole default engine:
 * personal data of every kind, generated valid by its own rule, is masked in JSON, key=value
 * and prose lines; every benign line in every syntax comes out unchanged. CSV rows (whose key
 * names sit on the header line) and URL-encoded query values are measured by the scorer only.
 * The stored corpus must be what the generator writes.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { CORPUS_FILE, corpusText, generatePiiCases, type PiiCase } from "./gen_pii.ts";

const cases = await generatePiiCases();
const scrubber = createScrubber();

Deno.test("the stored PII corpus is the generator's output (run gen_pii.ts after a change)", async () => {
  strictEqual(await Deno.readTextFile(CORPUS_FILE), corpusText(cases));
});

Deno.test("the corpus holds every kind in every syntax, and benign lines of each", () => {
  const pii = cases.filter((c) => c.kind === "pii");
  ok(pii.length >= 500 && cases.length - pii.length >= 150, `${cases.length} cases`);
  ok(new Set(pii.map((c) => c.type)).size >= 50, "kinds of personal data");
  for (const syntax of ["json", "logfmt", "prose", "csv", "url"]) {
    ok(cases.some((c) => c.kind === "benign" && c.syntax === syntax), `benign ${syntax}`);
  }
});

const leaked = (c: PiiCase) => {
  const out = scrubber.scrub(c.text).text;
  return c.secrets.some((s) => out.includes(s));
};

for (const syntax of ["json", "logfmt", "prose"]) {
  Deno.test(`personal data written as ${syntax} is masked, every kind`, () => {
    const leaks = cases.filter((c) => c.kind === "pii" && c.syntax === syntax && leaked(c));
    deepStrictEqual(leaks.map((c) => `${c.id}: ${c.text}`), []);
  });
}

Deno.test("benign lines that look like personal data come out unchanged, in every syntax", () => {
  const damaged = cases.filter((c) => c.kind === "benign")
    .map((c) => ({ c, out: scrubber.scrub(c.text).text }))
    .filter(({ c, out }) => out !== c.text);
  deepStrictEqual(damaged.map(({ c, out }) => `${c.id}: ${out}`), []);
});
