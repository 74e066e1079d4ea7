/**
 * Plays Slack's hosted function runtime (deno-slack-runtime src/mod.ts `run`) for bundled
 * functions: one invocation payload on stdin, the module loaded from
 * `<functions dir>/<callback_id>.js` by the payload's callback_id (as the hosted runtime loads
 * the CLI's bundles), dispatched as the runtime dispatches it (dispatch.ts).
 *
 *   deno run --allow-read=dist/functions --allow-net=127.0.0.1 \
 *     devkit/function_runtime/mod.ts dist/functions < payload.json
 *
 * The last line of stdout describes what the runtime answered:
 * `{"status":200,"response":…,"completion":{"method":…,"response":{ok,error}}|null,"warning":…|null}`,
 * or `{"status":500,"error":"…"}` (exit code 1) where the hosted runtime answers HTTP 500.
 *
 * Runtime code: no SDK import, no Deno.env; reads only the functions directory.
 */
import { join } from "@node/path";
import { pathToFileURL } from "@node/url";
import { readAtMost } from "../../core/bounded_read.ts";
import {
  type DispatchOutcome,
  dispatchPayload,
  type FunctionModule,
  type InvocationPayload,
  InvocationPayloadSchema,
} from "./dispatch.ts";
import type { RuntimeClientOptions } from "./runtime_client.ts";

export * from "./dispatch.ts";

/** The largest invocation payload accepted on stdin. */
export const MAX_PAYLOAD_BYTES = 1_000_000;

/** A callback_id that names a file in the functions directory and nothing outside it. */
const CALLBACK_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** Reads at most `MAX_PAYLOAD_BYTES` from a stream as UTF-8. */
export async function readPayloadText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const bytes = await readAtMost(stream, MAX_PAYLOAD_BYTES);
  if (!bytes) throw new Error(`invocation payload larger than ${MAX_PAYLOAD_BYTES} bytes`);
  return new TextDecoder().decode(bytes);
}

/** The hosted loader: `<functionsDir>/<callback_id>.js`, imported as it is (src/mod.ts `run`,
 * src/load-function-module.ts `LoadFunctionModule`; an import error answers 500). */
export function bundleLoader(
  functionsDir: string,
): (callbackId: string) => Promise<FunctionModule> {
  return async (callbackId) => {
    if (!CALLBACK_ID.test(callbackId)) {
      throw new Error(
        `callback_id ${JSON.stringify(callbackId.slice(0, 100))} is not a function name`,
      );
    }
    const directory = await Deno.realPath(functionsDir);
    return await import(pathToFileURL(join(directory, `${callbackId}.js`)).href);
  };
}

/** Dispatches one payload against the bundles in `functionsDir`. */
export function runHosted(
  functionsDir: string,
  payload: InvocationPayload,
  options: RuntimeClientOptions = {},
): Promise<DispatchOutcome> {
  return dispatchPayload(payload, bundleLoader(functionsDir), options);
}

/** The process entry; returns the exit code. */
export async function main(
  functionsDir: string | undefined,
  stdin: ReadableStream<Uint8Array> = Deno.stdin.readable,
): Promise<number> {
  try {
    if (!functionsDir) throw new Error("usage: mod.ts <functions directory> < payload.json");
    const payload = InvocationPayloadSchema.parse(JSON.parse(await readPayloadText(stdin)));
    const outcome = await runHosted(functionsDir, payload);
    if (outcome.warning) console.warn(outcome.warning);
    console.log(JSON.stringify({
      status: 200,
      response: outcome.response,
      completion: outcome.completion ?? null,
      warning: outcome.warning ?? null,
    }));
    return 0;
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.error(`function runtime: ${message}`);
    console.log(JSON.stringify({ status: 500, error: message }));
    return 1;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args[0]));
