/**
 * Which detector labels two overlapping findings, for every pair and both orders: text left
 * unexamined (scrub-limit) beats everything, then a secret beats personal data, then the
 * detector first in priority order; the label never depends on which finding came first.
 */
import { deepStrictEqual } from "@node/assert";
import type { Detector } from "./detector.ts";
import { SCRUB_LIMIT, type Span } from "./match.ts";
import { mergeSpans } from "./merge.ts";
import { CARD, EMAIL, KEY_VALUE, TOKEN } from "./test_fixtures.ts";

/** Priority orders: secrets first, and personal data first (a secret still beats it). */
const ORDERS: Detector[][] = [[TOKEN, KEY_VALUE, EMAIL, CARD], [EMAIL, TOKEN, CARD, KEY_VALUE]];
const DETECTORS = [SCRUB_LIMIT, TOKEN, KEY_VALUE, EMAIL, CARD];
const OVERLAPS: [number, number, number, number][] = [
  [0, 10, 5, 15], // partly
  [0, 10, 0, 10], // the same text
  [0, 10, 2, 8], // one inside the other
  [0, 10, 0, 4], // same start
  [0, 10, 6, 10], // same end
];

function expectedWinner(a: Detector, b: Detector, rankOf: (d: Detector) => number): Detector {
  if (a === SCRUB_LIMIT || b === SCRUB_LIMIT) return SCRUB_LIMIT;
  if (a.kind !== b.kind) return a.kind === "secret" ? a : b;
  return rankOf(a) <= rankOf(b) ? a : b;
}

Deno.test("merge: every pair of overlapping findings, in both orders and every overlap, gets the stronger label", () => {
  for (const order of ORDERS) {
    const rankOf = (d: Detector) => order.indexOf(d);
    for (const a of DETECTORS) {
      for (const b of DETECTORS) {
        for (const [s1, e1, s2, e2] of OVERLAPS) {
          for (const swap of [false, true]) {
            const spans: Span[] = [
              { start: s1, end: e1, detector: a },
              { start: s2, end: e2, detector: b },
            ];
            if (swap) spans.reverse();
            deepStrictEqual(
              mergeSpans(spans, rankOf).map((s) => [s.start, s.end, s.detector.id]),
              [[Math.min(s1, s2), Math.max(e1, e2), expectedWinner(a, b, rankOf).id]],
              `${a.id} [${s1}, ${e1}) and ${b.id} [${s2}, ${e2}), order ${order.map((d) => d.id)}${
                swap ? ", given the other way round" : ""
              }`,
            );
          }
        }
      }
    }
  }
});
