import { DefineFunction, Schema } from "deno-slack-sdk";

/**
 * Lists the acting person's active debug reports (admins: optionally every report of a service
 * they administer) with Purge now and Extend for each, the actions a report's own buttons offer,
 * for reports that have none ("Debug from alert" before it had them, Workflow Builder steps
 * without report_buttons). Who acts comes from the trigger's interactivity and, for each click,
 * from Slack's record of who clicked.
 */
export const MyDebugReportsFunction = DefineFunction({
  callback_id: "my_debug_reports",
  title: "List my debug reports",
  description:
    "Shows you your active Safe Debug reports, privately, with Purge now and Extend for each.",
  source_file: "functions/my_reports/handler.ts",
  input_parameters: {
    properties: {
      interactivity: {
        type: Schema.slack.types.interactivity,
        title: "Shortcut interaction",
        description: "The shortcut's interactivity: the person who ran it is the one listed",
      },
      channel_id: {
        type: Schema.slack.types.channel_id,
        title: "Channel",
        description: "Where the list is shown, to that person only",
      },
      everyone: {
        type: Schema.types.boolean,
        title: "Every report I administer",
        description: "Admins: also list others' reports for services you are an admin for",
      },
    },
    required: ["interactivity", "channel_id"],
  },
  output_parameters: {
    properties: {
      reports_listed: {
        type: Schema.types.integer,
        title: "Reports listed",
        description: "How many active reports the list showed",
      },
    },
    required: ["reports_listed"],
  },
});
