/**
 * The compact form of a hand-written personal-data detector: its id, its prefilter (the usual
 * keywords as a plain list, or any other prefilter as it is), its pattern, its check (validate)
 * and what else it needs. One call per detector keeps each family file's additions, and the
 * function bundles, small (the object syntax, `kind: "pii"`, `prefilter: { keywords: … }` and
 * `validate:` of each was ~3.5 KB of every bundle).
 */
import type { Detector, Prefilter } from "../detector.ts";

/** A personal-data detector's prefilter: its keywords, another prefilter, or none. */
export type PiiPrefilter = readonly string[] | Prefilter | undefined;

/** What a detector may have besides its id, kind, prefilter, pattern and validate. */
export type DetectorExtras = Omit<
  Partial<Detector>,
  "id" | "kind" | "prefilter" | "pattern" | "validate"
>;

const isKeywords = (prefilter: PiiPrefilter): prefilter is readonly string[] =>
  Array.isArray(prefilter);

/**
 * { id, kind: "pii", prefilter, pattern, validate, ...more }, keywords given as a list read as
 * such; a field given as undefined is left out.
 */
export function pii(
  id: string,
  prefilter: PiiPrefilter,
  pattern: RegExp,
  validate?: Detector["validate"],
  more: DetectorExtras = {},
): Detector {
  const detector: Detector = { id, kind: "pii", pattern, ...more };
  if (prefilter !== undefined) {
    detector.prefilter = isKeywords(prefilter) ? { keywords: prefilter } : prefilter;
  }
  if (validate !== undefined) detector.validate = validate;
  return detector;
}
