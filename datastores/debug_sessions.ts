/** Datastore of posted reports: what the purge job deletes, and when. */
import { DefineDatastore, Schema } from "deno-slack-sdk";
import { DEBUG_SESSIONS } from "./records.ts";

export default DefineDatastore({
  name: DEBUG_SESSIONS,
  primary_key: "id",
  attributes: {
    id: { type: Schema.types.string },
    requester: { type: Schema.slack.types.user_id },
    channel: { type: Schema.slack.types.channel_id },
    message_ts: { type: Schema.types.string },
    delivery: { type: Schema.types.string },
    service: { type: Schema.types.string },
    environment: { type: Schema.types.string },
    source: { type: Schema.types.string },
    window_start: { type: Schema.slack.types.timestamp },
    window_end: { type: Schema.slack.types.timestamp },
    query_hash: { type: Schema.types.string },
    masked_counts: { type: Schema.types.string },
    created_at: { type: Schema.slack.types.timestamp },
    expires_at: { type: Schema.slack.types.timestamp },
    status: { type: Schema.types.string },
    purge_after: { type: Schema.slack.types.timestamp },
    trigger_id: { type: Schema.types.string },
    purge_run: { type: Schema.types.string },
    purge_claimed_at: { type: Schema.slack.types.timestamp },
    message_deleted: { type: Schema.types.boolean },
    tombstone_state: { type: Schema.types.string },
    tombstone_ts: { type: Schema.types.string },
    purged_at: { type: Schema.slack.types.timestamp },
    attempts: { type: Schema.types.integer },
    last_error: { type: Schema.types.string },
    execution_id: { type: Schema.types.string },
  },
  time_to_live_attribute: "purge_after",
});
