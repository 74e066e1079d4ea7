/**
 * The parts of a report that change while it stands: its expiry line, and the Purge now / Extend
 * buttons of a report whose step waits for clicks. Both carry fixed block ids, so the expiry
 * line of a posted report can be found and replaced when its deadline moves. The buttons carry
 * the session id only; who may use them is decided on the server when a click arrives.
 */
import type { ActionsBlock, Block, ButtonElement, ReportBlock, ReportMessage } from "./blocks.ts";
import { isoMinute, slackDate } from "./report_dates.ts";

export const EXPIRY_BLOCK_ID = "report_expiry";
export const CONTROLS_BLOCK_ID = "report_controls";
export const PURGE_NOW_ACTION = "purge_report_now";
export const EXTEND_ACTION = "extend_report";

/** Blocks a posted message may hold (Slack's limit); more are not read. */
const MAX_MESSAGE_BLOCKS = 50;

/** The report's last line: when it expires and is deleted. */
export function expiryBlock(expiresAt: Date): Block {
  return {
    type: "context",
    block_id: EXPIRY_BLOCK_ID,
    elements: [{
      type: "mrkdwn",
      text: `:hourglass: This report expires ${slackDate(expiresAt)} and is then deleted.`,
    }],
  };
}

/** "Purge now" (asks to confirm) and "Extend by N min", for the session `sessionId`. */
export function controlsBlock(sessionId: string, extendMinutes: number): ActionsBlock {
  const purge: ButtonElement = {
    type: "button",
    action_id: PURGE_NOW_ACTION,
    text: { type: "plain_text", text: "Purge now" },
    value: sessionId,
    style: "danger",
    confirm: {
      title: { type: "plain_text", text: "Purge this report now?" },
      text: {
        type: "plain_text",
        text: "The report is deleted from the channel and a one-line note takes its place.",
      },
      confirm: { type: "plain_text", text: "Purge now" },
      deny: { type: "plain_text", text: "Keep it" },
      style: "danger",
    },
  };
  const extend: ButtonElement = {
    type: "button",
    action_id: EXTEND_ACTION,
    text: { type: "plain_text", text: `Extend by ${extendMinutes} min` },
    value: sessionId,
  };
  return { type: "actions", block_id: CONTROLS_BLOCK_ID, elements: [purge, extend] };
}

/** A report built with `controls` (report_blocks.ts keeps a block for them), with its buttons. */
export function withControls(
  message: ReportMessage,
  controls: { sessionId: string; extendMinutes: number },
): { text: string; blocks: ReportBlock[] } {
  return {
    text: message.text,
    blocks: [...message.blocks, controlsBlock(controls.sessionId, controls.extendMinutes)],
  };
}

/**
 * A posted report's blocks (as Slack sends them back in a click) with the expiry line saying
 * `expiresAt`; undefined when the message has no expiry line to replace.
 */
export function withExpiry(blocks: readonly unknown[], expiresAt: Date): unknown[] | undefined {
  const kept = blocks.slice(0, MAX_MESSAGE_BLOCKS);
  const at = kept.findIndex((block) =>
    typeof block === "object" && block !== null &&
    (block as { block_id?: unknown }).block_id === EXPIRY_BLOCK_ID
  );
  if (at < 0) return undefined;
  return kept.map((block, i) => i === at ? expiryBlock(expiresAt) : block);
}

/** A report's fallback text with its "Expires …." sentence saying `expiresAt`. */
export function fallbackWithExpiry(text: string, expiresAt: Date): string {
  return text.replace(
    /Expires (?:\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC|\?)\./,
    `Expires ${isoMinute(expiresAt)}.`,
  );
}
