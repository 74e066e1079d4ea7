/**
 * A small typed Slack Web API client for function runtime code (no SDK value import, no Deno.env).
 *
 * Slack-level failures (`{ok:false, error}`, HTTP 200) are returned as values; transport failures
 * (timeout, network, non-2xx, rate limit that outlasts the retries, unreadable body) throw a
 * SlackApiError whose message never contains the token or the response body.
 */
import { readAtMost } from "../core/bounded_read.ts";
import * as z from "../core/zod.ts";

export const DEFAULT_SLACK_API_URL = "https://slack.com/api/";

/** Every Web API answer: `ok`, Slack's `error` code when not ok, and method-specific fields. */
export interface SlackResponse {
  ok: boolean;
  error?: string;
  [field: string]: unknown;
}

export type SlackApiErrorCode =
  | "config"
  | "bad_method"
  | "timeout"
  | "network"
  | "http"
  | "rate_limited"
  | "malformed";

export class SlackApiError extends Error {
  constructor(
    message: string,
    readonly code: SlackApiErrorCode,
    readonly method: string,
    /** HTTP status, when a response arrived. */
    readonly status?: number,
    /** Seconds Slack asked us to wait, for `rate_limited`. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "SlackApiError";
  }
}

export type Encoding = "form" | "json";

export interface SlackClientOptions {
  token: string;
  /** The function's env; `SLACK_API_URL` overrides the base URL (tests, emulator). */
  env?: Record<string, string | undefined>;
  fetch?: typeof fetch;
  /** Per attempt, including reading the body. Default 10 s. */
  timeoutMs?: number;
  /** Retries after HTTP 429. Default 2. */
  maxRetries?: number;
  /** Longest single Retry-After wait accepted; a longer one fails at once. Default 10 s. */
  maxRetryWaitMs?: number;
  /** Largest response body read. Default 8 MiB. */
  maxResponseBytes?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface SlackClient {
  readonly baseUrl: string;
  call(
    method: string,
    args?: Record<string, unknown>,
    options?: { encoding?: Encoding },
  ): Promise<SlackResponse>;
}

interface HttpAnswer {
  status: number;
  retryAfter: string | null;
  text: string;
}

const METHOD_NAME = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*){1,3}$/;
const DEFAULT_RETRY_AFTER_SECONDS = 1;

const slackResponseSchema = z.looseObject({ ok: z.boolean(), error: z.optional(z.string()) });

export function createSlackClient(options: SlackClientOptions): SlackClient {
  const baseUrl = resolveBaseUrl(options.env?.SLACK_API_URL);
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRetries = options.maxRetries ?? 2;
  const maxRetryWaitMs = options.maxRetryWaitMs ?? 10_000;
  const maxResponseBytes = options.maxResponseBytes ?? 8 * 1024 * 1024;
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));

  async function call(
    method: string,
    args: Record<string, unknown> = {},
    callOptions: { encoding?: Encoding } = {},
  ): Promise<SlackResponse> {
    if (!METHOD_NAME.test(method)) {
      throw new SlackApiError(
        "Not a Slack Web API method name; use a name like chat.postMessage.",
        "bad_method",
        "(invalid)",
      );
    }
    const encoding = callOptions.encoding ?? "form";
    for (let attempt = 0;; attempt++) {
      const answer = await attemptOnce(method, args, encoding);
      if (answer.status !== 429) return parseAnswer(method, answer);
      const waitSeconds = parseRetryAfter(answer.retryAfter);
      if (attempt >= maxRetries || waitSeconds * 1000 > maxRetryWaitMs) {
        throw new SlackApiError(
          `Slack rate-limited ${method} (retry after ${waitSeconds}s); try again in a minute.`,
          "rate_limited",
          method,
          429,
          waitSeconds,
        );
      }
      await sleep(waitSeconds * 1000);
    }
  }

  async function attemptOnce(
    method: string,
    args: Record<string, unknown>,
    encoding: Encoding,
  ): Promise<HttpAnswer> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await doFetch(new URL(method, baseUrl), {
        method: "POST",
        headers: {
          authorization: `Bearer ${options.token}`,
          "content-type": encoding === "json"
            ? "application/json; charset=utf-8"
            : "application/x-www-form-urlencoded",
        },
        body: encoding === "json" ? JSON.stringify(args) : formEncode(args),
        signal: controller.signal,
      });
      const retryAfter = response.headers.get("retry-after");
      if (response.status === 429) {
        await response.body?.cancel();
        return { status: 429, retryAfter, text: "" };
      }
      const text = await readBounded(response, maxResponseBytes, method);
      return { status: response.status, retryAfter, text };
    } catch (error) {
      if (error instanceof SlackApiError) throw error;
      if (controller.signal.aborted) {
        throw new SlackApiError(
          `Slack did not answer ${method} within ${timeoutMs} ms; try again shortly.`,
          "timeout",
          method,
        );
      }
      throw new SlackApiError(
        `Could not reach Slack for ${method}; check the network or SLACK_API_URL.`,
        "network",
        method,
      );
    } finally {
      clearTimeout(timer);
    }
  }

  function parseAnswer(method: string, answer: HttpAnswer): SlackResponse {
    if (answer.status < 200 || answer.status > 299) {
      throw new SlackApiError(
        `Slack answered ${method} with HTTP ${answer.status}; try again later.`,
        "http",
        method,
        answer.status,
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(answer.text);
    } catch {
      json = undefined;
    }
    const parsed = slackResponseSchema.safeParse(json);
    if (!parsed.success) {
      throw new SlackApiError(
        `Slack's answer to ${method} was not a Web API response; check SLACK_API_URL.`,
        "malformed",
        method,
        answer.status,
      );
    }
    return parsed.data;
  }

  return { baseUrl, call };
}

function resolveBaseUrl(configured: string | undefined): string {
  if (configured === undefined || configured === "") return DEFAULT_SLACK_API_URL;
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new SlackApiError(
      "SLACK_API_URL is not a URL; set it to e.g. https://slack.com/api/ or unset it.",
      "config",
      "(none)",
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new SlackApiError("SLACK_API_URL must be an http(s) URL.", "config", "(none)");
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Slack's error code from a failed response, safe to show and store: snake_case words only,
 * otherwise "unknown_error" (a proxy or fake could put any text there).
 */
export function slackErrorCode(response: SlackResponse): string {
  const code = response.error;
  return code !== undefined && /^[a-z][a-z0-9_]{0,59}$/.test(code) ? code : "unknown_error";
}

/** Slack's form encoding: scalars as text, objects and arrays JSON-stringified per field. */
export function formEncode(args: Record<string, unknown>): URLSearchParams {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined) continue;
    form.set(key, typeof value === "object" && value !== null ? JSON.stringify(value) : `${value}`);
  }
  return form;
}

/** Whole seconds from a Retry-After header; a missing or odd value means one second. */
export function parseRetryAfter(header: string | null): number {
  if (header === null || !/^\d{1,6}$/.test(header.trim())) return DEFAULT_RETRY_AFTER_SECONDS;
  return Number(header.trim());
}

async function readBounded(
  response: Response,
  maxBytes: number,
  method: string,
): Promise<string> {
  const bytes = await readAtMost(response.body, maxBytes);
  if (!bytes) {
    throw new SlackApiError(
      `Slack's answer to ${method} exceeded ${maxBytes} bytes; narrow the request.`,
      "malformed",
      method,
      response.status,
    );
  }
  return new TextDecoder().decode(bytes);
}
