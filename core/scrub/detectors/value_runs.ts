/**
 * A cheap necessary condition for detectors whose value is a long run of one character class
 * (40 base64 characters, 44 URL-safe ones, 48 hex digits): the line must hold a run of that
 * class at least that long. On lines full of keys, where a key word wakes these detectors on
 * every line, the value is then not looked for after every key.
 */
import type { Candidate, Detector } from "../detector.ts";

/** The classes a run is looked for in. */
export type RunClass = "url-safe" | "base64" | "hex";

/** Per class, 1 by ASCII code for its members: [A-Za-z0-9_-], [A-Za-z0-9/+], [A-Fa-f0-9]. */
const CLASS_MEMBERS: Record<RunClass, Uint8Array> = (() => {
  const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  return {
    "url-safe": membersOf(alnum + "_-"),
    "base64": membersOf(alnum + "/+"),
    "hex": membersOf("ABCDEFabcdef0123456789"),
  };
})();

/** A table for forEachRun: 1 at the ASCII code of each of `chars`, 0 elsewhere. */
export function membersOf(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/**
 * Calls `visit(start, end)` with each whole run of at least `shortest` characters `members`
 * holds (a table by ASCII code, ./membersOf; no other character is one), left to right, until
 * `visit` returns true. The line is read back from `shortest - 1` places past where a run may
 * start: reaching that start, the run there is long enough (it is then read on to its end); a
 * non-member on the way back is where the next one may start. Characters of shorter runs are
 * read at most once, and only back from such a place; only the first `shortest` characters of
 * a run long enough may be read twice.
 */
export function forEachRun(
  line: string,
  members: Uint8Array,
  shortest: number,
  visit: (start: number, end: number) => boolean | void,
): void {
  const n = line.length;
  /** Where the next run may start (from 0 or right after a non-member). */
  let from = 0;
  let at = shortest - 1;
  while (at < n) {
    let back = at;
    while (back >= from && isMember(members, line.charCodeAt(back))) back--;
    if (back >= from) {
      from = back + 1;
      at = back + shortest;
      continue;
    }
    let end = at + 1;
    while (end < n && isMember(members, line.charCodeAt(end))) end++;
    if (visit(from, end) === true) return;
    // line[end] is not a member: the next run starts after it.
    from = end + 1;
    at = end + shortest;
  }
}

/** Whether `code` is one of `members` (see membersOf). */
function isMember(members: Uint8Array, code: number): boolean {
  return code < 128 && members[code] !== 0;
}

/** Whether `line` holds at least `length` (1 or more) characters of `cls` in a row. */
export function hasRun(line: string, cls: RunClass, length: number): boolean {
  let found = false;
  forEachRun(line, CLASS_MEMBERS[cls], length, () => found = true);
  return found;
}

const NONE: readonly Candidate[] = [];

/**
 * `detector` (built with a `find`) reading only lines that hold a run of at least `length`
 * characters of `cls`: every value it finds is such a run, so on other lines it finds nothing
 * and is not run. Its `opens` (a value on the lines below) is left as it is.
 */
export function gatedByRun(detector: Detector, cls: RunClass, length: number): Detector {
  const find = detector.find;
  if (find === undefined) throw new Error(`${detector.id}: only a detector with find is gated`);
  detector.find = (line) => hasRun(line, cls, length) ? find(line) : NONE;
  return detector;
}
