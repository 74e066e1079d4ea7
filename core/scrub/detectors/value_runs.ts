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
 * Whether `line` holds at least `length` (1 or more) characters of `cls` in a row. Where runs
 * are short it reads about one character in `length`: a run that long covers a character at
 * every `length`-th place, and only from such a character of the class is the line read back.
 * No character is read twice.
 */
export function hasRun(line: string, cls: RunClass, length: number): boolean {
  const bit = BIT[cls];
  const n = line.length;
  const inClass = (i: number) => {
    const code = line.charCodeAt(i);
    return code < 128 && (CLASS_BITS[code] & bit) !== 0;
  };
  let at = length - 1;
  /** When a run may start before it: the place up to which the run is known to be of the class. */
  let known = -1;
  while (at < n) {
    if (!inClass(at)) {
      at += length;
      known = -1;
      continue;
    }
    // The run through `at` is long enough when line[at - length + 1, at] is all of the class;
    // line(stop, known] already is.
    const low = at - length + 1;
    const stop = known >= low ? known : low - 1;
    let back = at - 1;
    while (back > stop && inClass(back)) back--;
    if (back === stop) return true;
    // line[back] is not of the class: a run of `length` ends at back + length or later.
    known = at;
    at = back + length;
  }
  return false;
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
