/**
 * Turns a user-supplied pattern (hostile input) into a Detector, refusing patterns that can
 * backtrack catastrophically: backreferences, nested quantifiers, quantified groups with
 * alternatives, huge counted repetitions, overlong sources, and chains of repetitions whose
 * ways of splitting a match multiply (`\s*\s*x`). The work per line is bounded too: a custom
 * pattern runs on windows of at most CUSTOM_WINDOW characters (see matchCustom), and that bound
 * fails closed: a match that may go on past its window masks the rest of the line.
 */
import type { Detector } from "./detector.ts";
import { PolicyError } from "./errors.ts";
import { matchDetector, SCRUB_LIMIT, type Span } from "./match.ts";
import type { CustomPattern } from "./policy.ts";

export const MAX_PATTERN_LENGTH = 300;
const MAX_REPEAT_BOUND = 1000;
/** A custom pattern sees at most this many characters at once. */
export const CUSTOM_WINDOW = 4096;
/**
 * Consecutive windows overlap by at least this much: a match this long (with what its
 * lookarounds read) is always seen whole in one window. A pattern that can reach further gets
 * more overlap, up to half a window (see windowOverlap).
 */
export const CUSTOM_WINDOW_OVERLAP = 512;
/**
 * Bound on the product of every repetition's range (an open-ended one counts as a window):
 * the ways one start position can be split among the repetitions.
 */
const MAX_SPLITS = 4 * CUSTOM_WINDOW;

interface GroupFrame {
  hasQuantifier: boolean;
  hasAlternation: boolean;
}

interface Quantifier {
  length: number;
  min: number;
  max: number;
}

/** A counted repetition, `{n}`, `{n,}` or `{n,m}`, read where it starts (sticky). */
const COUNTED = /\{(\d+)(,(\d*))?\}/y;

/** The quantifier starting at `i`, if any (including a trailing lazy `?`). */
function readQuantifier(source: string, i: number): Quantifier | null {
  const c = source[i];
  let length = 0;
  let min = 0;
  let max = 0;
  if (c === "*" || c === "+") {
    length = 1;
    min = c === "*" ? 0 : 1;
    max = Infinity;
  } else if (c === "?") {
    length = 1;
    max = 1;
  } else if (c === "{") {
    // Any number of digits: JavaScript reads `{12345678}` as a repetition too, so a cap on the
    // digits here would let a huge one through unchecked.
    COUNTED.lastIndex = i;
    const m = COUNTED.exec(source);
    if (!m) return null;
    length = m[0].length;
    const low = min = Number(m[1]);
    max = m[2] === undefined ? low : m[3] === "" ? Infinity : Number(m[3]);
    if (low > MAX_REPEAT_BOUND || (max !== Infinity && max > MAX_REPEAT_BOUND)) {
      throw new Error(`a counted repetition above ${MAX_REPEAT_BOUND}`);
    }
  } else {
    return null;
  }
  if (source[i + length] === "?") length++;
  return { length, min, max };
}

/** The index just past the character class that opens at `i` (`[…]`, `[^…]`, `[]…]`). */
function afterClass(source: string, i: number): number {
  i++;
  if (source[i] === "^") i++;
  if (source[i] === "]") i++;
  while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
  return i + 1;
}

/** Throws an Error saying why the regex source is unsafe; returns when it looks safe. */
export function assertSafePattern(source: string): void {
  if (source.length > MAX_PATTERN_LENGTH) {
    throw new Error(`longer than ${MAX_PATTERN_LENGTH} characters`);
  }
  const stack: GroupFrame[] = [{ hasQuantifier: false, hasAlternation: false }];
  let splits = 1;
  const count = (q: Quantifier) => {
    splits = Math.min(
      splits * (q.max === Infinity ? CUSTOM_WINDOW : Math.max(1, q.max - q.min + 1)),
      Number.MAX_SAFE_INTEGER,
    );
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      if (/[1-9]/.test(next) || next === "k") throw new Error("a backreference");
      i += 2;
    } else if (c === "[") {
      i = afterClass(source, i);
    } else if (c === "(") {
      stack.push({ hasQuantifier: false, hasAlternation: false });
      i++;
      continue;
    } else if (c === "|") {
      stack[stack.length - 1].hasAlternation = true;
      i++;
      continue;
    } else if (c === ")") {
      const group = stack.pop();
      if (!group || stack.length === 0) throw new Error("an unbalanced parenthesis");
      i++;
      const q = readQuantifier(source, i);
      if (q && q.max > 1) {
        if (group.hasQuantifier) throw new Error("a nested quantifier, like (a+)+");
        if (group.hasAlternation) {
          throw new Error("a repeated group with alternatives, like (a|ab)*");
        }
      }
      const parent = stack[stack.length - 1];
      parent.hasQuantifier ||= group.hasQuantifier || q !== null;
      if (q) {
        count(q);
        i += q.length;
      }
      continue;
    } else {
      i++;
    }
    // After an atom: a quantifier applies to it.
    const q = readQuantifier(source, i);
    if (q) {
      stack[stack.length - 1].hasQuantifier = true;
      count(q);
      i += q.length;
    }
  }
  if (stack.length !== 1) throw new Error("an unbalanced parenthesis");
  if (splits > MAX_SPLITS) {
    throw new Error("repetitions whose splits multiply, like \\s*\\s*x (bound or remove one)");
  }
}

/**
 * An upper bound on how many characters one match of `source` (a pattern assertSafePattern
 * accepts) and its lookarounds read: every atom counts 2 (a code point may be a surrogate pair),
 * group syntax counts as atoms too, alternatives take the longest; Infinity when a repetition
 * is open-ended (`*`, `+`, `{n,}`).
 */
export function maxReach(source: string): number {
  /** Per open group: the length of its current alternative and the longest finished one. */
  const stack = [{ length: 0, longest: 0 }];
  const ATOM = 2;
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    let atom = ATOM;
    if (c === "(") {
      stack.push({ length: 0, longest: 0 });
      i++;
      continue;
    } else if (c === "|") {
      const top = stack[stack.length - 1];
      top.longest = Math.max(top.longest, top.length);
      top.length = 0;
      i++;
      continue;
    } else if (c === ")") {
      const group = stack.pop()!;
      atom = Math.max(group.longest, group.length);
      i++;
    } else if (c === "\\") {
      i += 2;
    } else if (c === "[") {
      i = afterClass(source, i);
    } else {
      i++;
    }
    const q = readQuantifier(source, i);
    if (q) i += q.length;
    stack[stack.length - 1].length += q ? (atom === 0 ? 0 : atom * q.max) : atom;
  }
  const top = stack[0];
  return Math.max(top.longest, top.length);
}

/** How much consecutive windows overlap for a pattern that reads at most `reach` characters. */
function windowOverlap(reach: number): number {
  return Math.min(Math.max(reach, CUSTOM_WINDOW_OVERLAP), CUSTOM_WINDOW / 2);
}

/** Per compiled custom pattern: maxReach of its source. */
const reachOf = new WeakMap<Detector, number>();

/**
 * Throws PolicyError when one custom pattern could backtrack without bound or does not compile;
 * returns its regex otherwise, for compileCheckedPattern. `field` names it in errors (never
 * echoes it).
 */
export function checkCustomPattern(custom: CustomPattern, field: string): RegExp {
  try {
    assertSafePattern(custom.pattern);
  } catch (e) {
    throw new PolicyError(
      `invalid policy: ${field}.pattern is refused because it has ${(e as Error).message}; ` +
        "rewrite it with bounded, non-nested quantifiers",
    );
  }
  return customRegExp(custom, field);
}

/** A custom pattern's regex, global (with indices for a `secret` group); PolicyError if none. */
function customRegExp(custom: CustomPattern, field: string): RegExp {
  const hasSecretGroup = custom.pattern.includes("(?<secret>");
  try {
    return new RegExp(custom.pattern, `${custom.flags ?? ""}g${hasSecretGroup ? "d" : ""}`);
  } catch {
    throw new PolicyError(
      `invalid policy: ${field}.pattern is not a valid JavaScript regular expression`,
    );
  }
}

/**
 * Validates (checkCustomPattern) and compiles one custom pattern. `field` names it in errors
 * (never echoes it). A scrubber's rules check every custom pattern first (./policy_checks.ts).
 */
export function compileCustomPattern(custom: CustomPattern, field: string): Detector {
  return compileCheckedPattern(custom, field, checkCustomPattern(custom, field));
}

/**
 * Compiles one custom pattern that checkCustomPattern accepted: takes `checked`, the regex the
 * check returned, or (a deployed bundle's rules, whose policy the build checked) compiles it.
 */
export function compileCheckedPattern(
  custom: CustomPattern,
  field: string,
  checked: RegExp | undefined,
): Detector {
  const pattern = checked ?? customRegExp(custom, field);
  const detector: Detector = {
    id: custom.id,
    kind: custom.kind,
    pattern,
    mask: custom.mask,
    examples: { positive: [], negative: [] },
  };
  if (custom.keywords !== undefined && custom.keywords.length > 0) {
    detector.prefilter = { keywords: custom.keywords.map((k) => k.toLowerCase()) };
  }
  reachOf.set(detector, maxReach(custom.pattern));
  return detector;
}

/**
 * Runs a custom detector on a line, in windows of CUSTOM_WINDOW characters that overlap by
 * windowOverlap(its reach), so that no pattern ever sees more than a window at once. A pattern
 * that reads at most half a window finds, in some window, every match it finds on the whole
 * line. One that may read further (`token=\S+`) is cut off at a window's end: a match that
 * reaches the end of its window, not covered by the next window's start, may go on, so from its
 * start to the end of the line is masked as SCRUB_LIMIT. So is the rest of the line after a
 * window where matchDetector's own budget ran out.
 */
export function matchCustom(detector: Detector, line: string): readonly Span[] {
  if (line.length <= CUSTOM_WINDOW) return matchDetector(detector, line);
  const reach = reachOf.get(detector) ?? Infinity;
  const overlap = windowOverlap(reach);
  const step = CUSTOM_WINDOW - overlap;
  const spans: Span[] = [];
  for (let start = 0;; start += step) {
    const end = Math.min(start + CUSTOM_WINDOW, line.length);
    for (const span of matchDetector(detector, line.slice(start, end))) {
      const from = span.start + start;
      const cut = end < line.length && reach > overlap && span.end + start === end &&
        from < start + step;
      if (span.detector === SCRUB_LIMIT || cut) {
        spans.push({ start: from, end: line.length, detector: SCRUB_LIMIT });
        return spans;
      }
      spans.push({ start: from, end: span.end + start, detector });
    }
    if (end >= line.length) return spans;
  }
}
