/**
 * Runs one detector over one line and returns the accepted spans (what to mask).
 * The engine calls this for every detector the keyword prefilter lets through;
 * the detector tests call it alone on each detector's own examples. A secret detector's
 * candidate that is only a placeholder (`${DB_PASSWORD}`, `changeme`) is refused here, for
 * every secret detector alike, custom ones included.
 *
 * The work per line is bounded, and the bounds fail closed: a detector may refuse at most
 * MAX_REFUSALS_PER_LINE candidates on a line; when it meets one more, everything from that
 * candidate to the end of the line is one SCRUB_LIMIT span, masked as `[REDACTED:scrub-limit]`.
 * So is everything from a secret whose pattern's `cut` group took part (the value reached the
 * pattern's length cap and goes on; see Detector.pattern), unchecked.
 */
import type { Candidate, Detector } from "./detector.ts";
import { shannonEntropy } from "./entropy.ts";
import { isPlaceholder } from "./placeholders.ts";
import { decodedView } from "./decoded_view.ts";
import type { Windows } from "./windowed_match.ts";

export interface Span {
  start: number;
  end: number;
  detector: Detector;
  /**
   * Set when the span is more than its detector's own match (a base64 payload that carries one,
   * spans merged into one): a `partial` mask shows no tail of it, as that tail would be other
   * text (the payload's last bytes, a neighbour's value).
   */
  whole?: true;
}

/** The finding id of text masked because a bound on the scrubbing work was reached. */
export const SCRUB_LIMIT_ID = "scrub-limit";

/**
 * Stands for text no detector finished examining (the rest of a line after a budget ran out).
 * It never runs; it only labels such spans, and it wins every merge (see ./merge.ts), so what it
 * covers is always masked with the placeholder, never partially.
 */
export const SCRUB_LIMIT: Detector = {
  id: SCRUB_LIMIT_ID,
  kind: "secret",
  pattern: /(?!)/g,
  examples: { positive: [], negative: [] },
};

/**
 * Candidates one detector may refuse on one line. Refusals are what the budget counts: an
 * accepted match moves the search past its secret, so accepted matches cost work in proportion
 * to the line, and a line of many real findings (a thousand e-mail addresses) is masked finding
 * by finding; a refused candidate moves it only past its match, while its checks may read far
 * ahead (a value read by a lookahead, up to 4 Ki characters), so refusals are where the work on
 * a hostile line multiplies. A thousand of them is far more than any real log line holds.
 */
export const MAX_REFUSALS_PER_LINE = 1000;

/**
 * What a detector finds on most lines it runs on: nothing. One shared, frozen list, not a new
 * one per call (half a million calls on 20 MB of key/value lines).
 */
export const NO_SPANS: readonly Span[] = Object.freeze([]);

/**
 * `windows`: try the pattern only there (a long line, near the detector's keywords: see
 * ./windowed_match.ts); the same spans as the search of the whole line.
 */
export const matchDetector = (
  detector: Detector,
  line: string,
  windows?: Windows,
): readonly Span[] => {
  return matchWith(detector, detector.gate, detector.find, detector.pattern, line, windows);
};

/**
 * matchDetector, with `detector`'s gate, find and pattern given (the engine's copies of them:
 * see ../prefilter/mod.ts detectorTarget).
 */
export function matchWith(
  detector: Detector,
  gate: Detector["gate"],
  find: Detector["find"],
  pattern: RegExp,
  line: string,
  windows?: Windows,
): readonly Span[] {
  if (gate !== undefined && !gate(line)) return NO_SPANS;
  if (find !== undefined) return acceptCandidates(detector, line, find(line, windows));
  let spans: Span[] | null = null;
  const re = windows === undefined ? pattern : windows.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let refusals = 0;
  while ((m = windows === undefined ? re.exec(line) : windows.exec(line)) !== null) {
    if (refusals === MAX_REFUSALS_PER_LINE) {
      // Nothing before this candidate can start a match; from it on, nothing was examined.
      (spans ??= []).push({ start: m.index, end: line.length, detector: SCRUB_LIMIT });
      break;
    }
    if (m.groups?.cut !== undefined) {
      // The value ran into its pattern's length cap and goes on: it cannot be read whole.
      const at = m.indices?.groups?.secret;
      (spans ??= []).push({ start: at ? at[0] : m.index, end: line.length, detector: SCRUB_LIMIT });
      break;
    }
    const span = accepted(detector, m, line);
    if (span === null) {
      refusals++;
      if (m[0].length === 0) re.lastIndex++;
      continue;
    }
    (spans ??= []).push(span);
    // The search goes on after the accepted secret (a pattern that reads its value by a
    // lookahead ends before it): nothing inside it needs finding twice.
    if (re.lastIndex < span.end) re.lastIndex = span.end;
  }
  re.lastIndex = 0;
  return spans ?? NO_SPANS;
}

/**
 * The spans to mask among `candidates` (in order of start) that `detector` found on `line` by
 * reading it (Detector.find) or below it (Detector.opens), under the same checks and bounds as
 * the matches of a pattern: a candidate inside an accepted secret is skipped, and a cut or one
 * refusal past the budget masks the rest of the line.
 */
export function acceptCandidates(
  detector: Detector,
  line: string,
  candidates: readonly Candidate[],
): readonly Span[] {
  if (candidates.length === 0) return NO_SPANS;
  const spans: Span[] = [];
  let refusals = 0;
  let after = 0;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    if (c.start < after) continue;
    if (c.cut === true || refusals === MAX_REFUSALS_PER_LINE) {
      spans.push({ start: c.start, end: line.length, detector: SCRUB_LIMIT });
      break;
    }
    const span = c.end > c.start
      ? acceptedSecret(detector, line, c.start, line.slice(c.start, c.end))
      : null;
    if (span === null) {
      refusals++;
      continue;
    }
    spans.push(span);
    after = span.end;
  }
  return spans;
}

/** The span to mask for candidate `m`, or null when the detector refuses it. */
function accepted(detector: Detector, m: RegExpExecArray, line: string): Span | null {
  if (m[0].length === 0) return null;
  const group = m.groups?.secret;
  let start = m.index;
  let secret = m[0];
  if (group !== undefined) {
    const at = m.indices?.groups?.secret;
    if (group.length === 0 || !at) return null;
    start = at[0];
    secret = group;
  }
  return acceptedSecret(detector, line, start, secret);
}

/** The span of `secret` (at `start` in `line`) when the detector accepts it, else null. */
function acceptedSecret(
  detector: Detector,
  line: string,
  start: number,
  secret: string,
): Span | null {
  // A value written with terminal colour codes in it (`\x1b[31m${DB_PASSWORD}\x1b[0m`) is
  // judged as a reader sees it (./decoded_view.ts): the codes would hide a placeholder.
  const judged = secret.includes("\x1b") ? decodedView(secret)?.text ?? secret : secret;
  if (judged.length === 0) return null;
  if (detector.minEntropy !== undefined && shannonEntropy(judged) < detector.minEntropy) {
    return null;
  }
  if (detector.kind === "secret" && isPlaceholder(judged)) return null;
  if (detector.validate && !detector.validate(judged, line, start)) return null;
  return { start, end: start + secret.length, detector };
}
