/**
 * Datastore of the nonces authenticated alerts used (functions/verify_alert): a nonce seen here
 * refuses the request that brings it again. Items expire after the timestamp window and then
 * some (webhook_nonce_records.ts); a replay after that is refused by its stale timestamp.
 */
import { DefineDatastore, Schema } from "deno-slack-sdk";
import { WEBHOOK_NONCES } from "./webhook_nonce_records.ts";

export default DefineDatastore({
  name: WEBHOOK_NONCES,
  primary_key: "nonce",
  attributes: {
    nonce: { type: Schema.types.string },
    service: { type: Schema.types.string },
    seen_at: { type: Schema.slack.types.timestamp },
    expires_at: { type: Schema.slack.types.timestamp },
  },
  time_to_live_attribute: "expires_at",
});
