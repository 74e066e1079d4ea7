/**
 * Datastore of audit events. `actor` and `channel` are plain strings, not Slack-typed ids, so a
 * refused request with a malformed id can still be recorded (as "invalid").
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
  },
});
