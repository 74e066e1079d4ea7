/**
 * Datastore of alert storms (functions/verify_alert): per channel and service, when the last
 * alert snapshot was posted and how many alerts were counted, not posted, since.
 */
import { DefineDatastore, Schema } from "deno-slack-sdk";
import { ALERT_STORMS } from "./alert_storm_records.ts";

export default DefineDatastore({
  name: ALERT_STORMS,
  primary_key: "key",
  attributes: {
    key: { type: Schema.types.string },
    last_snapshot_at: { type: Schema.slack.types.timestamp },
    suppressed: { type: Schema.types.integer },
    expires_at: { type: Schema.slack.types.timestamp },
  },
  time_to_live_attribute: "expires_at",
});
