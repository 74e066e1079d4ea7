// Fault injection for tests: rate limits (HTTP 429 + Retry-After), Slack errors for the next
// N calls, and added latency, per method or for every method with "*".

export const ANY_METHOD = "*";
const MAX_LATENCY_MS = 60_000;
const MAX_RETRY_AFTER_SECONDS = 3600;

export interface FaultControls {
  /** The next `times` calls (default 1; Infinity for all) answer 429 with Retry-After. */
  rateLimit(method: string, retryAfterSeconds: number, times?: number): void;
  /** The next `times` calls (default 1) answer HTTP 200 `{ ok:false, error }`. */
  failNext(method: string, error: string, times?: number): void;
  /** Every call waits `ms` (0 to 60000) before it is answered. */
  latency(method: string, ms: number): void;
  clear(): void;
}

interface Countdown<T> {
  value: T;
  remaining: number;
}

function checkTimes(times: number): void {
  if (!(times === Infinity || (Number.isInteger(times) && times >= 1))) {
    throw new RangeError(`fault 'times' must be a positive integer or Infinity; got ${times}`);
  }
}

function take<T>(queues: Map<string, Countdown<T>[]>, method: string): T | undefined {
  for (const key of [method, ANY_METHOD]) {
    const queue = queues.get(key);
    const head = queue?.[0];
    if (!queue || !head) continue;
    if (--head.remaining <= 0) queue.shift();
    return head.value;
  }
  return undefined;
}

export class Faults implements FaultControls {
  private readonly rateLimits = new Map<string, Countdown<number>[]>();
  private readonly failures = new Map<string, Countdown<string>[]>();
  private readonly latencies = new Map<string, number>();

  rateLimit(method: string, retryAfterSeconds: number, times = 1): void {
    if (
      !Number.isInteger(retryAfterSeconds) || retryAfterSeconds < 0 ||
      retryAfterSeconds > MAX_RETRY_AFTER_SECONDS
    ) {
      throw new RangeError(`retryAfterSeconds must be an integer from 0 to 3600`);
    }
    checkTimes(times);
    this.push(this.rateLimits, method, { value: retryAfterSeconds, remaining: times });
  }

  failNext(method: string, error: string, times = 1): void {
    if (!/^[a-z_]{1,100}$/.test(error)) {
      throw new RangeError("error must be a Slack error code like 'internal_error'");
    }
    checkTimes(times);
    this.push(this.failures, method, { value: error, remaining: times });
  }

  latency(method: string, ms: number): void {
    if (!Number.isFinite(ms) || ms < 0 || ms > MAX_LATENCY_MS) {
      throw new RangeError(`latency must be 0 to ${MAX_LATENCY_MS} ms`);
    }
    this.latencies.set(method, ms);
  }

  clear(): void {
    this.rateLimits.clear();
    this.failures.clear();
    this.latencies.clear();
  }

  latencyFor(method: string): number {
    return this.latencies.get(method) ?? this.latencies.get(ANY_METHOD) ?? 0;
  }

  /** Retry-After seconds if this call is rate limited. */
  takeRateLimit(method: string): number | undefined {
    return take(this.rateLimits, method);
  }

  /** The error this call must fail with, if any. */
  takeFailure(method: string): string | undefined {
    return take(this.failures, method);
  }

  private push<T>(queues: Map<string, Countdown<T>[]>, method: string, entry: Countdown<T>) {
    const queue = queues.get(method) ?? [];
    queue.push(entry);
    queues.set(method, queue);
  }
}
