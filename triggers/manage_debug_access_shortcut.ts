import type { TriggerDefinition } from "../workflows/trigger_definition.ts";

/**
 * The link trigger that starts "Manage debug access":
 * `slack trigger create --trigger-def triggers/manage_debug_access_shortcut.ts`, then restrict it
 * to the admins with `slack trigger access` (manage_access checks again on every run).
 */
const manageDebugAccessShortcut: TriggerDefinition = {
  type: "shortcut",
  name: "Manage debug access",
  description: "Grant, change, revoke or list who may read which services' logs (admins only)",
  workflow: "#/workflows/manage_debug_access",
  inputs: {
    interactivity: { value: "{{data.interactivity}}" },
    channel_id: { value: "{{data.channel_id}}" },
  },
};

export default manageDebugAccessShortcut;
