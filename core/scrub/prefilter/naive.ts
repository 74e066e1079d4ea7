/**
 * The naive path: whether a detector must run on a line, read from its declared prefilter on
 * that line alone. Exact and slow (a lower-casing and a search per line and detector); the
 * prefilter's fast paths (./mod.ts) must keep every line and detector pair it keeps, and the
 * tests hold them to it.
 */
import type { Detector } from "../detector.ts";
import { lineHasShape } from "./line_shapes.ts";

/** Whether `detector` must run on `line` (one line, no newline) by its declaration. */
export function mustRun(detector: Detector, line: string): boolean {
  const prefilter = detector.prefilter;
  if (prefilter?.keywords !== undefined) {
    const { keywords, wholeWords = false, atWordStart = [], atWordEnd = [] } = prefilter;
    const lower = line.toLowerCase();
    return keywords.some((k) => {
      const start = wholeWords || atWordStart.includes(k);
      const end = wholeWords || atWordEnd.includes(k);
      return start || end ? occursBounded(line, k, start, end) : lower.includes(k);
    });
  }
  if (prefilter?.shape !== undefined) return lineHasShape(line, prefilter.shape);
  // A filter, or without one the detector's own pattern: does it match on this line?
  const p = prefilter?.filter ?? detector.pattern;
  return new RegExp(p.source, p.flags.replace(/[dgy]/g, "")).test(line);
}

/**
 * Whether keyword `k` occurs in `line`, each code unit folded to lower case alone (as the scan
 * does), with no ASCII letter or digit right before it (`start`) or right after it (`end`).
 */
function occursBounded(line: string, k: string, start: boolean, end: boolean): boolean {
  const letterOrDigit = (i: number) => /[A-Za-z0-9]/.test(line.charAt(i));
  for (let i = 0; i + k.length <= line.length; i++) {
    let at = 0;
    while (at < k.length && line.charAt(i + at).toLowerCase() === k.charAt(at)) at++;
    if (at < k.length) continue;
    // A JSON string's escaped line break or tab ends a word (`\nghp_…`), as in the decoded view.
    const escaped = /\\[nt]$/.test(line.slice(Math.max(0, i - 2), i));
    if ((start && letterOrDigit(i - 1) && !escaped) || (end && letterOrDigit(i + k.length))) {
      continue;
    }
    return true;
  }
  return false;
}
