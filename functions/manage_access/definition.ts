import { DefineFunction, Schema } from "deno-slack-sdk";
import { ROLES } from "../../core/access/roles.ts";
import { MANAGE_ACTIONS } from "./actions.ts";

/**
 * Grants, changes, revokes or lists Safe Debug roles. Only an admin for every service (or a
 * bootstrap admin of ADMIN_USER_IDS) may; who is acting comes from the form's interactivity,
 * which Slack fills with the person who submitted it, never from a typed user id. Every change
 * and every refusal is audited; the last admin cannot be removed.
 */
export const ManageAccessFunction = DefineFunction({
  callback_id: "manage_access",
  title: "Manage debug access",
  description:
    "Grant, change, revoke or list who may read which services' logs with Safe Debug (admins only). Every change is audited.",
  source_file: "functions/manage_access/handler.ts",
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
        description: "Where the result is shown, to the admin only",
      },
      action: {
        type: Schema.types.string,
        title: "Action",
        description: "grant (or change), revoke, or list the current grants",
        enum: [...MANAGE_ACTIONS],
      },
      user: {
        type: Schema.slack.types.user_id,
        title: "Person",
        description: "Whose role to grant, change or revoke",
      },
      role: {
        type: Schema.types.string,
        title: "Role",
        description: "viewer, debugger or admin",
        enum: [...ROLES],
      },
      scopes: {
        type: Schema.types.string,
        title: "Services",
        description: "Service names or globs, separated by commas or spaces: checkout, pay-*, *",
      },
    },
    required: ["interactivity", "channel_id", "action"],
  },
  output_parameters: {
    properties: {
      outcome: {
        type: Schema.types.string,
        title: "Outcome",
        description: "What was done: granted, revoked, unchanged or listed",
      },
    },
    required: ["outcome"],
  },
});
