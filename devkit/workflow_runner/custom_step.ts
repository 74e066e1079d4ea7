/**
 * Runs an app function step the way the run-on-Slack runtime does: imports the handler from the
 * function's `source_file`, calls its default export with the runtime's context, then completes
 * the function from the returned value (`error` → functions.completeError, else unless
 * `completed: false` → functions.completeSuccess with `outputs`). A function that returns
 * `completed: false` must have completed itself through the Web API before it returned.
 */
import { fileURLToPath, pathToFileURL } from "@node/url";
import { resolve } from "@node/path";
import * as z from "zod";
import { callSlackOk } from "./slack_api.ts";
import type { EmulatorHandle, StepContext, StepOutcome } from "./types.ts";

const DEFAULT_TIMEOUT_MS = 60_000;

const handlerResult = z.object({
  outputs: z.record(z.string(), z.unknown()).optional(),
  error: z.string().optional(),
  completed: z.boolean().optional(),
});

type Handler = (context: unknown) => unknown;

async function loadHandler(sourceFile: string, repoRoot: string): Promise<Handler> {
  const moduleUrl = pathToFileURL(resolve(repoRoot, sourceFile)).href;
  const module = await import(moduleUrl);
  if (typeof module.default !== "function") {
    throw new Error("its default export is not a handler function");
  }
  return module.default as Handler;
}

class HandlerTimeout extends Error {}

async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new HandlerTimeout(`${what} did not return within ${ms} ms`)),
      ms,
    );
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

const MAX_MESSAGE_CHARS = 300;

/** The thrown error's name and (capped) message: the handler's own words, for the developer. */
function describeThrown(thrown: unknown): string {
  if (!(thrown instanceof Error)) return "a non-Error value";
  const message = thrown.message.length > MAX_MESSAGE_CHARS
    ? `${thrown.message.slice(0, MAX_MESSAGE_CHARS)}…`
    : thrown.message;
  return `${thrown.name}: ${message}`;
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
  const executionId = `Fx${crypto.randomUUID().replaceAll("-", "").slice(0, 16).toUpperCase()}`;
  const token = options.emulator.botToken;
  const context = {
    inputs,
    env: { ...options.env, SLACK_API_URL: options.emulator.url },
    token,
    team_id: options.teamId ?? "",
    enterprise_id: "",
    event: {
      type: "function_executed",
      function: { callback_id: callbackId },
      function_execution_id: executionId,
      inputs,
      bot_access_token: token,
    },
  };

  let handler: Handler;
  try {
    handler = await loadHandler(sourceFile, options.repoRoot ?? defaultRepoRoot());
  } catch (thrown) {
    return {
      error: `function ${callbackId} could not be loaded from ${sourceFile}: ${
        describeThrown(thrown)
      }`,
      completedBy: "return",
    };
  }

  options.emulator.registerFunctionExecution(executionId);
  let returned: unknown;
  try {
    const timeoutMs = options.functionTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    returned = await withDeadline(
      Promise.resolve(handler(context)),
      timeoutMs,
      `function ${callbackId}`,
    );
  } catch (thrown) {
    const error = thrown instanceof HandlerTimeout
      ? thrown.message
      : `function ${callbackId} threw ${describeThrown(thrown)}`;
    return { error, completedBy: "return" };
  }

  const parsed = handlerResult.safeParse(returned);
  if (!parsed.success) {
    return {
      error:
        `function ${callbackId} returned something other than { outputs?, error?, completed? }`,
      completedBy: "return",
    };
  }
  const { outputs = {}, error, completed = true } = parsed.data;
  if (error !== undefined) {
    await callSlackOk(options.emulator, "functions.completeError", {
      function_execution_id: executionId,
      error,
    });
    return { error, completedBy: "return" };
  }
  if (completed) {
    await callSlackOk(options.emulator, "functions.completeSuccess", {
      function_execution_id: executionId,
      outputs,
    });
    return { outputs, completedBy: "return" };
  }
  const completion = findCompletion(options.emulator, executionId);
  if (!completion) {
    return {
      error: `function ${callbackId} returned completed: false and did not call ` +
        `functions.completeSuccess or functions.completeError for its execution; the workflow ` +
        `would wait for an interaction the runner cannot play`,
      completedBy: "api",
    };
  }
  if (completion.error !== undefined) return { error: completion.error, completedBy: "api" };
  return { outputs: completion.outputs ?? {}, completedBy: "api" };
}

/** The repository root: two folders above this one. */
export function defaultRepoRoot(): string {
  return resolve(fileURLToPath(new URL(".", import.meta.url)), "..", "..");
}
