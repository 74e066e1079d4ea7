/**
 * Turns one (already scrubbed) log line into tokens whose variable parts are `<*>`.
 *
 * A line is cut at whitespace and at punctuation (`= : , ; ( ) [ ] { } < > " ' | @ ? & ! #`).
 * Each token is an optional space (for any whitespace), at most one punctuation character and
 * the word after it, possibly empty: `rhost=10.0.0.1` gives ` rhost` and `=<*>`, `()` gives
 * `(` and `)`. Dots, dashes, underscores and slashes stay inside
 * words, so host names, class names, versions and paths are one word each.
 *
 * Typed variables become `<*>` before any grouping:
 *   - a word with a digit (numbers, ids, hashes, UUIDs, IPs, durations such as `485ms`);
 *     `blk_-42` keeps its letters prefix (`blk_<*>`) and a path keeps its constant segments
 *     (`/v2/<*>/orders`);
 *   - long runs of hex letters (`ffffffff`, `deadbeefcafe`), and short ones that continue a
 *     masked group (`00:1a:2b:cc:dd:ee`);
 *   - the scrubber's masks (`[REDACTED:…]`, `[<detector>:<hex>]`), whatever they hide;
 *   - month and weekday names next to a number (`Sun Jul 3 10:05:25 2005`);
 *   - a size or time unit after a number is part of it (`384.0 KB`, `12 ms`).
 * Consecutive identical variable tokens are one (`blk_1 blk_2 blk_3`, the parts of a date), and
 * so is a repeating run of a few tokens that holds a variable (`a=1, a=2, a=3`), so lists of any
 * length give the same template.
 */

import { MASK_TOKEN } from "../scrub/placeholders.ts";

/** What a variable part of a template looks like. */
export const WILDCARD = "<*>";

/** The tokens of one line, in order; joined they are the line's masked text. */
export interface Tokens {
  tokens: string[];
  /** One flag per token: true when the token holds a typed variable. */
  typed: boolean[];
}

/** Lines longer than this are cut here before tokenizing (the rest is one `<*>`). */
export const MAX_LINE_CHARS = 4_096;
/** At most this many tokens per line; the rest of the line becomes one `<*>` token. */
export const MAX_TOKENS = 128;

const enum Char {
  Space = 1,
  Delimiter = 2,
  Word = 0,
}

/** Characters that cut a line into words (besides whitespace). */
export const PUNCTUATION = "=:,;()[]{}<>\"'|@?&!#";

const CLASS = new Uint8Array(128);
for (const c of " \t\r\n\v\f") CLASS[c.charCodeAt(0)] = Char.Space;
for (const c of PUNCTUATION) CLASS[c.charCodeAt(0)] = Char.Delimiter;

/** Stands for one mask while the line is cut into words: a digit, so the word is variable. */
const MASK_STAND_IN = "0";

/** Units a number may be followed by (`120 ms`, `4 KiB`): the number and its unit are one part. */
const UNITS = /* @__PURE__ */ new Set(
  /* @__PURE__ */ ("B KB MB GB TB KiB MiB GiB TiB kB bytes ns us µs ms s sec secs seconds " +
    "min mins minutes h hours").split(" "),
);

const CALENDAR = /* @__PURE__ */ new Set(
  /* @__PURE__ */ ("mon tue wed thu fri sat sun monday tuesday wednesday thursday friday " +
    "saturday sunday jan feb mar apr may jun jul aug sep sept oct nov dec january february " +
    "march april june july august september october november december").split(" "),
);

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Eight or more hex letters of one case and no other character. */
function isHexLetters(word: string): boolean {
  if (word.length < 8) return false;
  const lower = word.charCodeAt(0) >= 97;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (lower ? c < 97 || c > 102 : c < 65 || c > 70) return false;
  }
  return true;
}

/** One to four hex letters right after `:` or `-` (a group of a MAC or IPv6 address). */
function isHexGroup(word: string, prefix: string): boolean {
  if (word.length === 0 || word.length > 4 || (prefix !== ":" && prefix !== "-")) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) | 32;
    if (c < 97 || c > 102) return false;
  }
  return true;
}

/**
 * Length of the letters prefix kept before a numeric id in text[start, end): `blk_` of
 * `blk_-42`, `node-` of `node-7`; 0 when there is none.
 */
function idPrefixLength(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    i++;
  }
  if (i - start < 2 || i >= end - 1) return 0;
  const separator = text.charCodeAt(i);
  if (separator !== 95 && separator !== 45) return 0; // `_` or `-`
  const next = text.charCodeAt(i + 1);
  const after = next === 45 ? text.charCodeAt(i + 2) : next; // `-` then a digit
  return after >= 48 && after <= 57 ? i + 1 - start : 0;
}

/** `blk_-42` → `blk_<*>`, `node-7` → `node-<*>`: a letters prefix before a numeric id. */
function maskId(word: string): string {
  const prefix = idPrefixLength(word, 0, word.length);
  return prefix === 0 ? WILDCARD : word.slice(0, prefix) + WILDCARD;
}

/** `/v2/9f3a/orders` → `/v2/<*>/orders`: each segment of a path is masked on its own. */
function maskPath(word: string): string {
  let out = "";
  let start = 0;
  for (let i = 0; i <= word.length; i++) {
    const c = i < word.length ? word.charCodeAt(i) : 47;
    if (c !== 47 && c !== 92) continue; // `/` or `\`
    const part = word.slice(start, i);
    out += hasDigit(part) ? maskPart(part) : isHexLetters(part) ? WILDCARD : part;
    if (i < word.length) out += word[i];
    start = i + 1;
  }
  return out;
}

/** A word with a digit, its letters kept where they are not part of an id (see maskPart). */
function maskDigitWord(word: string): string {
  return word.includes("/") || word.includes("\\") ? maskPath(word) : maskPart(word);
}

/**
 * A word (or path segment) with a digit: `<*>` with its id prefix kept, or, in text without
 * spaces between words (`订单12345创建成功`), only its runs of ASCII letters, digits and
 * `._-` that hold a digit: `订单<*>创建成功`.
 */
function maskPart(part: string): string {
  let ascii = true;
  for (let i = 0; i < part.length && ascii; i++) if (part.charCodeAt(i) >= 128) ascii = false;
  if (ascii) return maskId(part);
  return part.replace(/[A-Za-z0-9._-]*\d[A-Za-z0-9._-]*/g, (run) => maskId(run));
}

function maskWord(word: string): string | null {
  if (hasDigit(word)) return maskDigitWord(word);
  return isHexLetters(word) ? WILDCARD : null;
}

function isCalendarWord(word: string): boolean {
  if (word.length < 3 || word.length > 9) return false;
  const first = word.charCodeAt(0);
  return first >= 65 && first <= 90 && CALENDAR.has(word.toLowerCase());
}

/**
 * The words of a line and what comes before each: an optional space (for any whitespace) and
 * at most one punctuation character, so `()` and `(x)` both give two tokens.
 */
function split(line: string, words: string[], prefixes: string[]): void {
  const n = line.length;
  let i = 0;
  while (i < n) {
    let space = false;
    while (i < n && line.charCodeAt(i) < 128 && CLASS[line.charCodeAt(i)] === Char.Space) {
      space = true;
      i++;
    }
    if (i === n) return;
    let prefix = space && words.length > 0 ? " " : "";
    const c = line.charCodeAt(i);
    if (c < 128 && CLASS[c] === Char.Delimiter) {
      prefix += line[i];
      i++;
    }
    const start = i;
    for (; i < n; i++) {
      const d = line.charCodeAt(i);
      if (d < 128 && CLASS[d] !== Char.Word) break;
    }
    if (words.length === MAX_TOKENS - 1) { // the rest of a very long line is one variable
      words.push(MASK_STAND_IN);
      prefixes.push(prefix === "" ? " " : prefix);
      return;
    }
    words.push(line.slice(start, i));
    prefixes.push(prefix);
  }
}

/** A line cut to MAX_LINE_CHARS with the scrubber's masks replaced by a stand-in. */
export function prepare(line: string): string {
  const text = line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line;
  return text.indexOf("[") === -1 ? text : text.replace(MASK_TOKEN, MASK_STAND_IN);
}

/**
 * A cheap key for a prepared line such that lines with equal keys have equal tokens: the
 * text with each word holding a digit, or a long run of hex letters, marked as masked (an id
 * keeps its letters prefix, a path its masked form). One pass, few allocations; null for a
 * line holding a character below U+0004 (the markers), which is then tokenized every time.
 */
export function shapeKey(text: string): string | null {
  const n = text.length;
  let key = "";
  let copied = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 4) return null;
    if (c < 128 && CLASS[c] !== Char.Word) {
      i++;
      continue;
    }
    const start = i;
    let digit = false;
    let slash = false;
    let nonAscii = false;
    for (; i < n; i++) {
      const d = text.charCodeAt(i);
      if (d >= 128) nonAscii = true;
      else if (CLASS[d] !== Char.Word) break;
      else if (d <= 57 && d >= 48) digit = true;
      else if (d === 47 || d === 92) slash = true;
      else if (d < 4) return null;
    }
    if (!digit) {
      if (i - start >= 8 && isHexLetters(text.slice(start, i))) {
        key += text.slice(copied, start) + "\u0001";
        copied = i;
      }
      continue;
    }
    if (slash || nonAscii) {
      key += text.slice(copied, start) + "\u0002" + maskDigitWord(text.slice(start, i)) + "\u0003";
    } else key += text.slice(copied, start + idPrefixLength(text, start, i)) + "\u0001";
    copied = i;
  }
  return copied === 0 ? text : key + text.slice(copied);
}

/** Tokens of one line with its typed variables masked (see the module comment). */
export function tokenize(line: string): Tokens {
  return tokenizePrepared(prepare(line));
}

/** tokenize, for a line already through prepare. */
export function tokenizePrepared(text: string): Tokens {
  const words: string[] = [];
  const prefixes: string[] = [];
  split(text, words, prefixes);
  const n = words.length;
  const masked: (string | null)[] = new Array(n);
  for (let i = 0; i < n; i++) masked[i] = words[i] === "" ? null : maskWord(words[i]);
  // Short hex-letter groups after a masked group belong to it (`00:1a:2b:cc:dd:ee`).
  for (let i = 1; i < n; i++) {
    if (masked[i] === null && masked[i - 1] !== null && isHexGroup(words[i], prefixes[i])) {
      masked[i] = WILDCARD;
    }
  }
  // Month and weekday names next to a number belong to a date.
  for (let i = 0; i < n; i++) {
    if (masked[i] === null && isCalendarWord(words[i])) {
      const near = (i > 0 && masked[i - 1] !== null) || (i + 1 < n && masked[i + 1] !== null) ||
        (i + 2 < n && isCalendarWord(words[i + 1]) && masked[i + 2] !== null);
      if (near) masked[i] = WILDCARD;
    }
  }
  const tokens: string[] = [];
  const typed: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const value = masked[i];
    if (value === null) {
      tokens.push(prefixes[i] + words[i]);
      typed.push(false);
      continue;
    }
    const token = prefixes[i] + value;
    // A unit after a number is part of it: `384.0 KB` is one variable.
    if (i + 1 < n && prefixes[i + 1] === " " && masked[i + 1] === null && UNITS.has(words[i + 1])) {
      i++;
    }
    const last = tokens.length - 1;
    if (last >= 0 && typed[last] && tokens[last] === token) continue; // `<*> <*>` is one `<*>`
    tokens.push(token);
    typed.push(true);
  }
  collapseRepeats(tokens, typed);
  return { tokens, typed };
}

/** The longest repeating unit of a list that is collapsed (`node-1 0x1f <ok>` is 4 tokens). */
const MAX_REPEAT_UNIT = 6;

/**
 * A run of a repeating unit of tokens that holds a variable is one unit: `a=1, a=2, a=3`
 * reads `a=<*>,` whatever the list's length. In place.
 */
function collapseRepeats(tokens: string[], typed: boolean[]): void {
  for (let unit = 2; unit <= MAX_REPEAT_UNIT; unit++) {
    let out = 0;
    for (let i = 0; i < tokens.length;) {
      let variable = false;
      let same = i + 2 * unit <= tokens.length;
      for (let k = 0; same && k < unit; k++) {
        if (tokens[i + k] !== tokens[i + unit + k]) same = false;
        if (typed[i + k]) variable = true;
      }
      if (!same || !variable) {
        tokens[out] = tokens[i];
        typed[out++] = typed[i++];
        continue;
      }
      let end = i + unit; // the first unit is kept; repeats after it are dropped
      while (end + unit <= tokens.length && sameUnit(tokens, i, end, unit)) end += unit;
      for (let k = 0; k < unit; k++) {
        tokens[out] = tokens[i + k];
        typed[out++] = typed[i + k];
      }
      i = end;
    }
    tokens.length = out;
    typed.length = out;
  }
}

function sameUnit(tokens: string[], a: number, b: number, unit: number): boolean {
  for (let k = 0; k < unit; k++) if (tokens[a + k] !== tokens[b + k]) return false;
  return true;
}
