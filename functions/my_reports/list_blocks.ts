/**
 * The "My debug reports" message: one line per active report (service and environment inert,
 * as inline code, cut to a bound), Purge now and Extend under each channel report, and a Done
 * button. Stays inside Block Kit's limits: at most 50 blocks, section text under 3,000
 * characters; reports beyond what fits are counted, not shown.
 */
import { inlineCode } from "../../core/render/slack_escape.ts";
import { slackDate } from "../../core/render/report_dates.ts";
import type { PurgeSession } from "../purge_reports/session_record.ts";

export const LIST_PURGE_ACTION = "my_reports_purge_now";
export const LIST_EXTEND_ACTION = "my_reports_extend";
export const LIST_DONE_ACTION = "my_reports_done";

/** Reports shown at most: two blocks each, with room for the header and the footer. */
export const MAX_REPORTS_SHOWN = 20;
/** Characters of a service or environment name shown (names may be up to 4,000). */
const NAME_CHARS = 80;

type Block = Record<string, unknown>;

function shortName(name: string): string {
  const chars = [...name];
  return inlineCode(chars.length > NAME_CHARS ? `${chars.slice(0, NAME_CHARS).join("")}…` : name);
}

function reportLine(session: PurgeSession, actor: string): string {
  const who = session.requester === actor ? "you" : `<@${session.requester}>`;
  const where = session.delivery === "channel"
    ? `in <#${session.channel}>`
    : "shown only to its requester: Slack lets no app remove it early";
  return `${shortName(session.service)} (${shortName(session.environment)}) ${where}, ` +
    `requested by ${who} ${slackDate(new Date(session.created_at * 1000))}, expires ` +
    `${slackDate(new Date(session.expires_at * 1000))}.`;
}

function button(actionId: string, text: string, value: string, style?: string): Block {
  return {
    type: "button",
    action_id: actionId,
    text: { type: "plain_text", text },
    value,
    ...(style ? { style } : {}),
  };
}

/** The list's text and blocks for `sessions` (soonest first), as `actor` sees them. */
export function listMessage(
  sessions: readonly PurgeSession[],
  actor: string,
  extendMinutes: number,
): { text: string; blocks: Block[] } {
  const shown = sessions.slice(0, MAX_REPORTS_SHOWN);
  const text = sessions.length === 0
    ? "You have no active debug reports."
    : `Active debug reports you can remove or extend: ${sessions.length}.`;
  const blocks: Block[] = [{ type: "section", text: { type: "mrkdwn", text } }];
  shown.forEach((session, i) => {
    blocks.push({
      type: "section",
      block_id: `report_line_${i}`,
      text: { type: "mrkdwn", text: reportLine(session, actor) },
    });
    if (session.delivery !== "channel") return;
    blocks.push({
      type: "actions",
      block_id: `report_${i}`,
      elements: [
        button(LIST_PURGE_ACTION, "Purge now", session.id, "danger"),
        button(LIST_EXTEND_ACTION, `Extend by ${extendMinutes} min`, session.id),
      ],
    });
  });
  if (sessions.length > shown.length) {
    blocks.push({
      type: "context",
      elements: [{
        type: "mrkdwn",
        text: `${sessions.length - shown.length} more not shown: act on these first, then run ` +
          "the shortcut again.",
      }],
    });
  }
  // Nothing to act on: the step completes at once, so no button (it would reach no one).
  if (sessions.length === 0) return { text, blocks };
  blocks.push({
    type: "actions",
    block_id: "list_done",
    // Its value is how many were listed: the step's output when Done completes it.
    elements: [button(LIST_DONE_ACTION, "Done", String(sessions.length))],
  });
  return { text, blocks };
}
