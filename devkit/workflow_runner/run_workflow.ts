/**
 * Runs one of the app's own workflow objects step by step, as Slack does: each step's inputs are
 * resolved from the trigger inputs and earlier steps' outputs and checked against the function's
 * input_parameters; app functions run through their real handlers, built-in steps are played
 * against the emulator; outputs are checked against output_parameters; the first error stops
 * the run.
 */
import { runCustomStep } from "./custom_step.ts";
import { playSendDm, playSendEphemeralMessage, playSendMessage } from "./message_steps.ts";
import { playOpenForm } from "./open_form.ts";
import { parameterProblems } from "./parameters.ts";
import { resolveReferences } from "./references.ts";
import type {
  RunOptions,
  StepContext,
  StepOutcome,
  StepRun,
  WorkflowLike,
  WorkflowRun,
} from "./types.ts";

const MAX_STEPS = 100;

type StepPlayer = (step: StepContext) => StepOutcome | Promise<StepOutcome>;

const BUILT_IN_PLAYERS: Record<string, StepPlayer> = {
  "slack#/functions/open_form": playOpenForm,
  "slack#/functions/send_message": playSendMessage,
  "slack#/functions/send_dm": playSendDm,
  "slack#/functions/send_ephemeral_message": playSendEphemeralMessage,
};

function playerFor(functionId: string): StepPlayer | string {
  if (!functionId.startsWith("slack#/")) return runCustomStep;
  return BUILT_IN_PLAYERS[functionId] ??
    `built-in step ${functionId} is not played by the local runner; it plays ${
      Object.keys(BUILT_IN_PLAYERS).join(", ")
    }`;
}

function errorText(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : "a non-Error value was thrown";
}

/**
 * Runs `workflow` (what `DefineWorkflow` returns) with the trigger's `options.inputs`.
 * Throws before any step when the trigger inputs do not fit the workflow's input_parameters
 * (Slack would refuse to start it); otherwise resolves with every step run so far.
 */
export async function runWorkflow(
  workflow: WorkflowLike,
  options: RunOptions,
): Promise<WorkflowRun> {
  const workflowId = workflow.definition.callback_id;
  if (workflow.steps.length > MAX_STEPS) {
    throw new Error(`workflow ${workflowId} has more than ${MAX_STEPS} steps`);
  }
  const inputProblems = parameterProblems(workflow.definition.input_parameters, options.inputs);
  if (inputProblems.length > 0) {
    throw new Error(`workflow ${workflowId} cannot start: inputs ${inputProblems.join("; ")}`);
  }

  const steps: StepRun[] = [];
  const stepOutputs: Record<string, Record<string, unknown>> = {};
  const usedPointers = new Set<string>();

  for (const [index, step] of workflow.steps.entries()) {
    const exported = step.export();
    const fn = step.definition;
    const functionId = fn?.id ?? exported.function_id;
    let inputs: Record<string, unknown> = {};
    const stop = (message: string, completedBy: StepRun["completedBy"]): WorkflowRun => {
      steps.push({ index, functionId, inputs, error: message, completedBy });
      return { ok: false, steps, error: { stepIndex: index, functionId, message } };
    };
    const kind = functionId.startsWith("slack#/") ? "builtin" : "return";

    if (!fn) {
      return stop(
        `step ${index} names ${functionId} by a string; add it with its DefineFunction object ` +
          `so the runner knows its parameters`,
        kind,
      );
    }
    try {
      inputs = resolveReferences(exported.inputs, { inputs: options.inputs, steps: stepOutputs });
    } catch (thrown) {
      return stop(`step ${index} (${functionId}): ${errorText(thrown)}`, kind);
    }
    const problems = parameterProblems(fn.definition.input_parameters, inputs);
    if (problems.length > 0) {
      return stop(`step ${index} (${functionId}) inputs: ${problems.join("; ")}`, kind);
    }
    const player = playerFor(functionId);
    if (typeof player === "string") return stop(player, kind);

    let outcome: StepOutcome;
    try {
      outcome = await player({ index, stepId: exported.id, fn, inputs, options, usedPointers });
    } catch (thrown) {
      return stop(`step ${index} (${functionId}): ${errorText(thrown)}`, kind);
    }
    if ("error" in outcome) return stop(outcome.error, outcome.completedBy);
    if ("waiting" in outcome) {
      // As in Slack: the workflow waits at this step; later steps have not run.
      steps.push({ index, functionId, inputs, completedBy: outcome.completedBy });
      return {
        ok: true,
        steps,
        waiting: { stepIndex: index, functionId, execution: outcome.waiting },
      };
    }

    const outputProblems = parameterProblems(fn.definition.output_parameters, outcome.outputs);
    if (outputProblems.length > 0) {
      return stop(
        `step ${index} (${functionId}) outputs do not match its output_parameters: ${
          outputProblems.join("; ")
        }`,
        outcome.completedBy,
      );
    }
    steps.push({
      index,
      functionId,
      inputs,
      outputs: outcome.outputs,
      completedBy: outcome.completedBy,
    });
    stepOutputs[exported.id] = outcome.outputs;
  }
  return { ok: true, steps };
}
