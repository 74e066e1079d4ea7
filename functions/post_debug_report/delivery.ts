/** Posting a rendered report where the inputs ask, and taking a channel report back. */
import type { ReportBlock } from "../../core/render/blocks.ts";
import { type SlackClient, slackErrorCode } from "../../slack/web_api.ts";
import type { PostReportInputs } from "./inputs.ts";

/** The posted message's ts, or Slack's (sanitised) error code. Throws SlackApiError. */
export async function postReport(
  client: SlackClient,
  inputs: PostReportInputs,
  /** The report (with its buttons, when its step waits for clicks). */
  message: { text: string; blocks: readonly ReportBlock[] },
): Promise<{ ts: string } | { code: string }> {
  const { text, blocks } = message;
  const channel = inputs.channel_id;
  if (inputs.delivery === "channel") {
    const posted = await client.call("chat.postMessage", {
      channel,
      text,
      blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    return posted.ok && typeof posted.ts === "string"
      ? { ts: posted.ts }
      : { code: slackErrorCode(posted) };
  }
  const posted = await client.call("chat.postEphemeral", {
    channel,
    user: inputs.user_id,
    text,
    blocks,
  });
  return posted.ok && typeof posted.message_ts === "string"
    ? { ts: posted.message_ts }
    : { code: slackErrorCode(posted) };
}

/** Deletes a channel report; false when it could not (ephemeral reports cannot be deleted). */
export async function retractReport(
  client: SlackClient,
  inputs: PostReportInputs,
  ts: string,
): Promise<boolean> {
  if (inputs.delivery !== "channel") return false;
  try {
    return (await client.call("chat.delete", { channel: inputs.channel_id, ts })).ok;
  } catch {
    return false;
  }
}
