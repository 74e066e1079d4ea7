/**
 * Shapes the workflow runner reads and returns.
 *
 * The runner takes the app's own `DefineWorkflow(...)` objects. Only the parts it reads are typed
 * here (structurally), so any object the SDK builds fits without importing SDK internals:
 * - `workflow.definition` — the `DefineWorkflow` argument (`callback_id`, `input_parameters` …);
 * - `workflow.steps[i].export()` — the manifest form of the step: `id` ("0", "1" …),
 *   `function_id` ("#/functions/<callback_id>" or "slack#/functions/<name>") and `inputs` as
 *   JSON, every reference serialised as a `"{{…}}"` string;
 * - `workflow.steps[i].definition` — the `DefineFunction` object the step was added with
 *   (`.id`, `.definition`); absent when the step was added by a bare string reference.
 */
import type { EmulatorIdentity, EmulatorState } from "../slack_emulator/mod.ts";
import type { FunctionModule } from "../function_runtime/dispatch.ts";

/** One parameter as `DefineFunction` / `DefineWorkflow` declare it. */
export interface ParameterDefinition {
  type: unknown;
  enum?: readonly unknown[];
}

export interface ParameterSet {
  properties?: Record<string, ParameterDefinition>;
  /** The SDK types these as `string | number` keys when a definition declares none. */
  required?: readonly (string | number)[];
}

/** What `DefineFunction` returns (built-in functions are the same class). */
export interface FunctionLike {
  id: string;
  definition: {
    callback_id: string;
    source_file?: string;
    input_parameters?: ParameterSet;
    output_parameters?: ParameterSet;
  };
}

export interface StepLike {
  definition?: FunctionLike;
  export(): { id: string; function_id: string; inputs: Record<string, unknown> };
}

/** What `DefineWorkflow` returns, after `addStep` calls. */
export interface WorkflowLike {
  id: string;
  definition: { callback_id: string; input_parameters?: ParameterSet };
  steps: readonly StepLike[];
}

/** The part of the Slack emulator the runner needs. */
export interface EmulatorHandle {
  url: string;
  botToken: string;
  /** The runner's own calls (Slack's side of a workflow) use this one, not the app's token. */
  platformToken: string;
  /** Read to find completions a function made itself after returning `completed: false`, and
   * the messages it posted, to click their buttons. */
  state: Pick<EmulatorState, "functionCompletions" | "allMessages" | "ephemeralMessages">;
  /** The team and app, for the interaction payloads Slack sends. */
  identity: EmulatorIdentity;
  /** The platform registers each execution before the function runs, so completions match it. */
  registerFunctionExecution(functionExecutionId: string): void;
}

export interface RunOptions {
  /** The trigger's inputs. */
  inputs: Record<string, unknown>;
  emulator: EmulatorHandle;
  /** The function env; `SLACK_API_URL` is always set from `emulator.url`. */
  env?: Record<string, string>;
  /** OpenForm answers, keyed by step id ("0", "1" …) or by the form's title. */
  formAnswers?: Record<string, Record<string, unknown>>;
  /** Where `source_file` paths resolve; default: the repository root. */
  repoRoot?: string;
  teamId?: string;
  /** The person running the workflow (form submitter, DM target default). */
  userId?: string;
  /** Longest a custom function may run; default 60 000 ms, Slack's deployed limit. */
  functionTimeoutMs?: number;
  /**
   * Button clicks to play on the messages a step posted while it waits (it returned without
   * being completed), keyed by step id ("0", "1" …) or the function's callback_id; played in
   * order, each through the function's `blockActions` export as Slack's runtime routes it.
   */
  clicks?: Record<string, readonly ButtonClick[]>;
  /** Longest a blockActions handler may run; default 10 000 ms, Slack's deployed limit. */
  interactionTimeoutMs?: number;
  /** Clock for step timestamps (epoch ms); default `Date.now`. */
  now?: () => number;
}

/** A person clicking a button: who, and which button (its action_id, and block_id if two
 * blocks hold the same action_id). */
export interface ButtonClick {
  userId: string;
  actionId: string;
  blockId?: string;
}

export interface StepRun {
  index: number;
  /** The function's id: the callback id for app functions, `slack#/functions/<name>` for built-ins. */
  functionId: string;
  inputs: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  error?: string;
  /** How the step finished: the runtime completed it from the handler's return value, the
   * function completed itself through the Web API, or the runner played a built-in step. */
  completedBy: "return" | "api" | "builtin";
}

export interface WorkflowRun {
  /** No step failed (a run that waits at an open step is ok). */
  ok: boolean;
  steps: StepRun[];
  error?: { stepIndex: number; functionId: string; message: string };
  /**
   * The step the run waits at, as Slack's workflow does: its function returned without being
   * completed and the clicks played (if any) did not complete it. Later clicks:
   * `clickWaitingStep` (clicks.ts). Its StepRun has no outputs.
   */
  waiting?: WaitingStep;
}

/** An app step's execution that is still open: where its button clicks go (./clicks.ts). */
export interface OpenExecution {
  id: string;
  callbackId: string;
  inputs: Record<string, unknown>;
  module: FunctionModule;
  token: string;
  env: Record<string, string>;
  /** Channel messages ("channel/ts") and the number of ephemerals before the step ran: only
   * newer ones were posted by this execution. */
  before: { messages: Set<string>; ephemerals: number };
}

export interface WaitingStep {
  stepIndex: number;
  functionId: string;
  execution: OpenExecution;
}

/** What a step player gets: its resolved inputs and the run's shared facts. */
export interface StepContext {
  index: number;
  stepId: string;
  fn: FunctionLike;
  inputs: Record<string, unknown>;
  options: RunOptions;
  /** Interactivity pointers already consumed in this run (each opens one view only). */
  usedPointers: Set<string>;
}

/** A step's result before the runner records it. */
export type StepOutcome =
  | { outputs: Record<string, unknown>; completedBy: StepRun["completedBy"] }
  | { error: string; completedBy: StepRun["completedBy"] }
  | { waiting: OpenExecution; completedBy: StepRun["completedBy"] };
