import { DefineFunction, Schema } from "deno-slack-sdk";

/**
 * Reads a service's logs for a time window from a configured source and scrubs them
 * before anything leaves the function: no output ever holds raw log text.
 */
export const FetchLogsFunction = DefineFunction({
  callback_id: "fetch_logs",
  title: "Fetch scrubbed logs",
  description:
    "Reads a service's production logs for a time window and masks secrets and personal data before returning them.",
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
      filter: {
        type: Schema.types.string,
        title: "Filter",
        description: "Optional text the log lines must contain, e.g. timeout",
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
    },
    required: ["service", "environment", "window"],
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
        title: "Line count",
        description: "How many log lines the excerpt shows",
      },
      truncated: {
        type: Schema.types.boolean,
        title: "Truncated",
        description: "True when a line, size or time limit cut the excerpt short",
      },
      masked_counts: {
        type: Schema.types.string,
        title: "Masking counts (JSON)",
        description: 'How many values of each kind were masked, as JSON: {"email": 3}',
      },
      masked_summary: {
        type: Schema.types.string,
        title: "Masking summary",
        description: 'What was masked, for people: "3 emails, 1 AWS access key ID masked"',
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
    },
    required: [
      "excerpt",
      "line_count",
      "truncated",
      "masked_counts",
      "masked_summary",
      "window_start",
      "window_end",
      "source",
    ],
  },
});
