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

/** In priority order: two secrets, then two kinds of personal data. */
const ORDER: Detector[] = [TOKEN, KEY_VALUE, EMAIL, CARD];
const DETECTORS = [SCRUB_LIMIT, ...ORDER];
const rankOf = (d: Detector) => ORDER.indexOf(d);

function expectedWinner(a: Detector, b: Detector): Detector {
  if (a === SCRUB_LIMIT || b === SCRUB_LIMIT) return SCRUB_LIMIT;
  if (a.kind !== b.kind) return a.kind === "secret" ? a : b;
  return rankOf(a) <= rankOf(b) ? a : b;
}

Deno.test("merge: every pair of overlapping findings, in both orders and every overlap, gets the stronger label", () => {
  const overlaps: [number, number, number, number][] = [
    [0, 10, 5, 15], // partly
    [0, 10, 0, 10], // the same text
    [0, 10, 2, 8], // one inside the other
    [0, 10, 0, 4], // same start
    [0, 10, 6, 10], // same end
  ];
  for (const a of DETECTORS) {
    for (const b of DETECTORS) {
      for (const [s1, e1, s2, e2] of overlaps) {
        for (const swap of [false, true]) {
          const spans: Span[] = [{ start: s1, end: e1, detector: a }, {
            start: s2,
            end: e2,
            detector: b,
          }];
          if (swap) spans.reverse();
          const merged = mergeSpans(spans, rankOf);
          deepStrictEqual(
            merged.map((s) => [s.start, s.end, s.detector.id]),
            [[Math.min(s1, s2), Math.max(e1, e2), expectedWinner(a, b).id]],
            `${a.id} [${s1}, ${e1}) and ${b.id} [${s2}, ${e2})${
              swap ? ", given the other way round" : ""
            }`,
          );
        }
      }
    }
  }
});
