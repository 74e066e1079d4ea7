import { DefineFunction, Schema } from "deno-slack-sdk";
import { alertGrantParameter, interactivityParameter } from "../step_parameters.ts";

/**
 * Posts a scrubbed debug report to a channel or only to the requester, records it for the purge
 * job and the audit trail, and outputs where it went. Usable alone as a Workflow Builder step:
 * it scrubs every text it is given again before posting.
 */
export const PostDebugReportFunction = DefineFunction({
  callback_id: "post_debug_report",
  title: "Post a scrubbed debug report",
  description:
    "Posts a log excerpt as a report, with its log insights at the top when given (secrets and personal data masked again, expiry shown), to a channel or only to the requester, and records it for purging.",
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
      interactivity: interactivityParameter,
      alert_grant: alertGrantParameter,
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
        title: "Lines shown",
        description: "How many log lines the excerpt holds (a multi-line entry is one line)",
        minimum: 0,
      },
      truncated: {
        type: Schema.types.boolean,
        title: "Truncated",
        description: "True when the excerpt is incomplete (a limit stopped the read)",
      },
      lines_read: {
        type: Schema.types.integer,
        title: "Lines read",
        description: "Optional, from fetch_logs: how many log lines the source returned",
        minimum: 0,
      },
      lines_out_of_window: {
        type: Schema.types.integer,
        title: "Lines outside the window",
        description: "Optional, from fetch_logs: lines returned from outside the window",
        minimum: 0,
      },
      lines_repeated: {
        type: Schema.types.integer,
        title: "Lines repeated",
        description: "Optional, from fetch_logs: lines the source's paging returned twice",
        minimum: 0,
      },
      lines_matched: {
        type: Schema.types.integer,
        title: "Lines matching",
        description:
          "Optional, from fetch_logs (with lines_read): lines in the window matching the filter",
        minimum: 0,
      },
      filtered: {
        type: Schema.types.boolean,
        title: "Filtered",
        description: "Optional, from fetch_logs: true when a filter was applied",
      },
      read_stopped_by: {
        type: Schema.types.string,
        title: "Read stopped by",
        description:
          "Optional, from fetch_logs: why the read stopped before the start of the window",
      },
      partial_result: {
        type: Schema.types.boolean,
        title: "Partial result",
        description: "Optional, from fetch_logs: true when the source said its answer is partial",
      },
      masked_counts: {
        type: Schema.types.string,
        title: "Masking counts (JSON)",
        description: 'What was masked already, as JSON: {"email": 3}',
      },
      insights: {
        type: Schema.types.string,
        title: "Log insights (JSON)",
        description:
          "Optional, from fetch_logs: counts by level, lines per minute and the top patterns, shown above the excerpt (scrubbed again and checked before use)",
      },
      excerpt_mode: {
        type: Schema.types.string,
        title: "Excerpt shows",
        description:
          'Optional, from fetch_logs: "newest" (the default) or "patterns" (one example line per pattern, errors first)',
        enum: ["newest", "patterns"],
      },
      keep_minutes: {
        type: Schema.types.string,
        title: "Keep for (minutes)",
        description:
          'Optional: how many minutes the report stays before it is purged, e.g. "60"; empty: the team\'s default (REPORT_TTL_MINUTES); never longer than REPORT_MAX_TTL_MINUTES',
      },
      report_buttons: {
        type: Schema.types.boolean,
        title: "Purge now / Extend buttons",
        description:
          "Optional: true puts Purge now and Extend buttons on a channel report. Slack sends clicks only to a step that is still open, so the step then stays open until the report is purged, and its outputs (and any later step) wait until then. Leave it false when later steps need the outputs; the report is still purged at its deadline.",
      },
      source: {
        type: Schema.types.string,
        title: "Log source",
        description: "Optional: the log source read, shown in the report",
      },
      filter: {
        type: Schema.types.string,
        title: "Filter",
        description:
          "Optional: the filter used; never shown, and stored only as an HMAC keyed with AUDIT_HASH_KEY (not at all without the key)",
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
