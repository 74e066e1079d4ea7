/**
 * The mutation run's side of ./test_host.ts: starts a host in a worker copy, sends it one command
 * at a time, and kills it (its whole process group) when an answer takes too long.
 */
import { join } from "@node/path";
import { TEST_FLAGS } from "./runner.ts";
import { MARK } from "./host_protocol.ts";
import { trackGroup } from "./process_groups.ts";
import { cpuSecondsOf } from "./cpu.ts";

export interface HostReady {
  ready: true;
  tests: string[];
  /** Mutants reached while the test files were imported, and their calls: `[n, calls]`. */
  statics: [number, number][];
  importErrors: string[];
}

export interface TraceEntry {
  id: string;
  ok: boolean;
  ms: number;
  error?: string;
  /** The mutants the test reached, and how often: `[n, calls]`. */
  hits: [number, number][];
}

export interface RunAnswer {
  /** "runaway": the mutated code ran more often than its hit limit (a loop that never ends). */
  status: "killed" | "survived" | "suspect" | "runaway";
  /** For a survival: whether the mutated code ran during the tests. */
  reached?: boolean;
  /** For a fresh host's survival: tests of its files not asked for, and tests asked for but absent. */
  unrun?: number;
  missing?: number;
  by?: string;
  error?: string;
  /** For a runaway: the test passed again with no mutant (the host's state can be trusted). */
  sound?: boolean;
}

/**
 * What went wrong instead of an answer ("warm-up": a test outlived its limit in its first run,
 * with no mutant: the host is stopped, and the mutant is judged elsewhere, not timed out).
 */
export type NoAnswer = { failed: "timeout" | "exited" | "warm-up" };

export class TestHost {
  #child: Deno.ChildProcess;
  #writer: WritableStreamDefaultWriter<Uint8Array>;
  #reader: ReadableStreamDefaultReader<string>;
  #buffer = "";
  #exited = false;

  private constructor(child: Deno.ChildProcess) {
    this.#child = child;
    this.#writer = child.stdin.getWriter();
    this.#reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
    child.status.then(() => (this.#exited = true));
  }

  /**
   * Starts a host in `dir` over `tests`; resolves when it has imported them. With `active`, a
   * fresh host for that mutant: it is switched on before anything is imported.
   */
  static async start(
    dir: string,
    hostFile: string,
    tests: readonly string[],
    timeoutMs: number,
    active?: number,
  ): Promise<{ host: TestHost; ready: HostReady } | NoAnswer> {
    const child = new Deno.Command("setsid", {
      args: [
        Deno.execPath(),
        "run",
        ...TEST_FLAGS,
        join(dir, hostFile),
        ...(active === undefined ? [] : ["--active", String(active)]),
        ...tests,
      ],
      cwd: dir,
      env: { NO_COLOR: "1" },
      stdin: "piped",
      stdout: "piped",
      stderr: "null",
    }).spawn();
    trackGroup(child.pid, child.status);
    const host = new TestHost(child);
    const ready = await host.#next(timeoutMs) as HostReady | NoAnswer;
    if ("failed" in ready) return ready;
    return { host, ready };
  }

  async trace(tests: readonly string[], timeoutMs: number): Promise<TraceEntry[] | NoAnswer> {
    return await this.#send({ cmd: "trace", tests }, timeoutMs) as TraceEntry[] | NoAnswer;
  }

  /**
   * Runs `tests` with mutant `mutant` active. Each test has its own time limit (`limitsMs[i]`,
   * from when the host says it started), so a mutant that hangs the first test is stopped after
   * that test's limit, not the sum of all; a test not yet run in this host is first run
   * without the mutant, just before its turn, within its limit too. A host loading a test file
   * has `load.limitMs` for it: in a fresh host (the mutant on) running out of it is the mutant's
   * timeout; in another (a spare loading files as it needs them) it is a warm-up's failure.
   * `hitLimits` bounds how often the mutated code may run in each test (and, in a fresh host,
   * while the files load) before the run ends as a runaway.
   */
  async run(
    mutant: number,
    tests: readonly string[],
    limitsMs: readonly number[],
    load: { limitMs: number; mutantOn: boolean } = { limitMs: 60_000, mutantOn: false },
    hitLimits: { tests?: readonly number[]; load?: number } = {},
  ): Promise<RunAnswer | NoAnswer> {
    const total = limitsMs.reduce((s, ms) => s + ms, 0);
    let answer = await this.#send({
      cmd: "run",
      mutant,
      tests,
      hitLimits: hitLimits.tests,
      loadHitLimit: hitLimits.load,
    }, total);
    for (;;) {
      if (
        typeof answer !== "object" || answer === null ||
        !("started" in answer || "warming" in answer || "loading" in answer)
      ) {
        return answer as RunAnswer | NoAnswer;
      }
      // A test's first run in this host (no mutant) or its run with the mutant: its own limit.
      const step = answer as { started?: unknown; warming?: unknown; loading?: unknown };
      if (step.loading !== undefined) {
        answer = await this.#next(load.limitMs);
        const loadTimedOut = typeof answer === "object" && answer !== null &&
          (answer as { failed?: unknown }).failed === "timeout";
        if (loadTimedOut && !load.mutantOn) return { failed: "warm-up" };
        continue;
      }
      const i = Number(step.started ?? step.warming);
      answer = await this.#next(limitsMs[i] ?? total);
      const timedOut = typeof answer === "object" && answer !== null &&
        (answer as { failed?: unknown }).failed === "timeout";
      if (timedOut && step.started === undefined) return { failed: "warm-up" };
    }
  }

  /** Its CPU seconds when it was stopped (then /proc no longer has them). */
  cpuWhenStopped?: number;

  /** Its process id (its CPU time is read from /proc by ./cpu.ts). */
  get pid(): number {
    return this.#child.pid;
  }

  /** Kills the host and anything it started. */
  async stop() {
    if (!this.#exited && this.cpuWhenStopped === undefined) {
      [this.cpuWhenStopped] = await cpuSecondsOf([this.#child.pid]);
    }
    try {
      Deno.kill(-this.#child.pid, "SIGKILL");
    } catch { /* already gone */ }
    await this.#child.status.catch(() => {});
    this.#reader.cancel().catch(() => {});
  }

  async #send(command: unknown, timeoutMs: number): Promise<unknown> {
    if (this.#exited) return { failed: "exited" };
    try {
      await this.#writer.write(new TextEncoder().encode(JSON.stringify(command) + "\n"));
    } catch {
      return { failed: "exited" };
    }
    return await this.#next(timeoutMs);
  }

  async #next(timeoutMs: number): Promise<unknown> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<NoAnswer>((resolve) => {
      timer = setTimeout(() => resolve({ failed: "timeout" }), timeoutMs);
    });
    const answer = (async (): Promise<unknown> => {
      for (;;) {
        const at = this.#buffer.indexOf(MARK);
        if (at >= 0) {
          const end = this.#buffer.indexOf("\n", at);
          if (end >= 0) {
            const line = this.#buffer.slice(at + MARK.length, end);
            this.#buffer = this.#buffer.slice(end + 1);
            return JSON.parse(line);
          }
        } else if (this.#buffer.length > 1_000_000) {
          this.#buffer = this.#buffer.slice(-100); // tests printing a lot: keep only a tail
        }
        const { value, done } = await this.#reader.read();
        if (done) return { failed: "exited" } as NoAnswer;
        this.#buffer += value;
      }
    })();
    const result = await Promise.race([answer, timeout]);
    clearTimeout(timer);
    if (typeof result === "object" && result !== null && "failed" in result) await this.stop();
    return result;
  }
}
