/**
 * Log patterns: what a window of log lines says as a whole. Slack-free; give it scrubbed text
 * only (every template, example and count is computed from the text it is given).
 *
 *   const summary = minePatterns(records, { window, previous });
 *   summary.levels            // lines per level: { error, warn, info, debug, unknown }
 *   summary.sparkline?.bars   // lines per minute, e.g. "▂▃▅▇█▃▁▂", errorMarks under it
 *   summary.patterns          // top templates, errors first then by count, new/rising marked
 *
 * Templates: each line is cut into tokens; typed variables (numbers, ids, hashes, UUIDs, IPs,
 * durations, path segments with digits, masked placeholders) become `<*>`; lines are grouped
 * by their constant words and positions whose words vary freely become `<*>` too.
 */
export { comparePatterns } from "./compare.ts";
export type { ComparedPattern } from "./compare.ts";
export { type Level, levelOfLine, LEVELS, normalizeLevel } from "./levels.ts";
export { MAX_TEMPLATE_CHARS, OVERFLOW_TEMPLATE, PatternMiner } from "./miner.ts";
export type { Templates } from "./miner.ts";
export { ERROR_MARK } from "./sparkline.ts";
export type { Bucket, Sparkline, Timeline } from "./sparkline.ts";
export { MinuteCounts } from "./minute_counts.ts";
export {
  byImportance,
  changeOf,
  minePatterns,
  PatternSummarizer,
  RISE_FACTOR,
  RISE_MIN_LINES,
} from "./summary.ts";
export type { Change, LogRecord, Pattern, PatternOptions, PatternSummary } from "./summary.ts";
export { WILDCARD } from "./tokenize.ts";
