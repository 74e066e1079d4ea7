/**
 * The line engine: scrubs complete lines in order, keeping the state that spans lines (an open
 * private-key block, a value that goes on below its line), the finding counts and the time
 * budget of the current call.
 *
 * Per region of text, the prefilter (./prefilter/) says which detectors must run on which lines;
 * each line runs only those, and a line with none is copied untouched. Lines longer than the
 * limit are replaced whole by `[REDACTED:oversized-line]`.
 */
import {
  type DecodedView,
  holdsQuotedPrintable,
  nestedView,
  originalRange,
} from "./decoded_view.ts";
import { forEachPayload } from "./encoded_payloads.ts";
import type { Continuation, Detector } from "./detector.ts";
import { ScrubError } from "./errors.ts";
import {
  type BlockBegin,
  earlierBegin,
  endMarkerEnd,
  holdsKeyBody,
  type OpenBlock,
  quotedInProse,
  staysInBlock,
} from "./key_block_lines.ts";
import { LineFrame } from "./line_frame.ts";
import { listedIds } from "./listed_ids.ts";
import type { Masker } from "./mask.ts";
import { placeholder } from "./mask.ts";
import { withoutMaskTokens } from "./mask_tokens.ts";
import {
  acceptCandidates,
  matchDetector,
  matchWith,
  NO_SPANS,
  SCRUB_LIMIT,
  type Span,
} from "./match.ts";
import { mergeSpans } from "./merge.ts";
import type { RegionLines, Target } from "./prefilter/mod.ts";
import { matchCustom } from "./safe_pattern.ts";
import { OVERSIZED_LINE_ID, type Rules } from "./rules.ts";
import { reachOf, WINDOWED_MIN_LINE, windowsIn } from "./windowed_match.ts";

/** Time is checked every this many lines (and after every long line). */
const LINES_PER_CLOCK_CHECK = 16;
const LONG_LINE = 4096;

/**
 * Runs `work(...args)` and adds its duration to `label` (./detector_times.ts). The arguments are
 * passed, not captured by a closure: a variable that a closure captures lives in a context
 * object, which V8 allocates on every call of the function that declares it, whether or not the
 * closure is made (in #runDetector, a context per detector run: 14 MB on the 20 MB mixed log).
 */
export type EngineTimer = <A extends unknown[], T>(
  label: string,
  work: (...args: A) => T,
  ...args: A
) => T;

type DetectorTarget = Extract<Target, { type: "detector" }>;

/** A line of at least WINDOWED_MIN_LINE characters of a region, and its keywords' positions. */
interface LongLine {
  lines: RegionLines<Target>;
  start: number;
  end: number;
  keywordEnds: Map<Target, number[]> | null;
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
  /** Given for speed work only (see EngineTimer). */
  readonly #timer: EngineTimer | undefined;
  #block: OpenBlock | null = null;
  #continued: OpenValue | null = null;
  #deadline = Infinity;
  /** The long line being scrubbed, for its keywords' positions (see ./windowed_match.ts). */
  #longLine: LongLine | null = null;
  /** The lines of the region being scrubbed, for the runs its scan found on each. */
  #region: RegionLines<Target> | null = null;
  /** The last long piece of a line scrubbed apart from it, and its keywords' positions. */
  #fragment: { text: string; ends: Map<Detector, number[]> } | null = null;

  constructor(rules: Rules, masker: Masker, timer?: EngineTimer) {
    this.#rules = rules;
    this.#masker = masker;
    this.#timer = timer;
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
    const copyFrom = this.#scrubLinesInto(text, from, to, parts);
    parts.push(copyFrom === 0 && to === text.length ? text : text.slice(copyFrom, to));
  }

  /**
   * The lines of scrubRegionInto, less the text after the last line replaced: returns where
   * that text starts. Nothing follows the loop but the return: V8 compiles this function while
   * its loop runs (on-stack replacement), before any code after the loop has run, and code there
   * would throw the compiled loop away when it first ends (some 30 ms of compiling, again).
   */
  #scrubLinesInto(text: string, from: number, to: number, parts: string[]): number {
    const lines = this.#rules.prefilter.lines(text, from, to, this.#timer);
    this.#region = lines;
    let copyFrom = from;
    let lineNumber = 0;
    let lineStart = from;
    // The only loop here: per-line work sits in calls, so that V8's on-stack replacement enters
    // this loop and not an inner one (whose every exit would throw the optimized code away).
    for (;;) {
      const newline = text.indexOf("\n", lineStart);
      const lineEnd = newline === -1 || newline >= to ? to : newline;
      const work = lines.upTo(lineEnd);
      // A CRLF line's \r is its line break's, not its text's: readers that look at how a line
      // ends (a block scalar's `|`, a command's closing `\`) would not see their mark before it,
      // and the value continued on the next lines would go out unread. It is copied with the \n.
      const end = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13
        ? lineEnd - 1
        : lineEnd;
      this.#longLine = end - lineStart >= WINDOWED_MIN_LINE
        ? { lines, start: lineStart, end, keywordEnds: null }
        : null;
      const replaced = this.#scrubLine(text, lineStart, end, work);
      if (replaced !== null) {
        parts.push(text.slice(copyFrom, lineStart), replaced);
        copyFrom = end;
      }
      if (++lineNumber % LINES_PER_CLOCK_CHECK === 0 || lineEnd - lineStart > LONG_LINE) {
        this.#checkClock();
      }
      if (lineEnd >= to) return copyFrom;
      lineStart = lineEnd + 1;
    }
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
  #scrubLine(text: string, start: number, end: number, work: readonly Target[]): string | null {
    if (end - start > this.#rules.limits.maxLineLength) return this.oversizedLine();
    if (
      (work.length === 0 || (work.length === 1 && work[0].type === "escaped-strings")) &&
      this.#block === null && this.#continued === null
    ) return null;
    const line = text.slice(start, end);
    this.#region?.presetLine(line, start, end);
    if (this.#block !== null) {
      const inside = this.#continueBlock(line);
      if (inside !== undefined) return inside;
    }
    return this.#scrubOutsideBlock(line, work);
  }

  /** Masks a line inside an open block; undefined when the block has ended before it. */
  #continueBlock(line: string): string | null | undefined {
    const block = this.#block!;
    const end = endMarkerEnd(block.detector, line);
    if (end !== -1) {
      this.#block = null;
      const rest = line.slice(end);
      const work = this.#rules.prefilter.inFragment(rest);
      return placeholder(block.detector.id) + (this.#scrubOutsideBlock(rest, work, false) ?? rest);
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
   * own. `work`: what the prefilter found for `line`. `wholeLine`: `line` is a whole line, so
   * the text around the first begin marker on it is how the logger wrapped it. Null when nothing
   * is found.
   */
  #scrubOutsideBlock(line: string, work: readonly Target[], wholeLine = true): string | null {
    let out = "";
    let text = line;
    // The targets of `text`; null after a block that ended on the line, until the text after it
    // is scrubbed: its begin markers are looked for by every block detector meanwhile (a begin
    // marker holds one of its keywords), not by a keyword scan of the rest of the line after
    // each block, which made a line of many blocks cost its length times their number.
    let found: readonly Target[] | null = work;
    for (;;) {
      // Without targets, every block detector's (LinePrefilter.blocks): where each may begin is
      // searched without a keyword scan.
      const blocks = found ?? this.#rules.prefilter.blocks;
      const begin = firstBegin(text, blocks);
      const after = begin === null ? "" : text.slice(begin.at + begin.length);
      const end = begin === null ? -1 : endMarkerEnd(begin.detector, after);
      if (
        begin === null || (end === -1 ? quotedInProse(after) : quotedPair(after, end, blocks))
      ) {
        found ??= this.#rules.prefilter.inFragment(text);
        const scrubbed = this.#scrubSingleLine(text, found, wholeLine && found === work);
        return found === work ? scrubbed : out + (scrubbed ?? text);
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
      found = null;
    }
  }

  /** Scrubs a piece of a line outside any block (before a begin marker). */
  #scrubFragment(fragment: string): string {
    if (fragment.length === 0) return fragment;
    return this.#scrubSingleLine(fragment, this.#rules.prefilter.inFragment(fragment)) ?? fragment;
  }

  /**
   * Runs the single-line detectors in `work` on a line, and on its decoded view when `work` says
   * its escapes may hide a value, or may wrap one where a detector ran; null when nothing is
   * found. A line carrying strings in a string (JSON in a JSON string) is read on its view alone,
   * decoded to the innermost level, as the text it carries (its raw escaped quotes would end or
   * stretch values where that text does not), unless other escapes hide something there too.
   * On a `wholeLine`, also what a value opened above holds of it, or the value it opens below.
   */
  #scrubSingleLine(line: string, work: readonly Target[], wholeLine = false): string | null {
    // Only while a value is open: #continuedSpans' closure makes a context on every call (see
    // EngineTimer).
    const spans: Span[] = wholeLine && this.#continued !== null ? this.#continuedSpans(line) : [];
    const continued = spans.length;
    let hiding = false, wrapping = false, checked = false;
    /** Where the detectors left to read on the view alone start in `work` (-1: none). */
    let unread = -1;
    for (let i = 0; i < work.length; i++) {
      const type = work[i].type;
      if (type === "hiding-escapes") hiding = true;
      else if (type === "wrapping-escapes") wrapping = true;
      else if (type === "checked-escapes") checked = true;
      else if (type === "escaped-strings") unread = i;
    }
    // Quoted-printable's marks call for a view only where one is. Strings in a string, nothing
    // hidden: the line is read on its view alone, and nothing its detectors would find on the
    // raw line is kept. With no view, or escapes hiding something too, the line is read raw to
    // its end (fails closed): first the detectors before the strings' mark, set aside, then the
    // rest, after what its payloads hold.
    /** The line's decoded view once looked for (undefined: not looked for; null: it has none). */
    let view: DecodedView | null | undefined;
    if (checked && !hiding) hiding = holdsQuotedPrintable(line);
    if (unread !== -1 && !hiding) view = nestedView(line);
    /** What the detectors before the strings' mark found on the raw line, set aside. */
    let raw: readonly Span[] = NO_SPANS;
    if (!view) {
      this.#runEach(work, 0, unread === -1 ? work.length : unread, line, spans, wholeLine);
      if (unread !== -1) raw = spans.splice(continued);
    }
    if (wholeLine && this.#continued === null) this.#openContinuation(line, work);
    // A line marked as holding a base64 payload, or an encoding, may hold payloads
    // (./encoded_payloads.ts).
    if (hiding || checked) this.#findEncoded(line, spans);
    if (view) {
      this.#readStrings(line, view, spans, work);
      return this.#masked(line, spans);
    }
    if (unread !== -1) {
      spans.push(...raw);
      this.#runEach(work, unread, work.length, line, spans, wholeLine);
    }
    if (hiding || wrapping) {
      // Escapes that only wrap values hide no keyword: the detectors found for the line run
      // again, with the keyword-free ones whose shape or filter the view shows (a colour code
      // glued to a value hides its start from both).
      const wrapped = hiding ? null : work;
      if (this.#timer === undefined) this.#findDecoded(line, spans, wrapped, view);
      else this.#timer("(decoded views)", this.#findDecoded.bind(this), line, spans, wrapped, view);
    }
    return this.#masked(line, spans);
  }

  /** #runDetector for each detector of `work[from, to)`, in order. */
  #runEach(
    work: readonly Target[],
    from: number,
    to: number,
    line: string,
    spans: Span[],
    wholeLine: boolean,
  ): void {
    for (let i = from; i < to; i++) {
      const target = work[i];
      if (target.type === "detector") this.#runDetector(target, line, spans, wholeLine);
    }
  }

  /**
   * Adds what `target`'s detector finds on `line` to `spans`, less the allowlisted values. On a
   * long line, a detector with a reach is tried only near its anchors, or near its keywords when
   * `line` is a `wholeLine` (whose keywords the region's scan found).
   */
  #runDetector(target: DetectorTarget, line: string, spans: Span[], wholeLine: boolean): void {
    const { detector } = target;
    const rules = this.#rules;
    // Most policies have no custom pattern: no set lookup per detector and line then.
    const custom = rules.custom.size !== 0 && rules.custom.has(detector);
    const windows = mayWindow(detector, custom, line)
      ? (wholeLine
        ? windowsIn(detector, line, this.#longLine?.start ?? 0, this.#keywordEnds(target))
        : windowsIn(detector, line, 0, this.#fragmentEnds(line).get(detector)))
      : undefined;
    // The target's copies of the detector's members (one shape for all: see detectorTarget).
    const found = this.#timer !== undefined
      ? this.#timer(detector.id, custom ? matchCustom : matchDetector, detector, line, windows)
      : custom
      ? matchCustom(detector, line)
      : matchWith(detector, target.gate, target.find, target.pattern, line, windows);
    // An index loop: most detectors find nothing, and an iterator costs more than the check.
    for (let i = 0; i < found.length; i++) {
      const span = found[i];
      if (span.detector !== SCRUB_LIMIT && rules.allowlist.has(line.slice(span.start, span.end))) {
        continue;
      }
      spans.push(span);
    }
  }

  /** Where `target`'s keywords end on the long line being scrubbed (a whole line). */
  #keywordEnds(target: DetectorTarget): readonly number[] | undefined {
    const long = this.#longLine;
    if (long === null) return undefined;
    long.keywordEnds ??= long.lines.keywordEnds(long.start, long.end, searchedNearKeywords);
    return long.keywordEnds.get(target);
  }

  /**
   * Where each detector's keywords end in `fragment`, a long piece of a line (before or after a
   * private key block on it), which the region's scan does not cover: one scan of the piece,
   * kept for the detectors that run on it after the first.
   */
  #fragmentEnds(fragment: string): Map<Detector, number[]> {
    const last = this.#fragment;
    if (last !== null && last.text === fragment) return last.ends;
    const ends = this.#rules.prefilter.keywordEndsIn(fragment);
    this.#fragment = { text: fragment, ends };
    return ends;
  }

  /**
   * Finds secrets hidden by an encoding (./decoded_view.ts): detectors run on the decoded view
   * of `line`, and what they find is added to `spans` as the range of `line` it was decoded
   * from (text left unexamined, SCRUB_LIMIT, runs to the line's end). `wrapped`: the line's own
   * work when its escapes only wrap values, null when they may hide one (see
   * LinePrefilter.inView). `view`: the line's view when the caller has looked for it already.
   */
  #findDecoded(
    line: string,
    spans: Span[],
    wrapped: readonly Target[] | null,
    view: DecodedView | null = nestedView(line),
  ): void {
    if (view === null) return;
    const rules = this.#rules;
    const text = view.text;
    // A view of line breaks and tabs only is scanned near them only (LinePrefilter.inView).
    const breaks = wrapped && view.breaks ? view.edits : undefined;
    const detectors = rules.prefilter.inView(text, wrapped, breaks);
    // A long view, like a long line, is searched only near the keywords where a reach allows.
    const ends = text.length >= WINDOWED_MIN_LINE && detectors.some(nearKeywords)
      ? rules.prefilter.keywordEndsIn(text)
      : null;
    for (const detector of detectors) {
      const custom = rules.custom.has(detector);
      const windows = mayWindow(detector, custom, text)
        ? windowsIn(detector, text, 0, ends?.get(detector))
        : undefined;
      const match = custom ? matchCustom : matchDetector;
      for (const span of match(detector, text, windows)) {
        const isLimit = span.detector === SCRUB_LIMIT;
        if (!isLimit && rules.allowlist.has(text.slice(span.start, span.end))) continue;
        const [start, end] = originalRange(view, span.start, span.end);
        spans.push({ start, end: isLimit ? line.length : end, detector: span.detector });
      }
    }
  }

  /**
   * Reads `line`, whose escapes only quote strings inside a string, on `view`, its view decoded
   * to the innermost string (nestedView), which shows the line's own keywords and shapes: the
   * detectors of `work` run on it as on a piece of a line, and what they find is added to
   * `spans` as the range of `line` it was decoded from.
   */
  #readStrings(line: string, view: DecodedView, spans: Span[], work: readonly Target[]): void {
    // Index loops, no destructuring: an iterator's objects on every line read so.
    const found: Span[] = [];
    this.#runEach(work, 0, work.length, view.text, found, false);
    for (let i = 0; i < found.length; i++) {
      const span = found[i], range = originalRange(view, span.start, span.end);
      spans.push({
        ...span,
        start: range[0],
        end: span.detector === SCRUB_LIMIT ? line.length : range[1],
      });
    }
  }

  /**
   * Finds what base64 payloads on `line` carry (./encoded_payloads.ts): the detectors run once on
   * the text a run decodes to, and a run where one finds something is masked whole, as that
   * detector's finding (text a detector left unexamined, SCRUB_LIMIT, masks it with the
   * placeholder); runs inside a span already found are not decoded.
   */
  #findEncoded(line: string, spans: Span[]): void {
    const rules = this.#rules;
    forEachPayload(line, (start, end, text) => {
      if (spans.some((span) => span.start <= start && span.end >= end)) return;
      let limit = false;
      const detector = rules.prefilter.inView(text, null).find((d) =>
        (rules.custom.has(d) ? matchCustom : matchDetector)(d, text).some((span) =>
          (limit = span.detector === SCRUB_LIMIT) ||
          !rules.allowlist.has(text.slice(span.start, span.end))
        )
      );
      if (detector) {
        spans.push({ start, end, detector: limit ? SCRUB_LIMIT : detector, whole: true });
      }
    });
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

  /** Opens the value that goes on below `line`, if one of the detectors in `work` finds one. */
  #openContinuation(line: string, work: readonly Target[]): void {
    for (let i = 0; i < work.length; i++) {
      const target = work[i];
      if (target.type !== "detector") continue;
      const reader = target.opens?.(line) ?? null;
      if (reader !== null) {
        this.#continued = { detector: target.detector, reader };
        return;
      }
    }
  }

  /** `line` with `spans` masked (all but those inside the engine's own tokens); null for none. */
  #masked(line: string, found: Span[]): string | null {
    const rules = this.#rules;
    const spans = found.length > 0 && line.includes("[")
      ? withoutMaskTokens(line, found, rules.maskIds)
      : found;
    if (spans.length === 0) return null;
    const rankOf = (d: Detector) => rules.rank.get(d) ?? Infinity;
    let merged = mergeSpans(spans, rankOf);
    const listed = listedIds(line, merged);
    if (listed.length !== 0) merged = mergeSpans([...merged, ...listed], rankOf);
    let out = "";
    let pos = 0;
    for (const span of merged) {
      const index = rules.rank.get(span.detector);
      out += line.slice(pos, span.start) +
        (index === undefined // SCRUB_LIMIT: unexamined text, masked whole
          ? placeholder(span.detector.id)
          : this.#masker.mask(
            span.detector.id,
            // A span wider than its detector's match shows no tail (Span.whole).
            span.whole && rules.strategies[index] === "partial"
              ? "placeholder"
              : rules.strategies[index],
            line.slice(span.start, span.end),
            span.detector.label,
          ));
      this.#count(span.detector.id);
      pos = span.end;
    }
    return out + line.slice(pos);
  }
}

/**
 * A begin marker whose end marker follows on its line with no key between them (`after`: the
 * text after the begin marker; `end`: where the text after the end marker starts) and no other
 * begin marker after it: markers quoted in prose, so no block; the line is scrubbed as any other.
 */
function quotedPair(after: string, end: number, work: readonly Target[]): boolean {
  return !holdsKeyBody(after.slice(0, end)) && firstBegin(after.slice(end), work) === null;
}

/** The earliest block begin marker in `line` among the block detectors in `work`. */
function firstBegin(line: string, work: readonly Target[]): BlockBegin | null {
  let first: BlockBegin | null = null;
  for (let i = 0; i < work.length; i++) {
    const target = work[i];
    if (target.type === "block") first = earlierBegin(first, target.detector, line);
  }
  return first;
}

/** Whether a target is a detector searched near its keywords on a long line (mayWindow's). */
const searchedNearKeywords = (target: Target): boolean => {
  return target.type === "detector" && nearKeywords(target.detector);
};

/** Whether `detector` is searched near its keywords in a long text: a reach, not anchored. */
const nearKeywords = (detector: Detector): boolean => {
  const reach = reachOf(detector);
  return reach !== undefined && reach.anchor === undefined;
};

/**
 * Whether `text` may be searched in windows for `detector` (./windowed_match.ts): a long text and
 * a builtin detector with a reach; asked before the windows are built, so short lines cost no call.
 */
function mayWindow(detector: Detector, custom: boolean, text: string): boolean {
  return text.length >= WINDOWED_MIN_LINE && !custom && reachOf(detector) !== undefined;
}
