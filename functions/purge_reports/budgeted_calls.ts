/**
 * Web API calls inside a run's time budget. The client is made with no retries of its own; here
 * a 429 waits its Retry-After and a 5xx, timeout or network failure is retried with backoff,
 * each only while the wait still ends inside the budget. A call that cannot be made in time
 * throws OutOfTime (the run stops and leaves the rest for the next one); one that keeps failing
 * throws TransientFailure (this session is retried by a later run).
 */
import { SlackApiError, type SlackClient, type SlackResponse } from "../../slack/web_api.ts";

export class OutOfTime extends Error {
  constructor(
    readonly method: string,
    /** Seconds Slack asked to wait, when a rate limit outlasted the budget. */
    readonly retryAfterSeconds = 0,
  ) {
    super(`no time left in this run for ${method}`);
    this.name = "OutOfTime";
  }
}

export class TransientFailure extends Error {
  constructor(readonly method: string, readonly code: string, readonly mayHaveHappened: boolean) {
    super(`${method} failed (${code})`);
    this.name = "TransientFailure";
  }
}

export interface Budget {
  /** Epoch ms (the run's clock). */
  now(): number;
  /** Epoch ms by which the run must have finished its calls. */
  deadlineMs: number;
  sleep(ms: number): Promise<void>;
}

/** Retries of a 5xx, timeout or network failure, and the waits before them. */
const BACKOFF_MS = [250, 1000];
/** Attempts of one call, rate-limited ones included (a bound besides the budget). */
const MAX_ATTEMPTS_PER_CALL = 20;

export interface BudgetedCalls {
  call(
    method: string,
    args: Record<string, unknown>,
    encoding?: "form" | "json",
  ): Promise<SlackResponse>;
  /** Milliseconds left before the deadline. */
  remainingMs(): number;
  /** Web API calls made (each attempt counts). */
  readonly count: number;
}

export function budgetedCalls(client: SlackClient, budget: Budget): BudgetedCalls {
  let count = 0;
  const remainingMs = () => budget.deadlineMs - budget.now();
  async function call(
    method: string,
    args: Record<string, unknown>,
    encoding: "form" | "json" = "form",
  ): Promise<SlackResponse> {
    let failures = 0;
    for (let attempt = 0;; attempt++) {
      if (remainingMs() <= 0 || attempt >= MAX_ATTEMPTS_PER_CALL) throw new OutOfTime(method);
      count++;
      try {
        return await client.call(method, args, { encoding });
      } catch (error) {
        if (!(error instanceof SlackApiError)) throw error;
        if (error.code === "rate_limited") {
          const waitMs = (error.retryAfterSeconds ?? 1) * 1000;
          if (waitMs >= remainingMs()) {
            throw new OutOfTime(method, error.retryAfterSeconds ?? 1);
          }
          await budget.sleep(waitMs);
          continue;
        }
        const transient = error.code === "http" || error.code === "timeout" ||
          error.code === "network";
        if (!transient) throw error;
        const waitMs = BACKOFF_MS[failures++];
        if (waitMs === undefined || waitMs >= remainingMs()) {
          // An answer that never came, or a 5xx, does not say the call did nothing.
          throw new TransientFailure(method, `${error.code}`, true);
        }
        await budget.sleep(waitMs);
      }
    }
  }
  return {
    call,
    remainingMs,
    get count() {
      return count;
    },
  };
}
