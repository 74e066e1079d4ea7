/**
 * Datastore of audit events: every fetch_logs and post_debug_report run, refused, failed or not.
 * `actor` and `channel` are plain strings, not Slack-typed ids, so a refused request with a
 * malformed id can still be recorded (as "invalid"). The fetch fields (service … lines_shown) are
 * set by fetch_logs only. Nothing reads this store on a run's path (the rate limit has its own,
 * fetch_rate.ts), so a long history costs no run anything.
 */
import { DefineDatastore, Schema } from "deno-slack-sdk";
import { AUDIT_EVENTS } from "./records.ts";

export default DefineDatastore({
  name: AUDIT_EVENTS,
  primary_key: "id",
  attributes: {
    id: { type: Schema.types.string },
    actor: { type: Schema.types.string },
    action: { type: Schema.types.string },
    target: { type: Schema.types.string },
    channel: { type: Schema.types.string },
    at: { type: Schema.slack.types.timestamp },
    outcome: { type: Schema.types.string },
    detail: { type: Schema.types.string },
    service: { type: Schema.types.string },
    environment: { type: Schema.types.string },
    window: { type: Schema.types.string },
    window_start: { type: Schema.slack.types.timestamp },
    window_end: { type: Schema.slack.types.timestamp },
    filter_given: { type: Schema.types.boolean },
    filter_hmac: { type: Schema.types.string },
    lines_read: { type: Schema.types.integer },
    lines_matched: { type: Schema.types.integer },
    lines_shown: { type: Schema.types.integer },
  },
});
