/**
 * The compact form of a hand-written personal-data detector: its id, its prefilter (the usual
 * keywords as a plain list, or any other prefilter as it is), its pattern and what else it needs.
 * One call per detector keeps each family file's additions, and the function bundles, small (the
 * object syntax, `kind: "pii"` and `prefilter: { keywords: … }` of each, was ~3 KB of every bundle).
 */
import type { Detector, Prefilter } from "../detector.ts";

/** A personal-data detector's prefilter: its keywords, another prefilter, or none. */
export type PiiPrefilter = readonly string[] | Prefilter | undefined;

/** What a detector may have besides its id, kind, prefilter and pattern. */
export type DetectorExtras = Omit<Partial<Detector>, "id" | "kind" | "prefilter" | "pattern">;

const isKeywords = (prefilter: PiiPrefilter): prefilter is readonly string[] =>
  Array.isArray(prefilter);

/** { id, kind: "pii", prefilter, pattern, ...more }, keywords given as a list read as such. */
export function pii(
  id: string,
  prefilter: PiiPrefilter,
  pattern: RegExp,
  more: DetectorExtras = {},
): Detector {
  const detector: Detector = { id, kind: "pii", pattern, ...more };
  if (prefilter !== undefined) {
    detector.prefilter = isKeywords(prefilter) ? { keywords: prefilter } : prefilter;
  }
  return detector;
}
