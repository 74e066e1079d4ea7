/**
 * The runner's own Web API calls (what the platform does for the app: completing functions,
 * playing built-in steps). Same wire format as the SDK client: POST, form-encoded, objects and
 * arrays JSON-encoded per field, bearer token. Every call has a deadline.
 */
import * as z from "zod";
import type { EmulatorHandle } from "./types.ts";

const CALL_TIMEOUT_MS = 10_000;
const MAX_RESPONSE_BYTES = 1_000_000;

const slackResponse = z.looseObject({ ok: z.boolean(), error: z.string().max(200).optional() });
export type SlackResponse = z.infer<typeof slackResponse>;

function formBody(args: Record<string, unknown>): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined) continue;
    body.set(name, typeof value === "string" ? value : JSON.stringify(value));
  }
  return body;
}

/**
 * Calls `method` on the emulator. Returns the parsed `{ ok, error?, … }` answer (Slack-level
 * failures are `ok: false`, not exceptions); throws on a timeout, a non-200 status or a body
 * that is not a Web API answer.
 */
async function callSlack(
  emulator: EmulatorHandle,
  method: string,
  args: Record<string, unknown>,
): Promise<SlackResponse> {
  const response = await fetch(new URL(method, emulator.url), {
    method: "POST",
    headers: { authorization: `Bearer ${emulator.botToken}` },
    body: formBody(args),
    signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
  });
  if (response.status !== 200) {
    await response.body?.cancel();
    const retryAfter = response.headers.get("retry-after");
    throw new Error(
      response.status === 429
        ? `${method} was rate limited (Retry-After: ${retryAfter ?? "not given"} s)`
        : `${method} answered HTTP ${response.status}; is the Slack emulator running?`,
    );
  }
  if (Number(response.headers.get("content-length") ?? 0) > MAX_RESPONSE_BYTES) {
    await response.body?.cancel();
    throw new Error(`${method} answered more than ${MAX_RESPONSE_BYTES} bytes`);
  }
  const text = await response.text();
  if (text.length > MAX_RESPONSE_BYTES) {
    throw new Error(`${method} answered more than ${MAX_RESPONSE_BYTES} bytes`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${method} answered something that is not JSON`);
  }
  const parsed = slackResponse.safeParse(body);
  if (!parsed.success) throw new Error(`${method} answered without a boolean "ok"`);
  return parsed.data;
}

/** Like `callSlack`, but an `ok: false` answer becomes an error naming the method and code. */
export async function callSlackOk(
  emulator: EmulatorHandle,
  method: string,
  args: Record<string, unknown>,
): Promise<SlackResponse> {
  const answer = await callSlack(emulator, method, args);
  if (!answer.ok) throw new Error(`${method} failed: ${answer.error ?? "no error code"}`);
  return answer;
}
