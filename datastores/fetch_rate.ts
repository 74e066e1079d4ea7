/**
 * Datastore of each person's recent fetch_logs runs: one item per requester holding the start
 * times of their fetches in the last minute (fetch_logs' per-person rate limit reads and writes
 * it, one item per fetch, whatever the size of the audit trail). The TTL only collects the items
 * of people who stopped fetching; the limit checks the times itself.
 */
import { DefineDatastore, Schema } from "deno-slack-sdk";
import { FETCH_RATE } from "./records.ts";

export default DefineDatastore({
  name: FETCH_RATE,
  primary_key: "user_id",
  attributes: {
    user_id: { type: Schema.types.string },
    // Epoch seconds, at most FETCH_RATE_PER_MINUTE of them (1000 at most).
    started_at: { type: Schema.types.array, items: { type: Schema.types.integer } },
    expires_at: { type: Schema.slack.types.timestamp },
  },
  time_to_live_attribute: "expires_at",
});
