/**
 * Ids in a list: when a document or national id number was found (a detector with
 * Detector.idNumber), a value of the same layout listed after it (`A and B`, `A, B`, `A / B`,
 * `A B`) is another of the same kind, though no word names it and its check digit may be wrong
 * (a second passport number, `GSTINs: A and B`): it is masked too. The layout is the value's
 * length, where its letters and digits are and its other characters as they are, so that an id
 * listed beside a date, a count or a word is left alone.
 */
import type { Span } from "./match.ts";

/** What joins two values of a list: `, `, ` and `, ` / `, a blank. */
const JOINER = "(?:[ \\t]*[,;/&]|[ \\t]+(?:and|or|und|et|y|e|en|og|och|ve))?[ \\t]+|[ \\t]*[,;/&]";

/**
 * The values listed after `spans` (merged, in order) of an id detector's, at most 3 after each:
 * new spans, labelled by the id's detector. An id shorter than 6 characters, or with fewer than
 * 3 digits, is too plain to say what follows it.
 */
export function listedIds(line: string, spans: readonly Span[]): Span[] {
  const listed: Span[] = [];
  for (const { start, end, detector } of spans) {
    const value = line.slice(start, end);
    if (detector.idNumber !== true || !/^(?=.{6}).*\d.*\d.*\d/su.test(value)) continue;
    // The value's layout: a digit for a digit, a letter for a letter, the rest as it is; the last
    // of 10 or more, often a check character of either kind (a GSTIN's), either.
    const layout = value.replace(
      /(\d)|(\p{L})|./gsu,
      (c, digit, letter, at) =>
        (digit || letter) && at > 8 && at === value.length - 1
          ? "[\\p{L}\\d]"
          : digit
          ? "\\d"
          : letter
          ? "\\p{L}"
          : `\\u{${c.codePointAt(0)!.toString(16)}}`,
    );
    const after = new RegExp(`(?:${JOINER})(${layout})(?![\\p{L}\\d_])`, "yu");
    after.lastIndex = end;
    for (let n = 0, next; n < 3 && (next = after.exec(line)) !== null; n++) {
      listed.push({ start: after.lastIndex - next[1].length, end: after.lastIndex, detector });
    }
  }
  return listed;
}
