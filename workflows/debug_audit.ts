import { DefineWorkflow, Schema } from "deno-slack-sdk";
import { DebugAuditFunction } from "../functions/debug_audit/definition.ts";
import { AUDIT_OUTCOMES } from "../functions/debug_audit/outcomes.ts";

/**
 * "Debug audit", started from its link trigger: a form asks for the filters, and debug_audit
 * shows the latest matching events to the person who submitted it (Slack's interactivity), if
 * they are an admin for every service.
 */
export const DebugAuditWorkflow = DefineWorkflow({
  callback_id: "debug_audit",
  title: "Debug audit",
  description: "The latest Safe Debug audit events, shown to an admin only",
  input_parameters: {
    properties: {
      interactivity: { type: Schema.slack.types.interactivity },
      channel_id: { type: Schema.slack.types.channel_id },
    },
    required: ["interactivity", "channel_id"],
  },
});

const form = DebugAuditWorkflow.addStep(Schema.slack.functions.OpenForm, {
  title: "Debug audit",
  submit_label: "Show",
  description: "Only admins for every service may read the audit. Leave a filter empty for all.",
  interactivity: DebugAuditWorkflow.inputs.interactivity,
  fields: {
    elements: [
      {
        name: "user",
        title: "Person",
        type: Schema.slack.types.user_id,
        description: "Only this person's events",
      },
      {
        name: "service",
        title: "Service",
        type: Schema.types.string,
        description: "Only this service's events (its exact name)",
      },
      {
        name: "outcome",
        title: "Outcome",
        type: Schema.types.string,
        enum: [...AUDIT_OUTCOMES],
        choices: [
          { value: "success", title: "Success" },
          { value: "failure", title: "Failure" },
          { value: "refused", title: "Refused" },
          { value: "started", title: "Started, never finished" },
        ],
      },
    ],
    required: [],
  },
});

DebugAuditWorkflow.addStep(DebugAuditFunction, {
  // Slack's record of who submitted the form: the only identity debug_audit trusts.
  interactivity: form.outputs.interactivity,
  channel_id: DebugAuditWorkflow.inputs.channel_id,
  user: form.outputs.fields.user,
  service: form.outputs.fields.service,
  outcome: form.outputs.fields.outcome,
});
