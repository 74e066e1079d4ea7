/**
 * The ephemeral messages of the admin workflows (Manage debug access, Debug audit): a header, a
 * lead sentence and lines packed into sections, always inside Slack's limits for one message
 * (50 blocks, 3,000 characters per section text, about 12,000 characters of text in all). Every
 * line must already be escaped by its author; a line that does not fit is counted, never cut
 * into a broken entity or dropped silently. Runtime code: no SDK import.
 */
import type { Block, ReportMessage } from "../../core/render/blocks.ts";
import { counted } from "../../core/render/counted.ts";
import { plainLine } from "../../core/render/slack_escape.ts";
import { type SlackClient, slackErrorCode } from "../../slack/web_api.ts";

/** Slack's limits, with room kept for the header, the lead and the closing note. */
export const MAX_SECTION_CHARS = 3000;
export const MAX_MESSAGE_BLOCKS = 50;
const MAX_TOTAL_CHARS = 11_000;
const MAX_HEADER_CHARS = 150;
const MAX_LINE_CHARS = 1000;

/**
 * A message of `lines` (escaped mrkdwn, one item each) under `title` and `lead`; lines past the
 * limits are left out and the message says how many, counted as `noun` ("grant", "event").
 */
export function linesMessage(
  title: string,
  lead: string,
  lines: readonly string[],
  noun: string,
): ReportMessage & { shown: number } {
  const header = plainLine(title).slice(0, MAX_HEADER_CHARS);
  const leadText = lead.slice(0, MAX_SECTION_CHARS);
  const blocks: Block[] = [
    { type: "header", text: { type: "plain_text", text: header } },
    { type: "section", text: { type: "mrkdwn", text: leadText } },
  ];
  // One block is kept for the note on what was left out.
  const maxSections = MAX_MESSAGE_BLOCKS - blocks.length - 1;
  const sections: string[] = [];
  let total = header.length + leadText.length;
  let shown = 0;
  for (const line of lines) {
    if (line.length > MAX_LINE_CHARS) break;
    const last = sections.length - 1;
    const joined = last < 0 ? undefined : `${sections[last]}\n${line}`;
    const grows = joined !== undefined && joined.length <= MAX_SECTION_CHARS
      ? line.length + 1
      : line.length;
    if (total + grows > MAX_TOTAL_CHARS) break;
    if (joined !== undefined && joined.length <= MAX_SECTION_CHARS) {
      sections[last] = joined;
    } else if (sections.length < maxSections) {
      sections.push(line);
    } else {
      break;
    }
    total += grows;
    shown++;
  }
  for (const text of sections) blocks.push({ type: "section", text: { type: "mrkdwn", text } });
  const left = lines.length - shown;
  if (left > 0) {
    blocks.push({
      type: "context",
      elements: [{
        type: "mrkdwn",
        text: `${counted(left, `more ${noun}`)} not shown, past Slack's limits for one ` +
          "message. Narrow the filter to see them.",
      }],
    });
  }
  return { blocks, text: `${header}: ${counted(shown, noun)} shown`, shown };
}

/** Posts `message` ephemerally to `userId` in `channel`; Slack's error code, or undefined. */
export async function showEphemerally(
  client: SlackClient,
  channel: string,
  userId: string,
  message: ReportMessage,
): Promise<string | undefined> {
  const posted = await client.call("chat.postEphemeral", {
    channel,
    user: userId,
    text: message.text,
    blocks: message.blocks,
  });
  return posted.ok ? undefined : slackErrorCode(posted);
}
