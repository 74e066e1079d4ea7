import { DefineWorkflow, Schema } from "deno-slack-sdk";
import { MyDebugReportsFunction } from "../functions/my_reports/definition.ts";

/**
 * "My debug reports", started from its link trigger: lists the person's active debug reports,
 * privately, with Purge now and Extend for each (for reports posted without their own buttons).
 * The function's `everyone` (admins: others' reports for services they administer) is for a
 * Workflow Builder step; a link trigger can pass only what Slack fills in.
 */
export const MyDebugReportsWorkflow = DefineWorkflow({
  callback_id: "my_debug_reports",
  title: "My debug reports",
  description: "Your active Safe Debug reports, with Purge now and Extend",
  input_parameters: {
    properties: {
      interactivity: { type: Schema.slack.types.interactivity },
      channel_id: { type: Schema.slack.types.channel_id },
    },
    required: ["interactivity", "channel_id"],
  },
});

MyDebugReportsWorkflow.addStep(MyDebugReportsFunction, {
  // Slack's record of who ran the shortcut: the only identity the list trusts.
  interactivity: MyDebugReportsWorkflow.inputs.interactivity,
  channel_id: MyDebugReportsWorkflow.inputs.channel_id,
});
