/**
 * Datastore of roles: who may read which services' logs (functions/access). One item per
 * person; no TTL: a grant lasts until an admin changes or revokes it.
 */
import { DefineDatastore, Schema } from "deno-slack-sdk";
import { ROLES_DATASTORE } from "./role_records.ts";

export default DefineDatastore({
  name: ROLES_DATASTORE,
  primary_key: "user_id",
  attributes: {
    user_id: { type: Schema.types.string },
    role: { type: Schema.types.string },
    scopes: { type: Schema.types.array, items: { type: Schema.types.string } },
    granted_by: { type: Schema.types.string },
    granted_at: { type: Schema.slack.types.timestamp },
  },
});
