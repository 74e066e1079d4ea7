/**
 * Values found after a key name by a provider detector (`DD_API_KEY=…`, `"ibm_api_key": "…"`;
 * ../detectors/provider_shapes.ts `assigned`), read from the places where the key/value reader's
 * key words end (./assignments.ts keyWordEnds) instead of by a search of the whole line: the
 * line is searched once for those words, and each detector then tries its value only there, and
 * its key names only where a value of its format follows. It finds what the detector's pattern
 * finds, for a detector whose key names all end in such a word (namesEndInKeyWords).
 */
import { type Candidate, cutToEnd } from "../detector.ts";
import { keyWordEnds } from "./assignments.ts";
import type { Near } from "../windowed_match.ts";

/**
 * The words KEY_END in ./assignments.ts stops at, in lower case: a name ending in one of them
 * ends where that search finds one (it finds every such word not followed by more of a name).
 */
const KEY_WORDS = [
  "pass",
  "password",
  "passwd",
  "passphrase",
  "pw",
  "pwd",
  "secret",
  "token",
  "cred",
  "creds",
  "credential",
  "credentials",
  "key",
  "base",
  "auth",
];

/** Bound on the suffixes followed through a names source (its alternatives multiply them). */
const MAX_SUFFIXES = 256;

/** A names source as atoms: literal characters and groups (each with its alternatives). */
type Atom =
  | { literal: string; optional: boolean }
  | { alternatives: Atom[][]; optional: boolean }
  | { other: true };

/** Parses `source` from `at` up to `)` or its end: alternatives of atom sequences, or null. */
function parse(source: string, at: { i: number }): Atom[][] | null {
  const alternatives: Atom[][] = [[]];
  while (at.i < source.length) {
    const c = source[at.i];
    if (c === ")") break;
    if (c === "|") {
      alternatives.push([]);
      at.i++;
      continue;
    }
    let atom: Atom;
    if (c === "(") {
      if (source.startsWith("(?", at.i) && !source.startsWith("(?:", at.i)) return null;
      at.i += source.startsWith("(?:", at.i) ? 3 : 1;
      const inner = parse(source, at);
      if (inner === null || source[at.i] !== ")") return null;
      at.i++;
      atom = { alternatives: inner, optional: false };
    } else if (c === "[") {
      const close = source.indexOf("]", at.i + 2);
      if (close === -1) return null;
      at.i = close + 1;
      atom = { other: true };
    } else if (c === "\\") {
      const next = source[at.i + 1] ?? "";
      at.i += 2;
      atom = /[.\-_/]/.test(next) ? { literal: next, optional: false } : { other: true };
    } else if (c === ".") {
      at.i++;
      atom = { other: true };
    } else if (/[a-z0-9_\-:]/.test(c)) {
      at.i++;
      atom = { literal: c, optional: false };
    } else return null;
    // A quantifier: `?` makes the atom optional; any other one makes it unreadable here.
    const q = /^(?:\?|\*\??|\+\??|\{\d+(?:,\d*)?\}\??)/.exec(source.slice(at.i, at.i + 12));
    if (q !== null) {
      at.i += q[0].length;
      if (q[0] === "?" && !("other" in atom)) atom.optional = true;
      else atom = { other: true };
    }
    alternatives[alternatives.length - 1].push(atom);
  }
  return alternatives;
}

/**
 * The literal endings of `atoms` (read from the end, `tail` already read after them): every
 * text the atoms match ends with one of them. Null past MAX_SUFFIXES.
 */
function endings(atoms: readonly Atom[], tail: string, out: Set<string>): boolean {
  let acc = tail;
  for (let k = atoms.length - 1; k >= 0; k--) {
    const atom = atoms[k];
    const rest = atoms.slice(0, k);
    if ("other" in atom) break;
    if ("literal" in atom && !atom.optional) {
      acc = atom.literal + acc;
      continue;
    }
    const alternatives = "literal" in atom ? [[{ literal: atom.literal, optional: false }]] : atom
      .alternatives;
    for (const alternative of alternatives) {
      if (!endings([...rest, ...alternative], acc, out)) return false;
    }
    if (atom.optional && !endings(rest, acc, out)) return false;
    return out.size <= MAX_SUFFIXES;
  }
  out.add(acc);
  return out.size <= MAX_SUFFIXES;
}

/**
 * Whether every key name the lower-case regex source `names` matches ends in one of KEY_WORDS
 * (`dd[_-]?api[_-]?key`: yes; `private[_-]?key[_-]?id`: no). Read from the source's literal
 * endings; a source it cannot read says no, so its detector keeps its pattern.
 */
export function namesEndInKeyWords(names: string): boolean {
  const at = { i: 0 };
  const parsed = parse(names, at);
  if (parsed === null || at.i !== names.length) return false;
  const out = new Set<string>();
  for (const alternative of parsed) if (!endings(alternative, "", out)) return false;
  return [...out].every((ending) => KEY_WORDS.some((word) => ending.endsWith(word)));
}

/** A key name is read back at most this far from the word it ends in. */
const MAX_NAME = 160;

/**
 * Copies of the value patterns without match indices (the `d` flag): tried first at each key
 * word end, where most hold no value, as a test builds no match; the pattern itself is run only
 * where its copy matched.
 */
const PROBES = new WeakMap<RegExp, RegExp>();

/**
 * The values on `line` after a key word end where `value` (sticky, with the `d` flag: the
 * operator and quotes, a `secret` group and an optional empty `cut` group, as in the detector's
 * pattern) matches and the key name before it matches `nameAtEnd` (the pattern's names with its
 * left boundary, anchored at the end: `(?<![A-Za-z0-9])(?:names)$`). As a search of the pattern
 * would, the reading goes on after each value found, and a value that runs on (`cut`) ends it.
 * An end where `near` says no name starts in the MAX_NAME characters before it holds no value.
 */
export function valuesAfterKeyWords(
  line: string,
  nameAtEnd: RegExp,
  value: RegExp,
  near?: Near,
): readonly Candidate[] {
  let probe = PROBES.get(value);
  if (probe === undefined) {
    PROBES.set(value, probe = new RegExp(value.source, value.flags.replace("d", "")));
  }
  let out: Candidate[] | null = null;
  let resume = 0;
  const ends = keyWordEnds(line);
  for (let k = 0; k < ends.length; k++) {
    const end = ends[k];
    if (end <= resume || (near && !near(end, MAX_NAME))) continue;
    probe.lastIndex = end;
    if (!probe.test(line)) continue;
    value.lastIndex = end;
    const m = value.exec(line);
    if (m === null) continue;
    const from = Math.max(resume, end - MAX_NAME);
    // One character before the name stays in the slice, for the left boundary to see it.
    const lead = from > 0 ? 1 : 0;
    const name = nameAtEnd.exec(line.slice(from - lead, end));
    if (name === null || name.index < lead) continue;
    const [start, stop] = m.indices!.groups!.secret;
    if (m.groups!.cut !== undefined) {
      (out ??= []).push(cutToEnd(line, start));
      break;
    }
    (out ??= []).push({ start, end: stop });
    resume = stop;
  }
  probe.lastIndex = 0;
  value.lastIndex = 0;
  return out ?? NO_CANDIDATES;
}

const NO_CANDIDATES: readonly Candidate[] = [];
