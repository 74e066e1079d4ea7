import { DefineFunction, Schema } from "deno-slack-sdk";
import { alertGrantParameter, interactivityParameter } from "../step_parameters.ts";

/**
 * Reads a service's logs for a time window from a configured source and scrubs them
 * before anything leaves the function: no output ever holds raw log text. The filter is applied
 * here, to the scrubbed lines, and never sent to the source. Every run is audited and a person's
 * fetches are rate-limited.
 */
export const FetchLogsFunction = DefineFunction({
  callback_id: "fetch_logs",
  title: "Fetch scrubbed logs",
  description:
    "Reads a service's production logs for a time window and masks secrets and personal data before returning them. Every fetch is audited; each person may fetch a limited number of times per minute.",
  source_file: "functions/fetch_logs/handler.ts",
  input_parameters: {
    properties: {
      service: {
        type: Schema.types.string,
        title: "Service",
        description: "Service name as the log source knows it, e.g. checkout",
      },
      environment: {
        type: Schema.types.string,
        title: "Environment",
        description: "e.g. production or staging",
      },
      window: {
        type: Schema.types.string,
        title: "Time window",
        description: 'Relative ("15m", "2h", "1d") or absolute ("<ISO start>/<ISO end>")',
      },
      user_id: {
        type: Schema.slack.types.user_id,
        title: "Requester",
        description:
          "The person asking: recorded in the audit trail, and whose fetches are rate-limited",
      },
      filter: {
        type: Schema.types.string,
        title: "Filter",
        description:
          "Optional text the lines must contain, ignoring case, e.g. timeout. Matched against the masked lines (a masked value cannot be searched for), so only the lines read within the line limit are searched",
      },
      max_lines: {
        type: Schema.types.integer,
        title: "Line limit",
        description: "Optional: at most this many log lines (the source's cap still applies)",
        minimum: 1,
        maximum: 5000,
      },
      source: {
        type: Schema.types.string,
        title: "Log source",
        description: "Optional: a configured source name; the default source when empty",
      },
      delivery: {
        type: Schema.types.string,
        title: "Delivery",
        description:
          'Optional: where the report will go, "ephemeral" or "channel". For "channel", nothing is read unless the channel is one where reports may be posted',
        enum: ["ephemeral", "channel"],
      },
      channel_id: {
        type: Schema.slack.types.channel_id,
        title: "Channel",
        description: 'The channel the report will be posted to; needed for delivery "channel"',
      },
      interactivity: interactivityParameter,
      alert_grant: alertGrantParameter,
      compare_previous: {
        type: Schema.types.boolean,
        title: "Mark what is new",
        description:
          "Optional: also read the window of the same length just before (within the same time budget) and mark the patterns that are new in this window or rose sharply",
      },
      excerpt_mode: {
        type: Schema.types.string,
        title: "Excerpt shows",
        description:
          'Optional: "newest" (the newest lines, the default) or "patterns" (one example line per pattern, errors first)',
        enum: ["newest", "patterns"],
      },
    },
    required: ["service", "environment", "window", "user_id"],
  },
  output_parameters: {
    properties: {
      excerpt: {
        type: Schema.types.array,
        items: { type: Schema.types.string },
        title: "Scrubbed excerpt",
        description: "The scrubbed log lines, in chunks that fit a Slack message block",
      },
      line_count: {
        type: Schema.types.integer,
        title: "Lines shown",
        description: "How many log lines the excerpt shows (a multi-line entry is one line)",
      },
      lines_read: {
        type: Schema.types.integer,
        title: "Lines read",
        description: "How many log lines the source returned",
      },
      lines_out_of_window: {
        type: Schema.types.integer,
        title: "Lines outside the window",
        description: "Lines the source returned from outside the window: dropped",
      },
      lines_repeated: {
        type: Schema.types.integer,
        title: "Lines repeated",
        description: "Lines the source's paging returned twice: dropped (each line shows once)",
      },
      lines_matched: {
        type: Schema.types.integer,
        title: "Lines matching",
        description:
          "Lines in the window matching the filter (all of them without one); those not shown were left out to fit Slack",
      },
      filtered: {
        type: Schema.types.boolean,
        title: "Filtered",
        description: "True when a filter was applied",
      },
      read_stopped_by: {
        type: Schema.types.string,
        title: "Read stopped by",
        description:
          'Why the read stopped before the start of the window (older lines were not read): "line_limit", "byte_limit", "time_limit", "page_limit", "repeated_page" or "limit"; empty when the whole window was read',
      },
      partial_result: {
        type: Schema.types.boolean,
        title: "Partial result",
        description: "True when the source said its answer is partial",
      },
      truncated: {
        type: Schema.types.boolean,
        title: "Truncated",
        description:
          'True when lines of the window that match are missing: the read stopped early, the answer was partial, or lines were left out to fit Slack (for excerpt "patterns": patterns left without an example)',
      },
      masked_counts: {
        type: Schema.types.string,
        title: "Masking counts (JSON)",
        description:
          'How many values of each kind were masked in the lines read (shown or not), as JSON: {"email-address": 3}',
      },
      masked_summary: {
        type: Schema.types.string,
        title: "Masking summary",
        description:
          'What was masked in the lines read, for people: "3 email addresses, 1 AWS access key ID masked"',
      },
      window_start: {
        type: Schema.types.string,
        title: "Window start",
        description: "Start of the window read (ISO 8601, UTC)",
      },
      window_end: {
        type: Schema.types.string,
        title: "Window end",
        description: "End of the window read (ISO 8601, UTC)",
      },
      source: {
        type: Schema.types.string,
        title: "Log source",
        description: "The name of the source that was read",
      },
      insights: {
        type: Schema.types.string,
        title: "Log insights (JSON)",
        description:
          "Counts by level, lines per minute and the top patterns of the lines that match the filter, built from the masked lines, as JSON for the report step",
      },
      excerpt_mode: {
        type: Schema.types.string,
        title: "Excerpt shows",
        description: '"newest" or "patterns": what the excerpt holds',
      },
    },
    required: [
      "excerpt",
      "line_count",
      "lines_read",
      "lines_out_of_window",
      "lines_repeated",
      "lines_matched",
      "filtered",
      "read_stopped_by",
      "partial_result",
      "truncated",
      "masked_counts",
      "masked_summary",
      "window_start",
      "window_end",
      "source",
      "insights",
      "excerpt_mode",
    ],
  },
});
