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
  source: z.optional(z.string().check(z.maxLength(4000))),
  window_start: epochSeconds,
  window_end: epochSeconds,
  query_hash: z.optional(z.string().check(z.maxLength(200))),
  masked_counts: z.optional(z.string().check(z.maxLength(4000))),
  created_at: epochSeconds,
  expires_at: epochSeconds,
  status: z.enum(["active", "purging", "purged", "closed", "purge_failed", "manual_delete"]),
  purge_after: epochSeconds,
  trigger_id: z.optional(z.string().check(z.maxLength(100))),
  purge_run: z.optional(z.string().check(z.maxLength(100))),
  purge_claimed_at: z.optional(epochSeconds),
  message_deleted: z.optional(z.boolean()),
  tombstone_state: z.optional(z.enum(["", "posting", "posted"])),
  tombstone_ts: z.optional(z.string().check(z.maxLength(40))),
  purged_at: z.optional(epochSeconds),
  attempts: z.optional(z.number().check(z.integer(), z.nonnegative(), z.lte(1_000_000))),
  last_error: z.optional(z.string().check(z.maxLength(100))),
  execution_id: z.optional(z.string().check(z.maxLength(100))),
});

/** A session record with every purge field present. */
export type PurgeSession = Required<DebugSession>;

/**
 * What each field a record may lack holds in a record saved before the field existed (as
 * z._default filled them in, which adds 0.9 KB of zod to a bundle).
 */
const PURGE_DEFAULTS: Readonly<Record<string, unknown>> = {
  source: "",
  query_hash: "",
  masked_counts: "{}",
  trigger_id: "",
  purge_run: "",
  purge_claimed_at: 0,
  message_deleted: false,
  tombstone_state: "",
  tombstone_ts: "",
  purged_at: 0,
  attempts: 0,
  last_error: "",
  execution_id: "",
};

/** The item as a session, or undefined when it is not one the purge can act on. */
export function readSessionItem(item: Record<string, unknown>): PurgeSession | undefined {
  const parsed = SessionItemSchema.safeParse(item);
  if (!parsed.success) return undefined;
  const read: Record<string, unknown> = parsed.data;
  // Every field, in the schema's order, a missing one as its default.
  return Object.fromEntries(
    Object.keys(SessionItemSchema.shape).map((key) => [key, read[key] ?? PURGE_DEFAULTS[key]]),
  ) as PurgeSession;
}
