/**
 * purge_reports: purges one expired report (its one-off trigger passes the session id) or every
 * due one (the hourly sweep), inside the function's time budget; what it has no time for is left
 * for the next run. Runtime code: no SDK value import, settings from `env`.
 */
import * as z from "../../core/zod.ts";
import type {
  FunctionContext,
  FunctionHandler,
  FunctionResult,
} from "../../slack/function_context.ts";
import { createSlackClient, SlackApiError, type SlackClient } from "../../slack/web_api.ts";
import { blankAsNone } from "../input_schemas.ts";
import { withSafeResult } from "../safe_result.ts";
import { DatastoreReadError } from "../../datastores/records.ts";
import { budgetedCalls, OutOfTime, TransientFailure } from "./budgeted_calls.ts";
import { purgeReports } from "./purge.ts";
import { schedulePurgeRun } from "./schedule.ts";

export interface PurgeReportsOutputs {
  purged: number;
  closed: number;
  failed: number;
  left: number;
}

/** Seconds a run spends at most: inside the deployed 60 s, with room to complete. */
export const DEFAULT_BUDGET_SECONDS = 12;
const MAX_BUDGET_SECONDS = 50;
/** A follow-up run starts no sooner than this after a run that left work. */
export const FOLLOW_UP_MIN_SECONDS = 60;

export const InputsSchema = z.object({
  // Blank (Workflow Builder passes "" for a field left empty) is none: every report that is due.
  session_id: blankAsNone(
    z.string().check(z.regex(/^[A-Za-z0-9-]{1,100}$/, "must be a session id")),
  ),
});

export interface PurgeClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const REAL_CLOCK: PurgeClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The handler on a given clock (tests pass a fake one). */
export function createPurgeReportsHandler(
  clock: PurgeClock = REAL_CLOCK,
): FunctionHandler<unknown, PurgeReportsOutputs> {
  return (ctx) => purge(ctx, clock);
}

export default withSafeResult(createPurgeReportsHandler());

async function purge(
  ctx: FunctionContext<unknown>,
  clock: PurgeClock,
): Promise<FunctionResult<PurgeReportsOutputs>> {
  const parsed = InputsSchema.safeParse(ctx.inputs ?? {});
  if (!parsed.success) {
    return { error: "purge_reports: session_id must be a debug_sessions id (or left empty)." };
  }
  const budgetSeconds = readBudgetSeconds(ctx.env.PURGE_TIME_BUDGET_SECONDS);
  if (budgetSeconds === undefined) {
    return {
      error: `PURGE_TIME_BUDGET_SECONDS must be a whole number of seconds from 5 to ` +
        `${MAX_BUDGET_SECONDS}. Ask an admin to fix it with \`slack env add\`.`,
    };
  }
  let client: SlackClient;
  try {
    // No retries inside the client: budgetedCalls waits on 429s only while the budget allows.
    client = createSlackClient({ token: ctx.token, env: ctx.env, maxRetries: 0, timeoutMs: 5000 });
  } catch (error) {
    return { error: describeThrown(error) };
  }
  const calls = budgetedCalls(client, {
    now: clock.now,
    sleep: clock.sleep,
    deadlineMs: clock.now() + budgetSeconds * 1000,
  });
  try {
    const result = await purgeReports(
      { calls, runId: crypto.randomUUID(), nowMs: clock.now },
      parsed.data.session_id,
    );
    if (result.notDueUntil > 0) {
      // Its trigger fired before the deadline: run again at the deadline, not an hour late.
      await schedulePurgeRun(client, result.notDueUntil + 1, parsed.data.session_id);
    } else if (result.left > 0) {
      // Rate-limited or out of time: a follow-up run once Slack allows, not at the next hourly
      // sweep. Each run makes at most one, so a chain ends with the work (best effort: the
      // sweep remains).
      const wait = Math.max(FOLLOW_UP_MIN_SECONDS, result.retryAfterSeconds + 1);
      await schedulePurgeRun(
        client,
        Math.floor(clock.now() / 1000) + wait,
        parsed.data.session_id,
      );
    }
    return {
      outputs: {
        purged: result.purged,
        closed: result.closed,
        failed: result.failed,
        left: result.left,
      },
    };
  } catch (error) {
    return {
      error: `Could not look for expired reports: ${describeThrown(error)} ` +
        "The next hourly sweep tries again.",
    };
  }
}

function readBudgetSeconds(value: string | undefined): number | undefined {
  const text = (value ?? "").trim();
  if (text === "") return DEFAULT_BUDGET_SECONDS;
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const seconds = Number(text);
  return seconds >= 5 && seconds <= MAX_BUDGET_SECONDS ? seconds : undefined;
}

/** Our own error messages only; anything else gets a fixed sentence. */
function describeThrown(error: unknown): string {
  if (error instanceof SlackApiError || error instanceof DatastoreReadError) return error.message;
  // Slack's rate limits or failures outlasted the run's budget: nothing for an admin to fix.
  if (error instanceof OutOfTime) {
    return `Slack kept the run waiting past its time budget (${error.method}).`;
  }
  if (error instanceof TransientFailure) {
    return `Slack kept failing (${error.method}: ${error.code}).`;
  }
  return "An unexpected internal error stopped the purge; tell an admin if it happens again.";
}
