/**
 * The webhook_nonces records and how function runtime code reads and writes them (no SDK value
 * import). One item per nonce an authenticated alert used; its TTL outlives the timestamp window,
 * so a nonce cannot be replayed while its timestamp is still accepted.
 */
import { DatastoreWriteError, getItem } from "./records.ts";
import { type SlackClient, slackErrorCode } from "../slack/web_api.ts";

export const WEBHOOK_NONCES = "webhook_nonces";

export interface WebhookNonce {
  /** The request's nonce (the primary key): 16 to 64 of A-Z a-z 0-9 _ -. */
  nonce: string;
  /** The service the request asked for. */
  service: string;
  /** When it was first accepted (epoch seconds). */
  seen_at: number;
  /** TTL (epoch seconds). Slack collects expired items within 48 hours, not at once. */
  expires_at: number;
}

/** True when `nonce` was already recorded. Throws DatastoreReadError when it cannot be read. */
export async function nonceSeen(client: SlackClient, nonce: string): Promise<boolean> {
  return await getItem(client, WEBHOOK_NONCES, nonce) !== undefined;
}

/** Records a used nonce. Throws DatastoreWriteError or SlackApiError when it cannot be saved. */
export async function saveNonce(client: SlackClient, record: WebhookNonce): Promise<void> {
  const response = await client.call("apps.datastore.put", {
    datastore: WEBHOOK_NONCES,
    item: { ...record },
  });
  if (!response.ok) throw new DatastoreWriteError(WEBHOOK_NONCES, slackErrorCode(response));
}
