/**
 * Mutations of one regular expression: the small, realistic mistakes a person makes when
 * writing a pattern that guards something. Each returns the pattern's new source (the text
 * between the slashes) and a short name; only sources that still compile, with the same
 * flags, and differ from the original are returned.
 *
 * - `regex-anchor`: `^`, `$`, `\b` or `\B` dropped (a pattern that should match a whole value
 *   now matches part of one);
 * - `regex-class`: a character class negated (`[0-9]` ↔ `[^0-9]`, `\d` ↔ `\D`, `\w`, `\s`);
 * - `regex-quantifier`: a bound tightened by one (`{4,8}` → `{5,8}` and `{4,7}`, `{4}` →
 *   `{5}`, `{4,}` → `{5,}`), `*` → `+`, `+` → `{2,}`, `?` dropped: the shortest or longest
 *   value the pattern is meant to take no longer matches;
 * - `regex-lookaround`: a lookahead or lookbehind negated;
 * - `regex-flag`: the `i` flag dropped.
 */

export interface RegexMutant {
  operator: string;
  source: string;
  flags: string;
  /** What changed, for the report: `{4,8} → {5,8}`. */
  description: string;
}

interface Edit {
  operator: string;
  start: number;
  end: number;
  replacement: string;
}

/** Every mutant of `source` (with `flags`) that compiles and differs from it. */
export function regexMutants(source: string, flags: string): RegexMutant[] {
  const edits = regexEdits(source);
  const out: RegexMutant[] = [];
  const seen = new Set<string>();
  const add = (operator: string, mutated: string, mutatedFlags: string, description: string) => {
    const key = `${mutated}/${mutatedFlags}`;
    if (mutated === source && mutatedFlags === flags) return;
    if (seen.has(key) || !compiles(mutated, mutatedFlags)) return;
    seen.add(key);
    out.push({ operator, source: mutated, flags: mutatedFlags, description });
  };
  for (const e of edits) {
    const mutated = source.slice(0, e.start) + e.replacement + source.slice(e.end);
    const from = source.slice(e.start, e.end);
    add(e.operator, mutated, flags, `${from || "∅"} → ${e.replacement || "∅"}`);
  }
  if (flags.includes("i")) add("regex-flag", source, flags.replace("i", ""), "flag i dropped");
  return out;
}

function compiles(source: string, flags: string): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}

const NEGATED_ESCAPES: Record<string, string> = {
  d: "D",
  D: "d",
  w: "W",
  W: "w",
  s: "S",
  S: "s",
};

/** The edits of one pattern source, found by one left-to-right scan that knows classes and escapes. */
function regexEdits(source: string): Edit[] {
  const edits: Edit[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      if (next === "b" || next === "B") {
        edits.push({ operator: "regex-anchor", start: i, end: i + 2, replacement: "" });
      } else if (NEGATED_ESCAPES[next]) {
        edits.push({
          operator: "regex-class",
          start: i,
          end: i + 2,
          replacement: "\\" + NEGATED_ESCAPES[next],
        });
      }
      i += escapeLength(source, i);
      i = quantifierAfter(source, i, edits);
      continue;
    }
    if (c === "[") {
      const end = classEnd(source, i);
      if (end < 0) return edits; // not a pattern this scanner understands: no edits past here
      if (source[i + 1] === "^") {
        edits.push({ operator: "regex-class", start: i + 1, end: i + 2, replacement: "" });
      } else {
        edits.push({ operator: "regex-class", start: i + 1, end: i + 1, replacement: "^" });
      }
      i = quantifierAfter(source, end + 1, edits);
      continue;
    }
    if (c === "^" || c === "$") {
      edits.push({ operator: "regex-anchor", start: i, end: i + 1, replacement: "" });
      i++;
      continue;
    }
    if (c === "(") {
      const look = /^\(\?(<?)([=!])/.exec(source.slice(i, i + 4));
      if (look) {
        const at = i + 2 + look[1].length;
        edits.push({
          operator: "regex-lookaround",
          start: at,
          end: at + 1,
          replacement: look[2] === "=" ? "!" : "=",
        });
      }
      i++;
      continue;
    }
    if (c === ")") {
      i = quantifierAfter(source, i + 1, edits);
      continue;
    }
    i = quantifierAfter(source, i + 1, edits);
  }
  return edits;
}

/** Length of the escape starting at `i` (`\d`, `\x41`, `\u{1F600}`, `\p{L}`, `\k<name>`). */
function escapeLength(source: string, i: number): number {
  const rest = source.slice(i);
  const m =
    /^\\(?:x[0-9a-fA-F]{2}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|[pP]\{[^}]*\}|k<[^>]*>|c[A-Za-z]|[\s\S])/
      .exec(rest);
  return m ? m[0].length : 1;
}

/** Index of the `]` closing the class that opens at `i`, or -1. */
function classEnd(source: string, i: number): number {
  let j = i + 1;
  if (source[j] === "^") j++;
  if (source[j] === "]") j++; // a leading `]` is literal in some dialects; harmless here
  while (j < source.length) {
    if (source[j] === "\\") j += escapeLength(source, j);
    else if (source[j] === "]") return j;
    else j++;
  }
  return -1;
}

/** Records the quantifier at `i` (if any) as edits, and returns the index after it. */
function quantifierAfter(source: string, i: number, edits: Edit[]): number {
  const rest = source.slice(i);
  const braces = /^\{(\d+)(,(\d*))?\}\??/.exec(rest);
  if (braces) {
    const n = Number(braces[1]);
    const hasComma = braces[2] !== undefined;
    const m = braces[3] ? Number(braces[3]) : undefined;
    const lazy = braces[0].endsWith("?") ? "?" : "";
    const end = i + braces[0].length;
    const replace = (text: string) =>
      edits.push({ operator: "regex-quantifier", start: i, end, replacement: text + lazy });
    if (!hasComma) replace(`{${n + 1}}`);
    else if (m === undefined) replace(`{${n + 1},}`);
    else {
      if (n + 1 <= m) replace(`{${n + 1},${m}}`);
      if (m - 1 >= n && m - 1 > 0) replace(`{${n},${m - 1}}`);
    }
    return end;
  }
  const simple = /^([*+?])\??/.exec(rest);
  if (simple) {
    const end = i + simple[0].length;
    const lazy = simple[0].length > 1 ? "?" : "";
    const q = simple[1];
    const replacement = q === "*" ? "+" + lazy : q === "+" ? "{2,}" + lazy : "";
    edits.push({ operator: "regex-quantifier", start: i, end, replacement });
    return end;
  }
  return i;
}
