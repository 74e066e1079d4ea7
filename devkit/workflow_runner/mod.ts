/**
 * Local workflow runner: runs the app's own workflow objects against the Slack emulator, with
 * app functions called through their real handlers and built-in steps played over the Web API.
 */
export { runWorkflow } from "./run_workflow.ts";
export { runDueTriggers } from "./scheduled_triggers.ts";
export type {
  ClockedEmulator,
  DueTriggerOptions,
  TriggerFiring,
  TriggerRun,
} from "./scheduled_triggers.ts";
export type { EmulatorHandle, RunOptions, StepRun, WorkflowLike, WorkflowRun } from "./types.ts";
