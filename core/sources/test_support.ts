/** Helpers for the adapter tests: a one-source config pointed at a fake, deps, a virtual clock. */
import { loadSourcesConfig } from "./config.ts";
import { EVERY_BACKEND } from "./every_backend.ts";
import type { SourceBackend, SourcesConfig } from "./mod.ts";
import type { SourceDeps, Timers } from "./types.ts";

/** Fast retries so the retry tests finish quickly; everything else as configured. */
export const FAST_RETRY = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 };

export function oneSourceConfig(
  source: Record<string, unknown>,
  baseUrl: string,
  budgetMs = 8000,
): SourcesConfig {
  return loadSourcesConfig<SourceBackend>({
    backends: EVERY_BACKEND,
    defaultSource: source.name,
    allowedHosts: ["127.0.0.1"],
    fetchBudgetMs: budgetMs,
    sources: [{ retry: FAST_RETRY, ...source, baseUrl }],
  });
}

export function deps(env: Record<string, string> = {}): SourceDeps {
  return { fetch, env, now: Date.now };
}

/** A fixed past window, well inside the default 24 h maximum. */
export const WINDOW = "2025-06-01T10:00:00Z/2025-06-01T10:15:00Z";
export const WINDOW_START_MS = Date.parse("2025-06-01T10:00:00Z");

interface VirtualTimer {
  at: number;
  order: number;
  run: () => void;
}

/** Real macrotask turns given to promise chains before the next virtual timer fires. */
const TURNS_PER_STEP = 5;
const MAX_STEPS = 10_000;

/**
 * Virtual time for budget tests: `now` and the timers read and move it, never the wall clock.
 * `run(work)` fires the earliest pending timer each time the work has had a few real turns to
 * progress without settling, so a 3 s timeout takes a few milliseconds and lands exactly at +3 s.
 */
export class VirtualClock implements Timers {
  #now: number;
  #order = 0;
  #timers = new Map<number, VirtualTimer>();

  constructor(start = Date.parse("2026-11-29T10:00:00Z")) {
    this.#now = start;
  }

  now = (): number => this.#now;

  setTimeout = (run: () => void, ms: number): unknown => {
    const id = ++this.#order;
    this.#timers.set(id, { at: this.#now + Math.max(0, ms), order: id, run });
    return id;
  };

  clearTimeout = (handle: unknown): void => {
    this.#timers.delete(handle as number);
  };

  /** A fetch that never answers: it fails only when its signal aborts. */
  silentFetch(requests: number[] = []): typeof fetch {
    return (_input, init) => {
      requests.push(this.#now);
      return new Promise((_, reject) => {
        init?.signal?.addEventListener(
          "abort",
          () => reject(new DOMException("aborted", "AbortError")),
        );
      });
    };
  }

  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    const done = work.then(
      () => settled = true,
      () => settled = true,
    );
    for (let step = 0; step < MAX_STEPS && !settled; step++) {
      for (let turn = 0; turn < TURNS_PER_STEP && !settled; turn++) {
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (settled) break;
      const next = [...this.#timers.entries()].sort(([, a], [, b]) =>
        a.at - b.at || a.order - b.order
      )[0];
      if (!next) throw new Error("the work waits on something other than the virtual clock");
      this.#timers.delete(next[0]);
      this.#now = next[1].at;
      next[1].run();
    }
    await done;
    return await work;
  }
}
