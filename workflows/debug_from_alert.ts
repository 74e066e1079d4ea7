import { DefineWorkflow, Schema } from "deno-slack-sdk";
import { FetchLogsFunction } from "../functions/fetch_logs/definition.ts";
import { PostDebugReportFunction } from "../functions/post_debug_report/definition.ts";

/**
 * The webhook-started variant for alerting systems: the alert names the service, the window
 * and the channel, and the report is posted there for the paged on-call engineer.
 *
 * NOT exported in the manifest until the webhook trigger is authenticated (a separate
 * issue): anyone holding the webhook URL could otherwise post log excerpts to the channel.
 */
export const DebugFromAlertWorkflow = DefineWorkflow({
  callback_id: "debug_from_alert",
  title: "Debug from alert",
  description: "Post a scrubbed log excerpt to a channel when an alert fires",
  input_parameters: {
    properties: {
      service: { type: Schema.types.string, description: "Service that alerted" },
      environment: { type: Schema.types.string, description: "e.g. production" },
      window: { type: Schema.types.string, description: 'e.g. "15m"' },
      filter: { type: Schema.types.string, description: "Optional text lines must contain" },
      channel_id: { type: Schema.slack.types.channel_id, description: "Where to post" },
      on_call_user_id: {
        type: Schema.slack.types.user_id,
        description: "The paged engineer, shown as the requester",
      },
    },
    required: ["service", "environment", "window", "channel_id", "on_call_user_id"],
  },
});

const logs = DebugFromAlertWorkflow.addStep(FetchLogsFunction, {
  service: DebugFromAlertWorkflow.inputs.service,
  environment: DebugFromAlertWorkflow.inputs.environment,
  window: DebugFromAlertWorkflow.inputs.window,
  user_id: DebugFromAlertWorkflow.inputs.on_call_user_id,
  filter: DebugFromAlertWorkflow.inputs.filter,
  delivery: "channel",
  channel_id: DebugFromAlertWorkflow.inputs.channel_id,
});

DebugFromAlertWorkflow.addStep(PostDebugReportFunction, {
  channel_id: DebugFromAlertWorkflow.inputs.channel_id,
  user_id: DebugFromAlertWorkflow.inputs.on_call_user_id,
  delivery: "channel",
  service: DebugFromAlertWorkflow.inputs.service,
  environment: DebugFromAlertWorkflow.inputs.environment,
  window_start: logs.outputs.window_start,
  window_end: logs.outputs.window_end,
  excerpt: logs.outputs.excerpt,
  line_count: logs.outputs.line_count,
  lines_read: logs.outputs.lines_read,
  lines_out_of_window: logs.outputs.lines_out_of_window,
  lines_repeated: logs.outputs.lines_repeated,
  lines_matched: logs.outputs.lines_matched,
  filtered: logs.outputs.filtered,
  read_stopped_by: logs.outputs.read_stopped_by,
  partial_result: logs.outputs.partial_result,
  truncated: logs.outputs.truncated,
  masked_counts: logs.outputs.masked_counts,
  insights: logs.outputs.insights,
  excerpt_mode: logs.outputs.excerpt_mode,
  source: logs.outputs.source,
  filter: DebugFromAlertWorkflow.inputs.filter,
});
