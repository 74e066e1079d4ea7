/**
 * The runner's own Web API calls (what the platform does for the app: completing functions,
 * playing built-in steps). They go through the app's client (slack/web_api.ts: form encoding,
 * deadline, size cap, answer parsing) pointed at the emulator, without retries: a rate limit or
 * a failure ends the step, with an error worded for someone running workflows locally.
 */
import {
  createSlackClient,
  SlackApiError,
  slackErrorCode,
  type SlackResponse,
} from "../../slack/web_api.ts";
import type { EmulatorHandle } from "./types.ts";

export type { SlackResponse };

const MAX_RESPONSE_BYTES = 1_000_000;

/** A client error, reworded for the runner: what failed and where to look. */
function runnerError(method: string, error: SlackApiError): Error {
  switch (error.code) {
    case "rate_limited":
      return new Error(
        `${method} was rate limited (Retry-After: ${error.retryAfterSeconds ?? "not given"} s)`,
      );
    case "http":
      return new Error(
        `${method} answered HTTP ${error.status}; is the Slack emulator running?`,
      );
    case "timeout":
    case "network":
      return new Error(`${method} got no answer; is the Slack emulator running?`);
    default:
      return new Error(`${method}: ${error.message}`);
  }
}

/**
 * Calls `method` on the emulator and returns its answer; throws when the call fails or Slack
 * answers `ok: false` (the error names the method and Slack's error code).
 */
export async function callSlackOk(
  emulator: EmulatorHandle,
  method: string,
  args: Record<string, unknown>,
): Promise<SlackResponse> {
  const client = createSlackClient({
    token: emulator.platformToken,
    env: { SLACK_API_URL: emulator.url },
    maxRetries: 0,
    maxResponseBytes: MAX_RESPONSE_BYTES,
  });
  let answer: SlackResponse;
  try {
    answer = await client.call(method, args);
  } catch (error) {
    throw error instanceof SlackApiError ? runnerError(method, error) : error;
  }
  if (!answer.ok) throw new Error(`${method} failed: ${slackErrorCode(answer)}`);
  return answer;
}
