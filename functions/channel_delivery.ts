/**
 * Where a report may go, decided the same way by fetch_logs (before anything is read) and
 * post_debug_report (before anything is posted): ephemeral delivery always, channel delivery only
 * to the channels an admin listed in DEBUG_CHANNEL_IDS.
 */
import { CHANNEL_ID } from "./slack_ids.ts";
import { listItems } from "./list_setting.ts";

export const DELIVERIES = ["ephemeral", "channel"] as const;
export type Delivery = typeof DELIVERIES[number];

const MAX_ALLOWED_CHANNELS = 100;

/** DEBUG_CHANNEL_IDS as a set (empty: channel delivery is off), or a message for admins. */
export function readAllowedChannels(
  env: Record<string, string | undefined>,
): ReadonlySet<string> | { problem: string } {
  const ids = listItems(env.DEBUG_CHANNEL_IDS);
  if (ids.length > MAX_ALLOWED_CHANNELS || ids.some((id) => !CHANNEL_ID.test(id))) {
    return {
      problem:
        "DEBUG_CHANNEL_IDS must be a comma-separated list of channel ids (like C0123ABCD). " +
        "Ask an admin to fix it with `slack env add DEBUG_CHANNEL_IDS …`.",
    };
  }
  return new Set(ids);
}

export interface DeliveryRefusal {
  /** Short code for the audit trail. */
  detail: "channel_delivery_off" | "channel_not_allowed";
  /** What the person reads. */
  error: string;
}

/** Why a report may not go where it was asked to, if it may not. */
export function deliveryRefusal(
  delivery: Delivery,
  channel: string,
  allowedChannels: ReadonlySet<string>,
): DeliveryRefusal | undefined {
  if (delivery !== "channel") return undefined;
  if (allowedChannels.size === 0) {
    return {
      detail: "channel_delivery_off",
      error: "Posting reports to a channel is turned off (DEBUG_CHANNEL_IDS is not set). Choose " +
        "ephemeral delivery (only you see it), or ask an admin to allow this channel.",
    };
  }
  if (allowedChannels.has(channel)) return undefined;
  return {
    detail: "channel_not_allowed",
    error: "This channel is not allowed for debug reports. Choose ephemeral delivery (only you " +
      "see it), or ask an admin to add the channel to DEBUG_CHANNEL_IDS.",
  };
}
