/**
 * keywordEndsIn reads again the scan inFragment or inView made of the same text: the same
 * positions as a scan of its own, whatever was consumed of that scan, and never another text's.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { DETECTORS } from "../detectors/mod.ts";
import { parsePolicy } from "../policy.ts";
import { compileRules } from "../rules.ts";
import { corpusTexts } from "../corpus/corpus_texts.ts";

const prefilterOf = () => compileRules(parsePolicy(undefined), DETECTORS, []).prefilter;

/** Long texts of the corpora: lines joined with spaces, cut at 8 Ki characters. */
function longTexts(): string[] {
  const joined = corpusTexts().join(" ").replace(/\n/g, " ");
  const out: string[] = [];
  for (let at = 0; at < joined.length && out.length < 40; at += 8192) {
    out.push(joined.slice(at, at + 8192));
  }
  return out;
}

const plain = (ends: Map<unknown, number[]>) =>
  [...ends].map(([d, at]) => [(d as { id: string }).id, at]);

Deno.test("keyword ends after a piece's or a view's scan: as a scan of the text alone finds them", () => {
  const fresh = prefilterOf(), reused = prefilterOf();
  const texts = longTexts();
  ok(texts.length >= 20);
  for (let k = 0; k < texts.length; k++) {
    const text = texts[k], other = texts[(k + 1) % texts.length];
    const want = plain(fresh.keywordEndsIn(text));
    ok(want.length > 0);
    reused.inFragment(text);
    deepStrictEqual(plain(reused.keywordEndsIn(text)), want, "after inFragment");
    reused.inView(text, null);
    deepStrictEqual(plain(reused.keywordEndsIn(text)), want, "after inView");
    // Another text scanned last: this one is scanned again, not read from that scan.
    reused.inFragment(other);
    deepStrictEqual(plain(reused.keywordEndsIn(text)), want, "after another text's scan");
  }
});

Deno.test("a text asked about twice in a row is scanned twice: the first ask consumed its hits", () => {
  const prefilter = prefilterOf();
  for (const text of longTexts()) {
    const first = prefilter.inView(text, null).map((d) => d.id);
    ok(first.length > 0);
    deepStrictEqual(prefilter.inView(text, null).map((d) => d.id), first);
    const targets = prefilter.inFragment(text).length;
    deepStrictEqual(prefilter.inFragment(text).length, targets);
  }
});
