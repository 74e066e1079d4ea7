/**
 * What a window of (scrubbed) log lines says as a whole: counts by level, lines per minute as
 * a sparkline, and the top patterns with their counts, level, first and last seen and one
 * example. Built only from the text it is given: callers hand it scrubbed text, and every
 * template, example and count comes from that text.
 */
import { type Level, levelAndSource, LEVELS, normalizeLevel } from "./levels.ts";
import { DEFAULT_MAX_SHAPES, PatternMiner } from "./miner.ts";
import { type Sparkline, SparklineCounter, type Timeline } from "./sparkline.ts";
import { MinuteCounts } from "./minute_counts.ts";

export interface LogRecord {
  /** Scrubbed text; of a record of several lines (a stack trace) the first line is grouped. */
  text: string;
  /** When the line was logged: ms since the epoch or an ISO-8601 string. */
  time?: number | string | null;
  /** The record's own level field, if it has one (else it is read from the text). */
  level?: string | null;
  /** Its line number in the input, when not simply its position (from 1). */
  line?: number;
}

export interface PatternOptions {
  /** The window the records come from (ms); the sparkline spans it. Default: the records' times. */
  window?: { start: number; end: number };
  /** Patterns listed, errors first then by count (default 20). */
  maxPatterns?: number;
  /** Distinct token sequences kept (bounds memory; default 20,000). */
  maxShapes?: number;
  /**
   * Counts lines over time when no window is given: MinuteCounts (./minute_counts.ts) per
   * minute, as minePatterns and the `patterns` command do. Without either, no sparkline.
   */
  timeline?: Timeline;
  /** Bars in the sparkline at most (default 60). */
  maxBars?: number;
  /** Examples are cut to this many characters (default 300). */
  maxExampleChars?: number;
}

/**
 * One template at one level: lines of one template at different levels (an access log's 200s
 * and 500s, records whose level field differs) are different patterns.
 */
export interface Pattern {
  /** The line with its variable parts as `<*>`. */
  template: string;
  count: number;
  level: Level;
  /** First and last time seen (ms), or null when no line had a time. */
  firstSeen: number | null;
  lastSeen: number | null;
  /** First and last line number (from 1, in the order given). */
  firstLine: number;
  lastLine: number;
  /** The first record of this pattern, as given (scrubbed), cut to maxExampleChars. */
  example: string;
  /** Lines of this pattern in the previous window (0 when none were given: see `compared`). */
  previousCount: number;
  /**
   * "new": not in the previous same-length window; "rising": at least 3 times as many lines
   * as there and at least 10 more; null otherwise, or when no previous window was given.
   */
  change: Change;
}

export type Change = "new" | "rising" | null;

/** A pattern rose sharply when it has at least this many times its previous count… */
export const RISE_FACTOR = 3;
/** …and at least this many more lines. */
export const RISE_MIN_LINES = 10;

/** How a pattern changed from `previous` lines to `count` lines. */
export function changeOf(count: number, previous: number): Change {
  if (count === 0) return null;
  if (previous === 0) return "new";
  return count >= RISE_FACTOR * previous && count - previous >= RISE_MIN_LINES ? "rising" : null;
}

export interface PatternSummary {
  /** Lines read. */
  total: number;
  levels: Record<Level, number>;
  /** The top patterns, errors first then by count. */
  patterns: Pattern[];
  /** Patterns found in all (the list above may be shorter). */
  patternCount: number;
  /** Lines per minute; null when no line had a time and no window was given. */
  sparkline: Sparkline | null;
  /** True when a previous window was given (addPrevious), so `change` means something. */
  compared: boolean;
  /** Lines read from the previous window. */
  previousTotal: number;
}

const DEFAULT_MAX_PATTERNS = 20;
const DEFAULT_MAX_EXAMPLE_CHARS = 300;

interface ShapeStats {
  count: number;
  previousCount: number;
  level: number;
  firstSeen: number;
  lastSeen: number;
  firstLine: number;
  lastLine: number;
  example: string;
}

/** ms since the epoch of a record's time, or NaN. */
export function timeOf(time: number | string | null | undefined): number {
  if (typeof time === "number") return Number.isFinite(time) ? time : NaN;
  if (typeof time === "string" && time.length <= 64) return Date.parse(time);
  return NaN;
}

/** Summarizes records one at a time (memory bounded by `maxShapes`). */
export class PatternSummarizer {
  readonly #miner: PatternMiner;
  /** Level (index in LEVELS) of each shape whose words give it, once seen. */
  readonly #wordLevels: number[] = [];
  /** Stats per shape and level, at shape * LEVELS.length + level. */
  readonly #stats = new Map<number, ShapeStats>();
  readonly #levels = new Uint32Array(LEVELS.length);
  readonly #options: PatternOptions;
  /** Lines over time for the sparkline: over the window, else the timeline given, else none. */
  readonly #timeline: Timeline | null;
  #total = 0;
  #previousTotal = 0;

  constructor(options: PatternOptions = {}) {
    this.#options = options;
    this.#miner = new PatternMiner(options.maxShapes ?? DEFAULT_MAX_SHAPES);
    const window = options.window;
    this.#timeline = window
      ? new SparklineCounter(window.start, window.end, options.maxBars)
      : options.timeline ?? null;
  }

  /**
   * Adds a line of the previous same-length window: it is grouped with the others (so
   * templates match) but counted apart, only to mark patterns new or rising.
   */
  addPrevious(record: LogRecord): void {
    this.#previousTotal++;
    const shape = this.#miner.add(firstLine(record.text));
    const level = this.#levelOf(record, shape);
    this.#statsOf(shape, level, record.text, 0).previousCount++;
  }

  /** The record's level (index in LEVELS), its level field first, then its text. */
  #levelOf(record: LogRecord, shape: number): number {
    const field = normalizeLevel(record.level);
    if (field !== "unknown") return LEVELS.indexOf(field);
    const cached = this.#wordLevels[shape];
    if (cached !== undefined) return cached;
    const { level, fromWords } = levelAndSource(record.text);
    const index = LEVELS.indexOf(level);
    // Lines of one shape share their words: a level their words gave holds for all of them.
    if (fromWords && !this.#miner.isOverflow(shape)) this.#wordLevels[shape] = index;
    return index;
  }

  #statsOf(shape: number, level: number, text: string, line: number): ShapeStats {
    const key = shape * LEVELS.length + level;
    let stats = this.#stats.get(key);
    if (!stats) {
      stats = {
        count: 0,
        previousCount: 0,
        level,
        firstSeen: NaN,
        lastSeen: NaN,
        firstLine: line,
        lastLine: line,
        example: "",
      };
      this.#stats.set(key, stats);
    }
    if (line > 0 && stats.count === 0) {
      const max = this.#options.maxExampleChars ?? DEFAULT_MAX_EXAMPLE_CHARS;
      stats.firstLine = line;
      stats.example = text.length <= max ? text : text.slice(0, max - 1) + "…";
    }
    return stats;
  }

  add(record: LogRecord): void {
    const position = ++this.#total;
    const line = record.line !== undefined && record.line > 0 ? record.line : position;
    const text = record.text;
    const shape = this.#miner.add(firstLine(text));
    const level = this.#levelOf(record, shape);
    this.#levels[level]++;
    const time = timeOf(record.time);
    const stats = this.#statsOf(shape, level, text, line);
    stats.count++;
    stats.lastLine = line;
    if (!Number.isNaN(time)) {
      if (!(stats.firstSeen <= time)) stats.firstSeen = time;
      if (!(stats.lastSeen >= time)) stats.lastSeen = time;
      this.#timeline?.add(time, LEVELS[level] === "error" ? 1 : 0, 1);
    }
  }

  summary(): PatternSummary {
    const templates = this.#miner.templates();
    const merged = new Map<number, ShapeStats>();
    for (const [key, stats] of this.#stats) {
      const shape = Math.floor(key / LEVELS.length);
      const t = templates.indexOf(shape) * LEVELS.length + stats.level;
      const into = merged.get(t);
      if (!into) merged.set(t, { ...stats });
      else mergeStats(into, stats);
    }
    const compared = this.#previousTotal > 0;
    const all: Pattern[] = [];
    for (const [t, stats] of merged) {
      if (stats.count === 0) continue;
      all.push(patternOf(templates.texts[Math.floor(t / LEVELS.length)], stats, compared));
    }
    all.sort(byImportance);
    const levels = {} as Record<Level, number>;
    LEVELS.forEach((level, i) => levels[level] = this.#levels[i]);
    return {
      total: this.#total,
      levels,
      patterns: all.slice(0, Math.max(0, this.#options.maxPatterns ?? DEFAULT_MAX_PATTERNS)),
      patternCount: all.length,
      sparkline: this.#timeline?.draw() ?? null,
      compared,
      previousTotal: this.#previousTotal,
    };
  }
}

/** A record of several lines (a stack trace) is grouped by its first line. */
function firstLine(text: string): string {
  const newline = text.indexOf("\n");
  return newline === -1 ? text : text.slice(0, newline);
}

function mergeStats(into: ShapeStats, stats: ShapeStats): void {
  into.previousCount += stats.previousCount;
  if (stats.count === 0) return;
  if (into.count === 0 || stats.firstLine < into.firstLine) {
    into.firstLine = stats.firstLine;
    into.example = stats.example;
  }
  into.count += stats.count;
  into.lastLine = Math.max(into.lastLine, stats.lastLine);
  if (!(into.firstSeen <= stats.firstSeen)) into.firstSeen = stats.firstSeen;
  if (!(into.lastSeen >= stats.lastSeen)) into.lastSeen = stats.lastSeen;
}

function patternOf(template: string, stats: ShapeStats, compared: boolean): Pattern {
  const time = (t: number) => (Number.isNaN(t) ? null : t);
  return {
    template,
    count: stats.count,
    level: LEVELS[stats.level],
    firstSeen: time(stats.firstSeen),
    lastSeen: time(stats.lastSeen),
    firstLine: stats.firstLine,
    lastLine: stats.lastLine,
    example: stats.example,
    previousCount: stats.previousCount,
    change: compared ? changeOf(stats.count, stats.previousCount) : null,
  };
}

/** Errors first, then by count, then by first appearance. */
export const byImportance = (a: Pattern, b: Pattern): number => {
  const errorA = a.level === "error" ? 1 : 0;
  const errorB = b.level === "error" ? 1 : 0;
  return errorB - errorA || b.count - a.count || a.firstLine - b.firstLine;
};

/**
 * Summarizes a window of scrubbed records (see PatternSummarizer for the streaming form).
 * With `previous` (the same-length window before), patterns are marked new or rising.
 */
export function minePatterns(
  records: Iterable<LogRecord>,
  options: PatternOptions & { previous?: Iterable<LogRecord> } = {},
): PatternSummary {
  const summarizer = new PatternSummarizer(
    options.window || options.timeline
      ? options
      : { ...options, timeline: new MinuteCounts(options.maxBars) },
  );
  if (options.previous) { for (const record of options.previous) summarizer.addPrevious(record); }
  for (const record of records) summarizer.add(record);
  return summarizer.summary();
}
