/**
 * Lines per minute across a time window as a one-line Unicode sparkline, with the minutes that
 * had errors marked on a second line. A long window is drawn with several minutes per bar so
 * it stays at most `maxBars` wide.
 */

/** From no lines (`▁`) to the busiest bar (`█`); any line at all is at least `▂`. */
const BARS = "▁▂▃▄▅▆▇█";
/** Marks a bar with at least one error line. */
export const ERROR_MARK = "^";
export const MINUTE_MS = 60_000;
export const DEFAULT_MAX_BARS = 60;

export interface Bucket {
  /** Start of the bucket (ms since the epoch). */
  start: number;
  lines: number;
  errors: number;
}

export interface Sparkline {
  /** One bar per bucket. */
  bars: string;
  /** `^` under each bar with errors, a space elsewhere (same length as `bars`). */
  errorMarks: string;
  buckets: Bucket[];
  /** Minutes per bar. */
  minutesPerBar: number;
  /** Lines whose time fell outside the window (not drawn). */
  outside: number;
}

/**
 * Counts lines and error lines over time for a summary's sparkline: a SparklineCounter over a
 * window, or MinuteCounts (./minute_counts.ts) per minute of the lines' own times.
 */
export interface Timeline {
  add(time: number, errors: number, lines: number): void;
  /** The sparkline, or null when there is none to draw. */
  draw(): Sparkline | null;
}

export class SparklineCounter implements Timeline {
  readonly #origin: number;
  readonly #bucketMs: number;
  readonly #lines: Uint32Array;
  readonly #errors: Uint32Array;
  readonly #end: number;
  /** Lines whose time was outside the window. */
  outside = 0;

  /** `start` and `end` (ms) bound the window; a line at exactly `end` is in the last bar. */
  constructor(start: number, end: number, maxBars = DEFAULT_MAX_BARS) {
    const bars = Math.max(1, Math.floor(maxBars));
    this.#origin = Math.floor(start / MINUTE_MS) * MINUTE_MS;
    this.#end = Math.max(end, start);
    const minutes = Math.max(1, Math.ceil((this.#end - this.#origin) / MINUTE_MS));
    const perBar = Math.ceil(minutes / bars);
    this.#bucketMs = perBar * MINUTE_MS;
    const count = Math.ceil(minutes / perBar);
    this.#lines = new Uint32Array(count);
    this.#errors = new Uint32Array(count);
  }

  /** Counts `lines` lines at `time`, `errors` of them errors. */
  add(time: number, errors: number, lines: number): void {
    if (!(time >= this.#origin && time <= this.#end)) {
      this.outside += lines;
      return;
    }
    const i = Math.min(this.#lines.length - 1, Math.floor((time - this.#origin) / this.#bucketMs));
    this.#lines[i] += lines;
    this.#errors[i] += errors;
  }

  draw(): Sparkline {
    let most = 0;
    for (const n of this.#lines) most = Math.max(most, n);
    let bars = "";
    let errorMarks = "";
    const buckets: Bucket[] = [];
    for (let i = 0; i < this.#lines.length; i++) {
      const n = this.#lines[i];
      const level = n === 0 ? 0 : 1 + Math.round(((BARS.length - 2) * n) / most);
      bars += BARS[Math.min(BARS.length - 1, level)];
      errorMarks += this.#errors[i] > 0 ? ERROR_MARK : " ";
      buckets.push({ start: this.#origin + i * this.#bucketMs, lines: n, errors: this.#errors[i] });
    }
    return {
      bars,
      errorMarks,
      buckets,
      minutesPerBar: this.#bucketMs / MINUTE_MS,
      outside: this.outside,
    };
  }
}
