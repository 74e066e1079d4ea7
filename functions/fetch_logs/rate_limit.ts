/**
 * A person's fetches per minute, kept in the fetch_rate datastore: one item per person with the
 * start times of their fetches in the last RATE_WINDOW_SECONDS. A fetch costs one
 * `apps.datastore.get` and, when it is allowed, one `apps.datastore.put`, however long the audit
 * trail grows. A refused fetch writes nothing, so refusals (this limit included) do not count.
 *
 * Not a lock: Slack's datastore has no conditional write, so two fetches by one person started in
 * the same instant can both read the same item, both pass, and the later put drops the earlier
 * one's entry. The limit slows probing down and makes it visible; the audit trail still records
 * every fetch.
 *
 * What is read is validated: an item this code cannot read (another app version's format, a
 * manual edit) refuses the fetch, so a broken record never opens the limit, and is deleted, so it
 * cannot lock its owner out either: the next fetch starts a fresh window.
 */
import * as z from "../../core/zod.ts";
import {
  DatastoreReadError,
  DatastoreWriteError,
  deleteItem,
  FETCH_RATE,
  getItem,
  saveFetchRate,
} from "../../datastores/records.ts";
import { SlackApiError, type SlackClient } from "../../slack/web_api.ts";
import { MAX_FETCH_RATE_PER_MINUTE } from "./settings.ts";

export const RATE_WINDOW_SECONDS = 60;
/**
 * How long after a person's latest fetch their item may be collected by the datastore's TTL
 * (Slack deletes expired items within 48 hours, not at once: the window is checked on read).
 */
export const RATE_RECORD_TTL_SECONDS = 5 * 60;

export type RateDecision =
  /** `recent`: the person's fetches in the window before this one. */
  | { kind: "allowed"; recent: number }
  | { kind: "limited"; recent: number; retryAfterSeconds: number }
  /** Their stored record could not be read: this fetch is refused and the record deleted. */
  | { kind: "reset" };

/**
 * Decides a fetch at `nowSeconds` from the start times of the person's earlier fetches, and on
 * success returns the times to store: those still in the window, then now (at most perMinute).
 */
export function decideFetch(
  started: readonly number[],
  perMinute: number,
  nowSeconds: number,
):
  | { allowed: true; recent: number; startedAt: number[] }
  | { allowed: false; recent: number; retryAfterSeconds: number } {
  const since = nowSeconds - RATE_WINDOW_SECONDS;
  const times = started.filter((at) => at > since).sort((a, b) => a - b);
  if (times.length < perMinute) {
    return { allowed: true, recent: times.length, startedAt: [...times, nowSeconds] };
  }
  // Allowed again once all but perMinute - 1 of these are older than the window.
  const freedAt = times[times.length - perMinute] + RATE_WINDOW_SECONDS;
  return {
    allowed: false,
    recent: times.length,
    retryAfterSeconds: Math.max(1, Math.min(RATE_WINDOW_SECONDS, freedAt - nowSeconds)),
  };
}

const storedRecord = z.object({
  user_id: z.string(),
  started_at: z.array(z.number().check(z.integer(), z.nonnegative())).check(
    z.maxLength(MAX_FETCH_RATE_PER_MINUTE),
  ),
});

/**
 * The start times in a person's stored item ([] when there is none), or undefined when the item
 * cannot be trusted: not this person's, not a bounded list of whole epoch seconds, or holding a
 * start later than the window after now (no clock is that far off; it would block for as long).
 */
export function readStartTimes(
  item: Record<string, unknown> | undefined,
  actor: string,
  nowSeconds: number,
): number[] | undefined {
  if (item === undefined) return [];
  const parsed = storedRecord.safeParse(item);
  if (!parsed.success || parsed.data.user_id !== actor) return undefined;
  const started = parsed.data.started_at;
  return started.every((at) => at <= nowSeconds + RATE_WINDOW_SECONDS) ? started : undefined;
}

/**
 * Reads the person's record, decides, and records an allowed fetch. Throws DatastoreReadError,
 * DatastoreWriteError or SlackApiError when the record cannot be read or written: the caller
 * refuses the fetch (fails closed).
 */
export async function checkFetchRate(
  client: SlackClient,
  actor: string,
  perMinute: number,
  nowSeconds: number,
): Promise<RateDecision> {
  const started = readStartTimes(await getItem(client, FETCH_RATE, actor), actor, nowSeconds);
  if (started === undefined) {
    await deleteItem(client, FETCH_RATE, actor);
    return { kind: "reset" };
  }
  const decision = decideFetch(started, perMinute, nowSeconds);
  if (!decision.allowed) {
    return {
      kind: "limited",
      recent: decision.recent,
      retryAfterSeconds: decision.retryAfterSeconds,
    };
  }
  await saveFetchRate(client, {
    user_id: actor,
    started_at: decision.startedAt,
    expires_at: nowSeconds + RATE_RECORD_TTL_SECONDS,
  });
  return { kind: "allowed", recent: decision.recent };
}

/** Why the rate could not be checked, for the person: our own messages only. */
export function describeRateFailure(error: unknown): string {
  if (
    error instanceof DatastoreReadError || error instanceof DatastoreWriteError ||
    error instanceof SlackApiError
  ) {
    return error.message;
  }
  return "An unexpected internal error stopped the check. Try again; if it persists, tell an admin.";
}
