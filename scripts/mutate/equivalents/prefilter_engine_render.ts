/** Equivalent mutants in core/scrub/prefilter/, the other core/scrub/ modules and core/render/ (see ../equivalents.ts for what an entry says). */
import type { Equivalent } from "./equivalent.ts";

const FRAME = "core/scrub/line_frame.ts";
const POLICY = "core/scrub/policy.ts";
const KEYWORDS = "core/scrub/prefilter/keyword_index.ts";

/** A step of line_frame.ts that fails returns -1; -2 fails the same way (callers test `< 0`). */
const FRAME_FAILURES: [string, number][] = [
  ["if (i >= end) return token === SPACE ? i : -1;", 49],
  ["if (!inRun(line.charCodeAt(i))) return -1;", 45],
  ["return i < end && line.charCodeAt(i) === token ? i + 1 : -1;", 61],
  ["if (j <= 0 || !inRun(line.charCodeAt(j - 1))) return -1;", 59],
  ["return j > 0 && line.charCodeAt(j - 1) === token ? j - 1 : -1;", 63],
];

export const PREFILTER_ENGINE_RENDER_EQUIVALENTS: readonly Equivalent[] = [
  // line_frame.ts
  {
    file: FRAME,
    line: "const SPACE = -2;",
    original: "2",
    replacement: "3",
    reason:
      "a token for whitespace runs: -3 is as distinct from DIGITS (-1) and every character code",
  },
  ...FRAME_FAILURES.map(([line, column]) => ({
    file: FRAME,
    line,
    column,
    original: "1",
    replacement: "2",
    reason:
      "-2 is a failed step as -1 is: the callers only test the sign (i < 0, end < 0, end >= 0)",
  })),
  {
    file: FRAME,
    line: "if (j <= 0 || !inRun(line.charCodeAt(j - 1))) return -1;",
    original: "<=",
    replacement: "<",
    reason:
      "at j = 0 the mutant reads charCodeAt(-1), NaN, which is no digit nor whitespace: -1 as well",
  },
  {
    file: FRAME,
    line: "do j--; while (j > 0 && inRun(line.charCodeAt(j - 1)));",
    original: ">",
    replacement: ">=",
    reason:
      "at j = 0 the mutant reads charCodeAt(-1), NaN, which is in no run: the loop stops at 0 as well",
  },
  {
    file: FRAME,
    line: "return j > 0 && line.charCodeAt(j - 1) === token ? j - 1 : -1;",
    original: ">",
    replacement: ">=",
    reason: "at j = 0 the mutant compares charCodeAt(-1), NaN, which equals no token: -1 as well",
  },
  {
    file: FRAME,
    line: "while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;",
    original: ">",
    replacement: ">=",
    reason:
      "at end = 0 the mutant reads charCodeAt(-1), NaN, which is no whitespace: the loop stops at 0 as well",
  },
  {
    file: FRAME,
    line: "while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;",
    original: "0",
    replacement: "1",
    reason:
      "differs only on a line of whitespace alone (end 1, not 0): the text after, trimmed, ends in a character that is no whitespace and fails either way, and a text before of whitespace and other tokens offers the empty text either way (its other tokens fail at the end)",
  },
  {
    file: FRAME,
    line: "for (let t = 0; t < this.before.length; t++) {",
    original: "<",
    replacement: "<=",
    reason:
      "the loop returns at t = before.length - 1 (accept of the rest) or earlier: t never reaches before.length",
  },
  {
    file: FRAME,
    line: "return false;",
    original: "false",
    replacement: "true",
    reason: "unreachable: with a text before, the loop returns at its last token or earlier",
  },
  // policy.ts
  ...[
    "const _customPatternsAgree: Same<z.output<typeof CustomPatternSchema>, CustomPattern> = true;",
    "const _limitsAgree: Same<Required<z.output<typeof LimitsSchema>>, Limits> = true;",
  ].map((line) => ({
    file: POLICY,
    line,
    original: "true",
    replacement: "false",
    reason:
      "a type-level check (the constant is never read): `deno check`, which CI runs, refuses the mutant; the mutation run skips type checks",
  })),
  // keyword_index.ts
  {
    file: KEYWORDS,
    line: "let nonAscii = false;",
    original: "false",
    replacement: "true",
    reason:
      "the search of the code units for non-ASCII keyword characters then runs for ASCII ones too, and adds nothing: it only adds units to non-ASCII characters' lists (c >= 0x80)",
  },
  {
    file: KEYWORDS,
    line: "if (!nonAscii) return units;",
    original: "!nonAscii",
    replacement: "false",
    reason:
      "the search of the code units for non-ASCII keyword characters then runs for ASCII ones too, and adds nothing: it only adds units to non-ASCII characters' lists (c >= 0x80)",
  },
  {
    file: KEYWORDS,
    line: "if (c >= 0x80) {",
    original: ">=",
    replacement: ">",
    reason:
      "U+0080 then takes the ASCII branch: its list is itself alone, as in the other branch (no code unit lower-cases to U+0080), at most listed twice",
  },
];
