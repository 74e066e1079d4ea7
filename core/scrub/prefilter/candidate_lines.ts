/**
 * The candidate lines of a region: per line, in order, the targets of the keywords found on it
 * and the keyword-free detectors whose candidate positions (a shape, or a search's matches) fall
 * on it.
 */
import type { KeywordHits } from "./keyword_index.ts";
import { presetRuns } from "../detectors/value_runs.ts";
import { presetKeyWords } from "../kv/assignments.ts";

/** Stands for "every line" among the candidate positions of a keyword-free detector. */
export const EVERY_LINE: readonly number[] = [];

/** What runs on each line of a region, asked for line by line in order. */
export class RegionLines<T> {
  /**
   * Keyword-free targets that share one list of candidate positions (a line shape wakes a dozen
   * detectors) form one group; a line costs one step per group position on it, however many
   * targets the group has. Per target: its group, or -1 when it runs on every line.
   */
  readonly #groupOf: Int32Array;
  readonly #groupCount: number;
  readonly #anyEveryLine: boolean;
  /** Every candidate position of every group, as position * #groupCount + group, in order. */
  readonly #keys: Float64Array;
  #next = 0;
  /** The first of the scan's runs (KeywordHits.runs) not on a line handed over yet. */
  #nextRun = 0;
  /** Scratch: the line at which each group was last met (lines count from 1). */
  readonly #met: Int32Array;
  #line = 0;
  /** The keyword-free targets of a line, per set of groups met on it (bit g: group g). */
  readonly #bySet = new Map<number, readonly T[]>();

  constructor(
    private readonly hits: KeywordHits,
    /** The target of each keyword list of the index that made `hits`. */
    private readonly keyed: readonly T[],
    /** Per keyword-free target: the sorted positions where it may match, or EVERY_LINE. */
    candidates: readonly (readonly number[])[],
    private readonly keywordFree: readonly T[],
  ) {
    const groups = new Map<readonly number[], number>();
    this.#groupOf = Int32Array.from(candidates, (starts) => {
      if (starts === EVERY_LINE) return -1;
      let group = groups.get(starts);
      if (group === undefined) groups.set(starts, group = groups.size);
      return group;
    });
    const count = this.#groupCount = groups.size;
    this.#anyEveryLine = this.#groupOf.includes(-1);
    // All the positions at once, ordered by position (then by group) by a numeric sort.
    let total = 0;
    for (const starts of groups.keys()) total += starts.length;
    const keys = this.#keys = new Float64Array(total);
    let at = 0;
    for (const [starts, group] of groups) {
      for (const start of starts) keys[at++] = start * count + group;
    }
    keys.sort();
    this.#met = new Int32Array(count);
  }

  /**
   * Per keyed target (those `wanted` holds of, when given), where its keywords end on the line
   * `[lineStart, lineEnd)` (positions in the region's text): see KeywordHits.keywordEnds.
   */
  keywordEnds(
    lineStart: number,
    lineEnd: number,
    wanted?: (target: T) => boolean,
  ): Map<T, number[]> {
    return this.hits.keywordEnds(lineStart, lineEnd, this.keyed, wanted);
  }

  /**
   * Hands the run readings (../detectors/value_runs.ts presetRuns) the runs the scan found on
   * `line`, the text at [lineStart, lineEnd) of the region (lines handed over in order), and
   * the key/value reader (../kv/assignments.ts presetKeyWords) its key words' hits there.
   */
  presetLine(line: string, lineStart: number, lineEnd: number): void {
    const { keywords, lastFirst, index } = this.hits;
    presetKeyWords(line, keywords, lastFirst, index, lineStart);
    const runs = this.hits.runs;
    if (runs === null || lineStart < this.hits.runsFrom) return;
    const { positions, states, length } = runs;
    let first = this.#nextRun;
    // Runs end after their last character: at lineEnd at most, and those of earlier lines
    // before lineStart.
    while (first < length && positions[first] < lineStart) first++;
    let last = first;
    while (last < length && positions[last] <= lineEnd) last++;
    this.#nextRun = last;
    presetRuns(line, positions, states, first, last, lineStart);
  }

  /** The targets for the line ending at `lineEnd` (the next line not asked for yet). */
  upTo(lineEnd: number): readonly T[] {
    const keys = this.#keys, count = this.#groupCount;
    // A position at or before lineEnd has a key below (lineEnd + 1) * count.
    const limit = (lineEnd + 1) * count;
    const here = this.#next < keys.length && keys[this.#next] < limit;
    if (!here && !this.#anyEveryLine) return this.hits.targetsBefore(lineEnd, this.keyed);
    const line = ++this.#line;
    let set = 0;
    for (; this.#next < keys.length && keys[this.#next] < limit; this.#next++) {
      const group = keys[this.#next] % count;
      this.#met[group] = line;
      set |= 1 << group;
    }
    // Up to 31 groups, a line's list is made once per set of groups and shared.
    const cacheable = count <= 31;
    let free = cacheable ? this.#bySet.get(set) : undefined;
    if (free === undefined) {
      free = this.#keywordFreeOf(line);
      if (cacheable) this.#bySet.set(set, free);
    }
    return this.hits.targetsBefore(lineEnd, this.keyed, free);
  }

  /** The keyword-free targets of a line, in their own order (as each line always had them). */
  #keywordFreeOf(line: number): T[] {
    const targets: T[] = [];
    for (let k = 0; k < this.keywordFree.length; k++) {
      const group = this.#groupOf[k];
      if (group === -1 || this.#met[group] === line) targets.push(this.keywordFree[k]);
    }
    return targets;
  }
}

/**
 * Where `finder` (a pattern with the `m` flag) matches in `text[from, to)`: the start of the
 * first match on each line (a match that starts at a newline counts for the line that newline ends). A match
 * that crosses a newline does not hide the next line: the search resumes at that line's start. Every line where the pattern matches on its own contains one of these starts
 * (the `m` flag makes `^` and `$` line anchors, and a newline before or after a line looks to
 * lookarounds like the start or end of the line).
 *
 * A pattern whose every match starts with a literal (see literalLead) is searched by finding
 * that literal (String.prototype.indexOf, several times faster than the pattern's own search)
 * and trying the pattern there: the same starts, as a match can start nowhere else.
 */
export function candidateStarts(finder: RegExp, text: string, from: number, to: number): number[] {
  const led = ledSearchOf(finder);
  if (led !== null) return ledStarts(led, text, from, to);
  const starts: number[] = [];
  finder.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = finder.exec(text)) !== null && m.index < to) {
    starts.push(m.index);
    // One start is all a line needs: the search goes on at the next line's start (where it
    // would also go on after a match that crosses the newline).
    const newline = text.indexOf("\n", m.index);
    if (newline === -1) break;
    finder.lastIndex = newline + 1;
  }
  finder.lastIndex = 0;
  return starts;
}

/** A pattern's leading literal, and the pattern anchored where it is tried (the `y` flag). */
interface LedSearch {
  lead: string;
  sticky: RegExp;
}

const ledSearches = new WeakMap<RegExp, LedSearch | null>();

function ledSearchOf(finder: RegExp): LedSearch | null {
  let led = ledSearches.get(finder);
  if (led === undefined) {
    const lead = literalLead(finder);
    led = lead === ""
      ? null
      : { lead, sticky: new RegExp(finder.source, finder.flags.replace(/[dgy]/g, "") + "y") };
    ledSearches.set(finder, led);
  }
  return led;
}

/** candidateStarts for a pattern led by a literal: the literal's places where the pattern matches. */
function ledStarts({ lead, sticky }: LedSearch, text: string, from: number, to: number): number[] {
  const starts: number[] = [];
  let at = from;
  for (;;) {
    const found = text.indexOf(lead, at);
    if (found === -1 || found >= to) break;
    sticky.lastIndex = found;
    if (!sticky.test(text)) {
      at = found + 1;
      continue;
    }
    starts.push(found);
    const newline = text.indexOf("\n", found);
    if (newline === -1) break;
    at = newline + 1;
  }
  sticky.lastIndex = 0;
  return starts;
}

/**
 * Characters that stand for themselves at the start of a pattern's source, whatever its flags
 * (a quantifier after one is dealt with below).
 */
const PLAIN = /^[A-Za-z0-9_:=,@#%&'"<>;!~ -]+/;

/**
 * The literal that every match of `pattern` starts with: the plain characters its source begins
 * with, less one that a quantifier follows (`ab?c` → `a`); "" when it begins otherwise (a class,
 * a group, an escape, an anchor), when it has an alternative anywhere (`a|b`: conservatively, even
 * inside a group), or when case is ignored (`i`).
 */
export function literalLead(pattern: RegExp): string {
  const { source, flags } = pattern;
  if (flags.includes("i") || source.includes("|")) return "";
  const lead = PLAIN.exec(source)?.[0] ?? "";
  return /[?*+{]/.test(source.charAt(lead.length)) ? lead.slice(0, -1) : lead;
}
