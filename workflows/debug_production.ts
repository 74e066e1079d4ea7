import { DefineWorkflow, Schema } from "deno-slack-sdk";
import teamSources from "../config/sources.ts";
import type { SourcesConfig } from "../core/sources/mod.ts";
import { FetchLogsFunction } from "../functions/fetch_logs/definition.ts";
import { PostDebugReportFunction } from "../functions/post_debug_report/definition.ts";
import { fetchedLogsToReport } from "./fetched_logs_to_report.ts";
import { environmentField, sourceField } from "./form_choices.ts";

/** "Keep for" in the form: minutes, as post_debug_report's keep_minutes takes them. */
export const KEEP_FOR_CHOICES = [
  { value: "15", title: "15 minutes" },
  { value: "60", title: "1 hour" },
  { value: "240", title: "4 hours" },
  { value: "1440", title: "24 hours" },
];

/**
 * "Debug production", started from the link trigger in a channel: a form asks what to read,
 * fetch_logs checks the report may go where asked, then reads and scrubs the logs, and
 * post_debug_report posts the report there. The form offers the sources and environments of
 * `sources` (workflows/form_choices.ts): the team's when deployed; local runs add the sample
 * source (devkit/sample_logs/source.ts).
 */
export function defineDebugProductionWorkflow(sources: SourcesConfig | undefined) {
  const workflow = DefineWorkflow({
    callback_id: "debug_production",
    title: "Debug production",
    description: "Read a service's production logs with secrets and personal data masked",
    input_parameters: {
      properties: {
        interactivity: { type: Schema.slack.types.interactivity },
        channel_id: { type: Schema.slack.types.channel_id },
        user_id: { type: Schema.slack.types.user_id },
      },
      required: ["interactivity", "channel_id", "user_id"],
    },
  });
  const source = sourceField(sources);

  const form = workflow.addStep(Schema.slack.functions.OpenForm, {
    title: "Debug production",
    submit_label: "Fetch logs",
    description: "Secrets and personal data are masked before anything is posted.",
    interactivity: workflow.inputs.interactivity,
    fields: {
      elements: [
        {
          name: "service",
          title: "Service",
          type: Schema.types.string,
          description: "As the log source knows it, e.g. checkout",
        },
        environmentField(sources),
        {
          name: "window",
          title: "Time window",
          type: Schema.types.string,
          description: 'Last "15m", "2h", "1d", or "<ISO start>/<ISO end>"',
          default: "15m",
        },
        {
          name: "filter",
          title: "Filter (optional)",
          type: Schema.types.string,
          description:
            "Only lines containing this text, ignoring case. Masked values cannot be searched for.",
        },
        ...(source ? [source] : []),
        {
          name: "delivery",
          title: "Post to",
          type: Schema.types.string,
          description: '"This channel" works only in the debug channels an admin allowed; ' +
            "elsewhere the request stops before any log is read.",
          enum: ["ephemeral", "channel"],
          choices: [
            { value: "ephemeral", title: "Only me (ephemeral)" },
            { value: "channel", title: "This channel (debug channels only)" },
          ],
          default: "ephemeral",
        },
        {
          name: "excerpt_mode",
          title: "Excerpt shows",
          type: Schema.types.string,
          description: "Under the log insights (counts by level, lines per minute, top patterns).",
          enum: ["newest", "patterns"],
          choices: [
            { value: "newest", title: "The newest lines" },
            { value: "patterns", title: "One example per pattern, errors first" },
          ],
          default: "newest",
        },
        {
          name: "keep_minutes",
          title: "Keep for",
          type: Schema.types.string,
          description: "Then the report is deleted from the channel. Empty: the team's default " +
            "(usually 1 hour); an admin sets the longest allowed.",
          enum: KEEP_FOR_CHOICES.map((choice) => choice.value),
          choices: KEEP_FOR_CHOICES,
        },
        {
          name: "compare_previous",
          title: "Mark what is new",
          type: Schema.types.boolean,
          description: "Also read the window of the same length just before, and mark the " +
            "patterns that are new or rising in this one.",
          default: false,
        },
      ],
      required: ["service", "environment", "window", "delivery"],
    },
  });

  const logs = workflow.addStep(FetchLogsFunction, {
    service: form.outputs.fields.service,
    environment: form.outputs.fields.environment,
    window: form.outputs.fields.window,
    user_id: workflow.inputs.user_id,
    // Slack's record of who submitted the form: fetch_logs refuses when it is not user_id.
    interactivity: form.outputs.interactivity,
    filter: form.outputs.fields.filter,
    // Without a source field, fetch_logs reads the default source.
    ...(source ? { source: form.outputs.fields.source } : {}),
    delivery: form.outputs.fields.delivery,
    channel_id: workflow.inputs.channel_id,
    excerpt_mode: form.outputs.fields.excerpt_mode,
    compare_previous: form.outputs.fields.compare_previous,
  });

  workflow.addStep(PostDebugReportFunction, {
    channel_id: workflow.inputs.channel_id,
    user_id: workflow.inputs.user_id,
    interactivity: form.outputs.interactivity,
    delivery: form.outputs.fields.delivery,
    service: form.outputs.fields.service,
    environment: form.outputs.fields.environment,
    ...fetchedLogsToReport(logs.outputs),
    filter: form.outputs.fields.filter,
    keep_minutes: form.outputs.fields.keep_minutes,
    // Purge now / Extend on a channel report: this last step stays open until the report is
    // gone, as Slack sends clicks only to an open step (nothing comes after it).
    report_buttons: true,
  });
  return workflow;
}

/** The deployed workflow: the team's sources (config/sources.ts). */
export const DebugProductionWorkflow = defineDebugProductionWorkflow(teamSources);
