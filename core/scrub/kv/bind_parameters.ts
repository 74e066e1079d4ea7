/**
 * Values bound to a logged SQL statement's `?` parameters, printed on the lines below it
 * (Hibernate's BasicBinder: `binding parameter [2] as [VARCHAR] - [v]`; Hibernate 6:
 * `binding parameter (2:VARCHAR) <- [v]`; MyBatis, every value on one line, each followed by its
 * type: `==> Parameters: v(String), 7(Integer), null`; Postgres's `DETAIL:  parameters: $1 = 'v'`
 * below a statement's `$1`, paired by number). A value's name is the column its `?` stands for in
 * the statement (`set api_secret=?`, `where token = ?`, or an INSERT's column list against its
 * `values (?, ?)`), as ../detectors/sql_insert_values.ts pairs an INSERT's columns with values
 * written inline: the n-th `?` is paired with `binding parameter [n]`.
 *
 * Bounded and failing closed: at most MAX_PARAMETERS `?` are read from the statement (a
 * parameter past them is masked, its column unknown) and MAX_BIND_LINES lines below it; the
 * first line that is no binding ends the reading, and a bound value whose `]` is missing is
 * masked to its line's end.
 */
import { type Candidate, type Continuation, cutToEnd } from "../detector.ts";
import { insertValues, unquoted } from "../detectors/sql_insert_values.ts";
import { charsBefore } from "./syntax.ts";

const MAX_PARAMETERS = 256;
const MAX_BIND_LINES = 256;
/** A column compared with the `?` that follows: `api_secret=?`, `"token" = ?`, `pwd like ?`. */
const COMPARED_COLUMN = /([A-Za-z_][\w.$]{0,127})[`"\]]?\s{0,4}(?:[<>!]?=|<>|<|>|like)\s{0,4}$/i;
/** An INSERT's column list and its list of values (`?`, literals, calls: one level of brackets). */
const INSERT_LISTS =
  /\binsert\s[^()]{1,400}?\(([^()]{1,4000})\)\s{0,4}values\s{0,4}\(((?:[^()]|\([^()]{0,400}\)){1,4000})\)/i;
/** A binding line's head, the parameter's number in group 1 or 2; the value follows. */
const BINDING =
  /binding parameter (?:\[(\d{1,5})\] as \[[^\]]{0,64}\] - \[|\((\d{1,5}):[^)]{0,64}\) <- \[)/;
/**
 * MyBatis's line of a statement's bound values, or Postgres's (`DETAIL:  parameters: $1 = 'v'`),
 * up to the first value.
 */
const ONE_LINE = /==>\s{1,8}Parameters:[ \t]?|\bparameters: (?=\$\d)/;
/**
 * A value on such a line, then `, ` or the line's end: Postgres's `$n = NULL` or `$n = 'text'`
 * (group 1, a quote doubled inside; Postgres prints $1, $2 … in order), MyBatis's `null` or its
 * text (group 2) and its type (`(String)`).
 */
const ONE_VALUE =
  /(?:\$\d{1,5} = (?:NULL|'((?:[^']|'')*)')|null|(.*?)\([A-Za-z][\w.$]{0,63}\))(?:, |\s*$)/dy;
const NONE: readonly Candidate[] = [];
/**
 * SQLAlchemy's echo of a statement's parameters, on the line below it (`[generated in 0.0002s]
 * ('v', 7)`, `[cached since 3.1s ago] (…)`), up to its tuple.
 */
const ECHOED_TUPLE = /\[(?:generated in|cached since|no key)[^\]]{0,40}\] /;
/**
 * A Python literal of that tuple (a tuple's `(` before it): a quoted string, its text in group 1
 * or 2, or a bare word (`7`, `None`); then `,` or the tuple's `)`.
 */
const PYTHON_VALUE = /\(?\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|[^,()]*?)\s*[,)]/dy;
/** A statement's parameter: JDBC's `?` (numbered by its place), Postgres's `$n` (group 1). */
const PARAMETER = /\?|\$(\d{1,5})(?!\w)/g;

/**
 * The values on MyBatis's or Postgres's line (`line` from `from`) whose parameter `wanted` says yes
 * to (by its place, from 1): each value up to its `(Type)`, or within its quotes; a `null` has
 * none. A wanted value that cannot be read is masked to the line's end.
 */
function valuesOnOneLine(
  line: string,
  from: number,
  wanted: (n: number) => boolean,
): Candidate[] {
  const found: Candidate[] = [];
  for (let p = from, n = 1; p < line.length; n++) {
    ONE_VALUE.lastIndex = p;
    const value = ONE_VALUE.exec(line);
    if (value === null) {
      if (wanted(n)) found.push(cutToEnd(line, p));
      break;
    }
    const [start, end] = value.indices![1] ?? value.indices![2] ?? [0, 0];
    if (end > start && wanted(n)) found.push({ start, end });
    p = ONE_VALUE.lastIndex;
  }
  return found;
}

/**
 * The values of SQLAlchemy's tuple (`line` from `from`) whose parameter `wanted` says yes to: a
 * string's text, a bare word whole; a wanted value that cannot be read is masked to the line's end.
 */
function valuesInTuple(line: string, from: number, wanted: (n: number) => boolean): Candidate[] {
  const found: Candidate[] = [];
  for (let p = from, n = 1; p < line.length; n++) {
    PYTHON_VALUE.lastIndex = p;
    const value = PYTHON_VALUE.exec(line);
    if (value === null) {
      if (wanted(n)) found.push(cutToEnd(line, p));
      break;
    }
    p = PYTHON_VALUE.lastIndex;
    const [start, end] = value.indices![1] ?? value.indices![2] ?? [value.index, p - 1];
    if (wanted(n) && end > start) found.push({ start, end });
    if (line[p - 1] === ")") break;
  }
  return found;
}

/** An INSERT's columns by the place of the `?` that stands for each in its values. */
function insertColumnsByPosition(line: string): Map<number, string> {
  const found = new Map<number, string>();
  const insert = INSERT_LISTS.exec(line);
  if (insert === null) return found;
  const columns = insert[1].split(",");
  const values = insert[2];
  const at = insert.index + insert[0].length - 1 - values.length;
  let k = 0, depth = 0;
  for (let i = 0; i < values.length; i++) {
    const c = values[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) k++;
    else if ((c === "?" || c === "$") && depth === 0 && k < columns.length) {
      found.set(at + i, columns[k]);
    }
  }
  return found;
}

/**
 * The reading of the bound values below `line` when it is a statement with a `?` for a column
 * `wanted` says yes to (a column name without its quotes); null otherwise.
 */
export function boundValuesBelow(
  line: string,
  wanted: (column: string) => boolean,
): Continuation | null {
  const named: boolean[] = [];
  const insertColumns = insertColumnsByPosition(line);
  let unread = false;
  let places = 0;
  for (const p of line.matchAll(PARAMETER)) {
    const n = p[1] === undefined ? ++places : Number(p[1]);
    if (n > MAX_PARAMETERS || n < 1) {
      unread ||= n > MAX_PARAMETERS;
      continue;
    }
    const q = p.index;
    const column = insertColumns.get(q) ??
      COMPARED_COLUMN.exec(charsBefore(line, q, 160))?.[1];
    const name = column === undefined ? undefined : unquoted(column);
    named[n - 1] ||= name !== undefined && name !== "" &&
      wanted(name.slice(name.lastIndexOf(".") + 1));
  }
  if (!named.includes(true)) return null;
  let lines = 0;
  const wantedAt = (n: number) => named[n - 1] ?? (unread && n > MAX_PARAMETERS);
  return {
    next(below) {
      if (++lines > MAX_BIND_LINES) return null;
      // MyBatis's line holds every value: the reading ends after it.
      const all = lines === 1 ? ONE_LINE.exec(below) : null;
      if (all !== null) {
        lines = MAX_BIND_LINES;
        return valuesOnOneLine(below, all.index + all[0].length, wantedAt);
      }
      // So does SQLAlchemy's tuple.
      const tuple = lines === 1 ? ECHOED_TUPLE.exec(below) : null;
      if (tuple !== null) {
        lines = MAX_BIND_LINES;
        return valuesInTuple(below, tuple.index + tuple[0].length, wantedAt);
      }
      const m = BINDING.exec(below);
      if (m === null) return null;
      const n = Number(m[1] ?? m[2]);
      if (!wantedAt(n)) return NONE;
      const start = m.index + m[0].length;
      const end = below.lastIndexOf("]");
      return end < start ? [cutToEnd(below, start)] : [{ start, end }];
    },
  };
}

/**
 * How a detector reads the SQL values of the columns `wanted` says yes to: an INSERT's written on
 * its line (insertValues), and the values bound below a statement's `?` (boundValuesBelow).
 */
export const sqlColumnValues = (wanted: (column: string) => boolean) => ({
  find: (line: string) => insertValues(line, wanted),
  opens: (line: string) => boundValuesBelow(line, wanted),
});
