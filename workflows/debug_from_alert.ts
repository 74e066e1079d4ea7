import { DefineWorkflow, Schema } from "deno-slack-sdk";
import { FetchLogsFunction } from "../functions/fetch_logs/definition.ts";
import { PostDebugReportFunction } from "../functions/post_debug_report/definition.ts";
import { fetchedLogsToReport } from "./fetched_logs_to_report.ts";
import { VerifyAlertFunction } from "../functions/verify_alert/definition.ts";

const text = (description: string) => ({ type: Schema.types.string, description });

/**
 * The webhook-started variant for alerting systems: the alert names the service, the window
 * and the channel, and the report is posted there for the paged on-call engineer.
 *
 * A webhook trigger passes the JSON body's fields and nothing else, and anyone holding its URL
 * can POST to it, so the first step (verify_alert) authenticates the body: signature or API key,
 * timestamp, single-use nonce, the webhook's services, an allowed channel. The later steps read
 * only its outputs, never the raw inputs, and do not run when it refuses. No input is required
 * here, so a body missing a field is refused (and audited) by verify_alert, not by the platform.
 */
export const DebugFromAlertWorkflow = DefineWorkflow({
  callback_id: "debug_from_alert",
  title: "Debug from alert",
  description: "Post a scrubbed log excerpt to a channel when an authenticated alert fires",
  input_parameters: {
    properties: {
      service: text("Service that alerted"),
      environment: text("e.g. production"),
      window: text('e.g. "15m"'),
      filter: text("Optional text lines must contain"),
      channel_id: text("Where to post: an allowed debug channel's id"),
      on_call_user_id: text("The paged engineer's user id, shown as the requester"),
      timestamp: text("When the alert was signed, in epoch seconds"),
      nonce: text("A random value used once"),
      signature: text("v1= and the hex HMAC-SHA256 of the canonical string"),
      api_key: text("For senders that cannot sign, when the webhook allows it"),
    },
    required: [],
  },
});

const inputs = DebugFromAlertWorkflow.inputs;

const alert = DebugFromAlertWorkflow.addStep(VerifyAlertFunction, {
  timestamp: inputs.timestamp,
  nonce: inputs.nonce,
  service: inputs.service,
  environment: inputs.environment,
  window: inputs.window,
  filter: inputs.filter,
  channel_id: inputs.channel_id,
  on_call_user_id: inputs.on_call_user_id,
  signature: inputs.signature,
  api_key: inputs.api_key,
});

const logs = DebugFromAlertWorkflow.addStep(FetchLogsFunction, {
  service: alert.outputs.service,
  environment: alert.outputs.environment,
  window: alert.outputs.window,
  user_id: alert.outputs.user_id,
  // verify_alert's proof: the on-call user needs no role for an authenticated alert.
  alert_grant: alert.outputs.alert_grant,
  filter: alert.outputs.filter,
  delivery: "channel",
  channel_id: alert.outputs.channel_id,
});

DebugFromAlertWorkflow.addStep(PostDebugReportFunction, {
  channel_id: alert.outputs.channel_id,
  user_id: alert.outputs.user_id,
  alert_grant: alert.outputs.alert_grant,
  delivery: "channel",
  service: alert.outputs.service,
  environment: alert.outputs.environment,
  ...fetchedLogsToReport(logs.outputs),
  filter: alert.outputs.filter,
  // Purge now / Extend on the report: this is the last step, so keeping it open (until the
  // report is purged) holds up nothing; the on-call user is the requester.
  report_buttons: true,
});
