/**
 * What Slack's function runtime hands a custom function's handler, and what the handler returns.
 *
 * Hand-written so that runtime code needs no value import from the SDK (the npm build of the SDK
 * crashes when bundled). The shapes follow deno-slack-runtime's `extractBaseHandlerArgsFromPayload`
 * and `run-function.ts`, and are structurally compatible with the SDK's `FunctionContext`, so
 * `SlackFunctionTester(...).createContext(...)` can be passed straight to a handler.
 */

/** `body.event` of a `function_executed` invocation. */
export interface FunctionExecutedEvent {
  type: string;
  function_execution_id: string;
  function?: { callback_id: string };
  inputs?: unknown;
}

export interface FunctionContext<Inputs> {
  /** The function's inputs. Untrusted: handlers parse them with zod before use. */
  inputs: Inputs;
  /** Settings (`slack env add` when deployed, `.env` locally). Never read `Deno.env` instead. */
  env: Record<string, string>;
  /** Bot token for the Web API; never log it or put it in an error. */
  token: string;
  team_id: string;
  /** Empty string outside Enterprise Grid. */
  enterprise_id: string;
  event?: FunctionExecutedEvent;
}

/**
 * Success (`outputs`, runtime calls `functions.completeSuccess`) or failure (`error`, runtime calls
 * `functions.completeError`). The error text is shown to people: say what went wrong and what to
 * do, and never include a secret or raw log text.
 */
export type FunctionResult<Outputs> =
  | { outputs: Outputs; error?: undefined }
  | { error: string; outputs?: undefined };

/** The default export of every `functions/<name>/handler.ts`. */
export type FunctionHandler<Inputs, Outputs> = (
  ctx: FunctionContext<Inputs>,
) => Promise<FunctionResult<Outputs>>;
