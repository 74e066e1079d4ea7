/**
 * The line engine: scrubs complete lines in order, keeping the state that spans lines
 * (an open private-key block), the finding counts and the time budget of the current call.
 *
 * Per region of text: one scan finds the keywords and line shapes on each line, and one search
 * per remaining line filter finds its lines; each line runs only the detectors found for it, and
 * a line with none is copied untouched.
 * Lines longer than the limit are replaced whole by `[REDACTED:oversized-line]`.
 */
import { decodedView, originalRange } from "./decoded_view.ts";
import type { BlockDetector, Continuation, Detector } from "./detector.ts";
import { ScrubError } from "./errors.ts";
import type { KeywordHits } from "./keyword_index.ts";
import { type LineShape, ShapeAutomaton, shapeSlot } from "./line_shapes.ts";
import type { Masker } from "./mask.ts";
import { placeholder } from "./mask.ts";
import { acceptCandidates, matchDetector, SCRUB_LIMIT, type Span } from "./match.ts";
import { mergeSpans } from "./merge.ts";
import { MASK_TOKEN } from "./placeholders.ts";
import { LineFrame } from "./line_frame.ts";
import { matchCustom } from "./safe_pattern.ts";
import { OVERSIZED_LINE_ID, type Rules } from "./rules.ts";

/** Time is checked every this many lines (and after every long line). */
const LINES_PER_CLOCK_CHECK = 16;
const LONG_LINE = 4096;

/**
 * Lines that may sit inside a key block: base64 body (maybe quoted, `\n`-escaped or with a
 * trailing comma), blank, a `Header: value` line, or a log line (prefix added by the logger)
 * that ends in a long base64 run. A line wrapped the way the block's begin line was (see
 * ./line_frame.ts) is judged by the text inside the wrapping: body, blank or header, any length.
 */
const KEY_BODY_LINE = /^\s*["']?[A-Za-z0-9+/=_-]*(?:\\n)?["']?,?\s*$/;
/**
 * RFC 1421 (as OpenSSL reads it), RFC 4880 armor and PuTTY headers: a name, a colon and a space
 * (`INFO:app:done`, Python's default log format, is none).
 */
const KEY_HEADER_LINE = /^\s*[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*: \S/;
const PREFIXED_KEY_BODY_LINE = /\s[A-Za-z0-9+/]{40,}={0,2}\s*$/;

function mayBeKeyBody(line: string): boolean {
  return KEY_BODY_LINE.test(line) || KEY_HEADER_LINE.test(line) ||
    PREFIXED_KEY_BODY_LINE.test(line);
}

/** A JSON encoder may escape each `/` of base64 as `\/`. */
function unescapedSlashes(text: string): string {
  return text.includes("\\/") ? text.replaceAll("\\/", "/") : text;
}

/** The text inside a framed line that may be key body, blank or a header. */
function mayBeKeyText(text: string): boolean {
  const t = unescapedSlashes(text);
  return KEY_BODY_LINE.test(t) || KEY_HEADER_LINE.test(t);
}

/** The text inside a framed line that may be base64 key body, or blank. */
function mayBeBodyText(text: string): boolean {
  return KEY_BODY_LINE.test(unescapedSlashes(text));
}

/** Milliseconds spent per detector id (and in the keyword scan), for speed work. */
export type DetectorTimes = Map<string, number>;

/** Stands for "every line" among the candidate line starts of a keyword-free detector. */
const EVERY_LINE: number[] = [];

interface OpenBlock {
  detector: BlockDetector;
  lines: number;
  /** How the logger wrapped the begin line (the text around its marker), if it did. */
  frame: LineFrame | null;
}

/** A value that goes on below the line that opened it (see Detector.opens). */
interface OpenValue {
  detector: Detector;
  reader: Continuation;
}

export class LineEngine {
  readonly #rules: Rules;
  readonly #masker: Masker;
  readonly #counts = new Map<string, number>();
  readonly #times: DetectorTimes | undefined;
  #block: OpenBlock | null = null;
  #continued: OpenValue | null = null;
  #deadline = Infinity;

  constructor(rules: Rules, masker: Masker, times?: DetectorTimes) {
    this.#rules = rules;
    this.#masker = masker;
    this.#times = times;
  }

  /** Runs `work`, adding its duration to `label` when timing is on. */
  #timed<T>(label: string, work: () => T): T {
    if (this.#times === undefined) return work();
    const started = performance.now();
    const result = work();
    this.#times.set(label, (this.#times.get(label) ?? 0) + performance.now() - started);
    return result;
  }

  /** Starts the time budget of one call. */
  startCall(): void {
    this.#deadline = performance.now() + this.#rules.limits.timeBudgetMs;
  }

  counts(): Record<string, number> {
    return Object.fromEntries(this.#counts);
  }

  /**
   * The replacement for a line over the length limit. Inside a block it counts as one of the
   * block's lines and leaves the block open: it was never read, so it may have been key body.
   */
  oversizedLine(): string {
    if (this.#block !== null) this.#block.lines++;
    this.#count(OVERSIZED_LINE_ID);
    return placeholder(OVERSIZED_LINE_ID);
  }

  /**
   * Scrubs the lines of `text[from, to)`: the segments between newlines, the last one ending
   * at `to`. Returns the scrubbed region; newlines and unchanged lines are copied as they are.
   */
  scrubRegion(text: string, from: number, to: number): string {
    const parts: string[] = [];
    this.scrubRegionInto(text, from, to, parts);
    return parts.length === 1 ? parts[0] : parts.join("");
  }

  /**
   * scrubRegion, with the result appended to `parts` as pieces in order (slices of `text` and
   * replaced lines) instead of joined: a writer can encode them without one more copy, and
   * runs of plain text stay one-byte strings, which encode many times faster.
   */
  scrubRegionInto(text: string, from: number, to: number, parts: string[]): void {
    const rules = this.#rules;
    const hits = this.#times === undefined
      ? rules.index.scan(text, from, to)
      : this.#timed("(keyword and shape scan)", () => rules.index.scan(text, from, to));
    const shapeStarts = new Map<LineShape, number[]>();
    const candidates = rules.lineFinders.map((finder, k) => {
      if (finder === null) return EVERY_LINE;
      if (typeof finder === "string") {
        let starts = shapeStarts.get(finder);
        if (starts === undefined) {
          starts = hits.shapeStarts(finder);
          shapeStarts.set(finder, starts);
        }
        return starts;
      }
      if (this.#times === undefined) return candidateStarts(finder, text, from, to);
      return this.#timed(
        `${rules.detectors[rules.everyLine[k]].id} (region search)`,
        () => candidateStarts(finder, text, from, to),
      );
    });
    const lines = new LineDetectors(hits, candidates, rules.everyLine);
    let copyFrom = from;
    let lineNumber = 0;
    let lineStart = from;
    // The only loop here: per-line work sits in calls, so that V8's on-stack replacement enters
    // this loop and not an inner one (whose every exit would throw the optimized code away).
    for (;;) {
      const newline = text.indexOf("\n", lineStart);
      const lineEnd = newline === -1 || newline >= to ? to : newline;
      const replaced = this.#scrubLine(text, lineStart, lineEnd, lines.upTo(lineEnd));
      if (replaced !== null) {
        parts.push(text.slice(copyFrom, lineStart), replaced);
        copyFrom = lineEnd;
      }
      if (++lineNumber % LINES_PER_CLOCK_CHECK === 0 || lineEnd - lineStart > LONG_LINE) {
        this.#checkClock();
      }
      if (lineEnd >= to) break;
      lineStart = lineEnd + 1;
    }
    parts.push(copyFrom === 0 && to === text.length ? text : text.slice(copyFrom, to));
  }

  #checkClock(): void {
    if (performance.now() > this.#deadline) {
      throw new ScrubError(
        "time-budget",
        `scrubbing took longer than its budget of ${this.#rules.limits.timeBudgetMs} ms; ` +
          "send less text per call or raise limits.timeBudgetMs",
      );
    }
  }

  #count(id: string): void {
    this.#counts.set(id, (this.#counts.get(id) ?? 0) + 1);
  }

  /** The replacement for one line, or null when the line stays as it is. */
  #scrubLine(text: string, start: number, end: number, hit: readonly number[]): string | null {
    if (end - start > this.#rules.limits.maxLineLength) return this.oversizedLine();
    if (hit.length === 0 && this.#block === null && this.#continued === null) return null;
    const line = text.slice(start, end);
    if (this.#block !== null) {
      const inside = this.#continueBlock(line);
      if (inside !== undefined) return inside;
    }
    return this.#scrubOutsideBlock(line, hit);
  }

  /** Masks a line inside an open block; undefined when the block has ended before it. */
  #continueBlock(line: string): string | null | undefined {
    const block = this.#block!;
    const end = endMarkerEnd(block.detector, line);
    if (end !== -1) {
      this.#block = null;
      const rest = line.slice(end);
      return placeholder(block.detector.id) +
        (this.#scrubOutsideBlock(rest, this.#detectorsFor(rest), false) ?? rest);
    }
    if (staysInBlock(block, line)) {
      block.lines++;
      return line.trim() === "" ? null : placeholder(block.detector.id);
    }
    this.#block = null;
    return undefined;
  }

  /**
   * Scrubs text outside any block, where blocks may begin: from a begin marker on, the block is
   * masked; when its end marker is on the same line, the text after it is scrubbed the same way
   * (another block may begin there). Text before a begin marker is scrubbed as a line of its
   * own. `hit`: the detectors found for `line`. `wholeLine`: `line` is a whole line, so the text
   * around the first begin marker on it is how the logger wrapped it. Null when nothing is found.
   */
  #scrubOutsideBlock(line: string, hit: readonly number[], wholeLine = true): string | null {
    let out = "";
    let text = line;
    let found = hit;
    for (;;) {
      const begin = this.#firstBegin(text, found);
      const after = begin === null ? "" : text.slice(begin.at + begin.length);
      const end = begin === null ? -1 : endMarkerEnd(begin.detector, after);
      if (begin === null || (end === -1 && quotedInProse(after))) {
        const scrubbed = this.#scrubSingleLine(text, found, wholeLine && found === hit);
        return found === hit ? scrubbed : out + (scrubbed ?? text);
      }
      const { detector, at } = begin;
      this.#count(detector.id);
      out += this.#scrubFragment(text.slice(0, at)) + placeholder(detector.id);
      if (end === -1) {
        const frame = wholeLine && text === line
          ? LineFrame.around(text.slice(0, at), after)
          : null;
        this.#block = { detector, lines: 1, frame };
        return out;
      }
      text = after.slice(end);
      found = this.#detectorsFor(text);
    }
  }

  /** The earliest block begin marker in `line` among the block detectors in `hit`. */
  #firstBegin(line: string, hit: readonly number[]): BlockBegin | null {
    const rules = this.#rules;
    let first: BlockBegin | null = null;
    for (const d of hit) {
      // Single-line detectors come before the blocks, the escape markers after them.
      if (d < rules.detectors.length || d >= rules.hidingMarkers) continue;
      first = earlierBegin(first, rules.blockDetectors[d - rules.detectors.length], line);
    }
    return first;
  }

  /** Every detector that may match in `fragment`, a piece of a line without a scan of its own. */
  #detectorsFor(fragment: string): readonly number[] {
    if (fragment.length === 0) return [];
    return [
      ...this.#rules.index.scan(fragment).detectorsBefore(Infinity),
      ...this.#rules.everyLine,
    ];
  }

  /** Scrubs a piece of a line outside any block (before a begin marker). */
  #scrubFragment(fragment: string): string {
    if (fragment.length === 0) return fragment;
    return this.#scrubSingleLine(fragment, this.#detectorsFor(fragment)) ?? fragment;
  }

  /**
   * The single-line detectors that may match in the view `text`: by one keyword and shape scan
   * of it, or, for a view whose escapes only wrapped values, those of `wrapped` (the line's own)
   * and the keyword-free ones whose shape or filter occurs in it (no keyword scan).
   */
  #detectorsForView(text: string, wrapped: readonly number[] | null): number[] {
    const rules = this.#rules;
    const hits = wrapped === null ? rules.index.scan(text) : null;
    const found = (hits === null ? wrapped! : hits.detectorsBefore(Infinity))
      .filter((d) => d < rules.detectors.length);
    // Whether a shape occurs: from the scan, or from one pass of its group's automaton.
    const groupMasks: number[] = [];
    const hasShape = (shape: LineShape) => {
      if (hits !== null) return hits.shapeStarts(shape).length > 0;
      const { group, bit } = shapeSlot(shape);
      groupMasks[group] ??= ShapeAutomaton.shared()[group].shapesIn(text);
      return (groupMasks[group] & bit) !== 0;
    };
    const shapes = new Map<LineShape, boolean>();
    rules.everyLine.forEach((d, k) => {
      if (!found.includes(d) && mayMatch(rules.lineFinders[k], text, hasShape, shapes)) {
        found.push(d);
      }
    });
    return found;
  }

  /**
   * Finds secrets hidden by an encoding (./decoded_view.ts): detectors run on the decoded view
   * of `line`, and what they find is added to `spans` as the range of `line` it was decoded
   * from (text left unexamined, SCRUB_LIMIT, runs to the line's end). `wrapped`: see
   * #detectorsForView.
   */
  #findDecoded(line: string, spans: Span[], wrapped: readonly number[] | null): void {
    const view = decodedView(line);
    if (view === null) return;
    const rules = this.#rules;
    const text = view.text;
    for (const d of this.#detectorsForView(text, wrapped)) {
      if (d >= rules.detectors.length) continue;
      const detector = rules.detectors[d];
      const match = rules.custom.has(detector) ? matchCustom : matchDetector;
      for (const span of match(detector, text)) {
        const isLimit = span.detector === SCRUB_LIMIT;
        if (!isLimit && rules.allowlist.has(text.slice(span.start, span.end))) continue;
        const [start, end] = originalRange(view, span.start, span.end);
        spans.push({ start, end: isLimit ? line.length : end, detector: span.detector });
      }
    }
  }

  /**
   * The spans of `line` that belong to a value opened on a line above it (see Detector.opens);
   * when `line` is past that value, none, and the value is closed.
   */
  #continuedSpans(line: string): Span[] {
    const open = this.#continued;
    if (open === null) return [];
    const found = open.reader.next(line);
    if (found === null) {
      this.#continued = null;
      return [];
    }
    return acceptCandidates(open.detector, line, found).filter((span) =>
      span.detector === SCRUB_LIMIT || !this.#rules.allowlist.has(line.slice(span.start, span.end))
    );
  }

  /** Opens the value that goes on below `line`, if one of the detectors in `hit` finds one. */
  #openContinuation(line: string, hit: readonly number[]): void {
    const detectors = this.#rules.detectors;
    for (const d of hit) {
      const opens = d < detectors.length ? detectors[d].opens : undefined;
      const reader = opens?.(line) ?? null;
      if (reader !== null) {
        this.#continued = { detector: detectors[d], reader };
        return;
      }
    }
  }

  /**
   * Runs the given single-line detectors on a line, and on its decoded view when `hit` says its
   * escapes may hide a value, or may wrap one where a detector ran; null when nothing is found.
   * On a `wholeLine`, also what a value opened above holds of it, or the value it opens below.
   */
  #scrubSingleLine(line: string, hit: readonly number[], wholeLine = false): string | null {
    const rules = this.#rules;
    let spans: Span[] = wholeLine ? this.#continuedSpans(line) : [];
    let hiding = false, wrapping = false;
    for (const d of hit) {
      if (d >= rules.detectors.length) {
        hiding ||= d === rules.hidingMarkers;
        wrapping ||= d === rules.hidingMarkers + 1;
        continue;
      }
      const detector = rules.detectors[d];
      const match = rules.custom.has(detector) ? matchCustom : matchDetector;
      const found = this.#times === undefined
        ? match(detector, line)
        : this.#timed(detector.id, () => match(detector, line));
      for (const span of found) {
        if (
          span.detector !== SCRUB_LIMIT && rules.allowlist.has(line.slice(span.start, span.end))
        ) {
          continue;
        }
        spans.push(span);
      }
    }
    if (wholeLine && this.#continued === null) this.#openContinuation(line, hit);
    if (hiding || wrapping) {
      // Escapes that only wrap values hide no keyword: the detectors found for the line run
      // again, with the keyword-free ones whose shape or filter the view shows (a colour code
      // glued to a value hides its start from both).
      const wrapped = hiding ? null : hit;
      if (this.#times === undefined) this.#findDecoded(line, spans, wrapped);
      else this.#timed("(decoded views)", () => this.#findDecoded(line, spans, wrapped));
    }
    if (spans.length === 0) return null;
    if (line.includes("[")) spans = withoutMaskTokens(line, spans, rules.maskIds);
    if (spans.length === 0) return null;

    let out = "";
    let pos = 0;
    for (const span of mergeSpans(spans, (d) => rules.rank.get(d) ?? Infinity)) {
      const index = rules.rank.get(span.detector);
      out += line.slice(pos, span.start) +
        (index === undefined // SCRUB_LIMIT: unexamined text, masked whole
          ? placeholder(span.detector.id)
          : this.#masker.mask(
            span.detector.id,
            rules.strategies[index],
            line.slice(span.start, span.end),
          ));
      this.#count(span.detector.id);
      pos = span.end;
    }
    return out + line.slice(pos);
  }
}

/**
 * Whether a keyword-free detector's line finder lets it run on `text`: its line shape occurs
 * there (`hasShape`; answers kept in `shapes`), or its filter (or pattern) matches (null: a
 * custom pattern, which runs on every line).
 */
function mayMatch(
  finder: RegExp | LineShape | null,
  text: string,
  hasShape: (shape: LineShape) => boolean,
  shapes: Map<LineShape, boolean>,
): boolean {
  if (finder === null) return true;
  if (typeof finder === "string") {
    let found = shapes.get(finder);
    if (found === undefined) shapes.set(finder, found = hasShape(finder));
    return found;
  }
  finder.lastIndex = 0;
  const found = finder.test(text);
  finder.lastIndex = 0;
  return found;
}

/**
 * Plain words after a begin marker that has no end on its line: three or more in a row, apart
 * by spaces or commas. Key body, armor headers (`Proc-Type: 4,ENCRYPTED`, `Version: GnuPG v2`)
 * and a logger's closing quotes or fields (`","level":"info"}`) hold none, while a marker quoted
 * in a sentence (`expected "-----BEGIN PRIVATE KEY-----" header but got …`) is followed by them:
 * it starts no block, and the line is scrubbed as any other, unless key body follows it too (a
 * base64 run as long as a key line's), which keeps the block: that is failing closed.
 */
const PROSE = /[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){2}/;
const KEY_BODY_RUN = /[A-Za-z0-9+/]{40}/;

function quotedInProse(afterMarker: string): boolean {
  const after = afterMarker.length > 4096 ? afterMarker.slice(0, 4096) : afterMarker;
  return PROSE.test(after) && !KEY_BODY_RUN.test(after);
}

/** Where a block detector's begin marker matches on a line. */
interface BlockBegin {
  detector: BlockDetector;
  at: number;
  length: number;
}

/** Where the text after `detector`'s end marker in `text` starts, or -1 when there is none. */
function endMarkerEnd(detector: BlockDetector, text: string): number {
  detector.end.lastIndex = 0;
  const end = detector.end.exec(text);
  return end === null ? -1 : end.index + end[0].length;
}

/**
 * Whether `line` goes on with an open block (that has not ended on it). Up to the block's
 * maxLines lines, any line that may be key body does; past them, only base64 body (bare, quoted
 * or after a logger's prefix) and blank lines, as a key's headers come first: a long key is
 * masked to its end, while a header-like log line still ends a block that never closed. A line
 * wrapped like the begin line is judged the same way by the text inside its wrapping, so that
 * no line of a key logged one record per line passes, however short, while a log message with
 * words in it still ends a block that never closed.
 */
function staysInBlock(block: OpenBlock, line: string): boolean {
  const within = block.lines < block.detector.maxLines;
  if (within ? mayBeKeyBody(line) : KEY_BODY_LINE.test(line) || PREFIXED_KEY_BODY_LINE.test(line)) {
    return true;
  }
  return block.frame !== null && block.frame.holds(line, within ? mayBeKeyText : mayBeBodyText);
}

/** `detector`'s begin on `line` when it comes before `first` (or there is no `first`). */
function earlierBegin(
  first: BlockBegin | null,
  detector: BlockDetector,
  line: string,
): BlockBegin | null {
  detector.begin.lastIndex = 0;
  const m = detector.begin.exec(line);
  if (m === null || (first !== null && m.index >= first.at)) return first;
  return { detector, at: m.index, length: m[0].length };
}

/** The detectors to run on each line of a region, line by line in order. */
class LineDetectors {
  readonly #cursors: number[];
  /** No keyword-free detector may match before this position (-Infinity: not known yet). */
  #nextCandidate = -Infinity;

  constructor(
    private readonly hits: KeywordHits,
    /** Per keyword-free detector: the sorted positions where it may match, or EVERY_LINE. */
    private readonly candidates: readonly number[][],
    private readonly everyLine: readonly number[],
  ) {
    this.#cursors = candidates.map(() => 0);
  }

  /** The detectors for the line ending at `lineEnd` (the next line not asked for yet). */
  upTo(lineEnd: number): readonly number[] {
    const keyed = this.hits.detectorsBefore(lineEnd);
    if (this.#nextCandidate > lineEnd) return keyed;
    let detectors: number[] | null = null;
    let next = Infinity;
    for (let k = 0; k < this.candidates.length; k++) {
      const starts = this.candidates[k];
      let found = starts === EVERY_LINE;
      if (found) next = -Infinity;
      else {
        let cursor = this.#cursors[k];
        for (; cursor < starts.length && starts[cursor] <= lineEnd; cursor++) found = true;
        this.#cursors[k] = cursor;
        if (cursor < starts.length) next = Math.min(next, starts[cursor]);
      }
      if (!found) continue;
      detectors ??= [...keyed];
      detectors.push(this.everyLine[k]);
    }
    this.#nextCandidate = next;
    return detectors ?? keyed;
  }
}

/**
 * Where `finder` (a detector pattern with the `m` flag) matches in `text[from, to)`: the start
 * of each match. A match that crosses a newline does not hide the next line: the search
 * resumes at that line's start. Every line where the pattern matches on its own contains one
 * of these starts (the `m` flag makes `^` and `$` line anchors, and a newline before or after
 * a line looks to lookarounds like the start or end of the line).
 */
function candidateStarts(finder: RegExp, text: string, from: number, to: number): number[] {
  const starts: number[] = [];
  finder.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = finder.exec(text)) !== null && m.index < to) {
    starts.push(m.index);
    const end = m.index + m[0].length;
    const newline = text.indexOf("\n", m.index);
    if (newline !== -1 && newline < end) finder.lastIndex = newline + 1;
    else if (m[0].length === 0) finder.lastIndex = end + 1;
  }
  finder.lastIndex = 0;
  return starts;
}

/**
 * Drops candidates that lie inside this engine's own output tokens (re-scrubbing is stable). A
 * token counts only when it names a finding id these rules can write (`maskIds`): text dressed
 * up as a token, `[REDACTED:4111-1111-1111-1111]`, is still scrubbed.
 */
function withoutMaskTokens(line: string, spans: Span[], maskIds: ReadonlySet<string>): Span[] {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of line.matchAll(MASK_TOKEN)) {
    if (!maskIds.has(maskTokenId(m[0]))) continue;
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  if (starts.length === 0) return spans;
  return spans.filter((s) => {
    // The last token starting at or before the span (tokens do not overlap; starts ascend).
    let low = 0, high = starts.length - 1, at = -1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      if (starts[mid] <= s.start) {
        at = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    return at === -1 || s.end > ends[at];
  });
}

/** The finding id a token of MASK_TOKEN names: `[REDACTED:<id>]`, `[REDACTED:<id> …1234]`, `[<id>:<hex>]`. */
function maskTokenId(token: string): string {
  const redacted = "[REDACTED:";
  if (!token.startsWith(redacted)) return token.slice(1, token.indexOf(":"));
  const space = token.indexOf(" ");
  return token.slice(redacted.length, space === -1 ? -1 : space);
}
