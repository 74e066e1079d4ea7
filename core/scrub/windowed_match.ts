/**
 * Searching a long line only near what woke a detector. A detector woken by a keyword or a line
 * shape searches the whole line; on a line of 60 Ki characters nearly every detector has a
 * keyword or its shape somewhere, and most search far from it in vain. A detector that declares
 * its reach (Detector.reach: its matches start within `before` characters before and `after`
 * after one of its keywords, which the keyword scan already found, or one of its anchor's
 * matches, searched once per line for every detector that names the anchor) is tried on such a
 * line only at the positions within reach.
 *
 * It finds exactly what the search of the whole line finds. The regex still sees the whole line
 * (lookbehinds and boundaries are unchanged) and is tried, sticky, at each position of the
 * windows in order, from where the whole-line search would go on: the first position where it
 * matches is that search's next match, since every position where the pattern matches lies in a
 * window (what the reach promises), and a sticky match at a position is the match a search
 * finds starting there.
 */
import type { Detector, Reach } from "./detector.ts";
import { groupEnd, topLevelAlternatives } from "./regex_source.ts";

/** The reach of a detector whose every match starts with one of its keywords (in any case). */
export const AT_KEYWORD: Reach = { before: 0, after: 0 };

/**
 * The first digit of a run of nine digits (`\d(?:[ .\/()+-]{0,4}\d){8}`, the number run of the
 * number-run line shape of ./prefilter/line_shapes.ts) that none of `A-Za-z0-9_./-` precedes (a
 * `:` may: `"ssn":536904399`), at every place one starts, overlapping runs included: each match
 * is that one digit, and the run is only looked ahead at.
 */
export const NUMBER_RUN_START = /(?<![A-Za-z0-9_.\/-])\d(?=(?:[ .\/()+-]{0,4}\d){8})/g;

/**
 * The reach of a number detector whose every match starts at a number-run start: its first
 * character is a digit that its lookbehind lets none of `A-Za-z0-9_./-` precede (as
 * ./detectors/pii_context.ts's numberStart, keyed or not, does), and nine digits follow from it
 * with at most four of ` ./()+-` between each two.
 */
export const AT_NUMBER_RUN: Reach = { before: 0, after: 0, anchor: NUMBER_RUN_START };

/**
 * The first character of a legacy Base58 address (`1`, `3`, `L`, `M` or `D` that no letter or
 * digit precedes, then 25 Base58 characters: the base58-run line shape).
 */
export const BASE58_RUN_START = /(?<![A-Za-z0-9])[13LMD](?=[1-9A-HJ-NP-Za-km-z]{25})/g;

/** The reach of an address whose every match starts at a Base58-run start. */
export const AT_BASE58_RUN: Reach = { before: 0, after: 0, anchor: BASE58_RUN_START };

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
export const NEAR_DIGIT_RUN: Reach = { before: 2, after: 0, anchor: DIGIT_RUN_START };

/** The reach of each detector, declared or inferred (null: none). */
const reaches = new WeakMap<Detector, Reach | null>();

/**
 * Detector.reach; or, for a pattern with keywords, the reach keywordReach infers from how every
 * match starts.
 */
export function reachOf(detector: Detector): Reach | undefined {
  let reach = reaches.get(detector);
  if (reach === undefined) {
    reach = detector.reach ?? inferredReach(detector);
    reaches.set(detector, reach);
  }
  return reach ?? undefined;
}

function inferredReach(detector: Detector): Reach | null {
  const keywords = detector.prefilter?.keywords;
  if (keywords === undefined || detector.find !== undefined) return null;
  const before = keywordReach(detector.pattern, keywords);
  return before === 0 ? AT_KEYWORD : before > 0 ? { before, after: 0 } : null;
}

/**
 * A token of a pattern's source, as keywordReach reads it: a zero-width assertion (1), a group's
 * opening (2), a class that lists its characters (3), an escaped punctuation character (4) or a
 * literal one (5); no surrogate (a quantifier after a pair by code points quantifies the pair).
 */
const TOKEN =
  /^(?:(\\[bB]|[$^]|\(\?<?[=!])|(\((?:\?:|\?<\w+>)?)|\[([^\\\]^\ud800-\udfff][^\\\]\ud800-\udfff-]*-?)\]|\\(\W)|([^\\.|)*+?{[(\ud800-\udfff]))/;

/**
 * How many characters before one of `keywords` every match of `pattern` may start at most, or -1
 * when that is not read from its source: each way a match may start is spelled out (in lower
 * case, by TOKEN: each character of a class, with or without what `?` follows, the first of
 * `+` or `{n,…}`, each alternative of the pattern and of its groups; assertions skipped, as none
 * moves the match's start) as far as one of the keywords occurs in it, which the prefilter finds
 * in any case; up to 512 ways. Not for a `v` pattern, nor an `i` one by code points (`ſ` matches
 * `s`, the prefilter does not fold it).
 */
export function keywordReach({ source, flags }: RegExp, keywords: readonly string[]): number {
  if (/i.*u|v/.test(flags)) return -1;
  const words = new Set(keywords);
  const lengths = [...new Set(keywords.map((k) => k.length))].filter((n) => n > 0)
    .sort((a, b) => b - a);
  let most = 0;
  /** The starts `src` makes of `starts` with no keyword yet (a start's start holds none); null: not read. */
  const read = (src: string, starts: string[]): string[] | null => {
    for (let i = 0; i < src.length && starts.length > 0;) {
      const [token, skip, open, listed, escaped, char] = TOKEN.exec(src.slice(i)) ?? [];
      if (token === undefined) return null;
      let next = open || skip?.[0] === "(" ? groupEnd(src, i) : i + token.length;
      if (skip) {
        i = next;
        continue;
      }
      const quantifier = src[next];
      const out: string[] = [];
      if (quantifier === "*" || (quantifier === "{" && src[next + 1] === "0")) return null;
      if (open) {
        if (quantifier === "+" || quantifier === "{") return null;
        for (const alternative of topLevelAlternatives(src.slice(i + open.length, next - 1))) {
          const found = read(alternative, starts);
          if (found === null) return null;
          out.push(...found);
        }
      } else {
        for (const start of starts) {
          for (const c of listed ?? escaped ?? char) {
            const text = start + c.toLowerCase();
            const n = lengths.find((n) => words.has(text.slice(-n)));
            if (n === undefined) out.push(text);
            else most = Math.max(most, text.length - n);
          }
        }
        // The first of `+` or `{n,…}` (n > 0); what follows is not read.
        if (quantifier === "+" || quantifier === "{") return out.length > 0 ? null : out;
      }
      if (quantifier === "?") {
        out.push(...starts);
        next += src[next + 1] === "?" ? 2 : 1;
      }
      starts = [...new Set(out)];
      if (starts.length > 512) return null;
      i = next;
    }
    return starts;
  };
  for (const alternative of topLevelAlternatives(source)) {
    if (read(alternative, [""])?.length !== 0) return -1;
  }
  return most;
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
  // A `find` has a reach only when it declares one (it then takes the windows).
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
