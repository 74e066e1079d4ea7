/**
 * How a logger wraps each line it writes: the text before a line's own text and the text after
 * it (`2024-05-01T12:00:00.123Z INFO keys - ` … ``, `{"level":"info","msg":"` … `"}`), learned
 * from one line and recognised on the lines after it by shape: a run of digits matches a run of
 * digits of any length (timestamps, thread ids), a run of whitespace matches whitespace, any other
 * character itself.
 *
 * The engine learns a frame from the line where a private-key block begins (the text around its
 * begin marker), so that each line of a key logged one record per line is judged by its own text,
 * whatever its length: a short last line, a PGP checksum or header, a blank line.
 */

import { isAlnumCode as isAlphanumeric, isDigitCode as isDigit } from "../char_codes.ts";

/**
 * Of the text before a begin marker, the first this many characters are kept as the frame's
 * (a logger's prefix is far shorter; past it lies message text only the first line carries).
 */
export const MAX_BEFORE_LENGTH = 512;

/**
 * At a point inside the text before, only a wrapped text this short is considered (key lines
 * are 64 to 76 characters, headers short); at its end, any. This bounds the work per line to
 * its length plus MAX_BEFORE_LENGTH times this.
 */
export const MAX_INNER_TEXT_LENGTH = 256;

/** Shape tokens: a character code, or one of these for a run. */
const DIGITS = -1;
const SPACE = -2;

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function shapeOf(text: string): number[] {
  const tokens: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const token = isDigit(c) ? DIGITS : isSpace(c) ? SPACE : c;
    if (token < 0 && tokens[tokens.length - 1] === token) continue;
    tokens.push(token);
  }
  return tokens;
}

/**
 * Where `token` ends when it starts at `i` of `line`, reading no further than `end`; -1 when it
 * does not match there. A whitespace run matches nothing at `end` (a logger's trailing space is
 * often trimmed from an empty message).
 */
function stepForward(token: number, line: string, i: number, end: number): number {
  if (token === DIGITS || token === SPACE) {
    const inRun = token === DIGITS ? isDigit : isSpace;
    if (i >= end) return token === SPACE ? i : -1;
    if (!inRun(line.charCodeAt(i))) return -1;
    do i++; while (i < end && inRun(line.charCodeAt(i)));
    return i;
  }
  return i < end && line.charCodeAt(i) === token ? i + 1 : -1;
}

/** Where `token` starts when it ends at `j` of `line`; -1 when it does not match there. */
function stepBackward(token: number, line: string, j: number): number {
  if (token === DIGITS || token === SPACE) {
    const inRun = token === DIGITS ? isDigit : isSpace;
    if (j <= 0 || !inRun(line.charCodeAt(j - 1))) return -1;
    do j--; while (j > 0 && inRun(line.charCodeAt(j - 1)));
    return j;
  }
  return j > 0 && line.charCodeAt(j - 1) === token ? j - 1 : -1;
}

export class LineFrame {
  private constructor(
    private readonly before: readonly number[],
    private readonly after: readonly number[],
  ) {}

  /**
   * The frame of a line whose own text had `before` before it and `after` after it (of
   * `before`, its first MAX_BEFORE_LENGTH characters); null when both are empty or whitespace.
   */
  static around(before: string, after: string): LineFrame | null {
    const trimmedAfter = after.trimEnd();
    if (before.trim() === "" && trimmedAfter === "") return null;
    return new LineFrame(shapeOf(before.slice(0, MAX_BEFORE_LENGTH)), shapeOf(trimmedAfter));
  }

  /**
   * Whether `line` wraps, in this frame, a text that `accept` accepts. The text after must match
   * whole, at the end of the line (trailing whitespace aside); the text before may match whole or
   * only up to a whitespace or punctuation character of it, so that a message the begin line
   * carried before its marker (`loading key: `) need not recur on the lines after it; there,
   * `accept` is asked only about texts of up to MAX_INNER_TEXT_LENGTH characters.
   */
  holds(line: string, accept: (text: string) => boolean): boolean {
    let end = line.length;
    while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;
    for (let t = this.after.length - 1; t >= 0 && end >= 0; t--) {
      end = stepBackward(this.after[t], line, end);
    }
    if (end < 0) return false;
    if (this.before.length === 0) return accept(line.slice(0, end));
    let i = 0;
    for (let t = 0; t < this.before.length; t++) {
      const token = this.before[t];
      i = stepForward(token, line, i, end);
      if (i < 0) return false;
      if (t === this.before.length - 1) return accept(line.slice(i, end));
      const inner = token === SPACE || (token >= 0 && !isAlphanumeric(token));
      if (inner && end - i <= MAX_INNER_TEXT_LENGTH && accept(line.slice(i, end))) return true;
    }
    return false;
  }
}
