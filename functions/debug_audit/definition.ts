import { DefineFunction, Schema } from "deno-slack-sdk";
import { AUDIT_OUTCOMES } from "./outcomes.ts";

/**
 * Shows the latest audit events to an admin, ephemerally, filtered by person, service or
 * outcome. Only an admin for every service (or a bootstrap admin) may; who is acting comes from
 * the form's interactivity. Events never hold log text, filter text or secrets.
 */
export const DebugAuditFunction = DefineFunction({
  callback_id: "debug_audit",
  title: "Show the debug audit",
  description:
    "Shows the latest Safe Debug audit events (who asked what, where, how it ended) to an admin only, filtered by person, service or outcome.",
  source_file: "functions/debug_audit/handler.ts",
  input_parameters: {
    properties: {
      interactivity: {
        type: Schema.slack.types.interactivity,
        title: "Form interaction",
        description: "The form's interactivity: the person who submitted it is the one acting",
      },
      channel_id: {
        type: Schema.slack.types.channel_id,
        title: "Channel",
        description: "Where the events are shown, to the admin only",
      },
      user: {
        type: Schema.slack.types.user_id,
        title: "Person",
        description: "Only this person's events",
      },
      service: {
        type: Schema.types.string,
        title: "Service",
        description: "Only this service's events (its exact name)",
      },
      outcome: {
        type: Schema.types.string,
        title: "Outcome",
        description: "Only events that ended so",
        enum: [...AUDIT_OUTCOMES],
      },
    },
    required: ["interactivity", "channel_id"],
  },
  output_parameters: {
    properties: {
      events_shown: {
        type: Schema.types.integer,
        title: "Events shown",
        description: "How many events were shown",
      },
    },
    required: ["events_shown"],
  },
});
