/**
 * The one line that takes an expired report's place in the channel: which service and
 * environment, who asked and when, when it expired. Nothing else: no log text, no masked values,
 * no counts. Service and environment are escaped inline code (they can neither mention, link
 * nor format); the requester mention is the only one built, and only from a well-formed user id.
 */
import { inlineCode } from "./slack_escape.ts";

export interface TombstoneInput {
  service: string;
  environment: string;
  /** Slack user id of the requester. */
  requesterId: string;
  /** When the report was posted and when it expired (epoch seconds). */
  createdAt: number;
  expiresAt: number;
  /** Who purged it before its deadline (a Purge now click), and when (epoch seconds). */
  purgedEarly?: { by: string; at: number };
}

export interface TombstoneMessage {
  text: string;
  blocks: { type: "section"; text: { type: "mrkdwn"; text: string } }[];
}

/** Longest service or environment name shown (a stored value could be anything). */
export const MAX_TOMBSTONE_NAME_CHARS = 80;
const USER_ID = /^[UW][A-Z0-9]{2,20}$/;

/** "Debug report for checkout (production), requested by <@U…> at 14:05 UTC, expired at …" */
export function buildTombstone(input: TombstoneInput): TombstoneMessage {
  const requester = mention(input.requesterId, "someone");
  const early = input.purgedEarly;
  const end = early
    ? `was removed by ${mention(early.by, "someone")} at ${hourMinute(early.at)}.`
    : `expired at ${hourMinute(input.expiresAt)} and was removed.`;
  const text = `Debug report for ${name(input.service)} (${name(input.environment)}), ` +
    `requested by ${requester} at ${hourMinute(input.createdAt)}, ${end}`;
  return { text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] };
}

/** A mention built only from a well-formed user id. */
function mention(userId: string, otherwise: string): string {
  return USER_ID.test(userId) ? `<@${userId}>` : otherwise;
}

function name(value: string): string {
  const chars = [...value];
  const shown = chars.length > MAX_TOMBSTONE_NAME_CHARS
    ? `${chars.slice(0, MAX_TOMBSTONE_NAME_CHARS).join("")}…`
    : value;
  return inlineCode(shown);
}

/** "14:05 UTC". */
function hourMinute(epochSeconds: number): string {
  const date = new Date(epochSeconds * 1000);
  if (!Number.isFinite(date.getTime())) return "an unknown time";
  return `${date.toISOString().slice(11, 16)} UTC`;
}
