/**
 * Cheap necessary conditions (gates) for detectors whose value is a long run of one character
 * class (40 base64 characters, 44 URL-safe ones, 48 hex digits): the line must hold a run of
 * that class at least that long (or one of that exact length, after a given character …). On
 * lines full of keys, where a key word wakes these detectors on every line, the value is then
 * not looked for after every key.
 *
 * The runs of every class are found in one reading of the line, shared by all the gates that
 * ask about it (see forEachRunOf): the first gate to ask about a line pays for the reading, the
 * others look at its few runs.
 */
import type { Detector } from "../detector.ts";

/** The classes a run is looked for in. */
export type RunClass =
  /** [A-Za-z0-9_-] */
  | "url-safe"
  /** [A-Za-z0-9/+] */
  | "base64"
  /** [A-Fa-f0-9] */
  | "hex"
  /** [A-Za-z0-9] */
  | "alnum";

/**
 * The character groups the classes are unions of, one bit each, by ASCII code (0 for every
 * other character): 0-9, A-F, a-f, G-Z, g-z, `_`, `-`, `+`, `/`.
 */
export const RUN_GROUPS: Uint16Array = (() => {
  const table = new Uint16Array(128);
  const groups = [
    "0123456789",
    "ABCDEF",
    "abcdef",
    "GHIJKLMNOPQRSTUVWXYZ",
    "ghijklmnopqrstuvwxyz",
    "_",
    "-",
    "+",
    "/",
  ];
  groups.forEach((chars, bit) => {
    for (const c of chars) table[c.charCodeAt(0)] = 1 << bit;
  });
  return table;
})();

const GROUPS = RUN_GROUPS;

/**
 * The keyword scan (../prefilter/) may also find, in the same pass, the runs of RUN_GROUPS'
 * characters (the base64 digits of both alphabets) at least this long, each as where it ends and
 * its length (presetRuns hands a line's to the readings here).
 */
export const RUN_SHORTEST = 12;

const DIGITS = 1, UPPER_HEX = 2, LOWER_HEX = 4, UPPER = 8, LOWER = 16;
const UNDERSCORE = 32, DASH = 64, PLUS = 128, SLASH = 256;
const ALNUM = DIGITS | UPPER_HEX | LOWER_HEX | UPPER | LOWER;

/** Each class as the union of its groups' bits. */
const CLASS_GROUPS: Record<RunClass, number> = {
  "url-safe": ALNUM | UNDERSCORE | DASH,
  "base64": ALNUM | PLUS | SLASH,
  "hex": DIGITS | UPPER_HEX | LOWER_HEX,
  "alnum": ALNUM,
};

/** Per class, 1 by ASCII code for its members (see membersOf). */
const CLASS_MEMBERS = Object.fromEntries(
  Object.entries(CLASS_GROUPS).map((
    [cls, bits],
  ) => [cls, Uint8Array.from(GROUPS, (g) => (g & bits) !== 0 ? 1 : 0)]),
) as Record<RunClass, Uint8Array>;

/** A table for forEachRun: 1 at the ASCII code of each of `chars`, 0 elsewhere. */
export function membersOf(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

/**
 * Calls `visit(start, end)` with each whole run of at least `shortest` characters `members`
 * holds (a table by ASCII code, ./membersOf; no other character is one) in `line[from, to)`,
 * left to right, until `visit` returns true. The line is read back from `shortest - 1` places
 * past where a run may start: reaching that start, the run there is long enough (it is then
 * read on to its end); a non-member on the way back is where the next one may start. The
 * members read on the way back to it are not read again from the next place: each character is
 * read at most once, except the first `shortest` characters of a run long enough (twice).
 */
export function forEachRun(
  line: string,
  members: Uint8Array,
  shortest: number,
  visit: (start: number, end: number) => boolean | void,
  from = 0,
  to = line.length,
): void {
  /** Where the next run may start (`from` or right after a non-member). */
  let first = from;
  /** line[first, known) are members, read already. */
  let known = from;
  let at = from + shortest - 1;
  // The member test is written out in both loops (no call per character).
  while (at < to) {
    let back = at;
    for (; back >= known; back--) {
      const c = line.charCodeAt(back);
      if (c >= 128 || members[c] === 0) break;
    }
    if (back >= known) {
      // line(back, at] are members: from the next place, the way back ends before them.
      first = back + 1;
      known = at + 1;
      at = back + shortest;
      continue;
    }
    let end = at + 1;
    for (; end < to; end++) {
      const c = line.charCodeAt(end);
      if (c >= 128 || members[c] === 0) break;
    }
    if (visit(first, end) === true) return;
    // line[end] is not a member (or is `to`): the next run starts after it.
    first = known = end + 1;
    at = end + shortest;
  }
}

/**
 * The shortest run a gate may ask about: the shortest value gated (pub and 32 hex digits). A
 * line's runs are read from this length, once for every gate (a shorter one would read more of
 * the line).
 */
export const SHORTEST_RUN = 35;

/**
 * The runs of characters of any group (GROUPS) at least SHORTEST_RUN long of the last line
 * read, as start, end and the groups their characters are in (bits of GROUPS; 0 until a gate
 * asks about its characters, see forEachRunOf), `count` of them.
 * A run of any class lies inside one such run (its neighbours are no group's characters, or are
 * of groups outside the class), so a run of a class at least SHORTEST_RUN long is in one of
 * these: it is the whole of one whose groups are all the class's, or is found by reading one of
 * the others again.
 */
let profiled: string | null = null;
let count = 0;
let starts = new Int32Array(64);
let ends = new Int32Array(64);
let groups = new Uint16Array(64);

/** The length of the longest run of the last line read (0 when it has none). */
let longestRun = 0;

/**
 * The runs the keyword scan found on the line the engine reads now (presetRuns): runs[first,
 * last) of the scan's list, `ends` as positions in the scanned text, where the line starts at
 * `offset`. Runs depend only on a line's text: a line of the same text has the same runs.
 */
let presetLine: string | null = null;
let presetEnds: Int32Array = new Int32Array(0);
let presetValues: Int32Array = new Int32Array(0);
let presetFirst = 0, presetLast = 0, presetOffset = 0;

/**
 * Hands the readings here the runs of `line` that the keyword scan found (../prefilter/: every
 * whole run of RUN_SHORTEST or more base64 digits, in order; see RUN_SHORTEST), so that they do
 * not read the line again: where each ends, `ends[k]`, and its length, `values[k]`, for k in
 * [first, last), positions in a text where the line starts at `offset`.
 */
export function presetRuns(
  line: string,
  ends: Int32Array,
  values: Int32Array,
  first: number,
  last: number,
  offset: number,
): void {
  presetLine = line;
  presetEnds = ends;
  presetValues = values;
  presetFirst = first;
  presetLast = last;
  presetOffset = offset;
}

/**
 * Calls `visit(start, end)` with each run of at least `shortest` digits the keyword scan handed
 * over (presetRuns; positions in their line), in order, until `visit` returns true; whether one
 * did.
 */
function somePresetRun(
  shortest: number,
  visit: (start: number, end: number) => boolean | void,
): boolean {
  const ends = presetEnds, values = presetValues, offset = presetOffset;
  for (let k = presetFirst; k < presetLast; k++) {
    const length = values[k];
    if (length < shortest) continue;
    const end = ends[k] - offset;
    if (visit(end - length, end) === true) return true;
  }
  return false;
}

/** Reads `line`'s runs (see `profiled`), unless they are the last line's. */
function readRuns(line: string): void {
  if (line === profiled) return;
  count = 0;
  longestRun = 0;
  // The runs long enough, from the keyword scan's when it handed them over, else read as
  // forEachRun reads; their groups are gathered by reading a run only when a gate asks about its
  // characters (forEachRunOf): most gates are answered by the longest run's length alone.
  if (line === presetLine) somePresetRun(SHORTEST_RUN, addRun);
  else forEachRun(line, BASE64_DIGITS, SHORTEST_RUN, addRun);
  profiled = line;
}

/** Keeps a run of the line read, its groups not gathered yet (0: see forEachRunOf). */
const addRun = (start: number, end: number): void => {
  if (count === starts.length) {
    // At most one run per SHORTEST_RUN + 1 characters of the line: bounded by its length.
    starts = grown(starts, new Int32Array(count * 2));
    ends = grown(ends, new Int32Array(count * 2));
    groups = grown(groups, new Uint16Array(count * 2));
  }
  if (end - start > longestRun) longestRun = end - start;
  starts[count] = start;
  ends[count] = end;
  groups[count] = 0;
  count++;
};

function grown<T extends Int32Array | Uint16Array>(old: T, larger: T): T {
  larger.set(old);
  return larger;
}

/**
 * Calls `visit(start, end)` with each whole run of at least `shortest` (SHORTEST_RUN or more)
 * characters of `cls` on `line`, left to right, until `visit` returns true. The line is read
 * once for all classes and lengths (the last line read is kept), so that many gates asking
 * about one line cost one reading.
 */
export function forEachRunOf(
  line: string,
  cls: RunClass,
  shortest: number,
  visit: (start: number, end: number) => boolean | void,
): void {
  if (!mayHoldRun(line, shortest)) return;
  const bits = CLASS_GROUPS[cls];
  let stop = false;
  const visitRun = (start: number, end: number): boolean => {
    stop = visit(start, end) === true;
    // `visit` may have read another line's runs: this line's are read again (the same ones).
    readRuns(line);
    return stop;
  };
  for (let i = 0; i < count && !stop; i++) {
    if (ends[i] - starts[i] < shortest) continue;
    // Groups not gathered yet: a run's characters are each in a group.
    if (groups[i] === 0) {
      let seen = 0;
      for (let k = starts[i]; k < ends[i]; k++) seen |= GROUPS[line.charCodeAt(k)];
      groups[i] = seen;
    }
    if ((groups[i] & ~bits) === 0) visitRun(starts[i], ends[i]);
    else {
      // Characters outside the class split this run: its runs of the class are read again.
      forEachRun(line, CLASS_MEMBERS[cls], shortest, visitRun, starts[i], ends[i]);
    }
  }
}

/**
 * Whether `line` may hold a run of at least `shortest` (SHORTEST_RUN or more) characters of any
 * class: a run of a class lies inside one of the runs read, so none does when the longest of
 * those is shorter. Most gates asking about a line of short values answer here, without
 * looking at its runs.
 */
function mayHoldRun(line: string, shortest: number): boolean {
  if (shortest < SHORTEST_RUN) throw new Error(`runs under ${SHORTEST_RUN} are not read`);
  readRuns(line);
  return longestRun >= shortest;
}

/**
 * RUN_GROUPS' characters (the base64 digits of both alphabets) as a table for forEachRun (1, others
 * 0); the WebAssembly scan (../prefilter/wasm/scan.ts) finds runs of the same.
 */
export const BASE64_DIGITS = Uint8Array.from(GROUPS, (g) => g !== 0 ? 1 : 0);

/**
 * forEachRun over the base64 digits of both alphabets (`A-Za-z0-9+/_-`) of `line`, for a
 * `shortest` of RUN_SHORTEST or more: from the keyword scan's runs when the engine handed them
 * over (presetRuns), else by reading the line.
 */
export function forEachBase64Run(
  line: string,
  shortest: number,
  visit: (start: number, end: number) => boolean | void,
): void {
  if (shortest < RUN_SHORTEST) throw new Error(`runs under ${RUN_SHORTEST} are not found`);
  if (line !== presetLine) return forEachRun(line, BASE64_DIGITS, shortest, visit);
  somePresetRun(shortest, visit);
}

/**
 * A gate (see gated) read from the keyword scan's runs of base64 digits: on a line whose runs
 * the engine handed over (presetRuns), whether one of at least `shortest` (RUN_SHORTEST or more)
 * digits has `test(line, start, end)`; on any other text, true (nothing is read: the detector
 * runs there as it would ungated). For a detector whose every value starts or ends such a run.
 */
export function scannedRunGate(
  shortest: number,
  test: (line: string, start: number, end: number) => boolean,
): (line: string) => boolean {
  if (shortest < RUN_SHORTEST) throw new Error(`runs under ${RUN_SHORTEST} are not found`);
  const gate = (line: string) =>
    line !== presetLine || somePresetRun(shortest, (start, end) => test(line, start, end));
  SCANNED_RUN_GATES.add(gate);
  return gate;
}

const SCANNED_RUN_GATES = new WeakSet<(line: string) => boolean>();

/** Whether `detector`'s gate is a scannedRunGate alone (one that holds on any line read alone). */
export function gatedByScannedRuns(detector: Detector): boolean {
  return detector.gate !== undefined && SCANNED_RUN_GATES.has(detector.gate);
}

/** Whether `line` holds at least `length` (SHORTEST_RUN or more) characters of `cls` in a row. */
export function hasRun(line: string, cls: RunClass, length: number): boolean {
  return hasRunWhere(line, cls, length, () => true);
}

/**
 * Whether `line` holds a whole run of at least `shortest` (SHORTEST_RUN or more) characters of
 * `cls` for which `test(start, end)` holds.
 */
export function hasRunWhere(
  line: string,
  cls: RunClass,
  shortest: number,
  test: (start: number, end: number) => boolean,
): boolean {
  if (!mayHoldRun(line, shortest)) return false;
  let found = false;
  forEachRunOf(line, cls, shortest, (start, end) => found = test(start, end));
  return found;
}

/** A detector's gate, and the detector as it was before (finding what it found). */
export interface Gate {
  holds: (line: string) => boolean;
  ungated: Detector;
}

/** How `detector` is gated (gated or gatedByRun), if it is. */
export function gateOf(detector: Detector): Gate | undefined {
  const holds = detector.gate;
  return holds === undefined ? undefined : { holds, ungated: { ...detector, gate: undefined } };
}

/**
 * `detector` reading only lines where `holds` (a cheap necessary condition: true on every line
 * where the detector's pattern or `find` has a candidate, so it finds nothing on the others and
 * is not run there; see Detector.gate). A gate it had already must hold too.
 */
export function gated(detector: Detector, holds: (line: string) => boolean): Detector {
  const before = detector.gate;
  detector.gate = before === undefined ? holds : (line) => before(line) && holds(line);
  return detector;
}

/**
 * `detector` reading only lines that hold a run of at least `length` characters of `cls`:
 * every value it finds is such a run, so on other lines it finds nothing and is not run.
 */
export function gatedByRun(detector: Detector, cls: RunClass, length: number): Detector {
  return gated(detector, (line) => hasRun(line, cls, length));
}
