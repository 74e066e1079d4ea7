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
  /** Per keyword-free target: 1 when it runs on every line. */
  readonly #everyLine: Uint8Array;
  readonly #anyEveryLine: boolean;
  /** Every candidate position of the other keyword-free targets, in order; `#owners` says whose. */
  readonly #starts: Float64Array;
  readonly #owners: Int32Array;
  #next = 0;
  /** Scratch: the line at which each keyword-free target was last taken (lines count from 1). */
  readonly #taken: Int32Array;
  #line = 0;

  constructor(
    private readonly hits: KeywordHits,
    /** The target of each keyword list of the index that made `hits`. */
    private readonly keyed: readonly T[],
    /** Per keyword-free target: the sorted positions where it may match, or EVERY_LINE. */
    candidates: readonly (readonly number[])[],
    private readonly keywordFree: readonly T[],
  ) {
    this.#everyLine = Uint8Array.from(candidates, (starts) => starts === EVERY_LINE ? 1 : 0);
    this.#anyEveryLine = this.#everyLine.includes(1);
    // All the positions at once, ordered by position (then by target), so that a line costs
    // only its own candidates, however many keyword-free targets there are.
    const positions: number[] = [];
    const owners: number[] = [];
    candidates.forEach((starts, k) => {
      if (starts === EVERY_LINE) return;
      for (const start of starts) {
        positions.push(start);
        owners.push(k);
      }
    });
    const order = Array.from(positions, (_, i) => i);
    order.sort((a, b) => positions[a] - positions[b] || owners[a] - owners[b]);
    this.#starts = Float64Array.from(order, (i) => positions[i]);
    this.#owners = Int32Array.from(order, (i) => owners[i]);
    this.#taken = new Int32Array(keywordFree.length);
  }

  /** The targets for the line ending at `lineEnd` (the next line not asked for yet). */
  upTo(lineEnd: number): readonly T[] {
    const keyed = this.hits.targetsBefore(lineEnd, this.keyed);
    const starts = this.#starts;
    const here = this.#next < starts.length && starts[this.#next] <= lineEnd;
    if (!here && !this.#anyEveryLine) return keyed;
    const line = ++this.#line;
    const found: number[] = [];
    for (; this.#next < starts.length && starts[this.#next] <= lineEnd; this.#next++) {
      const k = this.#owners[this.#next];
      if (this.#taken[k] === line) continue;
      this.#taken[k] = line;
      found.push(k);
    }
    // In the keyword-free targets' own order, as each line always had them.
    const targets = [...keyed];
    if (this.#anyEveryLine) {
      for (let k = 0; k < this.keywordFree.length; k++) {
        if (this.#everyLine[k] === 1 || this.#taken[k] === line) targets.push(this.keywordFree[k]);
      }
      return targets;
    }
    if (found.length > 1) found.sort((a, b) => a - b);
    for (const k of found) targets.push(this.keywordFree[k]);
    return targets;
  }
}

/**
 * Where `finder` (a pattern with the `m` flag) matches in `text[from, to)`: the start of the
 * first match on each line (a match that starts at a newline counts for the line that newline ends). A match
 * that crosses a newline does not hide the next line: the search resumes at that line's start. Every line where the pattern matches on its own contains one of these starts
 * (the `m` flag makes `^` and `$` line anchors, and a newline before or after a line looks to
 * lookarounds like the start or end of the line).
 */
export function candidateStarts(finder: RegExp, text: string, from: number, to: number): number[] {
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
