import { deepStrictEqual, strictEqual } from "@node/assert";
import type { Detector } from "./detector.ts";
import { mergeSpans } from "./merge.ts";
import { CARD, EMAIL, KEY_VALUE, TOKEN } from "./test_fixtures.ts";

const order: Detector[] = [TOKEN, KEY_VALUE, EMAIL, CARD];
const rankOf = (d: Detector) => order.indexOf(d);
const ids = (spans: { start: number; end: number; detector: Detector }[]) =>
  spans.map((s) => [s.start, s.end, s.detector.id]);

Deno.test("overlapping spans merge into their union; a secret beats personal data", () => {
  const merged = mergeSpans([
    { start: 5, end: 15, detector: EMAIL },
    { start: 10, end: 20, detector: KEY_VALUE },
    { start: 30, end: 35, detector: CARD },
  ], rankOf);
  deepStrictEqual(ids(merged), [[5, 20, "test-key-value"], [30, 35, "test-card"]]);
});

Deno.test("between two secrets, the higher-priority detector labels the span", () => {
  const merged = mergeSpans([
    { start: 0, end: 10, detector: KEY_VALUE },
    { start: 2, end: 8, detector: TOKEN },
  ], rankOf);
  deepStrictEqual(ids(merged), [[0, 10, "test-token"]]);
});

Deno.test("touching spans stay separate; chains of overlaps become one", () => {
  const merged = mergeSpans([
    { start: 0, end: 4, detector: EMAIL },
    { start: 4, end: 8, detector: CARD },
    { start: 20, end: 25, detector: CARD },
    { start: 24, end: 30, detector: EMAIL },
    { start: 29, end: 31, detector: CARD },
  ], rankOf);
  deepStrictEqual(ids(merged), [[0, 4, "test-email"], [4, 8, "test-card"], [20, 31, "test-email"]]);
});

Deno.test("a merged span wider than its winner's own match is marked whole (no partial tail)", () => {
  // Both are personal data, so rank decides: the card ranks first here, and labels a union
  // that is partly the e-mail's.
  const cardFirst = (d: Detector) => [CARD, EMAIL].indexOf(d);
  const [wider] = mergeSpans([
    { start: 0, end: 16, detector: CARD },
    { start: 10, end: 30, detector: EMAIL },
  ], cardFirst);
  deepStrictEqual([wider.start, wider.end, wider.detector.id, wider.whole], [
    0,
    30,
    "test-card",
    true,
  ]);
  // A winner that covers the whole union is its own match: no mark.
  const [own] = mergeSpans([
    { start: 0, end: 30, detector: CARD },
    { start: 10, end: 20, detector: EMAIL },
  ], cardFirst);
  deepStrictEqual([own.start, own.end, own.whole], [0, 30, undefined]);
  // A mark carries through a later merge.
  const [carried] = mergeSpans([
    { start: 0, end: 30, detector: CARD, whole: true },
    { start: 5, end: 10, detector: EMAIL },
  ], cardFirst);
  strictEqual(carried.whole, true);
});
