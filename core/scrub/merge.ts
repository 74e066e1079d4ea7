/**
 * Overlapping findings from several detectors become one finding: the union of the spans,
 * labelled by the strongest detector (a secret beats personal data; then the detector that
 * comes first in priority order; text left unexamined, SCRUB_LIMIT, beats both, so it is never
 * masked partially). Each merged span is masked once and counted once.
 */
import type { Detector } from "./detector.ts";
import { SCRUB_LIMIT, type Span } from "./match.ts";

/** Lower ranks win: `rank` is the detector's position in priority order. */
export type RankOf = (detector: Detector) => number;

function stronger(a: Span, b: Span, rankOf: RankOf): Span {
  if (a.detector === SCRUB_LIMIT || b.detector === SCRUB_LIMIT) {
    return a.detector === SCRUB_LIMIT ? a : b;
  }
  if (a.detector.kind !== b.detector.kind) return a.detector.kind === "secret" ? a : b;
  return rankOf(a.detector) <= rankOf(b.detector) ? a : b;
}

/** Non-overlapping spans in order, each labelled by its winning detector. Sorts `spans`. */
export function mergeSpans(spans: Span[], rankOf: RankOf): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start < last.end) {
      const winner = stronger(last, span, rankOf);
      const end = Math.max(last.end, span.end);
      merged[merged.length - 1] = winner.whole || winner.start !== last.start || winner.end !== end
        ? { start: last.start, end, detector: winner.detector, whole: true }
        : { start: last.start, end, detector: winner.detector };
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}
