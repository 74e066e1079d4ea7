/**
 * A report as it stands in its channel, read back for Extend from "My debug reports" (which,
 * unlike a click on the report, is not handed the message): `conversations.history` for exactly
 * the report's ts (`latest` + `oldest` + `inclusive`, `limit: 1`). Only the app's own message at
 * that ts counts (a bot message with the report's expiry line); anything else is undefined, and
 * Extend then says the new deadline instead of rewriting the line.
 */
import { EXPIRY_BLOCK_ID } from "../../core/render/report_controls.ts";
import type { SlackClient } from "../../slack/web_api.ts";
import type { PurgeSession } from "../purge_reports/session_record.ts";

/** Blocks a message has at most (Slack's limit). */
const MAX_BLOCKS = 50;

export async function readReportMessage(
  client: SlackClient,
  session: PurgeSession,
): Promise<{ text: string; blocks: unknown[] } | undefined> {
  const answer = await client.call("conversations.history", {
    channel: session.channel,
    latest: session.message_ts,
    oldest: session.message_ts,
    inclusive: true,
    limit: 1,
  });
  if (!answer.ok || !Array.isArray(answer.messages)) return undefined;
  const [message] = answer.messages as unknown[];
  if (typeof message !== "object" || message === null) return undefined;
  const { ts, text, blocks, bot_id } = message as Record<string, unknown>;
  if (ts !== session.message_ts || typeof bot_id !== "string" || bot_id === "") return undefined;
  if (typeof text !== "string" || !Array.isArray(blocks) || blocks.length > MAX_BLOCKS) {
    return undefined;
  }
  const hasExpiry = blocks.some((block) =>
    typeof block === "object" && block !== null &&
    (block as { block_id?: unknown }).block_id === EXPIRY_BLOCK_ID
  );
  return hasExpiry ? { text, blocks } : undefined;
}
