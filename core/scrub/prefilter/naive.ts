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
    const lower = line.toLowerCase();
    return prefilter.keywords.some((k) => lower.includes(k));
  }
  if (prefilter?.shape !== undefined) return lineHasShape(line, prefilter.shape);
  // A filter, or without one the detector's own pattern: does it match on this line?
  const p = prefilter?.filter ?? detector.pattern;
  return new RegExp(p.source, p.flags.replace(/[dgy]/g, "")).test(line);
}
