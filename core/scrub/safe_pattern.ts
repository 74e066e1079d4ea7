/**
 * Turns a user-supplied pattern (hostile input) into a Detector, refusing patterns that can
 * backtrack catastrophically: backreferences, nested quantifiers, quantified groups with
 * alternatives, huge counted repetitions and overlong sources. The engine also bounds the
 * work per line by its line-length cap and time budget, whatever the pattern.
 */
import type { Detector } from "./detector.ts";
import { PolicyError } from "./errors.ts";
import type { CustomPattern } from "./policy.ts";

export const MAX_PATTERN_LENGTH = 300;
const MAX_REPEAT_BOUND = 1000;

interface GroupFrame {
  hasQuantifier: boolean;
  hasAlternation: boolean;
}

interface Quantifier {
  length: number;
  max: number;
}

/** The quantifier starting at `i`, if any (including a trailing lazy `?`). */
function readQuantifier(source: string, i: number): Quantifier | null {
  const c = source[i];
  let length = 0;
  let max = 0;
  if (c === "*" || c === "+") {
    length = 1;
    max = Infinity;
  } else if (c === "?") {
    length = 1;
    max = 1;
  } else if (c === "{") {
    const m = /^\{(\d{1,7})(,(\d{0,7}))?\}/.exec(source.slice(i, i + 20));
    if (!m) return null;
    length = m[0].length;
    const low = Number(m[1]);
    max = m[2] === undefined ? low : m[3] === "" ? Infinity : Number(m[3]);
    if (low > MAX_REPEAT_BOUND || (max !== Infinity && max > MAX_REPEAT_BOUND)) {
      throw new Error(`a counted repetition above ${MAX_REPEAT_BOUND}`);
    }
  } else {
    return null;
  }
  if (source[i + length] === "?") length++;
  return { length, max };
}

/** Throws an Error saying why the regex source is unsafe; returns when it looks safe. */
export function assertSafePattern(source: string): void {
  if (source.length > MAX_PATTERN_LENGTH) {
    throw new Error(`longer than ${MAX_PATTERN_LENGTH} characters`);
  }
  const stack: GroupFrame[] = [{ hasQuantifier: false, hasAlternation: false }];
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
      if (q) i += q.length;
      continue;
    } else {
      i++;
    }
    // After an atom: a quantifier applies to it.
    const q = readQuantifier(source, i);
    if (q) {
      stack[stack.length - 1].hasQuantifier = true;
      i += q.length;
    }
  }
  if (stack.length !== 1) throw new Error("an unbalanced parenthesis");
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
