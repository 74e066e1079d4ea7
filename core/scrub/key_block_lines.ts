/**
 * How the line engine reads a private-key block (a BlockDetector): where one begins on a line,
 * where it ends, and which lines go on with it. A block that never ends is masked as long as
 * its lines may be key body: failing closed.
 */
import type { BlockDetector } from "./detector.ts";
import type { LineFrame } from "./line_frame.ts";

/** A block begun on a line above and not ended yet. */
export interface OpenBlock {
  detector: BlockDetector;
  lines: number;
  /** How the logger wrapped the begin line (the text around its marker), if it did. */
  frame: LineFrame | null;
}

/** Where a block detector's begin marker matches on a line. */
export interface BlockBegin {
  detector: BlockDetector;
  at: number;
  length: number;
}

/**
 * Lines that may sit inside a key block: base64 body (maybe quoted, `\n`-escaped or with a
 * trailing comma), blank, a `Header: value` line, or a log line (prefix added by the logger)
 * that ends in a long base64 run. A line wrapped the way the block's begin line was (see
 * ./line_frame.ts) is judged by the text inside the wrapping: body, blank or header, any length.
 */
const KEY_BODY_LINE = /^\s*["']?[A-Za-z0-9+/=_-]*(?:\\n)?["']?,?\s*$/;
/**
 * RFC 1421 (as OpenSSL reads it), RFC 4880 armor and PuTTY headers: a name, a colon and a space
 * (`INFO:app:done`, Python's default log format, is none).
 */
const KEY_HEADER_LINE = /^\s*[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*: \S/;
const PREFIXED_KEY_BODY_LINE = /\s[A-Za-z0-9+/]{40,}={0,2}\s*$/;

function mayBeKeyBody(line: string): boolean {
  return KEY_BODY_LINE.test(line) || KEY_HEADER_LINE.test(line) ||
    PREFIXED_KEY_BODY_LINE.test(line);
}

/** A JSON encoder may escape each `/` of base64 as `\/`. */
function unescapedSlashes(text: string): string {
  return text.includes("\\/") ? text.replaceAll("\\/", "/") : text;
}

/** The text inside a framed line that may be key body, blank or a header. */
const mayBeKeyText = (text: string): boolean => {
  const t = unescapedSlashes(text);
  return KEY_BODY_LINE.test(t) || KEY_HEADER_LINE.test(t);
};

/** The text inside a framed line that may be base64 key body, or blank. */
const mayBeBodyText = (text: string): boolean => {
  return KEY_BODY_LINE.test(unescapedSlashes(text));
};

/**
 * Whether `line` goes on with an open block (that has not ended on it). Up to the block's
 * maxLines lines, any line that may be key body does; past them, only base64 body (bare, quoted
 * or after a logger's prefix) and blank lines, as a key's headers come first: a long key is
 * masked to its end, while a header-like log line still ends a block that never closed. A line
 * wrapped like the begin line is judged the same way by the text inside its wrapping, so that
 * no line of a key logged one record per line passes, however short, while a log message with
 * words in it still ends a block that never closed.
 */
export function staysInBlock(block: OpenBlock, line: string): boolean {
  const within = block.lines < block.detector.maxLines;
  if (within ? mayBeKeyBody(line) : KEY_BODY_LINE.test(line) || PREFIXED_KEY_BODY_LINE.test(line)) {
    return true;
  }
  return block.frame !== null && block.frame.holds(line, within ? mayBeKeyText : mayBeBodyText);
}

/**
 * Plain words after a begin marker that has no end on its line: three or more in a row, apart
 * by spaces or commas. Key body, armor headers (`Proc-Type: 4,ENCRYPTED`, `Version: GnuPG v2`)
 * and a logger's closing quotes or fields (`","level":"info"}`) hold none, while a marker quoted
 * in a sentence (`expected "-----BEGIN PRIVATE KEY-----" header but got …`) is followed by them:
 * it starts no block, and the line is scrubbed as any other, unless key body follows it too (a
 * base64 run as long as a key line's), which keeps the block: that is failing closed. So is a
 * marker followed by one or two lower-case words and a closing quote or a sentence's punctuation
 * (`msg="invalid PEM: expected -----BEGIN PRIVATE KEY----- header" file=…`): armor headers are
 * capitalized and end in `:`, base64 holds no such punctuation.
 */
const PROSE = /[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){2}/;
const WORDS_THEN_CLOSE = /^ [a-z]{2,}(?: [a-z]{2,})?["'`,.;)]/;
const KEY_BODY_RUN = /[A-Za-z0-9+/]{40}/;

export function quotedInProse(afterMarker: string): boolean {
  const after = afterMarker.length > 4096 ? afterMarker.slice(0, 4096) : afterMarker;
  return (PROSE.test(after) || WORDS_THEN_CLOSE.test(after)) && !KEY_BODY_RUN.test(after);
}

/**
 * Whether the text between a begin marker and its end marker on one line may hold a key: a base64
 * run as long as a key line's, which every private key has. Markers quoted with words or a
 * placeholder between them (`paste it from -----BEGIN … KEY----- to -----END … KEY-----`,
 * `"-----BEGIN PRIVATE KEY-----\n<redacted>\n-----END PRIVATE KEY-----"`) hold none.
 */
export const holdsKeyBody = (between: string): boolean => {
  return KEY_BODY_RUN.test(unescapedSlashes(between));
};

/** Where the text after `detector`'s end marker in `text` starts, or -1 when there is none. */
export function endMarkerEnd(detector: BlockDetector, text: string): number {
  detector.end.lastIndex = 0;
  const end = detector.end.exec(text);
  return end === null ? -1 : end.index + end[0].length;
}

/** `detector`'s begin on `line` when it comes before `first` (or there is no `first`). */
export function earlierBegin(
  first: BlockBegin | null,
  detector: BlockDetector,
  line: string,
): BlockBegin | null {
  detector.begin.lastIndex = 0;
  const m = detector.begin.exec(line);
  if (m === null || (first !== null && m.index >= first.at)) return first;
  return { detector, at: m.index, length: m[0].length };
}
