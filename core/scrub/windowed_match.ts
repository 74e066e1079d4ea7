/**
 * Searching a long line only near what woke a detector. A detector woken by a keyword or a line
 * shape searches the whole line; on a line of 60 Ki characters nearly every detector has a
 * keyword or its shape somewhere, and most search far from it in vain. A detector that declares
 * its reach (Detector.reach: its matches start within `before` characters before and `after`
 * after one of its keywords, which the keyword scan already found, or one of its anchor's
 * matches, searched once per line for every detector that names the anchor), or a built-in one
 * whose reach was read from its pattern ahead of time (./reach_inference.ts, stored in
 * ./builtin_reaches.ts), is tried on such a line only at the positions within reach.
 *
 * It finds exactly what the search of the whole line finds. The regex still sees the whole line
 * (lookbehinds and boundaries are unchanged) and is tried, sticky, at each position of the
 * windows in order, from where the whole-line search would go on: the first position where it
 * matches is that search's next match, since every position where the pattern matches lies in a
 * window (what the reach promises), and a sticky match at a position is the match a search
 * finds starting there.
 */
import type { Detector, Reach } from "./detector.ts";
import { BASE58_CLASS, LEGACY_BASE58_FIRSTS } from "./checksums/base58.ts";

/**
 * A reach (Detector.reach): matches start at most `before` characters before and `after` after
 * the start of a keyword, or of a match of `anchor` when given. `within(0, 56)` is
 * `{ before: 0, after: 56 }`; one call for each keeps the function bundles small.
 */
export const within = (before: number, after: number, anchor?: RegExp): Reach =>
  anchor === undefined ? { before, after } : { before, after, anchor };

/** The reach of a detector whose every match starts with one of its keywords (in any case). */
export const AT_KEYWORD: Reach = within(0, 0);

/**
 * The first digit of a run of nine digits (`\d(?:[ .\/()+-]{0,4}\d){8}`, the number run of the
 * number-run line shape of ./prefilter/line_shapes.ts) that none of `A-Za-z0-9_./-` precedes (a
 * `:` may: `"ssn":536904399`), at every place one starts, overlapping runs included: each match
 * is that one digit, and the run is only looked ahead at. No word character before a digit is
 * `\b` (no `u` or `i` flag: `\w` is `[A-Za-z0-9_]`), and a digit right after one is looked
 * ahead at first: on a long line, a quarter faster than the lookbehind `(?<![A-Za-z0-9_.\/-])`
 * and `[ .\/()+-]{0,4}\d`.
 */
export const NUMBER_RUN_START = /\b(?<![.\/-])\d(?=(?:\d|[ .\/()+-]{1,4}\d){8})/g;

/**
 * The reach of a number detector whose every match starts at a number-run start: its first
 * character is a digit that its lookbehind lets none of `A-Za-z0-9_./-` precede (as
 * ./detectors/pii_context.ts's numberStart, keyed or not, does), and nine digits follow from it
 * with at most four of ` ./()+-` between each two.
 */
export const AT_NUMBER_RUN: Reach = within(0, 0, NUMBER_RUN_START);

/**
 * The first character of a legacy Base58 address (`1`, `3`, `L`, `M`, `D` or `X` that no letter or
 * digit precedes, then 25 Base58 characters: the base58-run line shape). No letter or digit
 * before one of these word characters is `\b` or a `_` (faster than `(?<![A-Za-z0-9])`).
 */
export const BASE58_RUN_START = new RegExp(
  String.raw`(?:\b|(?<=_))[${LEGACY_BASE58_FIRSTS}](?=${BASE58_CLASS}{25})`,
  "g",
);

/** The reach of an address whose every match starts at a Base58-run start. */
export const AT_BASE58_RUN: Reach = within(0, 0, BASE58_RUN_START);

/**
 * Six digits: each run of six digits or more starts one of its matches (a search that takes six
 * at a time reaches every run's first digit; a longer run starts one more every six digits).
 * Faster than a search for the runs' first digits alone (a lookbehind, or `\d{6,}`).
 */
export const DIGIT_RUN_START = /\d{6}/g;

/**
 * The reach of an identifier whose every match holds a run of six digits or more that starts at
 * most two characters after the match's start (a letter and a `-` before it at most) and that no
 * digit precedes: the run's first digit is a match of DIGIT_RUN_START.
 */
export const NEAR_DIGIT_RUN: Reach = within(2, 0, DIGIT_RUN_START);

/** Whether a name or key may start in `[at - span, at)`. */
export type Near = (at: number, span: number) => boolean;

/**
 * Whether one of `bounds` (a Windows' bounds) holds a position in `[at - span, at)`: asked with
 * `at - span` rising (another order is answered too, from the first window again).
 */
export function nearBounds(bounds: readonly number[]): Near {
  let k = 0, low = -Infinity;
  return (at, span) => {
    const from = at - span;
    if (from < low) k = 0;
    low = from;
    while (k < bounds.length && bounds[k + 1] <= from) k += 2;
    return k < bounds.length && bounds[k] < at;
  };
}

/** The reach each built-in detector that declares none takes from its pattern, if any. */
const inferred = new WeakMap<Detector, Reach>();

/**
 * `detectors` (the built-in ones, in order), given the reaches `table` holds for those that
 * declare none (./builtin_reaches.ts), in runs: a lowercase letter for that many detectors
 * (a = 1 … z = 26) with none, an uppercase one for that many whose matches start at a keyword
 * (AT_KEYWORD), a character from `1` (U+0031) to `@` (U+0040) for one whose matches start up to
 * that many characters (1 … 16) before a keyword. A table that does not hold as many detectors
 * as there are (stale) gives none: they are then searched whole, which finds the same.
 */
export function withStoredReaches(
  detectors: readonly Detector[],
  table: string,
): readonly Detector[] {
  const reaches: Reach[] = [];
  let i = 0;
  for (let k = 0; k < table.length; k++) {
    const code = table.charCodeAt(k);
    if (code > 96) i += code - 96;
    else if (code > 64) { for (let n = code - 64; n > 0; n--) reaches[i++] = AT_KEYWORD; }
    else reaches[i++] = within(code - 48, 0);
  }
  if (i === detectors.length) reaches.forEach((reach, j) => inferred.set(detectors[j], reach));
  return detectors;
}

/**
 * Detector.reach; or, for a built-in detector whose pattern has keywords, the reach
 * ./reach_inference.ts read from how every match starts, ahead of time (./builtin_reaches.ts).
 * Any other detector has none unless it declares one: a custom pattern's is searched in windows
 * of its own (./safe_pattern.ts), a test's whole.
 */
export function reachOf(detector: Detector): Reach | undefined {
  return detector.reach ?? inferred.get(detector);
}

/** Lines shorter than this are searched whole: few keywords are far from a short line's matches. */
export const WINDOWED_MIN_LINE = 2048;

/**
 * The windows pay only while they cover at most this share of the line (1 / n): a sticky attempt
 * per position costs more than a search's own scan of a position (on 60 Ki lines, trying a
 * quarter of the positions took 1.2 to 3 times a whole-line search, a thirtieth a tenth of it or
 * less, for patterns that start with a literal about the same).
 */
const MAX_SHARE = 16;

/** Per detector with a reach: its keywords' shortest and longest lengths. */
const keywordLengths = new WeakMap<Detector, { shortest: number; longest: number }>();
/** The sticky copy of each windowed pattern. */
const stickyCopies = new WeakMap<RegExp, RegExp>();

function lengthsOf(detector: Detector): { shortest: number; longest: number } {
  let lengths = keywordLengths.get(detector);
  if (lengths === undefined) {
    const keywords = detector.prefilter?.keywords ?? [];
    lengths = {
      shortest: Math.min(...keywords.map((k) => k.length)),
      longest: Math.max(...keywords.map((k) => k.length)),
    };
    keywordLengths.set(detector, lengths);
  }
  return lengths;
}

function stickyCopy(pattern: RegExp): RegExp {
  let sticky = stickyCopies.get(pattern);
  if (sticky === undefined) {
    sticky = new RegExp(pattern.source, pattern.flags + "y");
    stickyCopies.set(pattern, sticky);
  }
  return sticky;
}

/** The positions of a line where a detector's pattern is tried, and the search over them. */
export class Windows {
  /** The sticky copy of the detector's pattern: what matchDetector runs instead of it. */
  readonly pattern: RegExp;
  /** Start, end (exclusive), start, end …: match starts to try, in order, disjoint. */
  readonly bounds: readonly number[];
  /** The first window not wholly before the search's position. */
  #next = 0;

  constructor(pattern: RegExp, bounds: readonly number[]) {
    this.pattern = stickyCopy(pattern);
    this.bounds = bounds;
  }

  /**
   * The next match at or after the pattern's lastIndex that starts in a window (lastIndex then
   * after it, as after an exec), or null. A pattern matching by code points (`u`, `v`) is tried
   * where a code point starts: from inside a surrogate pair its search starts at the pair (as
   * from a lastIndex there), and an attempt there is the attempt at the pair.
   */
  exec(line: string): RegExpExecArray | null {
    const re = this.pattern, bounds = this.bounds;
    const byPoints = re.unicode || re.unicodeSets;
    let from = re.lastIndex;
    if (byPoints && inPair(line, from)) from--;
    while (this.#next < bounds.length && bounds[this.#next + 1] <= from) this.#next += 2;
    for (; this.#next < bounds.length; this.#next += 2) {
      const end = bounds[this.#next + 1];
      for (let at = Math.max(from, bounds[this.#next]); at < end; at++) {
        if (byPoints && inPair(line, at)) continue;
        re.lastIndex = at;
        const m = re.exec(line);
        if (m !== null) return m;
      }
    }
    return null;
  }
}

/** Whether `at` is the second half of a surrogate pair in `text`. */
function inPair(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0xdc00 || c > 0xdfff) return false;
  const lead = text.charCodeAt(at - 1);
  return lead >= 0xd800 && lead <= 0xdbff;
}

/**
 * The windows of `detector` on `text` (a line, or a decoded view of one): undefined when it is
 * to be searched whole (short, no reach, or windows that would not pay). A reach measured from keywords needs `keywordEnds`, where the detector's
 * keywords end in the region whose position `offset` is the text's start (none: searched whole).
 */
export function windowsIn(
  detector: Detector,
  text: string,
  offset: number,
  keywordEnds: readonly number[] | undefined,
): Windows | undefined {
  const reach = reachOf(detector);
  const length = text.length;
  // A `find` has a reach only when it declares one, or a provider's names have one (it then
  // takes the windows).
  if (length < WINDOWED_MIN_LINE || reach === undefined) return;
  if (reach.anchor !== undefined) {
    const starts = anchorStarts(reach.anchor, text);
    return windowsAt(
      detector.pattern,
      starts,
      reach.before,
      reach.after,
      length,
      length / MAX_SHARE,
    );
  }
  if (keywordEnds === undefined) return;
  return windowsAround(detector, reach, keywordEnds, offset, length, length / MAX_SHARE);
}

/** The last text searched for each anchor, and where the anchor's matches start in it. */
const lastAnchored = new Map<RegExp, { text: string; starts: number[] }>();

/** Where `anchor` (global) matches in `text`, in order: one search per text, shared. */
export function anchorStarts(anchor: RegExp, text: string): readonly number[] {
  const last = lastAnchored.get(anchor);
  if (last !== undefined && last.text === text) return last.starts;
  const starts: number[] = [];
  anchor.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = anchor.exec(text)) !== null) {
    starts.push(m.index);
    if (m[0].length === 0) anchor.lastIndex++;
  }
  anchor.lastIndex = 0;
  lastAnchored.set(anchor, { text, starts });
  return starts;
}

/**
 * The windows of `reach` around `detector`'s keywords (see windowsIn), whatever their size;
 * undefined once they cover more than `most` characters.
 */
export function windowsAround(
  detector: Detector,
  reach: Reach,
  keywordEnds: readonly number[],
  offset: number,
  length: number,
  most = Infinity,
): Windows | undefined {
  const { shortest, longest } = lengthsOf(detector);
  // A keyword ending at e starts at e - length + 1, whichever of its keywords it is.
  const before = longest - 1 + reach.before, after = reach.after - (shortest - 1);
  return windowsAt(detector.pattern, keywordEnds, before + offset, after - offset, length, most);
}

/**
 * The windows `[p - before, p + after]` around `points` (in order) on a text of `length`
 * characters, merged; undefined once they cover more than `most` characters.
 */
export function windowsAt(
  pattern: RegExp,
  points: readonly number[],
  before: number,
  after: number,
  length: number,
  most = Infinity,
): Windows | undefined {
  // Distinct points, each in its own window's reach: about as many positions covered at least.
  if (points.length > most) return;
  const bounds: number[] = [];
  let covered = 0;
  for (const p of points) {
    const start = Math.max(0, p - before), stop = Math.min(length, p + after + 1);
    if (start >= stop) continue;
    const last = bounds.length - 1;
    if (last > 0 && start <= bounds[last]) {
      if (stop > bounds[last]) {
        covered += stop - bounds[last];
        bounds[last] = stop;
      }
    } else {
      bounds.push(start, stop);
      covered += stop - start;
    }
    if (covered > most) return;
  }
  return new Windows(pattern, bounds);
}
