/**
 * Judging mutants in long-lived test processes: each worker has a copy of the repository whose
 * target modules hold all their mutants (./schemata.ts) and a test host (./test_host.ts) that
 * loaded the related test files once. A trace run (every test once, no mutant) says which tests
 * reach which mutant; then each mutant runs only those tests, fastest first, in a process that
 * is already warm, which is what makes a run of thousands of mutants fit in minutes.
 *
 * What a long-lived process cannot judge goes to a fresh host instead (see ../mutate.ts):
 * mutants reached only while modules load ("static"), and a survival that could hide behind
 * state built earlier: the mutated code did not run during its tests here, or it also runs while
 * modules load. A fresh host has its mutant from the start (written into the module's file in a
 * plain copy, or switched on before anything loads in an instrumented one) and loads each test
 * file just before its first test, so it judges as a fresh `deno test` of those files would, in
 * one process; what it cannot judge either goes to a fresh `deno test`. A host that hangs on a
 * mutant is killed (the mutant timed out) and replaced by a spare host started meanwhile, which
 * loads each test file when a test of it is first needed (a replacement never loads them all).
 *
 * A mutant that makes a loop run forever is found by counting, not by the clock (as StrykerJS
 * does): the trace counts how often each test runs each mutant's code, and a run stops as a
 * timeout once the active mutant's code has run HIT_FACTOR times that, plus HIT_FLOOR (which
 * also covers state a test builds lazily in a fresh host that the trace's host had built
 * before). The warm host survives that when the test passes again without the mutant.
 */
import type { CoveringTest } from "./selection.ts";
import { cpuSecondsOf } from "./cpu.ts";
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
/**
 * A test's time in a fresh host: this many times its traced time, plus the slack. More than in a
 * warm host: there a test also builds what the modules build lazily, which the trace may have
 * timed after an earlier test built it.
 */
const FRESH_TIMEOUT_FACTOR = 3;
const FRESH_TIMEOUT_SLACK_MS = 10_000;
/** Starting a fresh host (it loads nothing before its run). */
const FRESH_START_TIMEOUT_MS = 60_000;
/**
 * Loading one test file in a fresh host, the mutant on: a mutant may hang while loading (a
 * module's loop run at load that never ends), and every second of this limit is spent on it.
 */
const FRESH_LOAD_TIMEOUT_MS = 20_000;
/** A test may run its mutant's code this many times its traced count, plus the floor. */
export const HIT_FACTOR = 10;
export const HIT_FLOOR = 100_000;
/** The most calls of a mutant's code the tests (or the loading, `traced`) may make. */
export const hitLimit = (traced: number | undefined) => HIT_FACTOR * (traced ?? 0) + HIT_FLOOR;
/** The trace of one worker's share of the tests. */
const TRACE_TIMEOUT_MS = 900_000;

export type { CoveringTest };

export interface Trace {
  /** Mutant number → the tests reaching it, fastest first. */
  reach: Map<number, CoveringTest[]>;
  /** Mutants reached while the test files were imported. */
  statics: Set<number>;
  /** Their calls while importing, in the host that imported them most. */
  staticHits: Map<number, number>;
  /** Every test traced: whether it passed with no mutant, and its time. */
  tests: { id: string; ok: boolean; ms: number; error?: string }[];
  importErrors: string[];
}

export type HostVerdict =
  & (
    | { status: "killed"; by: string }
    | { status: "timeout"; runaway?: string }
    | { status: "survived"; reached: boolean }
    | { status: "unsure"; why: string }
  )
  // The host's CPU time for this mutant, in seconds, where /proc tells it.
  & { cpu?: number };

export class HostPool {
  #hosts: (TestHost | undefined)[];
  /** CPU seconds each replacement host had spent starting when it took over a killed one. */
  readonly replacements: number[] = [];
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

  /** A host to take over when the working one is killed: it loads test files as it needs them. */
  #startSpare(worker: number) {
    this.#spares[worker] = TestHost.start(
      this.dirs[worker],
      this.hostFile,
      [],
      HOST_START_TIMEOUT_MS,
    ).then((s) => ("failed" in s ? undefined : s.host));
  }

  /** A host that loads every test file first (to trace them), or none (`lazy`). */
  async #start(
    worker: number,
    lazy = false,
  ): Promise<{ host: TestHost; ready: HostReady } | NoAnswer> {
    const started = await TestHost.start(
      this.dirs[worker],
      this.hostFile,
      lazy ? [] : this.testFiles,
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
    const order = new Map(tests.map((id, i) => [id, i]));
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
    // In the order the files register them (a fresh host runs a file's tests in this order).
    entries.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    const reach = new Map<number, CoveringTest[]>();
    for (const e of entries) {
      if (!e.ok) continue;
      for (const [n, hits] of e.hits) {
        const list = reach.get(n) ?? [];
        list.push({ id: e.id, ms: e.ms, hits });
        reach.set(n, list);
      }
    }
    for (const list of reach.values()) list.sort((a, b) => a.ms - b.ms);
    this.dirs.forEach((_, i) => this.#startSpare(i));
    const staticHits = new Map<number, number>();
    for (const [n, hits] of ready.flatMap((r) => r.statics)) {
      staticHits.set(n, Math.max(hits, staticHits.get(n) ?? 0));
    }
    return {
      reach,
      statics: new Set(staticHits.keys()),
      staticHits,
      tests: entries.map(({ id, ok, ms, error }) => ({ id, ok, ms, error })),
      importErrors: ready[0].importErrors,
    };
  }

  /** Runs mutant `n` with `tests` in worker `worker`'s host (started again if it is gone). */
  async run(worker: number, n: number, tests: readonly CoveringTest[]): Promise<HostVerdict> {
    if (!this.#hosts[worker] && this.#spares[worker]) {
      this.#hosts[worker] = await this.#spares[worker];
      this.#startSpare(worker);
      const spare = this.#hosts[worker];
      if (spare) this.replacements.push((await cpuSecondsOf([spare.pid]))[0]);
    }
    if (!this.#hosts[worker]) {
      const again = await this.#start(worker, true);
      if ("failed" in again) {
        return { status: "unsure", why: `the test host did not restart (${again.failed})` };
      }
    }
    const host = this.#hosts[worker]!;
    const [before] = await cpuSecondsOf([host.pid]);
    const answer: RunAnswer | NoAnswer = await host.run(
      n,
      tests.map((t) => t.id),
      tests.map((t) => HOST_TIMEOUT_FACTOR * t.ms + HOST_TIMEOUT_SLACK_MS),
      undefined,
      { tests: tests.map((t) => hitLimit(t.hits)) },
    );
    const [after] = await cpuSecondsOf([host.pid]);
    const cpu = after - before;
    if ("failed" in answer) {
      this.#hosts[worker] = undefined;
      // Killed over the mutant: its CPU time until then is the mutant's.
      const spent = Math.max(0, (host.cpuWhenStopped ?? before) - before);
      return answer.failed === "timeout"
        ? { status: "timeout", cpu: spent }
        : answer.failed === "warm-up"
        ? { status: "unsure", why: "a test outlived its limit before the mutant was switched on" }
        : { status: "unsure", why: "the test host exited" };
    }
    if (answer.status === "killed") return { status: "killed", by: answer.by!, cpu };
    if (answer.status === "runaway") {
      // Its test passed again without the mutant: the host goes on; else a spare takes over.
      if (!answer.sound) {
        await host.stop();
        this.#hosts[worker] = undefined;
      }
      return { status: "timeout", runaway: answer.by, cpu };
    }
    if (answer.status === "survived") {
      return { status: "survived", reached: !!answer.reached, cpu };
    }
    // The failing test failed without the mutant too: this host's state is not to be trusted.
    await this.#hosts[worker]!.stop();
    this.#hosts[worker] = undefined;
    return { status: "unsure", why: `${answer.by} failed again without the mutant` };
  }

  /**
   * Judges mutant `n` in a fresh host of worker `worker`, as a fresh `deno test` of the files of
   * `tests` would: the mutant is on before anything loads (code run at load is mutated too),
   * and `tests` run in their order until one fails, each file loaded just before its first
   * test, in one process (the modules the files share load once). An import failing with the
   * mutant kills it (the files loaded without it). "Unsure" when the host cannot answer, or
   * when the files lack a test asked for or, with `wholeFiles`, hold one not asked for (named by
   * the mutated code): then a fresh `deno test` judges it. In `dir` (default: the worker's
   * instrumented copy), e.g. a copy with mutant `n` written into its file. `loadHits`: the
   * mutant's calls while the files loaded in the trace (for its hit limit while loading).
   */
  async runFresh(
    worker: number,
    n: number,
    tests: readonly CoveringTest[],
    wholeFiles: boolean,
    dir = this.dirs[worker],
    loadHits?: number,
  ): Promise<HostVerdict> {
    const started = await TestHost.start(
      dir,
      this.hostFile,
      [],
      FRESH_START_TIMEOUT_MS,
      n,
    );
    if ("failed" in started) return { status: "unsure", why: "the fresh test host did not start" };
    try {
      const answer = await started.host.run(
        n,
        tests.map((t) => t.id),
        tests.map((t) => FRESH_TIMEOUT_FACTOR * t.ms + FRESH_TIMEOUT_SLACK_MS),
        { limitMs: FRESH_LOAD_TIMEOUT_MS, mutantOn: true },
        { tests: tests.map((t) => hitLimit(t.hits)), load: hitLimit(loadHits) },
      );
      const [cpu] = await cpuSecondsOf([started.host.pid]);
      if ("failed" in answer) {
        return answer.failed === "timeout"
          ? { status: "timeout", cpu: started.host.cpuWhenStopped ?? cpu }
          : { status: "unsure", why: "the fresh test host exited" };
      }
      if (answer.status === "killed") return { status: "killed", by: answer.by!, cpu };
      if (answer.status === "runaway") return { status: "timeout", runaway: answer.by, cpu };
      const asTraced = answer.missing === 0 && (!wholeFiles || answer.unrun === 0);
      if (answer.status === "survived" && asTraced) {
        return { status: "survived", reached: !!answer.reached, cpu };
      }
      return { status: "unsure", why: "the tests of a fresh host are not the ones traced" };
    } finally {
      await started.host.stop();
    }
  }

  /** The working hosts' process ids. */
  pids(): number[] {
    return this.#hosts.flatMap((h) => (h ? [h.pid] : []));
  }

  async stop() {
    const spares = await Promise.all(this.#spares.map((s) => s ?? Promise.resolve(undefined)));
    await Promise.all([...this.#hosts, ...spares].map((h) => h?.stop()));
    this.#hosts = this.dirs.map(() => undefined);
    this.#spares = this.dirs.map(() => undefined);
  }
}
