import { DefineFunction, Schema } from "deno-slack-sdk";

const text = (title: string, description: string) => ({
  type: Schema.types.string,
  title,
  description,
});

/**
 * Authenticates an alert before anything is fetched: the first step of "Debug from alert". Its
 * inputs are the webhook body's fields as sent (none required, so a request missing one is
 * refused and audited here rather than by the platform); its outputs, checked, feed the steps
 * after it.
 */
export const VerifyAlertFunction = DefineFunction({
  callback_id: "verify_alert",
  title: "Verify an alert",
  description:
    "Checks an alert's signature (or API key), timestamp, nonce, service and channel before anything is fetched",
  source_file: "functions/verify_alert/handler.ts",
  input_parameters: {
    properties: {
      timestamp: text("Timestamp", "When the alert was signed, in epoch seconds"),
      nonce: text("Nonce", "A value used once: 16 to 64 of A-Z a-z 0-9 _ -"),
      service: text("Service", "Service that alerted"),
      environment: text("Environment", "e.g. production"),
      window: text("Time window", 'e.g. "15m"'),
      filter: text("Filter", "Optional text lines must contain"),
      channel_id: text("Channel", "Where to post: an allowed debug channel's id"),
      on_call_user_id: text("On-call user", "The paged engineer's user id"),
      signature: text("Signature", "v1= and the hex HMAC-SHA256 of the canonical string"),
      api_key: text("API key", "For senders that cannot sign, when the webhook allows it"),
    },
    required: [],
  },
  output_parameters: {
    properties: {
      service: text("Service", "The alert's service"),
      environment: text("Environment", "The alert's environment"),
      window: text("Time window", "The alert's window"),
      filter: text("Filter", "The alert's filter, empty when none"),
      channel_id: {
        type: Schema.slack.types.channel_id,
        title: "Channel",
        description: "The allowed channel to post to",
      },
      user_id: {
        type: Schema.slack.types.user_id,
        title: "Requester",
        description: "The on-call user named in the alert",
      },
      alert_grant: {
        type: Schema.types.string,
        title: "Alert grant",
        description: "Proof for the next steps that this alert was authenticated",
      },
    },
    required: ["service", "environment", "window", "filter", "channel_id", "user_id"],
  },
});
