/** Reading a regular expression's source text (detector patterns, written by this project). */

/** `source` cut at each `|` outside every group and class: its alternatives, in order. */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0, inClass = false, from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      alternatives.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(source.slice(from));
  return alternatives;
}

/** Whether a regex source has a `|` outside every group and class (alternatives of its own). */
export const hasTopLevelBar = (source: string): boolean => topLevelAlternatives(source).length > 1;

/** Where the group opened at `open` in `source` ends (after its `)`). */
export function groupEnd(source: string, open: number): number {
  let depth = 0, inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return source.length;
}

/** A literal run of a regex source from `from` (`\\` before punctuation allowed) and where it stops. */
export function literalRun(source: string, from: number): { text: string; end: number } {
  let text = "";
  let i = from;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === "\\" && /[^A-Za-z0-9]/.test(source[i + 1] ?? "a")) text += source[++i];
    else if (/[\\.*+?^${}()|[\]]/.test(c)) break;
    else text += c;
  }
  return { text, end: i };
}
