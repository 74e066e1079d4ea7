/**
 * A debug_sessions item as the purge reads it back: checked field by field (a datastore item is
 * data someone could have written), with the purge's own fields defaulted for records saved
 * before they existed.
 */
import * as z from "zod";
import type { DebugSession } from "../../datastores/records.ts";
import { CHANNEL_ID, USER_ID } from "../slack_ids.ts";

const epochSeconds = z.number().int().nonnegative();

const SessionItemSchema = z.object({
  id: z.string().min(1).max(100),
  requester: z.string().regex(USER_ID),
  channel: z.string().regex(CHANNEL_ID),
  message_ts: z.string().max(40),
  delivery: z.enum(["channel", "ephemeral"]),
  service: z.string().max(4000),
  environment: z.string().max(4000),
  source: z.string().max(4000).default(""),
  window_start: epochSeconds,
  window_end: epochSeconds,
  query_hash: z.string().max(200).default(""),
  masked_counts: z.string().max(4000).default("{}"),
  created_at: epochSeconds,
  expires_at: epochSeconds,
  status: z.enum(["active", "purging", "purged", "closed", "purge_failed", "manual_delete"]),
  purge_after: epochSeconds,
  trigger_id: z.string().max(100).default(""),
  purge_run: z.string().max(100).default(""),
  purge_claimed_at: epochSeconds.default(0),
  message_deleted: z.boolean().default(false),
  tombstone_state: z.enum(["", "posting", "posted"]).default(""),
  tombstone_ts: z.string().max(40).default(""),
  purged_at: epochSeconds.default(0),
  attempts: z.number().int().nonnegative().max(1_000_000).default(0),
  last_error: z.string().max(100).default(""),
  execution_id: z.string().max(100).default(""),
});

/** A session record with every purge field present. */
export type PurgeSession = Required<DebugSession>;

/** The item as a session, or undefined when it is not one the purge can act on. */
export function readSessionItem(item: Record<string, unknown>): PurgeSession | undefined {
  const parsed = SessionItemSchema.safeParse(item);
  return parsed.success ? parsed.data : undefined;
}
