/**
 * The candidate lines of a region: per line, in order, the targets of the keywords found on it
 * and the keyword-free detectors whose candidate positions (a shape, or a search's matches) fall
 * on it.
 */
import type { KeywordHits } from "./keyword_index.ts";

/** Stands for "every line" among the candidate positions of a keyword-free detector. */
export const EVERY_LINE: readonly number[] = [];

/** What runs on each line of a region, asked for line by line in order. */
export class RegionLines<T> {
  readonly #cursors: number[];
  /** No keyword-free detector may match before this position (-Infinity: not known yet). */
  #nextCandidate = -Infinity;

  constructor(
    private readonly hits: KeywordHits,
    /** The target of each keyword list of the index that made `hits`. */
    private readonly keyed: readonly T[],
    /** Per keyword-free target: the sorted positions where it may match, or EVERY_LINE. */
    private readonly candidates: readonly (readonly number[])[],
    private readonly keywordFree: readonly T[],
  ) {
    this.#cursors = candidates.map(() => 0);
  }

  /** The targets for the line ending at `lineEnd` (the next line not asked for yet). */
  upTo(lineEnd: number): readonly T[] {
    const keyed = this.hits.targetsBefore(lineEnd, this.keyed);
    if (this.#nextCandidate > lineEnd) return keyed;
    let targets: T[] | null = null;
    let next = Infinity;
    for (let k = 0; k < this.candidates.length; k++) {
      const starts = this.candidates[k];
      let here = starts === EVERY_LINE;
      if (here) next = -Infinity;
      else {
        let cursor = this.#cursors[k];
        for (; cursor < starts.length && starts[cursor] <= lineEnd; cursor++) here = true;
        this.#cursors[k] = cursor;
        if (cursor < starts.length) next = Math.min(next, starts[cursor]);
      }
      if (!here) continue;
      targets ??= [...keyed];
      targets.push(this.keywordFree[k]);
    }
    this.#nextCandidate = next;
    return targets ?? keyed;
  }
}

/**
 * Where `finder` (a pattern with the `m` flag) matches in `text[from, to)`: the start of each
 * match. A match that crosses a newline does not hide the next line: the search resumes at that
 * line's start. Every line where the pattern matches on its own contains one of these starts
 * (the `m` flag makes `^` and `$` line anchors, and a newline before or after a line looks to
 * lookarounds like the start or end of the line).
 */
export function candidateStarts(finder: RegExp, text: string, from: number, to: number): number[] {
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
