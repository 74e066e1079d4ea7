/**
 * A person's fetches per minute, counted from the audit trail: every fetch_logs event of theirs
 * in the last 60 seconds that read (or started to read) a source. Refusals (this limit included)
 * read nothing and do not count. Concurrent fetches started in the same instant can each see the
 * count below the limit: the limit slows probing down and makes it visible, it is not a lock.
 */
import { AUDIT_EVENTS, queryAll } from "../../datastores/records.ts";
import type { SlackClient } from "../../slack/web_api.ts";

export const RATE_WINDOW_SECONDS = 60;
/**
 * Query pages read at most (1000 audit events each: a query is a scan of the whole datastore).
 * Past this the count is unknown and the fetch is refused (fails closed).
 */
export const MAX_RATE_PAGES = 50;

export type RateDecision =
  | { allowed: true; recent: number }
  | { allowed: false; recent: number; retryAfterSeconds: number };

/** Throws DatastoreReadError or SlackApiError when the count cannot be known. */
export async function checkFetchRate(
  client: SlackClient,
  action: string,
  actor: string,
  perMinute: number,
  nowSeconds: number,
): Promise<RateDecision> {
  const since = nowSeconds - RATE_WINDOW_SECONDS;
  const events = await queryAll(client, AUDIT_EVENTS, {
    expression: "#actor = :actor AND #action = :action AND #at > :since AND #outcome <> :refused",
    expression_attributes: {
      "#actor": "actor",
      "#action": "action",
      "#at": "at",
      "#outcome": "outcome",
    },
    expression_values: {
      ":actor": actor,
      ":action": action,
      ":since": since,
      ":refused": "refused",
    },
  }, MAX_RATE_PAGES);
  // The datastore's own filter is trusted for nothing: each event is checked again here.
  const times = events
    .filter((event) =>
      event.actor === actor && event.action === action && event.outcome !== "refused" &&
      typeof event.at === "number" && event.at > since
    )
    .map((event) => event.at as number)
    .sort((a, b) => a - b);
  if (times.length < perMinute) return { allowed: true, recent: times.length };
  // Allowed again once all but perMinute - 1 of these are older than the window.
  const freedAt = times[times.length - perMinute] + RATE_WINDOW_SECONDS;
  return {
    allowed: false,
    recent: times.length,
    retryAfterSeconds: Math.max(1, Math.min(RATE_WINDOW_SECONDS, freedAt - nowSeconds)),
  };
}
