/**
 * Alert storms for verify_alert: one snapshot per service and channel per ALERT_SNAPSHOT_MINUTES
 * (core/webhook/storm.ts decides), the state in the alert_storms datastore. When a snapshot is let
 * through after alerts were counted, a short line in the channel says how many, just before the
 * report. Not a lock (Slack's datastore has no conditional write): alerts arriving in the same
 * instant can each read the state before any writes it, so a burst can let a few through.
 */
import { decideSnapshot, type SnapshotDecision } from "../../core/webhook/storm.ts";
import { escapeSlackText } from "../../core/render/slack_escape.ts";
import { readStorm, saveStorm, stormKey } from "../../datastores/alert_storm_records.ts";
import type { SlackClient } from "../../slack/web_api.ts";

/** Reads, decides and stores. Throws the datastore's errors (the caller refuses the alert). */
export async function checkAlertStorm(
  client: SlackClient,
  channel: string,
  service: string,
  nowSeconds: number,
  intervalMinutes: number,
): Promise<SnapshotDecision> {
  const key = stormKey(channel, service);
  const decision = decideSnapshot(await readStorm(client, key), nowSeconds, intervalMinutes * 60);
  await saveStorm(client, key, decision.state);
  return decision;
}

/** The line said before a snapshot that follows counted alerts. */
export function suppressedNote(service: string, count: number, intervalMinutes: number): string {
  const alerts = count === 1 ? "1 more alert" : `${count.toLocaleString("en-US")} more alerts`;
  const were = count === 1 ? "was" : "were";
  return `:information_source: ${alerts} for *${escapeSlackText(service)}* came in since the ` +
    `last snapshot here and ${were} counted, not posted (at most one snapshot every ` +
    `${intervalMinutes} minutes). A new snapshot follows.`;
}

/** Posts the note; false when Slack refused it (the count is in the audit trail too). */
export async function postSuppressedNote(
  client: SlackClient,
  channel: string,
  text: string,
): Promise<boolean> {
  try {
    const response = await client.call("chat.postMessage", { channel, text });
    return response.ok === true;
  } catch {
    return false;
  }
}
