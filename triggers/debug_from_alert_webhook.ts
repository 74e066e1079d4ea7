import type { TriggerDefinition } from "../workflows/trigger_definition.ts";

/**
 * The webhook trigger an alerting system (or the relay, or `deno task sign-webhook`) calls with
 * a JSON body of strings:
 * `{"service", "environment", "window", "filter"?, "channel_id", "on_call_user_id", "timestamp",
 * "nonce", "signature"}` (or `"api_key"` instead of `"signature"` when ALERT_WEBHOOK_API_KEY is
 * set). The workflow's first step, verify_alert, authenticates the body before anything is read.
 */
const debugFromAlertWebhook: TriggerDefinition = {
  type: "webhook",
  name: "Debug from alert",
  description: "Posts a scrubbed log excerpt when an authenticated alert fires",
  workflow: "#/workflows/debug_from_alert",
  inputs: {
    service: { value: "{{data.service}}" },
    environment: { value: "{{data.environment}}" },
    window: { value: "{{data.window}}" },
    filter: { value: "{{data.filter}}" },
    channel_id: { value: "{{data.channel_id}}" },
    on_call_user_id: { value: "{{data.on_call_user_id}}" },
    timestamp: { value: "{{data.timestamp}}" },
    nonce: { value: "{{data.nonce}}" },
    signature: { value: "{{data.signature}}" },
    api_key: { value: "{{data.api_key}}" },
  },
};

export default debugFromAlertWebhook;
