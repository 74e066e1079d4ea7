/**
 * Local workflow runner: runs the app's own workflow objects (what `DefineWorkflow` returns)
 * against the Slack emulator, app functions through their real handlers, built-in steps
 * (OpenForm, SendMessage, SendEphemeralMessage, SendDm) played over the Web API.
 *
 *   const emulator = await startSlackEmulator();
 *   const run = await runWorkflow(DebugProductionWorkflow, {
 *     inputs: { interactivity, channel_id, user_id },
 *     emulator,
 *     env: { SAMPLE_LOGS_URL, SAMPLE_LOGS_TOKEN },
 *     formAnswers: { "Debug production": { service: "checkout" } },
 *   });
 *   // run.ok, run.steps[i].{functionId, inputs, outputs, error, completedBy}, run.error
 *
 * A function that posts a message with buttons and returns `completed: false` waits for clicks:
 * `clicks: { "2": [{ userId: "U05ONCALL01", actionId: "confirm" }] }` (by step id or callback_id)
 * plays each through the function's `blockActions` export as Slack's runtime routes it; the
 * handler must complete the execution itself.
 *   await emulator.stop();
 *
 * Scheduled triggers created through workflows.triggers.create run with
 * `runDueTriggers(emulator, { purge_reports: PurgeWorkflow }, { advanceMs })`; webhook triggers
 * (`createWebhookTrigger` gives the URL) with `runWebhookTriggers(emulator, { id: Workflow })`,
 * which runs the workflow of each POST the emulator accepts.
 */
export { runWorkflow } from "./run_workflow.ts";
export { runDueTriggers } from "./scheduled_triggers.ts";
export { createWebhookTrigger, runWebhookTriggers } from "./webhook_triggers.ts";
export type { WebhookEmulator, WebhookRunner, WebhookRunOptions } from "./webhook_triggers.ts";
export type { ClockedEmulator, DueTriggerOptions, TriggerRun } from "./scheduled_triggers.ts";
export type {
  ButtonClick,
  EmulatorHandle,
  RunOptions,
  StepRun,
  WorkflowLike,
  WorkflowRun,
} from "./types.ts";
