/**
 * The alert_storms records and how function runtime code reads and writes them (no SDK value
 * import): per channel and service, when the last alert snapshot was let through and how many
 * alerts were counted, not posted, since (core/webhook/storm.ts decides).
 */
import * as z from "../core/zod.ts";
import type { StormState } from "../core/webhook/storm.ts";
import { DatastoreWriteError, getItem } from "./records.ts";
import { type SlackClient, slackErrorCode } from "../slack/web_api.ts";

export const ALERT_STORMS = "alert_storms";

export interface AlertStorm {
  /** `<channel id>|<service>` (a service name holds no "|"). */
  key: string;
  last_snapshot_at: number;
  suppressed: number;
  /** TTL: a day after the last snapshot; the interval is checked on read. */
  expires_at: number;
}

export const STORM_RECORD_TTL_SECONDS = 24 * 60 * 60;

export function stormKey(channel: string, service: string): string {
  return `${channel}|${service}`;
}

const stored = z.object({
  key: z.string(),
  last_snapshot_at: z.number().check(z.integer(), z.nonnegative()),
  suppressed: z.number().check(z.integer(), z.nonnegative()),
});

/**
 * The stored state for `key`, or undefined when there is none or it cannot be read (then the
 * alert is let through: an unreadable record must not silence a channel). Throws
 * DatastoreReadError when Slack refuses the read.
 */
export async function readStorm(client: SlackClient, key: string): Promise<StormState | undefined> {
  const parsed = stored.safeParse(await getItem(client, ALERT_STORMS, key));
  if (!parsed.success || parsed.data.key !== key) return undefined;
  return { lastSnapshotAt: parsed.data.last_snapshot_at, suppressed: parsed.data.suppressed };
}

/** Saves the state. Throws DatastoreWriteError or SlackApiError when it cannot be saved. */
export async function saveStorm(
  client: SlackClient,
  key: string,
  state: StormState,
): Promise<void> {
  const item: AlertStorm = {
    key,
    last_snapshot_at: state.lastSnapshotAt,
    suppressed: state.suppressed,
    expires_at: state.lastSnapshotAt + STORM_RECORD_TTL_SECONDS,
  };
  const response = await client.call("apps.datastore.put", { datastore: ALERT_STORMS, item });
  if (!response.ok) throw new DatastoreWriteError(ALERT_STORMS, slackErrorCode(response));
}
