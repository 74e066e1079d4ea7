/**
 * What Slack's function runtime (slackapi/deno-slack-runtime) does with one invocation payload:
 * which export of the function's module runs, with which arguments, and what the runtime sends
 * or answers afterwards. The hosted-mode harness (mod.ts) and the workflow runner (local mode)
 * both dispatch through here, so a handler that passes locally behaves the same when deployed.
 *
 * Every rule below names the runtime file and function it follows. Outcomes:
 * - resolves → the runtime answers HTTP 200 with `response` (and a `warning` when it ran nothing);
 * - throws → the runtime answers HTTP 500 ("Caught error from user supplied module", src/mod.ts).
 */
import * as z from "zod";
import {
  type RuntimeApiAnswer,
  runtimeApiCall,
  type RuntimeClientOptions,
} from "./runtime_client.ts";

/** `{ body, context }` as Slack posts it (src/types.ts `InvocationPayload`). */
export const InvocationPayloadSchema = z.object({
  body: z.record(z.string(), z.unknown()),
  context: z.looseObject({
    bot_access_token: z.string().optional(),
    team_id: z.string().optional(),
    variables: z.record(z.string(), z.string()).optional(),
  }),
});
export type InvocationPayload = z.infer<typeof InvocationPayloadSchema>;

/** What every handler gets (src/types.ts `BaseHandlerArgs`). */
export interface BaseHandlerArgs {
  body: Record<string, unknown>;
  env: Record<string, string>;
  enterprise_id: string;
  inputs: Record<string, unknown>;
  token: string;
  team_id: string;
}

/** A function module: the bundle's or source file's exports. */
export type FunctionModule = Record<string, unknown>;

export interface Completion {
  method: "functions.completeSuccess" | "functions.completeError";
  /** Slack's answer: `{ ok, error? }`. */
  response: RuntimeApiAnswer;
}

export interface DispatchOutcome {
  eventType: string;
  callbackId: string;
  /** The HTTP 200 body: an interactivity handler's answer (e.g. a view_submission
   * response_action), else `{}`. */
  response: unknown;
  /** What the runtime sent after a function_executed handler returned; absent when it sent
   * nothing (a falsy `completed`, or no handler ran). */
  completion?: Completion;
  /** Why no handler ran: the runtime only logs this (hookCLI.warn) and answers `{}`. */
  warning?: string;
}

/** src/run-unhandled-event.ts `UnhandledEventError`: recognised by name, as the SDK's routers
 * throw their own class of that name when no route matches. */
export class UnhandledEventError extends Error {
  override name = "UnhandledEventError";
}

function isUnhandledEventError(error: unknown): error is Error {
  return error instanceof Error && error.name === "UnhandledEventError";
}

/** A property of an object or function (module exports and SDK handlers are either). */
function property(value: unknown, name: string): unknown {
  const holder = (typeof value === "object" && value !== null) || typeof value === "function";
  return holder ? Reflect.get(value as object, name) : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** src/dispatch-payload.ts `extractBaseHandlerArgsFromPayload`, fallbacks with `||` as there. */
export function baseHandlerArgs(payload: InvocationPayload): BaseHandlerArgs {
  const { body, context } = payload;
  const event = body.event;
  return {
    body,
    env: context.variables || {},
    enterprise_id: text(body.enterprise_id) || text(property(body.enterprise, "id")) || "",
    inputs: (property(event, "inputs") || property(body.function_data, "inputs") ||
      {}) as Record<string, unknown>,
    token: text(property(event, "bot_access_token")) || text(body.bot_access_token) ||
      context.bot_access_token || "",
    team_id: context.team_id || "",
  };
}

/** src/dispatch-payload.ts `DispatchPayload`: `body.event.type`, else `body.type`. */
export function eventTypeOf(body: Record<string, unknown>): string {
  return text(property(body.event, "type")) || text(body.type) || "";
}

/** src/dispatch-payload.ts `getFunctionCallbackID`: function runs name it in the event, every
 * other event in `function_data`. */
export function callbackIdOf(eventType: string, body: Record<string, unknown>): string {
  const fn = eventType === "function_executed"
    ? property(body.event, "function")
    : property(body.function_data, "function");
  return text(property(fn, "callback_id")) ?? "";
}

/** `module.<name> || module.default?.<name>` (src/run-block-actions.ts and its siblings). */
function exportedHandler(module: FunctionModule, name: string): unknown {
  return module[name] || property(module.default, name);
}

async function callHandler(handler: unknown, what: string, args: object): Promise<unknown> {
  if (typeof handler !== "function") {
    throw new TypeError(`the function's ${what} export is not a function`);
  }
  // Errors the handler throws are not caught: the runtime lets them answer 500.
  return await handler(args);
}

/** Interactivity events: the export that handles each and what it gets besides the base
 * arguments (src/run-block-actions.ts `RunBlockAction`, run-block-suggestion.ts,
 * run-view-submission.ts, run-view-closed.ts). */
const INTERACTIVITY_HANDLERS = new Map<
  string,
  { exportName: string; extra: (body: Record<string, unknown>) => Record<string, unknown> }
>([
  ["block_actions", {
    exportName: "blockActions",
    extra: (body) => {
      if (!Array.isArray(body.actions)) {
        throw new TypeError("block_actions payload without an actions array");
      }
      return { action: body.actions[0] };
    },
  }],
  ["block_suggestion", { exportName: "blockSuggestion", extra: () => ({}) }],
  ["view_submission", { exportName: "viewSubmission", extra: (body) => ({ view: body.view }) }],
  ["view_closed", { exportName: "viewClosed", extra: (body) => ({ view: body.view }) }],
]);

/**
 * src/run-function.ts `RunFunction`: runs the default export with `event`, then reads
 * `{ completed = true, outputs = {}, error }` from what it returned, exactly as there:
 * - returning undefined or null cannot be destructured: the runtime throws (500), completes nothing;
 * - `error` that is truthy → functions.completeError (so `error: ""` or `null` is a success);
 * - else a truthy `completed` → functions.completeSuccess with `outputs` as they are (an array
 *   is sent as an array); a falsy one (`false`, `null`, `0`) sends nothing.
 */
async function runFunction(
  base: BaseHandlerArgs,
  module: FunctionModule,
  options: RuntimeClientOptions,
): Promise<Completion | undefined> {
  if (!module.default) {
    throw new UnhandledEventError(
      "Received a function_executed payload but the function does not define a default handler",
    );
  }
  const event = base.body.event;
  const returned = await callHandler(module.default, "default", { ...base, event });
  if (returned === undefined || returned === null) {
    throw new TypeError(
      `the function's handler returned ${returned}; Slack's runtime reads ` +
        `{ completed, outputs, error } from it, so it fails with HTTP 500 and completes nothing`,
    );
  }
  const { completed = true, outputs = {}, error } = returned as {
    completed?: unknown;
    outputs?: unknown;
    error?: unknown;
  };
  const function_execution_id = property(event, "function_execution_id");
  const complete = async (method: Completion["method"], fields: Record<string, unknown>) => ({
    method,
    response: await runtimeApiCall(base.token, base.env, method, fields, options),
  });
  if (error) return await complete("functions.completeError", { error, function_execution_id });
  if (completed) {
    return await complete("functions.completeSuccess", { outputs, function_execution_id });
  }
  return undefined;
}

/**
 * src/dispatch-payload.ts `DispatchPayload`: finds the callback_id, loads the module with
 * `loadModule` (hosted: `functions/<callback_id>.js`; local: the manifest's source_file), runs
 * the handler for the event type, and for an event the module has no handler for runs its
 * `unhandledEvent` export or, without one, only warns.
 */
export async function dispatchPayload(
  payload: InvocationPayload,
  loadModule: (callbackId: string) => Promise<FunctionModule>,
  options: RuntimeClientOptions = {},
): Promise<DispatchOutcome> {
  const base = baseHandlerArgs(payload);
  const eventType = eventTypeOf(payload.body);
  const callbackId = callbackIdOf(eventType, payload.body);
  if (!callbackId) {
    return {
      eventType,
      callbackId,
      response: {},
      warning: `Could not find the function "callback_id" in the payload for an event type of ` +
        `"${eventType || "unknown"}"`,
    };
  }
  const module = await loadModule(callbackId);
  try {
    if (eventType === "function_executed") {
      const completion = await runFunction(base, module, options);
      return { eventType, callbackId, response: {}, ...(completion ? { completion } : {}) };
    }
    const interactivity = INTERACTIVITY_HANDLERS.get(eventType);
    if (!interactivity) {
      throw new UnhandledEventError(
        `Received an unsupported event of type: "${eventType}" for the ${callbackId} function.`,
      );
    }
    const handler = exportedHandler(module, interactivity.exportName);
    if (!handler) {
      throw new UnhandledEventError(
        `Received a ${eventType} payload but the function does not define a ` +
          `${interactivity.exportName} handler`,
      );
    }
    const args = { ...base, ...interactivity.extra(base.body), body: base.body };
    const response = await callHandler(handler, interactivity.exportName, args);
    return { eventType, callbackId, response: response || {} };
  } catch (error) {
    if (!isUnhandledEventError(error)) throw error;
    const fallback = exportedHandler(module, "unhandledEvent");
    if (!fallback) return { eventType, callbackId, response: {}, warning: error.message };
    const response = await callHandler(fallback, "unhandledEvent", base);
    return { eventType, callbackId, response: response || {} };
  }
}
