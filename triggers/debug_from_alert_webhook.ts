import type { TriggerDefinition } from "../workflows/trigger_definition.ts";

/**
 * The webhook trigger an alerting system calls with a JSON body
 * `{"service", "environment", "window", "filter"?, "channel_id", "on_call_user_id"}`.
 * Its workflow is not in the manifest until webhook authentication lands: do not create
 * this trigger before then.
 */
const debugFromAlertWebhook: TriggerDefinition = {
  type: "webhook",
  name: "Debug from alert",
  description: "Posts a scrubbed log excerpt when an alert fires",
  workflow: "#/workflows/debug_from_alert",
  inputs: {
    service: { value: "{{data.service}}" },
    environment: { value: "{{data.environment}}" },
    window: { value: "{{data.window}}" },
    filter: { value: "{{data.filter}}" },
    channel_id: { value: "{{data.channel_id}}" },
    on_call_user_id: { value: "{{data.on_call_user_id}}" },
  },
};

export default debugFromAlertWebhook;
