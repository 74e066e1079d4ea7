/**
 * Values of a provider's format found where the key/value grammar names them (../detectors/
 * provider_shapes.ts `assigned`): the value is searched for, and the key it is assigned to is
 * read back from it over the same grammar as the key/value reader (./syntax.ts keyBefore: every
 * operator, `?=`, `::=`, `:::=`, `+=`, `.=`, a declared type, `set("KEY", "v")`, escaped quotes),
 * or as the element that holds it (`<name>v</name>`, `<name attr="…">v`, `<![CDATA[v]]>`,
 * `<entry key="name">v</entry>`) or the setter or builder given it (`setName("v")`,
 * `.name("v")`). The key must then be one of the detector's names. This reads the syntaxes a
 * detector's own pattern (a name, one simple operator, the value) does not.
 */
import { type Candidate, type Continuation, cutToEnd } from "../detector.ts";
import { keyWordEnds, valueOfKey } from "./assignments.ts";
import { continuationFor } from "./continuations.ts";
import { keyKind } from "./key_names.ts";
import { keyBefore, keyStartBefore, quoteTokenBefore } from "./syntax.ts";
import { membersOf } from "../detectors/value_runs.ts";
import type { Near } from "../windowed_match.ts";

/** How far back an element's start tag is read from its value. */
const MAX_TAG = 200;
/**
 * How far before its value a key keysBefore reads back starts, at most: keyBefore's key (under
 * 100 characters, after two quotes of up to 8, 8 spaces, an operator, a comma, a declared type
 * of up to 40 and a bracket), an element's name (after its `<`, MAX_TAG back from the value's
 * quote and a CDATA section's start), a setter's (up to 100, before its parenthesis).
 */
const NAMED_SPAN = 512;
/** A setter's or builder's prefix before the name it sets (`setApiKey`, `withApiKey`). */
const SETTER_PREFIX = /^(?:set|with)(?=[A-Z_])_?/;
const CDATA = "<![CDATA[";
const GT = 0x3e, PAREN = 0x28;

/** The keys that may name the value starting at `index`: the grammar's, the element's, the setter's. */
function keysBefore(line: string, index: number): string[] {
  const keys = [keyBefore(line, index).key];
  let at = index - quoteTokenBefore(line, index);
  if (line.startsWith(CDATA, at - CDATA.length)) at -= CDATA.length;
  const c = line.charCodeAt(at - 1);
  if (c === GT) {
    const open = line.lastIndexOf("<", at - 1);
    if (open !== -1 && at - open <= MAX_TAG) {
      const tag = /^<([A-Za-z_][\w.:-]{0,100})((?:\s[^<>]*)?)>$/.exec(line.slice(open, at));
      if (tag !== null) {
        keys.push(tag[1]);
        const named = /\s(?:key|name)\s?=\s?["']([^"'<>]{1,100})["']/i.exec(tag[2]);
        if (named !== null) keys.push(named[1]);
      }
    }
  } else if (c === PAREN) {
    const start = keyStartBefore(line, at - 1, 100);
    const name = line.slice(start, at - 1);
    keys.push(name.slice(name.lastIndexOf(".") + 1).replace(SETTER_PREFIX, ""));
  }
  return keys;
}

/**
 * The matches of `value` (global, with the `d` flag: a `secret` group and an optional empty
 * `cut` group, as in the detector's pattern) on `line` whose key (keysBefore) matches
 * `nameAtEnd` (the detector's names with their left boundary, anchored at the end). A value
 * that runs on (`cut`) ends the reading and masks the rest of the line. The search is bounded
 * by the line: each match moves it on by at least one character.
 */
export function valuesNamedBy(
  line: string,
  nameAtEnd: RegExp,
  value: RegExp,
  nameAnywhere?: RegExp,
): readonly Candidate[] {
  // A value's key, however it is read back, ends before the value and ends in one of the names:
  // no value before the first place a name appears (`nameAnywhere`, unanchored, no flags) can be
  // named by one, so the search starts there, and a line without a name has none.
  const first = nameAnywhere === undefined ? 0 : line.search(nameAnywhere);
  if (first === -1) return NO_CANDIDATES;
  let out: Candidate[] | null = null;
  value.lastIndex = first;
  let m: RegExpExecArray | null;
  while ((m = value.exec(line)) !== null) {
    const [start, stop] = m.indices!.groups!.secret;
    if (m[0].length === 0) value.lastIndex++;
    if (!keysBefore(line, start).some((key) => nameAtEnd.test(key))) continue;
    if (m.groups!.cut !== undefined) {
      (out ??= []).push(cutToEnd(line, start));
      break;
    }
    (out ??= []).push({ start, end: stop });
  }
  value.lastIndex = 0;
  return out ?? NO_CANDIDATES;
}

const NO_CANDIDATES: readonly Candidate[] = [];

/**
 * Characters that may stand between a key and its value, read forward from the key's end: what
 * keyBefore and keysBefore read back over (quotes and their backslashes, spaces, operators, the
 * comma of `set("KEY", v)`, an index bracket, a setter's parenthesis, a tag's `>`, a CDATA
 * section's brackets).
 */
const BETWEEN = membersOf("\"'`\\ \t:=?+.|&<>-,[]()!");
/** Words that may stand there too: the declared types keyBefore reads, and CDATA. */
const BETWEEN_WORDS = ["SecureString", "String", "string", "str", "static", "byte", "CDATA"];
/** The first characters of BETWEEN_WORDS: only at one of them is a word looked for. */
const BETWEEN_WORD_START = membersOf(BETWEEN_WORDS.map((word) => word[0]).join(""));
/**
 * How far after a key's end its value may start for keyBefore (a closing and an opening quote
 * of up to 8 characters each, spaces, an operator, a declared type of up to 40: under 70).
 */
const MAX_BETWEEN = 80;

/** Pushes the places after each character between a key and a value from `from` on. */
function pushValueStarts(line: string, from: number, out: number[]): void {
  const limit = Math.min(line.length, from + MAX_BETWEEN);
  let i = from;
  while (i < limit) {
    const c = line.charCodeAt(i);
    if (c < 128 && BETWEEN[c] === 1) {
      out.push(++i);
      continue;
    }
    if (c >= 128 || BETWEEN_WORD_START[c] === 0) return;
    const word = BETWEEN_WORDS.find((w) => line.startsWith(w, i));
    if (word === undefined) return;
    i += word.length;
  }
}

const NO_STARTS: readonly number[] = [];
let startsLine: string | undefined;
let startsFound: readonly number[] = NO_STARTS;

/**
 * Where on `line` a value may start whose key, read back by keysBefore, ends where a key word
 * ends (keyWordEnds), in order: after the characters and words that may stand between the key
 * and its value, and after the `>` of an element the key names. Found once per line and
 * shared by the provider detectors whose key names all end in such a word.
 */
function valueStartsAfterKeyWords(line: string): readonly number[] {
  if (line === startsLine) return startsFound;
  const ends = keyWordEnds(line);
  let out: number[] | null = null;
  if (ends.length > 0) {
    out = [];
    const firstLt = line.indexOf("<");
    // After a key in an element's name or attribute (`<api_key type="x">`), the element's `>`:
    // within MAX_TAG characters and before any `<`. The next `>` and `<` after a key (-2: not
    // looked for yet, -1: none after it) are found by indexOf and kept for the next key, which
    // ends no sooner: a long line's many keys are not each read on to their tag's end.
    let gt = -2, lt = -2;
    for (let k = 0; k < ends.length; k++) {
      const end = ends[k];
      pushValueStarts(line, end, out);
      if (firstLt !== -1 && firstLt < end) {
        if (gt !== -1 && gt < end) gt = line.indexOf(">", end);
        if (lt !== -1 && lt < end) lt = line.indexOf("<", end);
        if (gt !== -1 && gt < end + MAX_TAG && (lt === -1 || gt < lt)) {
          pushValueStarts(line, gt, out);
        }
      }
    }
    // In order already unless an element's `>` came after a later key's places.
    for (let k = 1; k < out.length; k++) {
      if (out[k] < out[k - 1]) {
        out.sort((a, b) => a - b);
        break;
      }
    }
  }
  startsLine = line;
  startsFound = out === null || out.length === 0 ? NO_STARTS : out;
  return startsFound;
}

/**
 * Sticky copies of the value patterns (same source): one that only tests (`y`), tried at every
 * place a value may start, and one with match indices (`yd`), run where the test matched (most
 * places hold no value, and a test builds no match); and whether the `secret` group is the
 * pattern's first group (after lookbehinds only, as in the detectors' value patterns).
 */
const STICKY = new WeakMap<RegExp, { probe: RegExp; sticky: RegExp; secretFirst: boolean }>();
const SECRET_FIRST = /^(?:\(\?<[=!][^()]*\))*\(\?<secret>/;

/**
 * valuesNamedBy for a detector whose key names all end in a word the key/value reader's key
 * search stops at (./after_key_words.ts namesEndInKeyWords): the value is tried only where one
 * may start after such a key (valueStartsAfterKeyWords, shared by these detectors), instead of
 * searched for over the line. A key read back from a value ends where a key word ends and
 * within MAX_BETWEEN characters before it (MAX_TAG for an element), so the same values are
 * found. Where no value starts where `near` says a name may start in the NAMED_SPAN characters
 * before it, none is named; otherwise the line is read whole (a value may move the reading on).
 */
export function valuesNamedAfterKeyWords(
  line: string,
  nameAtEnd: RegExp,
  value: RegExp,
  near?: Near,
): readonly Candidate[] {
  const starts = valueStartsAfterKeyWords(line);
  if (starts.length === 0) return NO_CANDIDATES;
  let copy = STICKY.get(value);
  if (copy === undefined) {
    const probe = new RegExp(value.source, "y");
    const sticky = new RegExp(value.source, "yd");
    STICKY.set(value, copy = { probe, sticky, secretFirst: SECRET_FIRST.test(value.source) });
  }
  const { probe, sticky, secretFirst } = copy;
  // A value's secret starts where it does (secretFirst): its keys are read back from there.
  if (
    near && secretFirst &&
    !starts.some((at) => near(at, NAMED_SPAN) && (probe.lastIndex = at, probe.test(line)))
  ) return NO_CANDIDATES;
  let out: Candidate[] | null = null;
  let resume = 0;
  let previous = -1;
  for (let k = 0; k < starts.length; k++) {
    const at = starts[k];
    if (at < resume || at === previous) continue;
    previous = at;
    probe.lastIndex = at;
    if (!probe.test(line)) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(line);
    if (m === null) continue;
    // As a search would, the reading goes on after the match, whether it is named or not.
    resume = m[0].length === 0 ? at + 1 : at + m[0].length;
    // By its number where it can: V8 gives each pattern's `indices.groups` a hidden class of its
    // own, so reading it here for many detectors' patterns had this function deoptimized and
    // compiled again as each new one came by; `indices` is one kind of array for all.
    const [start, stop] = secretFirst ? m.indices![1]! : m.indices!.groups!.secret;
    if (!keysBefore(line, start).some((key) => nameAtEnd.test(key))) continue;
    if (m.groups!.cut !== undefined) {
      (out ??= []).push(cutToEnd(line, start));
      break;
    }
    (out ??= []).push({ start, end: stop });
  }
  probe.lastIndex = 0;
  sticky.lastIndex = 0;
  return out ?? NO_CANDIDATES;
}

/** What may come before a key at the start of a line: indentation, a YAML list dash, a quote. */
const LINE_HEAD = /^\s*(?:-\s+)?(?:\\{0,7}["'`])?/;
/** Lines where a value below may be opened away from the line's start: an element, a `name:` entry, a here-document. */
const OPENS_ELSEWHERE = /^\s*<|^[ \t]*(?:-[ \t]+)?(?:name|key):/i;

/** Sticky copies of the key name patterns (same source, `y`). */
const STICKY_NAMES = new WeakMap<RegExp, RegExp>();

/**
 * Whether a key `names` matches may open a value below `line` (./assignments.ts valueOfKey):
 * a YAML key (`name: |`, `name:` alone) must start the line, after its indentation, a list dash
 * or a quote; the other openers need `<` at its start (an element alone on its line), a
 * `name:` entry there, or `<<` (a here-document). A cheap test that spares most lines the
 * search for the last key name.
 */
function mayOpenBelow(line: string, names: RegExp): boolean {
  const head = keyStartOf(line);
  if (head === -1) return true;
  let sticky = STICKY_NAMES.get(names);
  if (sticky === undefined) STICKY_NAMES.set(names, sticky = new RegExp(names.source, "y"));
  sticky.lastIndex = head;
  const found = sticky.test(line);
  sticky.lastIndex = 0;
  return found;
}

let headLine: string | undefined;
let headFound = -1;

/**
 * Where a key that opens a value below `line` must start (after LINE_HEAD), or -1 when the line
 * may open one elsewhere (OPENS_ELSEWHERE, `<<`); found once per line for every provider.
 */
function keyStartOf(line: string): number {
  if (line !== headLine) {
    headLine = line;
    headFound = line.includes("<<") || OPENS_ELSEWHERE.test(line)
      ? -1
      : LINE_HEAD.exec(line)![0].length;
  }
  return headFound;
}

/**
 * The value that goes on below `line` (`name: |`, `name: >-`, `name:` alone, `<name>` alone)
 * after the last key `names` (global, with its boundaries) matches on it (a key the key/value
 * reader does not read itself: no secret-named one), read as the key/value
 * reader reads it below a secret-named key (./continuations.ts), keeping only the lines that are
 * a whole value of the format `whole` (anchored) or a cut; null when the line opens none. The
 * search is bounded by the line: each match moves it on.
 */
export function valueNamedBelow(line: string, names: RegExp, whole: RegExp): Continuation | null {
  if (!mayOpenBelow(line, names)) return null;
  names.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = names.exec(line)) !== null) {
    last = m;
    if (m[0].length === 0) names.lastIndex++;
  }
  names.lastIndex = 0;
  // A secret-named key's value below is the key/value reader's (one value is read below a line).
  if (last === null || keyKind(last[0]) !== null) return null;
  const opens = valueOfKey(line, last.index, last.index + last[0].length)?.opens ?? null;
  if (opens === null) return null;
  const below = continuationFor(opens);
  return {
    next(next) {
      const found = below.next(next);
      return found?.filter((c) => c.cut === true || whole.test(next.slice(c.start, c.end))) ??
        null;
    },
  };
}
