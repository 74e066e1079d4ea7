/** The trigger files are what `slack trigger create --trigger-def` accepts, and fit their workflows. */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { DebugFromAlertWorkflow } from "./debug_from_alert.ts";
import { DebugAuditWorkflow } from "./debug_audit.ts";
import { DebugProductionWorkflow } from "./debug_production.ts";
import { ManageDebugAccessWorkflow } from "./manage_debug_access.ts";
import { MyDebugReportsWorkflow } from "./my_debug_reports.ts";
import debugAuditShortcut from "../triggers/debug_audit_shortcut.ts";
import debugFromAlertWebhook from "../triggers/debug_from_alert_webhook.ts";
import debugProductionShortcut from "../triggers/debug_production_shortcut.ts";
import manageDebugAccessShortcut from "../triggers/manage_debug_access_shortcut.ts";
import myDebugReportsShortcut from "../triggers/my_debug_reports_shortcut.ts";

const pairs = [
  { trigger: debugProductionShortcut, workflow: DebugProductionWorkflow, type: "shortcut" },
  { trigger: debugFromAlertWebhook, workflow: DebugFromAlertWorkflow, type: "webhook" },
  { trigger: manageDebugAccessShortcut, workflow: ManageDebugAccessWorkflow, type: "shortcut" },
  { trigger: debugAuditShortcut, workflow: DebugAuditWorkflow, type: "shortcut" },
  { trigger: myDebugReportsShortcut, workflow: MyDebugReportsWorkflow, type: "shortcut" },
];

for (const { trigger, workflow, type } of pairs) {
  Deno.test(`${trigger.name}: a ${type} trigger for its workflow, every required input filled`, () => {
    strictEqual(trigger.type, type);
    strictEqual(trigger.workflow, `#/workflows/${workflow.definition.callback_id}`);
    const params = workflow.definition.input_parameters;
    const given = Object.keys(trigger.inputs ?? {}).sort();
    deepStrictEqual(given, Object.keys(params?.properties ?? {}).sort());
    for (const required of params?.required ?? []) {
      ok(given.includes(String(required)), String(required));
    }
    for (const input of Object.values(trigger.inputs ?? {}) as { value: string }[]) {
      ok(/^\{\{data\.[a-z_]+\}\}$/.test(input.value), input.value);
    }
  });
}

Deno.test("the shortcut passes Slack's interactivity, channel and user through", () => {
  deepStrictEqual(debugProductionShortcut.inputs, {
    interactivity: { value: "{{data.interactivity}}" },
    channel_id: { value: "{{data.channel_id}}" },
    user_id: { value: "{{data.user_id}}" },
  });
});

Deno.test("triggers/ holds only trigger files: the CLI's trigger picker lists every file there", async () => {
  const folder = new URL("../triggers/", import.meta.url);
  const names: string[] = [];
  for await (const entry of Deno.readDir(folder)) names.push(entry.name);
  deepStrictEqual(
    names.sort(),
    [
      "debug_audit_shortcut.ts",
      "debug_from_alert_webhook.ts",
      "debug_production_shortcut.ts",
      "manage_debug_access_shortcut.ts",
      "my_debug_reports_shortcut.ts",
      "purge_sweep_hourly.ts",
    ],
    "a new trigger file belongs in the pairs above; anything else belongs elsewhere",
  );
  for (const name of names) {
    const { default: trigger } = await import(new URL(name, folder).href);
    ok(typeof trigger?.type === "string" && /^#\/workflows\/\w+$/.test(trigger.workflow), name);
  }
});
