/**
 * Log levels: a record's own level field when it has one, else klog's header letter
 * (`E0603 …`), else the first level word near the start of the line (`ERROR`, `[warn]`,
 * `level=info`, `"level":"debug"`, Postgres' `LOG:`), else an access log
 * line's HTTP status (5xx error, 4xx warn, others info), else "unknown".
 */

export const LEVELS = ["error", "warn", "info", "debug", "unknown"] as const;
export type Level = typeof LEVELS[number];

/** Level words (lower case) and what they mean. */
const WORDS = new Map<string, Level>([
  ["emerg", "error"],
  ["emergency", "error"],
  ["alert", "error"],
  ["crit", "error"],
  ["critical", "error"],
  ["fatal", "error"],
  ["panic", "error"],
  ["severe", "error"],
  ["err", "error"],
  ["error", "error"],
  ["warn", "warn"],
  ["warning", "warn"],
  ["notice", "info"],
  ["log", "info"],
  ["info", "info"],
  ["information", "info"],
  ["informational", "info"],
  ["debug", "debug"],
  ["trace", "debug"],
  ["verbose", "debug"],
  ["fine", "debug"],
]);

/** Only the start of a line is searched for its level. */
const LEVEL_SEARCH_CHARS = 160;
/** A level word in upper case anywhere in the first few words, or after a level key. */
const LEVEL_WORD = /(?:^|[\s\[(<|"'])([A-Za-z]{3,13})(?=$|[\s\]):>|"',])/g;
const LEVEL_KEY = /(?:level|lvl|severity|loglevel)["']?\s*[:=]\s*["']?([A-Za-z]{3,13})/i;
/** klog's header: `E0603 10:05:25.123456` (I info, W warning, E error, F fatal). */
const KLOG = /^([IWEF])\d{4} \d{2}:\d{2}:\d{2}/;
const KLOG_LEVELS: Record<string, Level> = { I: "info", W: "warn", E: "error", F: "error" };
/** `GET /path HTTP/1.1" 503` or `GET /path 503`: the status after a request. */
const HTTP_STATUS =
  /\b(?:GET|HEAD|POST|PUT|DELETE|PATCH|OPTIONS|CONNECT|TRACE) [^\s"]{1,2048}(?: HTTP\/[0-9.]{1,3})?"? ([1-5])[0-9]{2}\b/;

/** The level a record's level field names, or "unknown". */
export function normalizeLevel(value: string | undefined | null): Level {
  if (!value) return "unknown";
  return WORDS.get(value.trim().toLowerCase()) ?? "unknown";
}

/** The level of a line's text (see the module comment). */
export function levelOfLine(line: string): Level {
  const head = line.length > LEVEL_SEARCH_CHARS ? line.slice(0, LEVEL_SEARCH_CHARS) : line;
  const klog = KLOG.exec(head);
  if (klog) return KLOG_LEVELS[klog[1]];
  const keyed = LEVEL_KEY.exec(head);
  if (keyed) {
    const level = normalizeLevel(keyed[1]);
    if (level !== "unknown") return level;
  }
  LEVEL_WORD.lastIndex = 0;
  for (let match, words = 0; (match = LEVEL_WORD.exec(head)) !== null && words < 8; words++) {
    const word = match[1];
    // Upper case (`ERROR`) or bracketed (`[error]`): a lower-case word in a sentence is not one.
    const bracketed = match[0].startsWith("[") || match[0].startsWith("<");
    if (word !== word.toUpperCase() && !bracketed) continue;
    const level = WORDS.get(word.toLowerCase());
    if (level) return level;
  }
  const status = HTTP_STATUS.exec(head);
  if (status) return status[1] === "5" ? "error" : status[1] === "4" ? "warn" : "info";
  return "unknown";
}
