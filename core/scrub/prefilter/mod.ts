/**
 * The prefilter answers one question for the line engine: for these lines, which detectors must
 * run on which lines. Each line then runs only those, and a line with none is copied untouched.
 *
 * A detector says how its lines are found (Detector.prefilter): by keywords, found by one
 * Aho-Corasick scan of the text (./keyword_index.ts, in WebAssembly where it can: ./wasm/); by a
 * line shape, found in the same pass (./line_shapes.ts); or by a cheap filter pattern searched
 * once over the text. A detector that declares none is found by a search of its own pattern: the
 * naive path, exact and slower, which the tests also use as the oracle every fast path must agree
 * with (a fast path may let a detector run on more lines, never on fewer).
 */
import type { BlockDetector, Detector, Prefilter } from "../detector.ts";
import { candidateStarts, EVERY_LINE, RegionLines } from "./candidate_lines.ts";
import {
  type Keyword,
  type KeywordHits,
  KeywordIndex,
  WORD_END,
  WORD_START,
} from "./keyword_index.ts";
import { ShapeAutomaton, shapeSlot } from "./line_shapes.ts";
import type { LineShape } from "./types.ts";
import { KEY_WORD_LEADS } from "../kv/assignments.ts";

export type { RegionLines } from "./candidate_lines.ts";
export type { LineShape } from "./types.ts";

/** Work the prefilter finds for a line. */
export type Target =
  /**
   * A single-line detector that may match there, and the members of it the engine reads on every
   * line it runs on, copied (see detectorTarget).
   */
  | {
    readonly type: "detector";
    readonly detector: Detector;
    readonly gate: Detector["gate"];
    readonly find: Detector["find"];
    readonly pattern: RegExp;
    readonly opens: Detector["opens"];
  }
  /** A block detector whose begin marker may be there. */
  | { readonly type: "block"; readonly detector: BlockDetector }
  /** Escapes that may hide a value from every detector: its decoded view is searched too. */
  | { readonly type: "hiding-escapes" }
  /** Escapes that may wrap a value where a detector ran: its decoded view is searched too. */
  | { readonly type: "wrapping-escapes" }
  /** Strings inside a string (JSON in a JSON string): its decoded view is searched instead. */
  | { readonly type: "escaped-strings" }
  /**
   * Marks of an encoding checked before any work: a base64 payload's (its runs decoded and read,
   * ../encoded_payloads.ts), quoted-printable's (a decoded view when the line holds one).
   */
  | { readonly type: "checked-escapes" };

type DetectorTarget = Extract<Target, { type: "detector" }>;

/**
 * A detector's target. The detectors are objects of some thirty shapes (each declares the members
 * it has), so that reading `gate`, `find` or `opens` from one is a megamorphic lookup; the targets
 * are all of one shape, and the engine reads them there (400,000 detector runs on the 20 MB
 * key/value log). A detector's members are set when it is built, before any prefilter is.
 */
export function detectorTarget(detector: Detector): DetectorTarget {
  const { gate, find, pattern, opens } = detector;
  return { type: "detector", detector, gate, find, pattern, opens };
}

export interface PrefilterSpec {
  /** Single-line detectors, highest priority first. */
  detectors: readonly Detector[];
  blocks: readonly BlockDetector[];
  /**
   * Detectors that run on every line unless keywords say otherwise, whatever else they declare:
   * custom policy patterns, which only ever see bounded windows of a line.
   */
  unsearched: ReadonlySet<Detector>;
  /**
   * Keywords of the escapes that call for a decoded view of a line (../decoded_view.ts), and of
   * those checked first (a base64 payload's marks, quoted-printable's: ../encoded_payloads.ts).
   */
  escapes: {
    hiding: readonly string[];
    wrapping: readonly string[];
    checked?: readonly string[];
    strings?: readonly string[];
  };
}

/** Runs `work`; where timing is on, adds its duration to `label`. */
export type Timer = <T>(label: string, work: () => T) => T;

const untimed: Timer = (_label, work) => work();

/** How the lines of a keyword-free detector are found: its shape, a search, or every line. */
type LineFinder = LineShape | RegExp | null;

export class LinePrefilter {
  readonly #index: KeywordIndex;
  /** The target of each keyword list of #index. */
  readonly #keyed: readonly Target[];
  /** The detectors without keywords, in priority order, and how their lines are found. */
  readonly #keywordFree: readonly DetectorTarget[];
  readonly #finders: readonly LineFinder[];
  /** The targets of keyword lists with word bounds (see inView). */
  readonly #bounded: ReadonlySet<Target>;
  /** The target of each block detector, in order (also among #keyed). */
  readonly blocks: readonly Target[];
  /** The text inFragment or inView scanned last, and its hits: keywordEndsIn reads them again. */
  #lastScan: { text: string; hits: KeywordHits } | null = null;

  constructor(spec: PrefilterSpec) {
    const keyed: Target[] = [];
    const keywordLists: (readonly Keyword[])[] = [];
    const keywordFree: DetectorTarget[] = [];
    const finders: LineFinder[] = [];
    const bounded = new Set<Target>();
    for (const detector of spec.detectors) {
      const target = detectorTarget(detector);
      const prefilter = detector.prefilter;
      if (prefilter?.keywords !== undefined) {
        keyed.push(target);
        const list = boundedKeywords(prefilter);
        if (list !== prefilter.keywords) bounded.add(target);
        keywordLists.push(list);
        continue;
      }
      keywordFree.push(target);
      if (spec.unsearched.has(detector)) finders.push(null);
      else if (prefilter?.shape !== undefined) finders.push(prefilter.shape);
      else {
        const p = prefilter?.filter ?? detector.pattern;
        finders.push(new RegExp(p.source, p.flags.replace(/[dgmy]/g, "") + "gm"));
      }
    }
    for (const detector of spec.blocks) keywordLists.push(detector.prefilter.keywords);
    keyed.push(...(this.blocks = spec.blocks.map((detector) => ({ type: "block", detector }))));
    keyed.push({ type: "hiding-escapes" }, { type: "wrapping-escapes" }, {
      type: "checked-escapes",
    }, { type: "escaped-strings" });
    const { hiding, wrapping, checked = [], strings = [] } = spec.escapes;
    keywordLists.push(hiding, wrapping, checked, strings);
    this.#index = new KeywordIndex(keywordLists, { marks: KEY_WORD_LEADS });
    this.#keyed = keyed;
    this.#keywordFree = keywordFree;
    this.#finders = finders;
    this.#bounded = bounded;
  }

  /** The targets of each line of `text[from, to)`, asked for line by line in order. */
  lines(text: string, from: number, to: number, timed: Timer = untimed): RegionLines<Target> {
    const hits = timed("(keyword and shape scan)", () => this.#index.scan(text, from, to, true));
    const shapeStarts = new Map<LineShape, number[]>();
    const candidates = this.#finders.map((finder, k) => {
      if (finder === null) return EVERY_LINE;
      if (typeof finder === "string") {
        let starts = shapeStarts.get(finder);
        if (starts === undefined) shapeStarts.set(finder, starts = hits.shapeStarts(finder));
        return starts;
      }
      const label = `${this.#keywordFree[k].detector.id} (region search)`;
      return timed(label, () => candidateStarts(finder, text, from, to));
    });
    return new RegionLines(hits, this.#keyed, candidates, this.#keywordFree);
  }

  /**
   * The targets for a piece of a line that had no scan of its own (the text around a private-key
   * block's markers): those of the keywords in it, and the keyword-free detectors whose shape or
   * filter occurs in it, as on a line (a long line's many keys left many pieces, each searched
   * by every keyword-free detector).
   */
  inFragment(fragment: string): readonly Target[] {
    if (fragment.length === 0) return [];
    const hits = this.#scan(fragment);
    const hasShape = shapesIn(fragment, hits);
    const free = this.#keywordFree.filter((_, k) => mayMatch(this.#finders[k], fragment, hasShape));
    return [...hits.targetsBefore(Infinity, this.#keyed), ...free];
  }

  /**
   * The single-line detectors that may match in `text`, the decoded view of a line: by one
   * keyword and shape scan of it; or, for a view whose escapes only wrapped values, those of
   * `wrapped` (the line's own targets) and the keyword-free ones whose shape or filter occurs in
   * the view (it hides no keyword). A keyword bounded at a word's start or end may be bounded only
   * in the view (`\x1b[1m7z`, `\n7z` decoded): those detectors are also read from a scan of it;
   * of a view whose escapes are all line breaks and tabs (`breaks`: its edits, DecodedView.breaks),
   * a scan of the text around them only (nearBreaks: the line's scan counts a word's start after
   * one already, and a keyword differs only where its blank is one).
   */
  inView(text: string, wrapped: readonly Target[] | null, breaks?: readonly number[]): Detector[] {
    // With bounded keywords the view is scanned either way: its shapes are read from that scan
    // (from their automata when the scan is of pieces of it).
    const hits = wrapped === null || this.#bounded.size > 0
      ? this.#scan(breaks ? nearBreaks(text, breaks) : text)
      : null;
    const found: Detector[] = [];
    for (const t of wrapped ?? hits!.targetsBefore(Infinity, this.#keyed)) {
      if (t.type === "detector") found.push(t.detector);
    }
    if (wrapped && hits) {
      for (const t of hits.targetsBefore(Infinity, this.#keyed)) {
        if (this.#bounded.has(t) && t.type === "detector" && !found.includes(t.detector)) {
          found.push(t.detector);
        }
      }
    }
    const hasShape = shapesIn(text, breaks ? null : hits);
    this.#keywordFree.forEach(({ detector }, k) => {
      if (!found.includes(detector) && mayMatch(this.#finders[k], text, hasShape)) {
        found.push(detector);
      }
    });
    return found;
  }

  /** A fresh scan of `text` (its hits not consumed), kept as the last scan. */
  #scan(text: string): KeywordHits {
    const hits = this.#index.scan(text);
    this.#lastScan = { text, hits };
    return hits;
  }

  /**
   * Where the keywords of each single-line detector end in `text` (positions of their last
   * characters): for searching a long text only near them (../windowed_match.ts).
   */
  keywordEndsIn(text: string): Map<Detector, number[]> {
    const ends = new Map<Detector, number[]>();
    // The engine asks about the piece or view it has just asked inFragment or inView about:
    // their scan's hits, consumed or not, say where every keyword ends.
    const last = this.#lastScan;
    const hits = last !== null && last.text === text ? last.hits : this.#index.scan(text);
    for (const [target, at] of hits.keywordEnds(0, text.length, this.#keyed)) {
      if (target.type === "detector") ends.set(target.detector, at);
    }
    return ends;
  }
}

/** How far a bounded keyword reaches on either side of a blank it holds (`set password for`). */
export const BLANKED_KEYWORD_REACH = 16;

/**
 * The text of a view around each of its escapes (`edits`, DecodedView.edits), BLANKED_KEYWORD_REACH
 * characters on either side, overlapping pieces joined, each piece on a line of its own.
 */
export function nearBreaks(text: string, edits: readonly number[]): string {
  let near = "", to = 0;
  for (let e = 0; e < edits.length; e += 4) {
    const at = edits[e];
    // A piece that overlaps the last goes on from its end.
    near += (at - BLANKED_KEYWORD_REACH > to ? "\n" : "") +
      text.slice(Math.max(at - BLANKED_KEYWORD_REACH, to), at + BLANKED_KEYWORD_REACH);
    to = at + BLANKED_KEYWORD_REACH;
  }
  return near;
}

/** A detector's keywords, each with the word bounds its prefilter gives it. */
function boundedKeywords(prefilter: Extract<Prefilter, { keywords: unknown }>): readonly Keyword[] {
  const { keywords, wholeWords = false, atWordStart = [], atWordEnd = [] } = prefilter;
  if (!wholeWords && atWordStart.length === 0 && atWordEnd.length === 0) return keywords;
  return keywords.map((word) => {
    const bounds = (wholeWords || atWordStart.includes(word) ? WORD_START : 0) |
      (wholeWords || atWordEnd.includes(word) ? WORD_END : 0);
    return bounds === 0 ? word : { word, bounds };
  });
}

/**
 * Whether a shape occurs in `text`: from `hits`, its scan, or from one pass of the shape's group's
 * automaton; each answer kept.
 */
const shapesIn = (text: string, hits: KeywordHits | null): (shape: LineShape) => boolean => {
  const groupMasks: number[] = [];
  const shapes = new Map<LineShape, boolean>();
  return (shape) => {
    let occurs = shapes.get(shape);
    if (occurs !== undefined) return occurs;
    if (hits !== null) occurs = hits.shapeStarts(shape).length > 0;
    else {
      const { group, bit } = shapeSlot(shape);
      groupMasks[group] ??= ShapeAutomaton.shared()[group].shapesIn(text);
      occurs = (groupMasks[group] & bit) !== 0;
    }
    shapes.set(shape, occurs);
    return occurs;
  };
};

/** Whether a keyword-free detector's line finder lets it run on `text`. */
function mayMatch(
  finder: LineFinder,
  text: string,
  hasShape: (shape: LineShape) => boolean,
): boolean {
  if (finder === null) return true;
  if (typeof finder === "string") return hasShape(finder);
  finder.lastIndex = 0;
  const found = finder.test(text);
  finder.lastIndex = 0;
  return found;
}
