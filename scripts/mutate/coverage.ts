/**
 * The baseline: each related test file run alone, unmutated, with coverage. It says whether
 * the file passes as it is (a failing file cannot judge a mutant), how long it takes (for the
 * mutant's time limit), and which lines and functions of the mutated modules it executes (so a
 * mutant runs only the test files that execute it).
 */
import type { Mutant } from "./operators.ts";

export interface FileCoverage {
  /** Lines executed at least once. */
  lines: number[];
  /** First lines of the functions called at least once. */
  functions: number[];
}

export interface Baseline {
  passed: boolean;
  ms: number;
  failure?: string;
  /** Repo-relative module path → what this test file executed of it. */
  coverage: Record<string, FileCoverage>;
}

/**
 * Reads `deno coverage --lcov` output into per-file coverage, for `files` only. Paths in the
 * lcov are absolute; `prefix` (the worker copy's root and a `/`) is removed from them.
 */
export function parseLcov(
  lcov: string,
  prefix: string,
  files: ReadonlySet<string>,
): Record<string, FileCoverage> {
  const out: Record<string, FileCoverage> = {};
  let current: string | null = null;
  let lines: number[] = [];
  let fnLines: number[] = [];
  let fnHits: number[] = [];
  for (const raw of lcov.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("SF:")) {
      const path = line.slice(3);
      const rel = path.startsWith(prefix) ? path.slice(prefix.length) : path;
      current = files.has(rel) ? rel : null;
      lines = [];
      fnLines = [];
      fnHits = [];
    } else if (current === null) {
      continue;
    } else if (line.startsWith("DA:")) {
      const [n, count] = line.slice(3).split(",").map(Number);
      if (count > 0) lines.push(n);
    } else if (line.startsWith("FN:")) {
      fnLines.push(Number(line.slice(3).split(",")[0]));
    } else if (line.startsWith("FNDA:")) {
      // FNDA records come in the order of the FN records.
      fnHits.push(Number(line.slice(5).split(",")[0]));
    } else if (line === "end_of_record") {
      out[current] = {
        lines,
        functions: fnLines.filter((_, i) => (fnHits[i] ?? 0) > 0),
      };
      current = null;
    }
  }
  return out;
}

/**
 * True when the test file with `coverage` executes the mutant's code: its line ran, or the
 * function around it was called (a line where only part ran counts as not run in lcov), or it
 * is top-level code of a module the test file loaded.
 */
export function executes(coverage: Record<string, FileCoverage>, mutant: Mutant): boolean {
  const file = coverage[mutant.file];
  if (!file) return false;
  if (mutant.scope.from === 0) return true;
  if (file.lines.includes(mutant.line)) return true;
  return file.functions.some((l) => l >= mutant.scope.from && l <= mutant.scope.to);
}
