/**
 * Scheduled triggers: advances the emulator's virtual clock and runs, in firing order, the
 * workflow of every scheduled trigger that became due, with the trigger's inputs
 * (`{{data.user_id}}` in them resolves to the run's user, as in a scheduled trigger's data).
 */
import { resolveReferences } from "./references.ts";
import { runWorkflow } from "./run_workflow.ts";
import type { SlackEmulator } from "../slack_emulator/mod.ts";
import type { EmulatorHandle, RunOptions, WorkflowLike, WorkflowRun } from "./types.ts";

export interface ClockedEmulator extends EmulatorHandle, Pick<SlackEmulator, "clock"> {}

export interface DueTriggerOptions extends Omit<RunOptions, "inputs" | "emulator"> {
  /** How far to move the virtual clock, in ms. */
  advanceMs: number;
}

export interface TriggerRun {
  triggerId: string;
  workflowId: string;
  run: WorkflowRun;
}

/**
 * Advances the clock by `options.advanceMs` and runs the workflows of the triggers that fired
 * (step timestamps from the emulator's clock unless `options.now` is given).
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
    const workflowId = firing.callback_id;
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
    const inputs = resolveReferences(firing.inputs, { data: { user_id: runOptions.userId ?? "" } });
    const run = await runWorkflow(workflow, {
      now: () => emulator.clock.now(),
      ...runOptions,
      inputs,
      emulator,
    });
    runs.push({ triggerId: firing.trigger_id, workflowId, run });
  }
  return runs;
}
