/**
 * Which tests judge a mutant.
 *
 * In a test host (./in_process.ts), the tests that reached the mutant in the trace: those of the
 * nearby test files (below) first, then the others fastest first, until FURTHER_MS of their
 * traced time (a helper such as escapeSlackText is reached by hundreds of tests across the
 * functions, and a surviving mutant would run all of them); `all` (--all-tests) runs every one.
 *
 * In a fresh process, test files, in two rounds. Both hold only test files that execute the
 * mutated code (./coverage.ts); each round stops at the first failing test.
 *
 * 1. Nearby: test files in the module's own folder, or importing it directly; the module's
 *    own `<name>_test.ts` first, then the fastest.
 * 2. Only if the mutant survives those: up to FURTHER_FILES test files nearest to it by imports
 *    (then the fastest), within FURTHER_MS of their baseline time (a file started past the
 *    budget still runs whole). Test files further away reach the module through the whole engine
 *    (the sources' tests scrub their sample logs, so they execute every validator) and would run
 *    for every survivor; `all` (--all-tests) runs every one of them instead.
 */
import { basename, dirname } from "@node/path";

export const FURTHER_FILES = 4;
/** Time (traced in a host, baseline in a process) of the tests beyond the nearby ones a mutant runs. */
export const FURTHER_MS = 1_500;

export interface Candidate {
  test: string;
  /** Imports from the test file to the module (1: it imports the module itself). */
  distance: number;
  /** Its baseline time alone, in ms. */
  ms: number;
}

export function testRounds(
  module: string,
  candidates: readonly Candidate[],
  all = false,
): [string[], string[]] {
  const stem = basename(module).replace(/\.tsx?$/, "");
  const own = (c: Candidate) =>
    dirname(c.test) === dirname(module) && basename(c.test).startsWith(stem + "_") ? 0 : 1;
  const isNear = (c: Candidate) => c.distance <= 1 || dirname(c.test) === dirname(module);
  const near = candidates.filter(isNear).sort((a, b) => own(a) - own(b) || a.ms - b.ms);
  const further = candidates.filter((c) => !isNear(c))
    .sort((a, b) => a.distance - b.distance || a.ms - b.ms);
  const chosen: Candidate[] = [];
  let budget = FURTHER_MS;
  for (const c of further) {
    if (!all && (chosen.length >= FURTHER_FILES || budget <= 0)) break;
    chosen.push(c);
    budget -= c.ms;
  }
  return [near.map((c) => c.test), chosen.map((c) => c.test)];
}

export interface CoveringTest {
  /** `<test file> > <test name>`. */
  id: string;
  /** Its traced time, in ms. */
  ms: number;
}

/** The tests of `reached` (fastest first) that judge a mutant of `module` in a test host. */
export function testsInHost(
  module: string,
  reached: readonly CoveringTest[],
  distance: (testFile: string) => number | undefined,
  all = false,
): CoveringTest[] {
  const isNear = (t: CoveringTest) => {
    const file = t.id.slice(0, t.id.indexOf(" > "));
    return dirname(file) === dirname(module) || distance(file) === 1;
  };
  const near = reached.filter(isNear);
  const further = reached.filter((t) => !isNear(t));
  if (all) return [...near, ...further];
  const out = [...near];
  let budget = FURTHER_MS;
  for (const t of further) {
    if (budget <= 0) break;
    out.push(t);
    budget -= t.ms;
  }
  return out;
}
