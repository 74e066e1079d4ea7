import type { TriggerDefinition } from "../workflows/trigger_definition.ts";

/**
 * The link trigger that starts "Debug audit":
 * `slack trigger create --trigger-def triggers/debug_audit_shortcut.ts`, then restrict it to the
 * admins with `slack trigger access` (debug_audit checks again on every run).
 */
const debugAuditShortcut: TriggerDefinition = {
  type: "shortcut",
  name: "Debug audit",
  description: "The latest Safe Debug audit events, shown to an admin only",
  workflow: "#/workflows/debug_audit",
  inputs: {
    interactivity: { value: "{{data.interactivity}}" },
    channel_id: { value: "{{data.channel_id}}" },
  },
};

export default debugAuditShortcut;
