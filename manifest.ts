import { Manifest } from "deno-slack-sdk";
import sourcesConfig from "./config/sources.ts";
import { outgoingDomains } from "./core/sources/mod.ts";
import { DATASTORES } from "./datastores/mod.ts";
import { FetchLogsFunction } from "./functions/fetch_logs/definition.ts";
import { PostDebugReportFunction } from "./functions/post_debug_report/definition.ts";
import { ScrubTextFunction } from "./functions/scrub_text/definition.ts";
import { DebugProductionWorkflow } from "./workflows/debug_production.ts";

/**
 * Safe Debug. The webhook-started workflow (workflows/debug_from_alert.ts) is deliberately
 * absent until its trigger is authenticated.
 */
export default Manifest({
  name: "Safe Debug",
  description:
    "Read a service's production logs from Slack with secrets and personal data masked; reports expire.",
  longDescription:
    "Safe Debug fetches a service's logs for a time window, masks credentials and personal data " +
    "before anything leaves the function, posts a report only to allowed channels or to the " +
    "requester alone, and records it so it can be purged at its deadline.",
  icon: "assets/icon.png",
  functions: [FetchLogsFunction, ScrubTextFunction, PostDebugReportFunction],
  workflows: [DebugProductionWorkflow],
  datastores: DATASTORES,
  // The log sources' hosts (loopback sample service left out); Slack allows at most 10.
  outgoingDomains: outgoingDomains(sourcesConfig),
  botScopes: [
    // chat.postMessage / chat.postEphemeral for reports, chat.delete when a report is purged.
    // Not chat:write.public: the bot posts only in channels it was invited to (the allowed
    // debug channels), so it cannot be pointed at an arbitrary public channel.
    "chat:write",
    // apps.datastore.put: debug_sessions (what to purge, when) and audit_events.
    "datastore:write",
    // apps.datastore.query/get: the purge reads debug_sessions to find expired reports.
    "datastore:read",
  ],
});
