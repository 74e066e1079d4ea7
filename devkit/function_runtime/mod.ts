/**
 * Plays Slack's hosted function runtime (deno-slack-runtime) for one bundled function:
 * reads the invocation payload, builds the handler's arguments as the runtime does, runs the
 * handler and reports the result with `functions.completeSuccess` / `completeError`.
 *
 * Runtime code: no SDK import, no Deno.env, network only to the Slack API base URL.
 */
import { readAtMost } from "../../core/bounded_read.ts";
import { createSlackClient } from "../../slack/web_api.ts";
import * as z from "zod";

/** The largest invocation payload accepted on stdin. */
export const MAX_PAYLOAD_BYTES = 1_000_000;

/** Slack's `InvocationPayload` for a `function_executed` event. */
export const InvocationPayloadSchema = z.object({
  body: z.object({
    event: z.object({
      type: z.literal("function_executed"),
      function: z.object({ callback_id: z.string().min(1) }),
      function_execution_id: z.string().min(1),
      inputs: z.record(z.string(), z.unknown()).optional(),
      bot_access_token: z.string().optional(),
    }).loose(),
    enterprise_id: z.string().optional(),
    enterprise: z.object({ id: z.string() }).nullable().optional(),
  }).loose(),
  context: z.object({
    bot_access_token: z.string().optional(),
    team_id: z.string().optional(),
    variables: z.record(z.string(), z.string()).optional(),
  }),
});
export type InvocationPayload = z.infer<typeof InvocationPayloadSchema>;

/** What the runtime passes a function handler (deno-slack-runtime dispatch-payload.ts). */
export interface HandlerArgs {
  inputs: Record<string, unknown>;
  env: Record<string, string>;
  token: string;
  team_id: string;
  enterprise_id: string;
  event: InvocationPayload["body"]["event"];
  body: InvocationPayload["body"];
}

export type BundledHandler = (args: HandlerArgs) => unknown;

export interface Completion {
  method: "functions.completeSuccess" | "functions.completeError";
  /** Slack's answer: `{ ok, error? }`. */
  response: { ok: boolean; error?: string };
}

export function handlerArgs(payload: InvocationPayload): HandlerArgs {
  const { body, context } = payload;
  return {
    inputs: body.event.inputs ?? {},
    env: context.variables ?? {},
    token: body.event.bot_access_token ?? context.bot_access_token ?? "",
    team_id: context.team_id ?? "",
    enterprise_id: body.enterprise_id ?? body.enterprise?.id ?? "",
    event: body.event,
    body,
  };
}

const HandlerResultSchema = z.object({
  outputs: z.record(z.string(), z.unknown()).optional(),
  error: z.string().optional(),
  completed: z.boolean().optional(),
}).loose();

/**
 * Runs the handler on a parsed payload and completes the function as the runtime does:
 * `error` → completeError, else (unless `completed: false`) completeSuccess with `outputs`.
 * A handler that throws is not completed (the hosted runtime answers 500): the error
 * propagates. Returns undefined when nothing was sent.
 */
export async function runInvocation(
  handler: BundledHandler,
  payload: InvocationPayload,
  options: { fetch?: typeof fetch; timeoutMs?: number } = {},
): Promise<Completion | undefined> {
  const args = handlerArgs(payload);
  const result = HandlerResultSchema.parse(await handler(args) ?? {});
  const function_execution_id = args.event.function_execution_id;
  if (result.error !== undefined) {
    return await complete("functions.completeError", {
      error: result.error,
      function_execution_id,
    });
  }
  if (result.completed === false) return undefined;
  return await complete("functions.completeSuccess", {
    outputs: JSON.stringify(result.outputs ?? {}),
    function_execution_id,
  });

  async function complete(
    method: Completion["method"],
    fields: Record<string, string>,
  ): Promise<Completion> {
    const answer = await createSlackClient({
      token: args.token,
      env: args.env,
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      maxRetries: 0,
    }).call(method, fields);
    return { method, response: { ok: answer.ok, error: answer.error } };
  }
}

/** Reads at most `MAX_PAYLOAD_BYTES` from a stream as UTF-8. */
export async function readPayloadText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const bytes = await readAtMost(stream, MAX_PAYLOAD_BYTES);
  if (!bytes) throw new Error(`invocation payload larger than ${MAX_PAYLOAD_BYTES} bytes`);
  return new TextDecoder().decode(bytes);
}

/**
 * The process entry: payload on stdin, one JSON line on stdout describing the completion
 * sent (`{"method":…,"response":{…}}`, or `{"method":null}` when the handler asked not to
 * complete). Exit 1, with the reason on stderr, when the payload is invalid, the handler
 * throws or the completion cannot be sent.
 */
export async function main(handler: BundledHandler): Promise<number> {
  try {
    const payload = InvocationPayloadSchema.parse(
      JSON.parse(await readPayloadText(Deno.stdin.readable)),
    );
    const completion = await runInvocation(handler, payload);
    console.log(JSON.stringify(completion ?? { method: null }));
    return 0;
  } catch (error) {
    console.error(`function runtime: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
