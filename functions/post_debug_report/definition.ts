import { DefineFunction, Schema } from "deno-slack-sdk";

/**
 * Posts a scrubbed debug report to a channel or only to the requester, records it for the purge
 * job and the audit trail, and outputs where it went. Usable alone as a Workflow Builder step:
 * it scrubs every text it is given again before posting.
 */
export const PostDebugReportFunction = DefineFunction({
  callback_id: "post_debug_report",
  title: "Post a scrubbed debug report",
  description:
    "Posts a log excerpt as a report (secrets and personal data masked again, expiry shown) to a channel or only to the requester, and records it for purging.",
  source_file: "functions/post_debug_report/handler.ts",
  input_parameters: {
    properties: {
      channel_id: {
        type: Schema.slack.types.channel_id,
        title: "Channel",
        description: "Where the report goes (for ephemeral delivery: where the requester sees it)",
      },
      user_id: {
        type: Schema.slack.types.user_id,
        title: "Requester",
        description: "The person who asked for the report; mentioned in it",
      },
      delivery: {
        type: Schema.types.string,
        title: "Delivery",
        description:
          '"ephemeral" (only the requester sees it) or "channel" (allowed channels only)',
        enum: ["ephemeral", "channel"],
        default: "ephemeral",
      },
      service: { type: Schema.types.string, title: "Service", description: "e.g. checkout" },
      environment: {
        type: Schema.types.string,
        title: "Environment",
        description: "e.g. production",
      },
      window_start: {
        type: Schema.types.string,
        title: "Window start",
        description: "Start of the window read (ISO 8601)",
      },
      window_end: {
        type: Schema.types.string,
        title: "Window end",
        description: "End of the window read (ISO 8601)",
      },
      excerpt: {
        type: Schema.types.array,
        items: { type: Schema.types.string },
        title: "Excerpt",
        description: "The scrubbed log excerpt, in chunks (at most 40)",
      },
      line_count: {
        type: Schema.types.integer,
        title: "Line count",
        description: "How many log lines the excerpt holds",
        minimum: 0,
      },
      truncated: {
        type: Schema.types.boolean,
        title: "Truncated",
        description: "True when the excerpt is incomplete (a limit stopped the read)",
      },
      masked_counts: {
        type: Schema.types.string,
        title: "Masking counts (JSON)",
        description: 'What was masked already, as JSON: {"email": 3}',
      },
      source: {
        type: Schema.types.string,
        title: "Log source",
        description: "Optional: the log source read, shown in the report",
      },
      filter: {
        type: Schema.types.string,
        title: "Filter",
        description: "Optional: the filter used; only its SHA-256 hash is stored, never shown",
      },
    },
    required: [
      "channel_id",
      "user_id",
      "delivery",
      "service",
      "environment",
      "window_start",
      "window_end",
      "excerpt",
      "line_count",
      "truncated",
      "masked_counts",
    ],
  },
  output_parameters: {
    properties: {
      message_ts: {
        type: Schema.types.string,
        title: "Message timestamp",
        description: "The posted message's ts (for ephemeral delivery, Slack's ephemeral ts)",
      },
      session_id: {
        type: Schema.types.string,
        title: "Session id",
        description: "The debug_sessions record of this report",
      },
      expires_at: {
        type: Schema.slack.types.timestamp,
        title: "Expires at",
        description: "When the report is purged (epoch seconds)",
      },
    },
    required: ["message_ts", "session_id", "expires_at"],
  },
});
