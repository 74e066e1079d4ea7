/**
 * Which tests judge a mutant: those that run its code, the module's own folder's first, then a
 * few others, nearest by imports, within FURTHER_MS of their time (a helper such as
 * escapeSlackText runs in hundreds of tests across the functions, whose end-to-end tests take
 * seconds each, and a surviving mutant would run every one); `all` (--all-tests) runs them all.
 *
 * In a test host (./in_process.ts): tests, as traced. In a fresh process: test files, in two
 * rounds, each stopping at the first failing test; the second (up to FURTHER_FILES files) only
 * if the mutant survives the first, and a file started within the budget runs whole.
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
  const isNear = (c: Candidate) => dirname(c.test) === dirname(module);
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
  /** How often it ran the mutant's code in the trace (absent: not traced for this mutant). */
  hits?: number;
}

/** The tests of `reached` (fastest first) that judge a mutant of `module` in a test host. */
export function testsInHost(
  module: string,
  reached: readonly CoveringTest[],
  distance: (testFile: string) => number | undefined,
  all = false,
): CoveringTest[] {
  const fileOf = (t: CoveringTest) => t.id.slice(0, t.id.indexOf(" > "));
  const isNear = (t: CoveringTest) => dirname(fileOf(t)) === dirname(module);
  const near = reached.filter(isNear);
  const further = reached.filter((t) => !isNear(t)).sort((a, b) =>
    (distance(fileOf(a)) ?? 99) - (distance(fileOf(b)) ?? 99) || a.ms - b.ms
  );
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

/** Lines apart beyond which an earlier kill says nothing about a mutant. */
export const KILL_NEAR_LINES = 60;

/**
 * The tests that killed mutants so far in a run, by module and line: a mutant's chosen tests
 * run those that killed its neighbours first (nearest line first), the rest in their order.
 * Only the order changes, never which tests run, so nothing a run detects is lost: a
 * mutant that survives still runs every chosen test, and a killed one stops sooner.
 */
export class KillHistory {
  /** Module → killing test (id, or test file for a fresh process) → lines of the mutants it killed. */
  #kills = new Map<string, Map<string, number[]>>();

  record(module: string, line: number, test: string) {
    const tests = this.#kills.get(module) ?? new Map<string, number[]>();
    this.#kills.set(module, tests);
    const lines = tests.get(test) ?? [];
    if (lines.length < 64) lines.push(line); // bounded: a few neighbours say enough
    tests.set(test, lines);
  }

  /** `items` with those whose key killed a mutant near `line` of `module` first, nearest first. */
  order<T>(module: string, line: number, items: readonly T[], key: (item: T) => string): T[] {
    const tests = this.#kills.get(module);
    if (!tests) return [...items];
    const gap = (item: T) => {
      const lines = tests.get(key(item));
      if (!lines) return Infinity;
      const nearest = Math.min(...lines.map((l) => Math.abs(l - line)));
      return nearest <= KILL_NEAR_LINES ? nearest : Infinity;
    };
    const gaps = new Map(items.map((item, i) => [i, gap(item)]));
    return items.map((item, i) => ({ item, i })).sort((a, b) =>
      (gaps.get(a.i)! - gaps.get(b.i)!) || a.i - b.i
    ).map((x) => x.item);
  }
}
