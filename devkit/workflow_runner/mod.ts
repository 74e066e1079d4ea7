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
 *   await emulator.stop();
 *
 * Scheduled triggers created through workflows.triggers.create run with
 * `runDueTriggers(emulator, { purge_reports: PurgeWorkflow }, { advanceMs })`.
 */
export { runWorkflow } from "./run_workflow.ts";
export { runDueTriggers } from "./scheduled_triggers.ts";
export type { ClockedEmulator, DueTriggerOptions, TriggerRun } from "./scheduled_triggers.ts";
export type { EmulatorHandle, RunOptions, StepRun, WorkflowLike, WorkflowRun } from "./types.ts";
