/**
 * The app's datastore records and how function runtime code writes them (no SDK value import:
 * calls go through our Web API client). The definitions in `debug_sessions.ts` and
 * `audit_events.ts` use the names and attribute lists declared here.
 */
import { type SlackClient, slackErrorCode } from "../slack/web_api.ts";

export const DEBUG_SESSIONS = "debug_sessions";
export const AUDIT_EVENTS = "audit_events";

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
  /** SHA-256 hex of the filter query (empty filter hashes too); never the query itself. */
  query_hash: string;
  /** JSON of `{ [detector id]: count }`. */
  masked_counts: string;
  created_at: number;
  expires_at: number;
  status: "active" | "purged" | "purge_failed";
  /** TTL backstop: `expires_at` plus a grace day, so the purge job sees the record first. */
  purge_after: number;
}

/** Who did what, where, when and how it went. `detail` is a short code or reason, never log text. */
export interface AuditEvent {
  id: string;
  actor: string;
  action: string;
  target: string;
  channel: string;
  at: number;
  outcome: "success" | "failure";
  detail: string;
}

export const GRACE_SECONDS = 24 * 60 * 60;
const MAX_DETAIL_CHARS = 300;

/** Raised when Slack refuses a datastore write; the message names the store and Slack's code. */
export class DatastoreWriteError extends Error {
  constructor(readonly datastore: string, readonly slackError: string) {
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

async function put(client: SlackClient, datastore: string, item: Record<string, unknown>) {
  const response = await client.call("apps.datastore.put", { datastore, item });
  if (!response.ok) throw new DatastoreWriteError(datastore, slackErrorCode(response));
}
