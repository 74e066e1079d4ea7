import { DefineFunction, Schema } from "deno-slack-sdk";

/**
 * Purges debug reports whose deadline has passed: deletes each channel report, posts a one-line
 * tombstone in its place, closes the session record and audits it; ephemeral reports (which Slack
 * cannot delete) are closed without a tombstone. With a session id (its one-off trigger at the
 * deadline) it purges that report; without one (the hourly sweep) every report that is due.
 */
export const PurgeReportsFunction = DefineFunction({
  callback_id: "purge_reports",
  title: "Purge expired debug reports",
  description:
    "Deletes debug reports whose deadline has passed and leaves a one-line note in their place.",
  source_file: "functions/purge_reports/handler.ts",
  input_parameters: {
    properties: {
      session_id: {
        type: Schema.types.string,
        title: "Session id",
        description:
          "Optional: the debug_sessions record to purge (its one-off trigger passes it); without it, every report that is due",
      },
    },
    required: [],
  },
  output_parameters: {
    properties: {
      purged: {
        type: Schema.types.integer,
        title: "Purged",
        description: "Channel reports deleted in this run",
      },
      closed: {
        type: Schema.types.integer,
        title: "Closed",
        description: "Ephemeral reports closed in this run (Slack cannot delete them)",
      },
      failed: {
        type: Schema.types.integer,
        title: "Failed",
        description: "Reports that could not be purged in this run (retried by the next sweep)",
      },
      left: {
        type: Schema.types.integer,
        title: "Left for the next run",
        description: "Due reports this run had no time for",
      },
    },
    required: ["purged", "closed", "failed", "left"],
  },
});
