/**
 * Runs an app function step as `slack run` does: loads the function's `source_file` (local
 * mode, deno-slack-runtime src/local-run-function.ts) and dispatches a `function_executed`
 * invocation to it through the same dispatch as the hosted-runtime harness
 * (function_runtime/dispatch.ts), so the handler is called, and its return value completes the
 * function (or not), exactly as Slack's runtime does. A function left open (it returned without
 * being completed) waits for the clicks `options.clicks` plays; still open after them, the run
 * waits at this step (clicks.ts `clickWaitingStep` plays later clicks).
 */
import { fileURLToPath, pathToFileURL } from "@node/url";
import { resolve } from "@node/path";
import {
  type Completion,
  dispatchPayload,
  type FunctionModule,
} from "../function_runtime/dispatch.ts";
import { RuntimeApiError } from "../function_runtime/runtime_client.ts";
import { type OpenExecution, playClick, snapshotMessages } from "./clicks.ts";
import { describeThrown, HandlerTimeout, withDeadline } from "./handler_calls.ts";
import type { EmulatorHandle, StepContext, StepOutcome } from "./types.ts";

const DEFAULT_TIMEOUT_MS = 60_000;
const MAX_CLICKS = 20;

/**
 * The module at `sourceFile`. Like the CLI's get-manifest hook (deno-slack-hooks
 * src/utilities.ts `getDefaultExport`, run by `slack run` and `slack deploy` before any
 * function runs), a module whose default export is not a function is refused up front.
 */
async function loadModule(sourceFile: string, repoRoot: string): Promise<FunctionModule> {
  const module = await import(pathToFileURL(resolve(repoRoot, sourceFile)).href);
  if (typeof module.default !== "function") {
    throw new Error("its default export is not a handler function");
  }
  return module;
}

function findCompletion(emulator: EmulatorHandle, executionId: string) {
  return emulator.state.functionCompletions().find((c) => c.function_execution_id === executionId);
}

export async function runCustomStep(step: StepContext): Promise<StepOutcome> {
  const { fn, inputs, options } = step;
  const callbackId = fn.definition.callback_id;
  const sourceFile = fn.definition.source_file;
  if (!sourceFile) {
    return { error: `function ${callbackId} has no source_file`, completedBy: "return" };
  }
  let module: FunctionModule;
  try {
    module = await loadModule(sourceFile, options.repoRoot ?? defaultRepoRoot());
  } catch (thrown) {
    return {
      error: `function ${callbackId} could not be loaded from ${sourceFile}: ${
        describeThrown(thrown)
      }`,
      completedBy: "return",
    };
  }

  const emulator = options.emulator;
  const execution: OpenExecution = {
    id: `Fx${crypto.randomUUID().replaceAll("-", "").slice(0, 16).toUpperCase()}`,
    callbackId,
    inputs,
    module,
    token: emulator.botToken,
    env: { ...options.env, SLACK_API_URL: emulator.url },
    before: snapshotMessages(emulator),
  };
  const payload = {
    body: {
      event: {
        type: "function_executed",
        function: { callback_id: callbackId },
        function_execution_id: execution.id,
        inputs,
        bot_access_token: execution.token,
      },
    },
    context: {
      bot_access_token: execution.token,
      team_id: options.teamId ?? "",
      variables: execution.env,
    },
  };

  emulator.registerFunctionExecution(execution.id);
  let sent: Completion | undefined;
  try {
    const outcome = await withDeadline(
      dispatchPayload(payload, () => Promise.resolve(module)),
      options.functionTimeoutMs ?? DEFAULT_TIMEOUT_MS,
      `function ${callbackId}`,
    );
    if (outcome.warning) {
      return {
        error: `function ${callbackId} did not run: Slack's runtime would only log ` +
          `"${outcome.warning}" and leave the step open`,
        completedBy: "return",
      };
    }
    sent = outcome.completion;
  } catch (thrown) {
    if (thrown instanceof HandlerTimeout || thrown instanceof RuntimeApiError) {
      return { error: thrown.message, completedBy: "return" };
    }
    return {
      error: `function ${callbackId} failed as Slack's runtime would (HTTP 500, nothing ` +
        `completed): it threw ${describeThrown(thrown)}`,
      completedBy: "return",
    };
  }
  // Slack refused the completion the runtime sent: the runner stops with Slack's error code.
  if (sent && !sent.response.ok) {
    throw new Error(`${sent.method} failed: ${sent.response.error ?? "unknown_error"}`);
  }

  const clicks = options.clicks?.[step.stepId] ?? options.clicks?.[callbackId] ?? [];
  if (clicks.length > MAX_CLICKS) {
    return { error: `more than ${MAX_CLICKS} clicks for step ${step.index}`, completedBy: "api" };
  }
  for (const [index, click] of clicks.entries()) {
    if (findCompletion(emulator, execution.id)) {
      return {
        error: `click ${index + 1} (${click.actionId}) comes after function ${callbackId} ` +
          `completed: Slack no longer sends clicks on its buttons to the function then`,
        completedBy: "api",
      };
    }
    const problem = await playClick(emulator, execution, click, options.interactionTimeoutMs);
    if (problem) return { error: problem, completedBy: "api" };
  }

  const completion = findCompletion(emulator, execution.id);
  const completedBy = sent ? "return" : "api";
  // Left open and not completed by the clicks: in Slack the workflow waits at this step.
  if (!completion) return { waiting: execution, completedBy };
  if (completion.error !== undefined) return { error: completion.error, completedBy };
  return { outputs: completion.outputs ?? {}, completedBy };
}

/** The repository root: two folders above this one. */
export function defaultRepoRoot(): string {
  return resolve(fileURLToPath(new URL(".", import.meta.url)), "..", "..");
}
