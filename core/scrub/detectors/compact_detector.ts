/**
 * The compact form of a hand-written detector, `pii(…)` or `secret(…)` for its kind: its id, its
 * prefilter (the usual keywords as a plain list, or any other prefilter as it is), its pattern,
 * its check (validate) and what else it needs. One call per detector keeps each family file's
 * additions, and the function bundles, small (the object syntax, `kind: …`, `prefilter: {
 * keywords: … }` and `validate:` of each was ~3.5 KB of every bundle for the personal-data
 * detectors, ~1.6 KB for the hand-written secret ones).
 */
import type { Detector, FindingKind, Prefilter, Reach } from "../detector.ts";
import type { LineShape } from "../prefilter/types.ts";

/**
 * A compact detector's prefilter: its keywords, the name of its line shape (`"email-at"` for
 * `{ shape: "email-at" }`), another prefilter, or none.
 */
export type CompactPrefilter = readonly string[] | LineShape | Prefilter | undefined;

/** What a detector may have besides its id, kind, prefilter, pattern and validate. */
export type DetectorExtras = Omit<
  Partial<Detector>,
  "id" | "kind" | "prefilter" | "pattern" | "validate"
>;

const isKeywords = (prefilter: CompactPrefilter): prefilter is readonly string[] =>
  Array.isArray(prefilter);

/**
 * The builder of one kind's detectors: { id, kind, prefilter, pattern, validate, ...more },
 * keywords given as a list read as such, a line shape given by its name; a field given as
 * undefined is left out. A detector that needs nothing else but its reach may give the reach
 * itself as `more` (`{ before: 0, after: 56 }` for `{ reach: { before: 0, after: 56 } }`).
 */
function compactDetector(kind: FindingKind) {
  return (
    id: string,
    prefilter: CompactPrefilter,
    pattern: RegExp,
    validate?: Detector["validate"],
    more: DetectorExtras | Reach = {},
  ): Detector => {
    const detector: Detector = { id, kind, pattern, ...("after" in more ? { reach: more } : more) };
    if (prefilter !== undefined) {
      detector.prefilter = isKeywords(prefilter)
        ? { keywords: prefilter }
        : typeof prefilter === "string"
        ? { shape: prefilter }
        : prefilter;
    }
    if (validate !== undefined) detector.validate = validate;
    return detector;
  };
}

/** A personal-data detector (kind "pii") in the compact form. */
export const pii = compactDetector("pii");

/** A secret detector (kind "secret") in the compact form. */
export const secret = compactDetector("secret");
