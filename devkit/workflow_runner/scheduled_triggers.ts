/**
 * Scheduled triggers: advances the emulator's virtual clock and runs, in firing order, the
 * workflow of every scheduled trigger that became due, with the trigger's inputs (each
 * `{ value }` as the triggers API stores them; `{{data.user_id}}` resolves to the run's user).
 */
import { resolveReferences } from "./references.ts";
import { runWorkflow } from "./run_workflow.ts";
import type { EmulatorHandle, RunOptions, WorkflowLike, WorkflowRun } from "./types.ts";

/** A scheduled trigger the emulator reports as due. */
export interface TriggerFiring {
  trigger_id: string;
  /** `#/workflows/<callback_id>`, as the trigger was created. */
  workflow: string;
  inputs?: Record<string, { value: unknown }>;
}

export interface ClockedEmulator extends EmulatorHandle {
  clock: { advance(ms: number): Promise<readonly TriggerFiring[]> };
}

export interface DueTriggerOptions extends Omit<RunOptions, "inputs" | "emulator"> {
  /** How far to move the virtual clock, in ms. */
  advanceMs: number;
}

export interface TriggerRun {
  triggerId: string;
  workflowId: string;
  run: WorkflowRun;
}

const WORKFLOW_PREFIX = "#/workflows/";

function triggerInputs(firing: TriggerFiring, userId: string): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [name, input] of Object.entries(firing.inputs ?? {})) raw[name] = input.value;
  return resolveReferences(raw, { data: { user_id: userId } });
}

/**
 * Advances the clock by `options.advanceMs` and runs the workflows of the triggers that fired.
 * Throws, before running anything, when a fired trigger names a workflow not in
 * `workflowsByCallbackId`.
 */
export async function runDueTriggers(
  emulator: ClockedEmulator,
  workflowsByCallbackId: Record<string, WorkflowLike>,
  options: DueTriggerOptions,
): Promise<TriggerRun[]> {
  const { advanceMs, ...runOptions } = options;
  const fired = await emulator.clock.advance(advanceMs);
  const planned = fired.map((firing) => {
    const workflowId = firing.workflow.startsWith(WORKFLOW_PREFIX)
      ? firing.workflow.slice(WORKFLOW_PREFIX.length)
      : firing.workflow;
    const workflow = workflowsByCallbackId[workflowId];
    if (!workflow) {
      throw new Error(
        `trigger ${firing.trigger_id} fired workflow "${workflowId}", which was not passed ` +
          `to runDueTriggers`,
      );
    }
    return { firing, workflowId, workflow };
  });
  const runs: TriggerRun[] = [];
  for (const { firing, workflowId, workflow } of planned) {
    const inputs = triggerInputs(firing, runOptions.userId ?? "");
    const run = await runWorkflow(workflow, { ...runOptions, inputs, emulator });
    runs.push({ triggerId: firing.trigger_id, workflowId, run });
  }
  return runs;
}
