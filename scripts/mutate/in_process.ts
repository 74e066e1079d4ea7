/**
 * Judging mutants in long-lived test processes: each worker has a copy of the repository whose
 * target modules hold all their mutants (./schemata.ts) and a test host (./test_host.ts) that
 * loaded the related test files once. A trace run (every test once, no mutant) says which tests
 * reach which mutant; then each mutant runs only those tests, fastest first, in a process that
 * is already warm, which is what makes a run of thousands of mutants fit in minutes.
 *
 * What a long-lived process cannot judge goes to a fresh process instead (see ../mutate.ts):
 * mutants reached only while modules load ("static"), tests that fail when instrumented, and a
 * survival that could hide behind state built earlier: the mutated code did not run during its
 * tests here, or it also runs while modules load. A host that hangs on a mutant is killed (the mutant
 * timed out) and replaced by a spare host that has loaded the test files meanwhile.
 */
import type { CoveringTest } from "./selection.ts";
import {
  type HostReady,
  type NoAnswer,
  type RunAnswer,
  TestHost,
  type TraceEntry,
} from "./host_client.ts";

/** A test's time in a host with a mutant: this many times its traced time, plus the slack. */
const HOST_TIMEOUT_FACTOR = 2;
const HOST_TIMEOUT_SLACK_MS = 1_000;
/** Loading every test file once. */
const HOST_START_TIMEOUT_MS = 120_000;
/** The trace of one worker's share of the tests. */
const TRACE_TIMEOUT_MS = 900_000;

export type { CoveringTest };

export interface Trace {
  /** Mutant number → the tests reaching it, fastest first. */
  reach: Map<number, CoveringTest[]>;
  /** Mutants reached while the test files were imported. */
  statics: Set<number>;
  /** Every test traced: whether it passed with no mutant, and its time. */
  tests: { id: string; ok: boolean; ms: number; error?: string }[];
  importErrors: string[];
}

export type HostVerdict =
  | { status: "killed"; by: string }
  | { status: "timeout" }
  | { status: "survived"; reached: boolean }
  | { status: "unsure"; why: string };

export class HostPool {
  #hosts: (TestHost | undefined)[];
  /** Per worker, a host loading in the background, to take over when the working one is killed. */
  #spares: (Promise<TestHost | undefined> | undefined)[];
  constructor(
    private readonly dirs: readonly string[],
    private readonly testFiles: readonly string[],
    private readonly hostFile: string,
    private readonly log: (line: string) => void,
  ) {
    this.#hosts = dirs.map(() => undefined);
    this.#spares = dirs.map(() => undefined);
  }

  #startSpare(worker: number) {
    this.#spares[worker] = TestHost.start(
      this.dirs[worker],
      this.hostFile,
      this.testFiles,
      HOST_START_TIMEOUT_MS,
    ).then((s) => ("failed" in s ? undefined : s.host));
  }

  async #start(worker: number): Promise<{ host: TestHost; ready: HostReady } | NoAnswer> {
    const started = await TestHost.start(
      this.dirs[worker],
      this.hostFile,
      this.testFiles,
      HOST_START_TIMEOUT_MS,
    );
    if (!("failed" in started)) this.#hosts[worker] = started.host;
    return started;
  }

  /** Starts every host and traces the tests (split between them); null when that failed. */
  async trace(): Promise<Trace | null> {
    const starts = await Promise.all(this.dirs.map((_, i) => this.#start(i)));
    const ready: HostReady[] = [];
    for (const s of starts) {
      if ("failed" in s) {
        this.log(
          `in-process: a test host did not start (${s.failed}); every mutant runs in its own process`,
        );
        await this.stop();
        return null;
      }
      ready.push(s.ready);
    }
    const tests = ready[0].tests;
    const shares = this.dirs.map((_, i) => tests.filter((_, k) => k % this.dirs.length === i));
    const traced = await Promise.all(
      shares.map((share, i) => this.#hosts[i]!.trace(share, TRACE_TIMEOUT_MS)),
    );
    const entries: TraceEntry[] = [];
    for (const t of traced) {
      if ("failed" in t) {
        this.log(
          `in-process: tracing the tests failed (${t.failed}); every mutant runs in its own process`,
        );
        await this.stop();
        return null;
      }
      entries.push(...t);
    }
    const reach = new Map<number, CoveringTest[]>();
    for (const e of entries) {
      if (!e.ok) continue;
      for (const n of e.hits) {
        const list = reach.get(n) ?? [];
        list.push({ id: e.id, ms: e.ms });
        reach.set(n, list);
      }
    }
    for (const list of reach.values()) list.sort((a, b) => a.ms - b.ms);
    this.dirs.forEach((_, i) => this.#startSpare(i));
    return {
      reach,
      statics: new Set(ready.flatMap((r) => r.statics)),
      tests: entries.map(({ id, ok, ms, error }) => ({ id, ok, ms, error })),
      importErrors: ready[0].importErrors,
    };
  }

  /** Runs mutant `n` with `tests` in worker `worker`'s host (started again if it is gone). */
  async run(worker: number, n: number, tests: readonly CoveringTest[]): Promise<HostVerdict> {
    if (!this.#hosts[worker] && this.#spares[worker]) {
      this.#hosts[worker] = await this.#spares[worker];
      this.#startSpare(worker);
    }
    if (!this.#hosts[worker]) {
      const again = await this.#start(worker);
      if ("failed" in again) {
        return { status: "unsure", why: `the test host did not restart (${again.failed})` };
      }
    }
    const answer: RunAnswer | NoAnswer = await this.#hosts[worker]!.run(
      n,
      tests.map((t) => t.id),
      tests.map((t) => HOST_TIMEOUT_FACTOR * t.ms + HOST_TIMEOUT_SLACK_MS),
    );
    if ("failed" in answer) {
      this.#hosts[worker] = undefined;
      return answer.failed === "timeout"
        ? { status: "timeout" }
        : answer.failed === "warm-up"
        ? { status: "unsure", why: "a test outlived its limit before the mutant was switched on" }
        : { status: "unsure", why: "the test host exited" };
    }
    if (answer.status === "killed") return { status: "killed", by: answer.by! };
    if (answer.status === "survived") return { status: "survived", reached: !!answer.reached };
    // The failing test failed without the mutant too: this host's state is not to be trusted.
    await this.#hosts[worker]!.stop();
    this.#hosts[worker] = undefined;
    return { status: "unsure", why: `${answer.by} failed again without the mutant` };
  }

  async stop() {
    const spares = await Promise.all(this.#spares.map((s) => s ?? Promise.resolve(undefined)));
    await Promise.all([...this.#hosts, ...spares].map((h) => h?.stop()));
    this.#hosts = this.dirs.map(() => undefined);
    this.#spares = this.dirs.map(() => undefined);
  }
}
