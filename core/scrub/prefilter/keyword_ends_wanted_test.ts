/**
 * A long line's keyword positions asked for some targets only (the detectors searched near
 * their keywords): exactly those targets' positions of the full answer, in the same order.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { DETECTORS } from "../detectors/mod.ts";
import { parsePolicy } from "../policy.ts";
import { compileRules } from "../rules.ts";
import { corpusTexts } from "../corpus/corpus_texts.ts";
import { reachOf } from "../windowed_match.ts";
import type { Target } from "./mod.ts";

const near = (t: Target) =>
  t.type === "detector" && reachOf(t.detector) !== undefined &&
  reachOf(t.detector)!.anchor === undefined;

Deno.test("keyword ends of the wanted targets only: the full answer's, less the others", () => {
  const { prefilter } = compileRules(parsePolicy(undefined), DETECTORS, []);
  // Corpus lines joined into lines of 20,000 characters, scanned as one region.
  const joined = corpusTexts().join(" ").replace(/\n/g, " ");
  const lines: string[] = [];
  for (let at = 0; at < joined.length && lines.length < 30; at += 20000) {
    lines.push(joined.slice(at, at + 20000));
  }
  const text = lines.join("\n");
  let start = 0, kept = 0, left = 0;
  for (const line of lines) {
    const end = start + line.length;
    const all = prefilter.lines(text, 0, text.length).keywordEnds(start, end);
    const some = prefilter.lines(text, 0, text.length).keywordEnds(start, end, near);
    const want = [...all].filter(([t]) => near(t));
    deepStrictEqual([...some], want);
    kept += want.length;
    left += all.size - want.length;
    start = end + 1;
  }
  ok(kept > 100 && left > 100, `${kept} kept, ${left} left out`);
});
