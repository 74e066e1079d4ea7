/**
 * Values of a SQL `INSERT` statement logged on one line, mapped to the columns it names:
 * `INSERT INTO customers (name, thai_id) VALUES ('Jane Doe', '8564812967580'), (…)`. A value's
 * name sits in the column list, far from it, so neither a key/value reading nor a context word
 * beside the value finds it; this reads the column list once and pairs each value of each row
 * with its column.
 *
 * Every reading is one pass over the line (whose length the engine bounds); rows past
 * MAX_ROWS, or a row that does not parse, end the reading with a cut when a named column's value
 * could follow, so nothing unread is passed on.
 */
import { type Candidate, cutToEnd } from "../detector.ts";

/** Rows read per statement; past them the rest of the line is cut (masked unread). */
const MAX_ROWS = 1000;

/** `INSERT [IGNORE] INTO table (columns) VALUES`, the column list captured. */
const INSERT_HEAD =
  /\binsert\s+(?:ignore\s+|or\s+\w+\s+)?into\s+[\w."`\[\]]{1,200}\s*\(([^()]{1,4000})\)\s*values\s*/gi;

/** A column name without its quotes (`"ssn"`, `` `ssn` ``, `[ssn]`). */
export const unquoted = (name: string) => name.trim().replace(/^["`\[]|["`\]]$/g, "");

const SPACE = /\s/;
/** Where the blanks from `at` on end. */
function pastSpaces(line: string, at: number): number {
  let i = at;
  while (i < line.length && SPACE.test(line[i])) i++;
  return i;
}

/**
 * The values of the columns `wanted` says yes to, in every row of every INSERT on `line`: the
 * text inside a quoted string, or a bare number. A cut where a row cannot be read.
 */
export function insertValues(line: string, wanted: (column: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  INSERT_HEAD.lastIndex = 0;
  for (let head = INSERT_HEAD.exec(line); head !== null; head = INSERT_HEAD.exec(line)) {
    const columns = head[1].split(",").map(unquoted);
    const named = columns.map(wanted);
    if (!named.includes(true)) continue;
    let i = INSERT_HEAD.lastIndex;
    for (let row = 0;; row++) {
      if (row === MAX_ROWS) {
        out.push(cutToEnd(line, i));
        return out;
      }
      i = pastSpaces(line, i);
      if (line[i] !== "(") break;
      const end = readRow(line, i + 1, named, out);
      if (end < 0) {
        out.push(cutToEnd(line, i));
        return out;
      }
      i = end;
      i = pastSpaces(line, i);
      if (line[i] !== ",") break;
      i++;
    }
    INSERT_HEAD.lastIndex = Math.max(i, INSERT_HEAD.lastIndex);
  }
  return out;
}

/**
 * One row's values from `at` (just past its `(`): pushes the named columns' values and returns
 * the index past the row's `)`, or -1 when the row does not read as values.
 */
function readRow(line: string, at: number, named: readonly boolean[], out: Candidate[]): number {
  let i = at;
  for (let k = 0;; k++) {
    i = pastSpaces(line, i);
    const quote = line[i];
    let value: Candidate;
    if (quote === "'" || quote === '"') {
      const start = i + 1;
      i = start;
      for (;;) {
        if (i >= line.length) return -1;
        if (line[i] === "\\") i += 2;
        else if (line[i] === quote && line[i + 1] === quote) i += 2;
        else if (line[i] === quote) break;
        else i++;
      }
      value = { start, end: i };
      i++;
    } else {
      // A bare value: a number, NULL, a function call (its brackets balanced).
      const start = i;
      let depth = 0;
      while (i < line.length) {
        const c = line[i];
        if (c === "(") depth++;
        else if (c === ")" && depth === 0) break;
        else if (c === ")") depth--;
        else if (c === "," && depth === 0) break;
        else if (c === "'" || c === '"') return -1;
        i++;
      }
      let end = i;
      while (end > start && SPACE.test(line[end - 1])) end--;
      value = { start, end };
    }
    if (named[k] === true && value.end > value.start) out.push(value);
    i = pastSpaces(line, i);
    if (line[i] === ")") return i + 1;
    if (line[i] !== ",") return -1;
    i++;
  }
}
