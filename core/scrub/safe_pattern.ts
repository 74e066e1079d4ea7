/**
 * Turns a user-supplied pattern (hostile input) into a Detector, refusing patterns that can
 * backtrack catastrophically: backreferences, nested quantifiers, quantified groups with
 * alternatives, huge counted repetitions, overlong sources, and chains of repetitions whose
 * ways of splitting a match multiply (`\s*\s*x`). The work per line is bounded too: a custom
 * pattern runs on windows of at most CUSTOM_WINDOW characters (see matchCustom).
 */
import type { Detector } from "./detector.ts";
import { PolicyError } from "./errors.ts";
import { matchDetector, type Span } from "./match.ts";
import type { CustomPattern } from "./policy.ts";

export const MAX_PATTERN_LENGTH = 300;
const MAX_REPEAT_BOUND = 1000;
/** A custom pattern sees at most this many characters at once. */
export const CUSTOM_WINDOW = 4096;
/** Consecutive windows overlap by this much: custom matches up to this long are never cut. */
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
    const m = /^\{(\d{1,7})(,(\d{0,7}))?\}/.exec(source.slice(i, i + 20));
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
      i++;
      if (source[i] === "^") i++;
      if (source[i] === "]") i++;
      while (i < source.length && source[i] !== "]") i += source[i] === "\\" ? 2 : 1;
      i++;
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

/** Validates and compiles one custom pattern. `field` names it in errors (never echoes it). */
export function compileCustomPattern(custom: CustomPattern, field: string): Detector {
  try {
    assertSafePattern(custom.pattern);
  } catch (e) {
    throw new PolicyError(
      `invalid policy: ${field}.pattern is refused because it has ${(e as Error).message}; ` +
        "rewrite it with bounded, non-nested quantifiers",
    );
  }
  const hasSecretGroup = custom.pattern.includes("(?<secret>");
  let pattern: RegExp;
  try {
    pattern = new RegExp(custom.pattern, `${custom.flags ?? ""}g${hasSecretGroup ? "d" : ""}`);
  } catch {
    throw new PolicyError(
      `invalid policy: ${field}.pattern is not a valid JavaScript regular expression`,
    );
  }
  return {
    id: custom.id,
    description: custom.description ?? `custom pattern ${custom.id} from the policy`,
    kind: custom.kind,
    keywords: (custom.keywords ?? []).map((k) => k.toLowerCase()),
    pattern,
    mask: custom.mask,
    examples: { positive: [], negative: [] },
  };
}

/**
 * Runs a custom detector on a line, in windows of CUSTOM_WINDOW characters overlapping by
 * CUSTOM_WINDOW_OVERLAP, so that no pattern ever sees more than a window at once.
 */
export function matchCustom(detector: Detector, line: string): Span[] {
  if (line.length <= CUSTOM_WINDOW) return matchDetector(detector, line);
  const spans: Span[] = [];
  for (let start = 0; start < line.length; start += CUSTOM_WINDOW - CUSTOM_WINDOW_OVERLAP) {
    for (const span of matchDetector(detector, line.slice(start, start + CUSTOM_WINDOW))) {
      spans.push({ start: span.start + start, end: span.end + start, detector });
    }
    if (start + CUSTOM_WINDOW >= line.length) break;
  }
  return spans;
}
