import type { TriggerDefinition } from "../workflows/trigger_definition.ts";

/**
 * The link trigger ("shortcut") that starts "Debug production" from a channel:
 * `slack trigger create --trigger-def triggers/debug_production_shortcut.ts`,
 * then restrict it with `slack trigger access`.
 */
const debugProductionShortcut: TriggerDefinition = {
  type: "shortcut",
  name: "Debug production",
  description: "Read a service's production logs here, with secrets and personal data masked",
  workflow: "#/workflows/debug_production",
  inputs: {
    interactivity: { value: "{{data.interactivity}}" },
    channel_id: { value: "{{data.channel_id}}" },
    user_id: { value: "{{data.user_id}}" },
  },
};

export default debugProductionShortcut;
