/**
 * Every built-in detector against its own examples: each positive example is found (and
 * the span covers the secret), no negative example is. Breaks when a detector breaks.
 */
import { ok } from "@node/assert";
import { BLOCK_DETECTORS, DETECTORS } from "./mod.ts";
import { matchDetector } from "../match.ts";
import { lineHasShape } from "../prefilter/line_shapes.ts";
import { exampleIds, examplesOf } from "./examples/mod.ts";

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

Deno.test("detector ids are unique kebab-case and patterns are well-formed", () => {
  const seen = new Set<string>();
  for (const d of [...DETECTORS, ...BLOCK_DETECTORS]) {
    ok(ID.test(d.id), `bad id ${d.id}`);
    ok(!seen.has(d.id), `duplicate id ${d.id}`);
    seen.add(d.id);
    for (const k of d.prefilter?.keywords ?? []) {
      ok(k === k.toLowerCase() && k.length > 0, `${d.id}: keyword ${k}`);
    }
    ok(examplesOf(d).positive.length > 0, `${d.id}: needs a positive example`);
  }
  for (const d of DETECTORS) {
    ok(d.pattern.global, `${d.id}: pattern needs the g flag`);
    if (d.pattern.source.includes("?<secret>")) {
      ok(d.pattern.hasIndices, `${d.id}: a secret group needs the d flag`);
    }
  }
});

for (const d of DETECTORS) {
  Deno.test(`detector ${d.id}: finds its positives, ignores its negatives`, () => {
    for (const ex of examplesOf(d).positive) {
      ok(ex.text.includes(ex.secret), `${d.id}: example secret not in its text`);
      const lower = ex.text.toLowerCase();
      const { keywords, filter, shape } = d.prefilter ?? {};
      ok(
        keywords === undefined || keywords.some((k) => lower.includes(k)),
        `${d.id}: no keyword occurs in ${JSON.stringify(ex.text)}`,
      );
      ok(
        filter === undefined || filter.test(ex.text),
        `${d.id}: its line filter misses ${JSON.stringify(ex.text)}`,
      );
      ok(
        shape === undefined || lineHasShape(ex.text, shape),
        `${d.id}: its line shape misses ${JSON.stringify(ex.text)}`,
      );
      const at = ex.text.indexOf(ex.secret);
      const spans = matchDetector(d, ex.text);
      ok(
        spans.some((s) => s.start <= at && s.end >= at + ex.secret.length),
        `${d.id}: missed ${JSON.stringify(ex.secret)} in ${JSON.stringify(ex.text)}`,
      );
    }
    for (const text of examplesOf(d).negative) {
      const spans = matchDetector(d, text);
      ok(
        spans.length === 0,
        `${d.id}: false positive ${JSON.stringify(text.slice(spans[0]?.start, spans[0]?.end))} in ${
          JSON.stringify(text)
        }`,
      );
    }
  });
}

for (const b of BLOCK_DETECTORS) {
  Deno.test(`block detector ${b.id}: begin and end markers match its examples`, () => {
    for (const ex of examplesOf(b).positive) {
      const lines = ex.text.split("\n");
      ok(lines.some((l) => b.begin.test(l)), `${b.id}: no begin line`);
      ok(lines.some((l) => b.end.test(l)), `${b.id}: no end line`);
    }
    for (const text of examplesOf(b).negative) {
      ok(!text.split("\n").some((l) => b.begin.test(l)), `${b.id}: begins on a negative`);
    }
  });
}

Deno.test("examples: every detector has a set, and every set of examples/ names a detector", () => {
  const ids = new Set([...DETECTORS, ...BLOCK_DETECTORS].map((d) => d.id));
  for (const d of [...DETECTORS, ...BLOCK_DETECTORS]) {
    ok(examplesOf(d).positive.length > 0, `${d.id}: needs a positive example`);
  }
  const unknown = exampleIds().filter((id) => !ids.has(id));
  ok(unknown.length === 0, `examples for no detector: ${unknown.join(", ")}`);
  const seen = new Set<string>();
  for (const id of exampleIds()) {
    ok(!seen.has(id), `examples for ${id} written twice`);
    seen.add(id);
  }
});
