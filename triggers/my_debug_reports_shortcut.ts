import type { TriggerDefinition } from "../workflows/trigger_definition.ts";

/**
 * The link trigger that starts "My debug reports":
 * `slack trigger create --trigger-def triggers/my_debug_reports_shortcut.ts`. Anyone may run it:
 * it lists only the runner's own reports, and every click is checked again.
 */
const myDebugReportsShortcut: TriggerDefinition = {
  type: "shortcut",
  name: "My debug reports",
  description: "Your active Safe Debug reports, with Purge now and Extend",
  workflow: "#/workflows/my_debug_reports",
  inputs: {
    interactivity: { value: "{{data.interactivity}}" },
    channel_id: { value: "{{data.channel_id}}" },
  },
};

export default myDebugReportsShortcut;
