/**
 * A cheap necessary condition for detectors whose value is a long run of one character class
 * (40 base64 characters, 44 URL-safe ones, 48 hex digits): the line must hold a run of that
 * class at least that long. On lines full of keys, where a key word wakes these detectors on
 * every line, the value is then not looked for after every key.
 */
import type { Candidate, Detector } from "../detector.ts";

/** The classes a run is looked for in. */
export type RunClass = "url-safe" | "base64" | "hex";

/** Bit of each class in CLASS_BITS. */
const BIT: Record<RunClass, number> = { "url-safe": 1, "base64": 2, "hex": 4 };

/** Per ASCII code, the classes it belongs to: [A-Za-z0-9_-], [A-Za-z0-9/+], [A-Fa-f0-9]. */
const CLASS_BITS = (() => {
  const table = new Uint8Array(128);
  const add = (chars: string, bit: number) => {
    for (const c of chars) table[c.charCodeAt(0)] |= bit;
  };
  const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  add(alnum + "_-", BIT["url-safe"]);
  add(alnum + "/+", BIT["base64"]);
  add("ABCDEFabcdef0123456789", BIT["hex"]);
  return table;
})();

/**
 * Calls `visit(start, end)` with each whole run of characters `isMember` takes that covers a
 * `shortest`-th place of the line, left to right, until `visit` returns true. Every run at least
 * `shortest` long covers such a place, so it is visited (shorter runs may be too: the caller
 * checks the length); characters between runs are read at those places only, and no character
 * is read twice.
 */
export function forEachRun(
  line: string,
  isMember: (code: number) => boolean,
  shortest: number,
  visit: (start: number, end: number) => boolean | void,
): void {
  const n = line.length;
  /** Where the next run may start at the earliest (line[from - 1] is not a member). */
  let from = 0;
  let at = shortest - 1;
  while (at < n) {
    if (!isMember(line.charCodeAt(at))) {
      from = at + 1;
      at += shortest;
      continue;
    }
    let start = at;
    while (start > from && isMember(line.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < n && isMember(line.charCodeAt(end))) end++;
    if (visit(start, end) === true) return;
    // line[end] is not a member: the next run long enough ends at end + shortest or later.
    from = end + 1;
    at = end + shortest;
  }
}

/** Whether `line` holds at least `length` (1 or more) characters of `cls` in a row. */
export function hasRun(line: string, cls: RunClass, length: number): boolean {
  const bit = BIT[cls];
  const inClass = (code: number) => code < 128 && (CLASS_BITS[code] & bit) !== 0;
  let found = false;
  forEachRun(line, inClass, length, (start, end) => found = end - start >= length);
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
