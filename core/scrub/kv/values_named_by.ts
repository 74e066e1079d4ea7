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
import type { Candidate, Continuation } from "../detector.ts";
import { valueOfKey } from "./assignments.ts";
import { continuationFor } from "./continuations.ts";
import { keyKind } from "./key_names.ts";
import { isKeyChar, keyBefore, quoteTokenBefore } from "./syntax.ts";

/** How far back an element's start tag is read from its value. */
const MAX_TAG = 200;
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
    let start = at - 1;
    while (start > 0 && at - 1 - start < 100 && isKeyChar(line.charCodeAt(start - 1))) start--;
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
      (out ??= []).push({ start, end: line.length, cut: true });
      break;
    }
    (out ??= []).push({ start, end: stop });
  }
  value.lastIndex = 0;
  return out ?? NO_CANDIDATES;
}

const NO_CANDIDATES: readonly Candidate[] = [];

/**
 * The value that goes on below `line` (`name: |`, `name: >-`, `name:` alone, `<name>` alone)
 * after the last key `names` (global, with its boundaries) matches on it (a key the key/value
 * reader does not read itself: no secret-named one), read as the key/value
 * reader reads it below a secret-named key (./continuations.ts), keeping only the lines that are
 * a whole value of the format `whole` (anchored) or a cut; null when the line opens none. The
 * search is bounded by the line: each match moves it on.
 */
export function valueNamedBelow(line: string, names: RegExp, whole: RegExp): Continuation | null {
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
