/**
 * A debug_sessions item as the purge reads it back: checked field by field (a datastore item is
 * data someone could have written), with the purge's own fields defaulted for records saved
 * before they existed.
 */
import * as z from "../../core/zod.ts";
import type { DebugSession } from "../../datastores/records.ts";
import { CHANNEL_ID, USER_ID } from "../slack_ids.ts";

const epochSeconds = z.number().check(z.integer(), z.nonnegative());

const SessionItemSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  requester: z.string().check(z.regex(USER_ID)),
  channel: z.string().check(z.regex(CHANNEL_ID)),
  message_ts: z.string().check(z.maxLength(40)),
  delivery: z.enum(["channel", "ephemeral"]),
  service: z.string().check(z.maxLength(4000)),
  environment: z.string().check(z.maxLength(4000)),
  source: z._default(z.string().check(z.maxLength(4000)), ""),
  window_start: epochSeconds,
  window_end: epochSeconds,
  query_hash: z._default(z.string().check(z.maxLength(200)), ""),
  masked_counts: z._default(z.string().check(z.maxLength(4000)), "{}"),
  created_at: epochSeconds,
  expires_at: epochSeconds,
  status: z.enum(["active", "purging", "purged", "closed", "purge_failed", "manual_delete"]),
  purge_after: epochSeconds,
  trigger_id: z._default(z.string().check(z.maxLength(100)), ""),
  purge_run: z._default(z.string().check(z.maxLength(100)), ""),
  purge_claimed_at: z._default(epochSeconds, 0),
  message_deleted: z._default(z.boolean(), false),
  tombstone_state: z._default(z.enum(["", "posting", "posted"]), ""),
  tombstone_ts: z._default(z.string().check(z.maxLength(40)), ""),
  purged_at: z._default(epochSeconds, 0),
  attempts: z._default(z.number().check(z.integer(), z.nonnegative(), z.lte(1_000_000)), 0),
  last_error: z._default(z.string().check(z.maxLength(100)), ""),
  execution_id: z._default(z.string().check(z.maxLength(100)), ""),
});

/** A session record with every purge field present. */
export type PurgeSession = Required<DebugSession>;

/** The item as a session, or undefined when it is not one the purge can act on. */
export function readSessionItem(item: Record<string, unknown>): PurgeSession | undefined {
  const parsed = SessionItemSchema.safeParse(item);
  return parsed.success ? parsed.data : undefined;
}
