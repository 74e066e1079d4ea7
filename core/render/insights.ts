/**
 * The log insights at the top of a report: counts by level, lines per minute as a sparkline with
 * the minutes that had errors marked, and the top patterns (errors first, then by count), with
 * the patterns new or rising against the previous same-length window marked when it was read.
 *
 * Mined from SCRUBBED text only: the records whose scrubbed text matched the filter
 * (core/excerpt.ts scrubRecords), so a line counts exactly when the excerpt would show it, and a
 * filter that would match only raw (masked) text changes nothing here. Nothing here knows Slack.
 */
import type { ScrubbedRecords } from "../excerpt.ts";
import { type Level, LEVELS } from "../patterns/levels.ts";
import { PatternSummarizer, type PatternSummary } from "../patterns/summary.ts";
import type { LogRecord } from "../sources/types.ts";

/** Why the previous window could not be compared (fetch_logs says which). */
export const COMPARISON_FAILURES = ["out_of_time", "source_error", "scrub_failed"] as const;
export type ComparisonFailure = typeof COMPARISON_FAILURES[number];

export type Comparison =
  /** Not asked for. */
  | { state: "off" }
  /** The previous window [start, end) was read: `lines` of it matched the filter. */
  | {
    state: "done";
    start: number;
    end: number;
    lines: number;
    /** The read of the previous window stopped early or was partial: only part was compared. */
    partial: boolean;
  }
  /** Asked for, but the previous window could not be read. */
  | { state: "failed"; reason: ComparisonFailure };

export interface InsightPattern {
  /** The line with its variable parts as `<*>` (cut to a bound). */
  template: string;
  count: number;
  level: Level;
  /** First and last time seen (ms since the epoch), null without times. */
  first: number | null;
  last: number | null;
  /** One scrubbed line of this pattern (cut to a bound). */
  example: string;
  /** Lines of this pattern in the previous window (null when not compared). */
  previous: number | null;
  /** "new": not in the previous window; "rising": sharply more than there. */
  change: "new" | "rising" | null;
}

export interface InsightSparkline {
  /** Start of the first bar (ms). */
  start: number;
  minutesPerBar: number;
  /** One bar per bucket, `▁` (no line) to `█`. */
  bars: string;
  /** `^` under each bar with errors, a space elsewhere; as long as `bars`. */
  errors: string;
}

export interface ReportInsights {
  /** Lines counted: those of the window whose scrubbed text matches the filter (all without one). */
  lines: number;
  /** A filter was applied (to the scrubbed lines) before counting. */
  filtered: boolean;
  levels: Record<Level, number>;
  sparkline: InsightSparkline | null;
  /** The top patterns, errors first, then by count. */
  patterns: InsightPattern[];
  /** Patterns found in all (`patterns` may hold fewer: the rest were left out). */
  patternCount: number;
  comparison: Comparison;
}

/** Patterns mined and kept for the report (the transport keeps those that fit). */
export const MAX_REPORT_PATTERNS = 50;

/** A window's records and which of them matched, as scrubRecords returned them. */
export interface ScrubbedWindow {
  /** The records read (raw: only their time and level fields are read, see minedRecord). */
  records: readonly LogRecord[];
  matching: ScrubbedRecords["matching"];
}

export interface MinedWindow {
  summary: PatternSummary;
  /**
   * The scrubbed lines of each pattern's example record, in the order of `summary.patterns`
   * (for an excerpt of one example per pattern).
   */
  examples: string[][];
}

/**
 * Mines the matching records of `current` (and of `previous`, the same-length window before,
 * when given) into a summary over [start, end]. Records are fed oldest first, so a pattern's
 * example is its first line in the window.
 */
export function mineScrubbedWindow(
  current: ScrubbedWindow,
  window: { start: number; end: number },
  options: { previous?: ScrubbedWindow; maxPatterns?: number } = {},
): MinedWindow {
  const summarizer = new PatternSummarizer({
    // The sparkline spans [start, end): a line at `end` is outside the window.
    window: { start: window.start, end: Math.max(window.start, window.end - 1) },
    maxPatterns: options.maxPatterns ?? MAX_REPORT_PATTERNS,
  });
  if (options.previous) {
    for (const scrubbed of options.previous.matching) {
      summarizer.addPrevious(minedRecord(options.previous.records[scrubbed.index], scrubbed.lines));
    }
  }
  // Newest first as read: fed oldest first, numbered from 1 in that order.
  const fed = current.matching.toReversed();
  fed.forEach((scrubbed, i) => {
    summarizer.add({
      ...minedRecord(current.records[scrubbed.index], scrubbed.lines),
      line: i + 1,
    });
  });
  const summary = summarizer.summary();
  const examples = summary.patterns.map((pattern) => fed[pattern.firstLine - 1]?.lines ?? []);
  return { summary, examples };
}

/**
 * What a scrubbed record gives the miner: its message as scrubbed, without the time and level
 * that core/excerpt.ts's formatRecord put first, nor the `key=value` attributes it put last
 * (those vary line by line and would only add `<*>` to every template). The time and level
 * come from the record's fields only when its scrubbed line starts with exactly them;
 * otherwise the whole scrubbed line is mined and its level read from its words.
 */
export function minedRecord(
  record: LogRecord | undefined,
  lines: readonly string[],
): { text: string; time?: string; level?: string } {
  if (record === undefined || lines.length === 0) return { text: lines.join("\n") };
  const prefix = `${record.time}${record.level ? ` ${record.level.toUpperCase()}` : ""} `;
  const message = [...lines];
  let fields: { time?: string; level?: string } = {};
  if (message[0].startsWith(prefix)) {
    message[0] = message[0].slice(prefix.length);
    fields = { time: record.time, level: record.level };
  }
  const keys = Object.keys(record.attributes).sort();
  if (keys.length > 0) {
    const last = message.length - 1;
    const at = message[last].lastIndexOf(` ${keys[0]}=`);
    if (at >= 0) message[last] = message[last].slice(0, at);
  }
  return { text: message.join("\n"), ...fields };
}

/** The report's insights from a mined window. */
export function insightsOf(
  summary: PatternSummary,
  filtered: boolean,
  comparison: Comparison,
): ReportInsights {
  const compared = comparison.state === "done";
  const spark = summary.sparkline;
  const levels = {} as Record<Level, number>;
  for (const level of LEVELS) levels[level] = summary.levels[level];
  return {
    lines: summary.total,
    filtered,
    levels,
    sparkline: spark && spark.buckets.length > 0
      ? {
        start: spark.buckets[0].start,
        minutesPerBar: spark.minutesPerBar,
        bars: spark.bars,
        errors: spark.errorMarks,
      }
      : null,
    patterns: summary.patterns.map((p) => ({
      template: p.template,
      count: p.count,
      level: p.level,
      first: p.firstSeen,
      last: p.lastSeen,
      example: p.example,
      previous: compared ? p.previousCount : null,
      change: compared ? p.change : null,
    })),
    patternCount: summary.patternCount,
    comparison,
  };
}
