import { Manifest } from "deno-slack-sdk";
import teamSources from "./config/sources.ts";
import { outgoingDomains } from "./core/sources/mod.ts";
import { DATASTORES } from "./datastores/mod.ts";
import {
  LOCAL_SAMPLE_FLAG,
  SAMPLE_LOGS_HOST,
  withSampleSource,
} from "./devkit/sample_logs/source.ts";
import { DebugAuditFunction } from "./functions/debug_audit/definition.ts";
import { FetchLogsFunction } from "./functions/fetch_logs/definition.ts";
import { ManageAccessFunction } from "./functions/manage_access/definition.ts";
import { MyDebugReportsFunction } from "./functions/my_reports/definition.ts";
import { PostDebugReportFunction } from "./functions/post_debug_report/definition.ts";
import { PurgeReportsFunction } from "./functions/purge_reports/definition.ts";
import { ScrubTextFunction } from "./functions/scrub_text/definition.ts";
import { VerifyAlertFunction } from "./functions/verify_alert/definition.ts";
import { DebugFromAlertWorkflow } from "./workflows/debug_from_alert.ts";
import { DebugAuditWorkflow } from "./workflows/debug_audit.ts";
import { defineDebugProductionWorkflow } from "./workflows/debug_production.ts";
import { ManageDebugAccessWorkflow } from "./workflows/manage_debug_access.ts";
import { MyDebugReportsWorkflow } from "./workflows/my_debug_reports.ts";
import { PurgeExpiredReportsWorkflow } from "./workflows/purge_expired_reports.ts";

/** Slack's limit on a manifest's outgoing domains. */
const MAX_OUTGOING_DOMAINS = 10;

/**
 * True under `SAFE_DEBUG_LOCAL_SAMPLE=1 slack run` only (the CLI's manifest hook runs with
 * --allow-env). Without env access, or with any other value, this is a deployed manifest.
 */
function localSampleRun(): boolean {
  try {
    return Deno.env.get(LOCAL_SAMPLE_FLAG) === "1";
  } catch {
    return false;
  }
}

/**
 * The sources the app reads: the team's (config/sources.ts), and for a local run with the flag
 * the sample log service too, whose loopback host `slack run` must then allow (its runtime lets
 * a function reach only the outgoing domains and Slack's hosts). A deployed manifest never names
 * a loopback host: outgoingDomains leaves them out.
 */
const localSample = localSampleRun();
const sources = localSample ? withSampleSource(teamSources) : teamSources;
const domains = sources ? outgoingDomains(sources) : [];
if (localSample) {
  if (domains.length >= MAX_OUTGOING_DOMAINS) {
    throw new Error(
      `${LOCAL_SAMPLE_FLAG}=1 needs one outgoing domain for the sample log service ` +
        `(${SAMPLE_LOGS_HOST}), but config/sources.ts already allows Slack's ` +
        `${MAX_OUTGOING_DOMAINS}. Run without the flag, or allow one host fewer.`,
    );
  }
  domains.push(SAMPLE_LOGS_HOST);
}

/**
 * Safe Debug. The webhook-started workflow (workflows/debug_from_alert.ts) authenticates each
 * alert in its first step (functions/verify_alert) before anything is fetched.
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
  functions: [
    FetchLogsFunction,
    ScrubTextFunction,
    PostDebugReportFunction,
    PurgeReportsFunction,
    VerifyAlertFunction,
    // Admins only (checked on every run): roles, and the audit view.
    ManageAccessFunction,
    DebugAuditFunction,
    // Anyone's own reports, with Purge now and Extend (checked again on every click).
    MyDebugReportsFunction,
  ],
  workflows: [
    defineDebugProductionWorkflow(sources),
    PurgeExpiredReportsWorkflow,
    DebugFromAlertWorkflow,
    // Link-triggered, for admins: "Manage debug access" and "Debug audit".
    ManageDebugAccessWorkflow,
    DebugAuditWorkflow,
    // Link-triggered, for anyone: "My debug reports".
    MyDebugReportsWorkflow,
  ],
  datastores: DATASTORES,
  // The log sources' hosts; the sample service's loopback host for a local run only.
  outgoingDomains: domains,
  botScopes: [
    // chat.postMessage / chat.postEphemeral for reports, chat.delete when a report is purged;
    // chat.postEphemeral for the admin workflows' results.
    // Not chat:write.public: the bot posts only in channels it was invited to (the allowed
    // debug channels), so it cannot be pointed at an arbitrary public channel.
    "chat:write",
    // apps.datastore.put/delete: debug_sessions (what to purge, when), audit_events, and roles
    // (Manage debug access grants, changes and revokes them).
    "datastore:write",
    // apps.datastore.query/get: the purge reads debug_sessions to find expired reports; every
    // fetch and report reads its requester's item of roles; Manage debug access lists roles and
    // Debug audit reads audit_events.
    "datastore:read",
    // workflows.triggers.create/delete: each report's one-off trigger that purges it at its
    // deadline, created by post_debug_report and deleted by the purge once it has fired.
    "triggers:write",
    // conversations.members: a channel report goes only to a channel its requester is a member
    // of (fetch_logs and post_debug_report check before anything is read or posted); channels:
    // for public channels, groups: for private ones.
    "channels:read",
    "groups:read",
    // usergroups.users.list: a role may come from membership of a user group named in
    // USERGROUP_ROLES; read only when a person's own grant is not enough, once per run.
    "usergroups:read",
    // conversations.history (one message, the report's own ts): Extend from "My debug reports"
    // reads the app's report back to rewrite its expiry line. channels: for public channels,
    // groups: for private ones.
    "channels:history",
    "groups:history",
  ],
});
