/**
 * Input parameters that more than one function definition declares the same way: the form's
 * interactivity and the alert grant, which the debug workflows pass to both fetch_logs and
 * post_debug_report. Declared once so the two steps cannot drift apart.
 */
import { Schema } from "deno-slack-sdk";

/** The form's interactivity: when given, the requester must be who submitted the form. */
export const interactivityParameter = {
  type: Schema.slack.types.interactivity,
  title: "Form interaction",
  description: "The form's interactivity: when given, the requester must be who submitted the form",
};

/** verify_alert's proof, set only by the Debug from alert workflow. */
export const alertGrantParameter = {
  type: Schema.types.string,
  title: "Alert grant",
  description:
    "Set only by the Debug from alert workflow (verify_alert's proof); leave empty elsewhere",
};
