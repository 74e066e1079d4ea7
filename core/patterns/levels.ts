/**
 * Log levels: a record's own level field when it has one, else klog's header letter
 * (`E0603 …`), else the first level word near the start of the line (`ERROR`, `[warn]`,
 * `level=info`, `"level":"debug"`, Postgres' `LOG:`), else an access log
 * line's HTTP status (5xx error, 4xx warn, others info), else "unknown".
 */

import { isDigitCode as isDigit, isLetterCode as isLetter } from "../char_codes.ts";

export const LEVELS = ["error", "warn", "info", "debug", "unknown"] as const;
export type Level = typeof LEVELS[number];

/** Level words (lower case) and what they mean. */
const WORDS = /* @__PURE__ */ new Map<string, Level>(
  /* @__PURE__ */ Object.entries({
    error: "emerg emergency alert crit critical fatal panic severe err error",
    warn: "warn warning",
    info: "notice log info information informational",
    debug: "debug trace verbose fine",
  }).flatMap(([level, words]) => words.split(" ").map((word) => [word, level as Level])),
);

/** Only the start of a line is searched for its level… */
const LEVEL_SEARCH_CHARS = 160;
/** …and only its first words (counted at whitespace). */
const LEVEL_SEARCH_WORDS = 12;
const KLOG_LEVELS: Record<string, Level> = { I: "info", W: "warn", E: "error", F: "error" };
const LEVEL_KEYS = new Set(["level", "lvl", "severity", "loglevel"]);
/** HTTP request methods, as access logs spell them. */
export const HTTP_METHODS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  /* @__PURE__ */ "GET HEAD POST PUT DELETE PATCH OPTIONS CONNECT TRACE".split(" "),
);
/** Characters a level word may follow (besides the line start and whitespace)… */
const OPENERS = "[(<|\"'";
/** …and that may follow it (besides the line end and whitespace). */
const CLOSERS = "]):>|\"',";

/** The level a record's level field names, or "unknown". */
export function normalizeLevel(value: string | undefined | null): Level {
  if (!value) return "unknown";
  return WORDS.get(value.trim().toLowerCase()) ?? "unknown";
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/** klog's header: `E0603 10:05:25.123456` (I info, W warning, E error, F fatal). */
function klogLevel(line: string): Level | undefined {
  const level = KLOG_LEVELS[line[0]];
  if (level === undefined || line.length < 8 || line[5] !== " ") return undefined;
  for (let i = 1; i < 5; i++) if (!isDigit(line.charCodeAt(i))) return undefined;
  return isDigit(line.charCodeAt(6)) && isDigit(line.charCodeAt(7)) ? level : undefined;
}

/** After `level`: optional quote, `:` or `=` (spaces around), optional quote: the value's start. */
function afterLevelKey(head: string, at: number): number {
  let i = at;
  if (head[i] === '"' || head[i] === "'") i++;
  while (isSpace(head.charCodeAt(i))) i++;
  if (head[i] !== ":" && head[i] !== "=") return -1;
  i++;
  while (isSpace(head.charCodeAt(i))) i++;
  if (head[i] === '"' || head[i] === "'") i++;
  return i;
}

/** After an HTTP method: `␠/path[ HTTP/1.1]["]␠503`; the status' first digit, or 0. */
function httpStatusClass(line: string, at: number): number {
  if (line[at] !== " ") return 0;
  let i = at + 1;
  const pathEnd = Math.min(line.length, i + 2048);
  while (i < pathEnd && line[i] !== " " && line[i] !== '"') i++;
  if (line.startsWith(" HTTP/", i)) {
    i += 6;
    while (i < line.length && (isDigit(line.charCodeAt(i)) || line[i] === ".")) i++;
  }
  if (line[i] === '"') i++;
  if (line[i] !== " ") return 0;
  const first = line.charCodeAt(i + 1);
  if (first < 49 || first > 53 || !isDigit(line.charCodeAt(i + 2))) return 0;
  if (!isDigit(line.charCodeAt(i + 3)) || isDigit(line.charCodeAt(i + 4))) return 0;
  return first - 48;
}

/** The level of a line's text (see the module comment). One pass over its start. */
export function levelOfLine(line: string): Level {
  return levelAndSource(line).level;
}

/**
 * The level of a line and whether its words alone gave it (so every line with the same words
 * has it), rather than a number in it: klog's header or an HTTP status.
 */
export function levelAndSource(line: string): { level: Level; fromWords: boolean } {
  const klog = klogLevel(line);
  if (klog) return { level: klog, fromWords: false };
  const end = Math.min(line.length, LEVEL_SEARCH_CHARS);
  let status = 0;
  for (let i = 0, words = 0; i < end && words < LEVEL_SEARCH_WORDS;) {
    if (!isLetter(line.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < line.length && isLetter(line.charCodeAt(i))) i++;
    // Words are counted at whitespace, so letters inside ids and hashes do not use them up.
    if (start === 0 || isSpace(line.charCodeAt(start - 1))) words++;
    if (i - start < 3 || i - start > 13) continue; // no level word, key or method is this long
    const word = line.slice(start, i);
    const lower = word.toLowerCase();
    if (LEVEL_KEYS.has(lower)) {
      const value = afterLevelKey(line, i);
      if (value !== -1) {
        let valueEnd = value;
        while (valueEnd < line.length && isLetter(line.charCodeAt(valueEnd))) valueEnd++;
        const level = normalizeLevel(line.slice(value, valueEnd));
        if (level !== "unknown") return { level, fromWords: true };
      }
    }
    if (status === 0 && HTTP_METHODS.has(word)) status = httpStatusClass(line, i);
    const before = start === 0 ? " " : line[start - 1];
    const after = i === line.length ? " " : line[i];
    const opened = before === " " || before === "\t" || OPENERS.includes(before);
    if (!opened || !(after === " " || after === "\t" || CLOSERS.includes(after))) continue;
    // Upper case (`ERROR`) or bracketed (`[error]`): a lower-case word in a sentence is not one.
    if (word !== word.toUpperCase() && before !== "[" && before !== "<") continue;
    const level = WORDS.get(lower);
    if (level) return { level, fromWords: true };
  }
  if (status === 0) return { level: "unknown", fromWords: true };
  return { level: status === 5 ? "error" : status === 4 ? "warn" : "info", fromWords: false };
}
