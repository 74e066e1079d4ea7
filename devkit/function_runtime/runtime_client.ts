/**
 * The Web API calls Slack's runtime makes itself (functions.completeSuccess / completeError),
 * made the way the runtime's own client makes them, so a setting that breaks them when deployed
 * breaks them here too.
 *
 * deno-slack-runtime src/run-function.ts `RunFunction` builds
 * `new BaseSlackAPIClient(token, { slackApiUrl: env["SLACK_API_URL"] })` from the client its
 * src/deps.ts pins (deno_slack_api@0.0.2 base-client.ts), whose `apiCall` posts to
 * `${slackApiUrl || "https://slack.com/api/"}${method}`: the URL is used as given, so one without
 * a trailing slash names a wrong path (".../apifunctions.completeSuccess"). The body is form
 * encoded with objects and arrays JSON-stringified per field (its `serializeData`; the app's
 * `formEncode` does the same for every value the runtime sends); a non-2xx answer throws, which
 * the hosted runtime turns into HTTP 500 (src/mod.ts).
 *
 * The harness adds what the runtime leaves to its host: a deadline and a cap on the answer's size.
 */
import { readAtMost } from "../../core/bounded_read.ts";
import { formEncode } from "../../slack/web_api.ts";

export const RUNTIME_DEFAULT_API_URL = "https://slack.com/api/";
const MAX_ANSWER_BYTES = 1_000_000;
const DEFAULT_TIMEOUT_MS = 10_000;

/** A completion call that failed below Slack's `ok` flag (unreachable, non-2xx, not JSON). */
export class RuntimeApiError extends Error {
  override name = "RuntimeApiError";
}

export interface RuntimeClientOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** Slack's answer as the runtime reads it: `ok` and, when not ok, Slack's error code. */
export interface RuntimeApiAnswer {
  ok: boolean;
  error?: string;
}

/** Where the runtime posts `method`: the configured base URL and the method name, joined as is. */
export function runtimeApiUrl(env: Record<string, string>, method: string): string {
  return `${env.SLACK_API_URL || RUNTIME_DEFAULT_API_URL}${method}`;
}

export async function runtimeApiCall(
  token: string,
  env: Record<string, string>,
  method: string,
  data: Record<string, unknown>,
  options: RuntimeClientOptions = {},
): Promise<RuntimeApiAnswer> {
  const url = runtimeApiUrl(env, method);
  const doFetch = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: formEncode(data),
      signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
    });
  } catch (error) {
    throw new RuntimeApiError(
      `${method} could not be sent to ${url} (${error instanceof Error ? error.name : "error"}); ` +
        `check SLACK_API_URL`,
    );
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new RuntimeApiError(
      `${method} answered HTTP ${response.status} at ${url}; check SLACK_API_URL ` +
        `(the runtime joins it to the method name as given, so it must end with "/")`,
    );
  }
  const bytes = await readAtMost(response.body, MAX_ANSWER_BYTES);
  let answer: unknown;
  try {
    answer = bytes ? JSON.parse(new TextDecoder().decode(bytes)) : undefined;
  } catch {
    answer = undefined;
  }
  if (
    typeof answer !== "object" || answer === null || typeof Reflect.get(answer, "ok") !== "boolean"
  ) {
    throw new RuntimeApiError(`${method} at ${url} did not answer with a Web API response`);
  }
  const error = Reflect.get(answer, "error");
  return {
    ok: Reflect.get(answer, "ok") as boolean,
    error: typeof error === "string" ? error : undefined,
  };
}
