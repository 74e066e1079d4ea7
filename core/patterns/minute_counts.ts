/**
 * Lines and error lines per minute of their own times, for a sparkline over the minutes seen
 * (from the first to the last): the timeline of a summary given no window (the `patterns`
 * command, minePatterns). A function's summary always has its window (core/render/insights.ts).
 */
import { DEFAULT_MAX_BARS, MINUTE_MS, type Sparkline, SparklineCounter } from "./sparkline.ts";
import type { Timeline } from "./sparkline.ts";

/** Lines are counted for at most this many distinct minutes (about 70 days). */
const MAX_MINUTES = 100_000;

export class MinuteCounts implements Timeline {
  /** Lines and error lines per minute (bounded, see MAX_MINUTES). */
  readonly #minutes = new Map<number, [number, number]>();
  readonly #maxBars: number;

  constructor(maxBars = DEFAULT_MAX_BARS) {
    this.#maxBars = maxBars;
  }

  add(time: number, errors: number, lines: number): void {
    const minute = Math.floor(time / MINUTE_MS);
    const counts = this.#minutes.get(minute);
    if (counts) {
      counts[0] += lines;
      counts[1] += errors;
    } else if (this.#minutes.size < MAX_MINUTES) this.#minutes.set(minute, [lines, errors]);
  }

  draw(): Sparkline | null {
    if (this.#minutes.size === 0) return null;
    let first = Infinity;
    let last = -Infinity;
    for (const minute of this.#minutes.keys()) {
      first = Math.min(first, minute);
      last = Math.max(last, minute);
    }
    const counter = new SparklineCounter(
      first * MINUTE_MS,
      (last + 1) * MINUTE_MS - 1,
      this.#maxBars,
    );
    for (const [minute, [lines, errors]] of this.#minutes) {
      counter.add(minute * MINUTE_MS, errors, lines);
    }
    return counter.draw();
  }
}
