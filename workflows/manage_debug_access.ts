import { DefineWorkflow, Schema } from "deno-slack-sdk";
import { ROLES } from "../core/access/roles.ts";
import { MANAGE_ACTIONS } from "../functions/manage_access/actions.ts";
import { ManageAccessFunction } from "../functions/manage_access/definition.ts";

/**
 * "Manage debug access", started from its link trigger: a form asks what to do, and
 * manage_access does it for the person who submitted the form (Slack's interactivity, not a
 * typed user id), if they are an admin for every service. The result is shown to them alone.
 */
export const ManageDebugAccessWorkflow = DefineWorkflow({
  callback_id: "manage_debug_access",
  title: "Manage debug access",
  description: "Grant, change, revoke or list who may read which services' logs (admins only)",
  input_parameters: {
    properties: {
      interactivity: { type: Schema.slack.types.interactivity },
      channel_id: { type: Schema.slack.types.channel_id },
    },
    required: ["interactivity", "channel_id"],
  },
});

const form = ManageDebugAccessWorkflow.addStep(Schema.slack.functions.OpenForm, {
  title: "Manage debug access",
  submit_label: "Apply",
  description: "Only admins for every service may change roles. Every change is audited.",
  interactivity: ManageDebugAccessWorkflow.inputs.interactivity,
  fields: {
    elements: [
      {
        name: "action",
        title: "Action",
        type: Schema.types.string,
        enum: [...MANAGE_ACTIONS],
        choices: [
          { value: "grant", title: "Grant or change a role" },
          { value: "revoke", title: "Revoke a role" },
          { value: "list", title: "List current grants" },
        ],
        default: "list",
      },
      {
        name: "user",
        title: "Person",
        type: Schema.slack.types.user_id,
        description: "Whose role to grant, change or revoke (not needed to list)",
      },
      {
        name: "role",
        title: "Role",
        type: Schema.types.string,
        description: "viewer: sees channel reports; debugger: reads logs; admin: also manages " +
          "access and reads the audit (with services *)",
        enum: [...ROLES],
        choices: [
          { value: "viewer", title: "Viewer" },
          { value: "debugger", title: "Debugger" },
          { value: "admin", title: "Admin" },
        ],
      },
      {
        name: "scopes",
        title: "Services",
        type: Schema.types.string,
        description: "Names or globs, separated by commas: checkout, pay-*, or * for all",
      },
    ],
    required: ["action"],
  },
});

ManageDebugAccessWorkflow.addStep(ManageAccessFunction, {
  // Slack's record of who submitted the form: the only identity manage_access trusts.
  interactivity: form.outputs.interactivity,
  channel_id: ManageDebugAccessWorkflow.inputs.channel_id,
  action: form.outputs.fields.action,
  user: form.outputs.fields.user,
  role: form.outputs.fields.role,
  scopes: form.outputs.fields.scopes,
});
