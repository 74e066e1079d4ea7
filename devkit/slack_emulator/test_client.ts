// A raw Web API caller for the emulator's own tests: sends exactly what it is given (form or
// JSON), so tests can also send what the SDK never would.
import { formEncode } from "../../slack/web_api.ts";
import { type SlackEmulator, type SlackEmulatorOptions, startSlackEmulator } from "./mod.ts";

export interface RawResponse {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

export interface RawCallOptions {
  /** Sent as `Authorization: Bearer`; omit for none. */
  token?: string;
  /** Send a JSON body instead of form fields. */
  json?: boolean;
}

/** POSTs `args` to `<url><method>`; objects/arrays become JSON strings in form bodies. */
export async function callApi(
  url: string,
  method: string,
  args: Record<string, unknown>,
  options: RawCallOptions = {},
): Promise<RawResponse> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string;
  if (options.json) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(args);
  } else {
    headers["content-type"] = "application/x-www-form-urlencoded";
    body = formEncode(args).toString();
  }
  const response = await fetch(url + method, {
    method: "POST",
    headers,
    body,
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}

/** Runs `test` against a fresh emulator, always stops it, and returns what `test` returned. */
export async function withEmulator<T>(
  test: (emulator: SlackEmulator) => Promise<T>,
  options: SlackEmulatorOptions = {},
): Promise<T> {
  const emulator = await startSlackEmulator(options);
  try {
    return await test(emulator);
  } finally {
    await emulator.stop();
  }
}

/** Calls `method` with the emulator's bot token and returns the parsed body. */
export function call(
  emulator: SlackEmulator,
  method: string,
  args: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  return callApi(emulator.url, method, args, { token: emulator.botToken }).then((r) => r.body);
}
