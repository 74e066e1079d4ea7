/**
 * The app's datastore records and how function runtime code writes them (no SDK value import:
 * calls go through our Web API client). The definitions in `debug_sessions.ts`,
 * `audit_events.ts` and `fetch_rate.ts` use the names and attribute lists declared here.
 */
import { type SlackClient, slackErrorCode } from "../slack/web_api.ts";

export const DEBUG_SESSIONS = "debug_sessions";
export const AUDIT_EVENTS = "audit_events";
export const FETCH_RATE = "fetch_rate";

/** One posted report. Times are epoch seconds (Slack `timestamp`). */
export interface DebugSession {
  id: string;
  requester: string;
  channel: string;
  message_ts: string;
  delivery: "channel" | "ephemeral";
  service: string;
  environment: string;
  source: string;
  window_start: number;
  window_end: number;
  /**
   * HMAC-SHA256 hex of the filter keyed with AUDIT_HASH_KEY (functions/filter_hash.ts); empty
   * without a filter or without a key. Never the filter itself, never an unkeyed hash.
   */
  query_hash: string;
  /** JSON of `{ [detector id]: count }`. */
  masked_counts: string;
  created_at: number;
  expires_at: number;
  status: SessionStatus;
  /** TTL backstop: `expires_at` plus a grace day, so the purge job sees the record first. */
  purge_after: number;
  /** The one-off scheduled trigger that purges it at `expires_at`; "" when none was created. */
  trigger_id?: string;
  /** The purge run that holds the record while it works on it ("" when none). */
  purge_run?: string;
  /** When that run took it (epoch seconds); a hold older than a function's limit is stale. */
  purge_claimed_at?: number;
  /** The report message is gone (deleted, or Slack said it no longer exists). */
  message_deleted?: boolean;
  /**
   * "" before the tombstone, "posting" from just before it is sent, "posted" once Slack
   * answered with its ts. A run that finds "posting" never posts again (at most one tombstone).
   */
  tombstone_state?: "" | "posting" | "posted";
  tombstone_ts?: string;
  /** When the purge closed it (epoch seconds): deleted, or an ephemeral report closed. */
  purged_at?: number;
  /** Purge attempts that failed on a lasting error (channel_not_found, not_in_channel …). */
  attempts?: number;
  /** Slack's error code of the last failed attempt (a code only, never text). */
  last_error?: string;
  /**
   * The post_debug_report execution left open so the report's Purge now / Extend buttons work
   * (Slack sends clicks only to an open execution); "" when it completed at once. The purge
   * completes it when the report is gone.
   */
  execution_id?: string;
}

/**
 * `active` until its deadline; `purging` while a purge run holds it; `purged` once the message
 * is gone (channel reports); `closed` for an ephemeral report at its deadline (Slack cannot
 * delete those); `purge_failed` after a failed attempt (retried by the next sweep);
 * `manual_delete` after too many, with an audit event asking a person to delete it.
 */
export type SessionStatus =
  | "active"
  | "purging"
  | "purged"
  | "closed"
  | "purge_failed"
  | "manual_delete";

/**
 * How a run ended: `refused` before anything was read or posted (bad inputs or settings, a
 * channel not allowed, the rate limit), `started` while a fetch is reading (what a run that
 * never finished leaves behind), `success` or `failure` after.
 */
export type AuditOutcome = "success" | "failure" | "refused" | "started";

/**
 * Who did what, where, when and how it went. `detail` is a short code or reason, never log text.
 * The optional fields describe a fetch_logs run; none of them holds log text or the filter.
 */
export interface AuditEvent {
  id: string;
  actor: string;
  action: string;
  target: string;
  channel: string;
  /** When the run started (epoch seconds); a run's later writes keep it. */
  at: number;
  outcome: AuditOutcome;
  detail: string;
  service?: string;
  environment?: string;
  /** The window as asked for ("15m", "<ISO>/<ISO>"), scrubbed. */
  window?: string;
  /** The window read, once the source resolved it (epoch seconds). */
  window_start?: number;
  window_end?: number;
  filter_given?: boolean;
  /** HMAC-SHA256 hex of the filter keyed with AUDIT_HASH_KEY; absent without a key. */
  filter_hmac?: string;
  /** Records read from the source, records matching the filter, records returned. */
  lines_read?: number;
  lines_matched?: number;
  lines_shown?: number;
}

/**
 * One person's recent fetch_logs runs, for the per-person rate limit: read with one get and
 * written with one put per fetch. Nothing in it but a user id and times (epoch seconds).
 */
export interface FetchRate {
  /** The requester's Slack user id (the primary key). */
  user_id: string;
  /** When each of their fetches in the last minute started, oldest first. */
  started_at: number[];
  /** TTL: garbage collection once the person stops fetching; the limit never relies on it. */
  expires_at: number;
}

export const GRACE_SECONDS = 24 * 60 * 60;
const MAX_DETAIL_CHARS = 300;

/** Raised when Slack refuses a datastore write; the message names the store and Slack's code. */
export class DatastoreWriteError extends Error {
  constructor(datastore: string, slackError: string) {
    super(
      `Could not save to the ${datastore} datastore (Slack said "${slackError}"); ` +
        "check the app has datastore:write and the datastore is deployed.",
    );
    this.name = "DatastoreWriteError";
  }
}

export async function saveDebugSession(client: SlackClient, session: DebugSession): Promise<void> {
  await put(client, DEBUG_SESSIONS, { ...session });
}

export async function saveAuditEvent(client: SlackClient, event: AuditEvent): Promise<void> {
  await put(client, AUDIT_EVENTS, { ...event, detail: event.detail.slice(0, MAX_DETAIL_CHARS) });
}

export async function saveFetchRate(client: SlackClient, record: FetchRate): Promise<void> {
  await put(client, FETCH_RATE, { ...record, started_at: [...record.started_at] });
}

/** Removes the item of `datastore` whose primary key is `id` (no error when there is none). */
export async function deleteItem(client: SlackClient, datastore: string, id: string) {
  const response = await client.call("apps.datastore.delete", { datastore, id });
  if (!response.ok) throw new DatastoreWriteError(datastore, slackErrorCode(response));
}

/** Raised when Slack refuses a datastore read, or a query has more pages than a caller reads. */
export class DatastoreReadError extends Error {
  constructor(datastore: string, reason: string) {
    super(
      `Could not read the ${datastore} datastore (${reason}); ` +
        "check the app has datastore:read and the datastore is deployed.",
    );
    this.name = "DatastoreReadError";
  }
}

/**
 * The item of `datastore` whose primary key is `id`, as Slack returned it (unvalidated), or
 * undefined when there is none (Slack answers a miss with an empty item). Throws
 * DatastoreReadError when Slack refuses or the answer has no item.
 */
export async function getItem(
  client: SlackClient,
  datastore: string,
  id: string,
): Promise<Record<string, unknown> | undefined> {
  const response = await client.call("apps.datastore.get", { datastore, id });
  if (!response.ok) {
    throw new DatastoreReadError(datastore, `Slack said "${slackErrorCode(response)}"`);
  }
  const item = response.item;
  if (typeof item !== "object" || item === null || Array.isArray(item)) {
    throw new DatastoreReadError(datastore, "the answer had no item");
  }
  return Object.keys(item).length === 0 ? undefined : item as Record<string, unknown>;
}

export interface DatastoreQuery {
  expression: string;
  expression_attributes: Record<string, string>;
  expression_values: Record<string, string | number | boolean>;
}

/** Items evaluated per query page: Slack's maximum. */
const QUERY_PAGE_SIZE = 1000;

/**
 * Every item of `datastore` matching `query`, following `next_cursor` to the end. A query is a
 * scan (a page can be empty and still have a cursor), so it reads at most `maxPages` pages and
 * throws DatastoreReadError beyond: a caller that must see every match fails closed.
 */
export async function queryAll(
  client: SlackClient,
  datastore: string,
  query: DatastoreQuery,
  maxPages: number,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const response = await client.call("apps.datastore.query", {
      datastore,
      ...query,
      limit: QUERY_PAGE_SIZE,
      ...(cursor ? { cursor } : {}),
    });
    if (!response.ok) {
      throw new DatastoreReadError(datastore, `Slack said "${slackErrorCode(response)}"`);
    }
    if (!Array.isArray(response.items)) {
      throw new DatastoreReadError(datastore, "the answer had no items");
    }
    for (const item of response.items) {
      if (typeof item === "object" && item !== null) items.push(item as Record<string, unknown>);
    }
    const metadata = response.response_metadata as { next_cursor?: unknown } | undefined;
    const next = metadata?.next_cursor;
    if (typeof next !== "string" || next === "") return items;
    cursor = next;
  }
  throw new DatastoreReadError(
    datastore,
    `it holds more than ${maxPages * QUERY_PAGE_SIZE} items to scan`,
  );
}

async function put(client: SlackClient, datastore: string, item: Record<string, unknown>) {
  const response = await client.call("apps.datastore.put", { datastore, item });
  if (!response.ok) throw new DatastoreWriteError(datastore, slackErrorCode(response));
}
