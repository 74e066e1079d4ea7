/**
 * The one HTTP path every adapter uses: per-request timeout inside the overall deadline, capped
 * exponential backoff on 429/5xx/timeouts (and vendor throttle codes) honouring Retry-After,
 * same-origin-only redirects, bounded bodies, and errors that name the failure but never a secret.
 */
import { readAtMost } from "../bounded_read.ts";
import { defaultPolicy } from "../scrub/policy_defaults.ts";
import { type WholeTextScrubber, wholeTextScrubberFor } from "../scrub/scrubber.ts";
import * as z from "../zod.ts";
import { LogSourceError, type Timers } from "./types.ts";

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Where and how one source's requests go. */
export interface HttpTarget {
  sourceName: string;
  /** Only this origin may be contacted, including after redirects. */
  origin: string;
  fetch: typeof fetch;
  now: () => number;
  /** Per-request timeouts and retry waits. */
  timers: Timers;
  /** Epoch ms after which no request starts and running ones are aborted. */
  deadline: number;
  /** The whole fetch's time budget that `deadline` ends, as errors state it. */
  budgetMs: number;
  /** One attempt's limit; an attempt never runs past `deadline` either. */
  timeoutMs: number;
  retry: RetryPolicy;
  /** Secret values that must never appear in an error text. */
  secrets: string[];
  maxResponseBytes: number;
}

/** A non-2xx reply with its body parsed as JSON once: `json` is undefined when it is not JSON. */
export interface ErrorReply extends HttpReply {
  json: unknown;
}

/** A backend's own error conventions. */
export interface VendorErrors {
  /** A short, human-readable reason from an error body, if the body has one. */
  detail(reply: ErrorReply): string | undefined;
  /** Overrides the status-based LogSourceError code (e.g. CloudWatch's 400 AccessDenied → auth). */
  code?(reply: ErrorReply): string | undefined;
  /** A non-429 reply that still means "slow down" (CloudWatch 400 ThrottlingException). */
  throttled?(reply: ErrorReply): boolean;
}

/** The first line of a plain-text error body; undefined when it is empty. */
export function firstLine(text: string): string | undefined {
  return text.split("\n", 1)[0] || undefined;
}

export interface HttpCall {
  method: "GET" | "POST";
  url: URL;
  headers?: Record<string, string>;
  body?: string;
  vendor: VendorErrors;
  /** Signs a freshly built request (SigV4); called once per attempt. */
  sign?: (request: Request) => Promise<Request>;
}

export interface HttpReply {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * The headers of a reader that reads JSON, and of one that also posts JSON (written out, not
 * spread, so that a bundle without any reader leaves both out).
 */
export const ACCEPT_JSON = { accept: "application/json" } as const;
export const POST_JSON = {
  "content-type": "application/json",
  accept: "application/json",
} as const;

const MAX_REDIRECTS = 3;
const MAX_DETAIL_CHARS = 200;

const ADVICE: Record<string, string> = {
  auth: "check the credentials named in the source config and their permissions",
  not_found: "check the source's base URL and the service mapping (index, table, log group)",
  bad_query: "check the service mapping in the source config",
  rate_limited: "wait a minute and try again with a shorter window",
  unavailable: "the backend is failing or unreachable; try again later",
  timeout: "try a shorter window",
  malformed: "the backend answered with something that is not its documented format",
  config: "fix the source config",
};

/** Builds a LogSourceError whose text says which source, what happened and what to do. */
export function sourceError(sourceName: string, what: string, code: string): LogSourceError {
  return new LogSourceError(
    `Log source "${sourceName}": ${what} (${ADVICE[code] ?? "see logs"}).`,
    code,
  );
}

/** The backend's reply is not what its documented format says. */
export function malformed(sourceName: string, what: string): LogSourceError {
  return sourceError(sourceName, what, "malformed");
}

/** The fetch's time budget ran out: the error states the budget that was applied. */
export function outOfTime(sourceName: string, budgetMs: number): LogSourceError {
  return sourceError(sourceName, `no answer within its ${budgetMs} ms time budget`, "timeout");
}

let detailScrubber: WholeTextScrubber | undefined;

/**
 * Built once, on the first error: `scrub()` keeps no state between calls. The default policy
 * (what createScrubber() builds), without the schema that checks a policy given to it.
 */
function errorScrubber(): WholeTextScrubber {
  return detailScrubber ??= wholeTextScrubberFor(defaultPolicy());
}

/** Removes control characters and known secret values, and bounds the length. */
export function cleanDetail(text: string, secrets: string[]): string {
  // deno-lint-ignore no-control-regex -- control characters are what this escapes
  let cleaned = text.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim();
  for (const secret of secrets) {
    if (secret.length >= 4) cleaned = cleaned.replaceAll(secret, "[secret]");
  }
  cleaned = cleaned.length > MAX_DETAIL_CHARS ? `${cleaned.slice(0, MAX_DETAIL_CHARS)}…` : cleaned;
  // A backend's error body can quote log text or a query: scrub it like the logs.
  try {
    return errorScrubber().scrub(cleaned).text;
  } catch {
    return "(the backend's error text could not be scrubbed and is not shown)";
  }
}

function codeForStatus(status: number): string {
  if (status === 401 || status === 403) return "auth";
  if (status === 404) return "not_found";
  if (status === 408 || status === 504) return "timeout";
  if (status === 429) return "rate_limited";
  if (status >= 400 && status < 500) return "bad_query";
  return "unavailable";
}

/** Retry-After in seconds or as an HTTP-date, else Datadog's X-RateLimit-Reset seconds. */
export function retryAfterMs(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get("retry-after")?.trim();
  if (retryAfter) {
    if (/^\d{1,6}$/.test(retryAfter)) return Number(retryAfter) * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = headers.get("x-ratelimit-reset")?.trim();
  if (reset && /^\d{1,6}$/.test(reset)) return Number(reset) * 1000;
  return undefined;
}

/** A reply (of any status), or a failure before one: `retryable` says whether another may help. */
type Attempt = { reply: HttpReply } | { error: LogSourceError; retryable?: boolean };

/** A failed attempt: whether to try again, and what to say if no attempt follows. */
interface Failure {
  retryable: boolean;
  waitMs?: number;
  /** Called only when giving up: building the text scrubs the backend's error body. */
  error: () => LogSourceError;
}

/** `attempt` counts from 1; a timeout's error says which attempt of how many got no answer. */
async function attemptOnce(target: HttpTarget, call: HttpCall, attempt: number): Promise<Attempt> {
  const { sourceName, timeoutMs } = target;
  const fail = (what: string, code: string, retryable = false): Attempt => ({
    error: sourceError(sourceName, what, code),
    retryable,
  });
  let url = call.url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (url.origin !== target.origin) {
      return fail(`refused to follow a redirect to another host (${url.host})`, "config");
    }
    const remaining = target.deadline - target.now();
    if (remaining <= 0) return { error: outOfTime(sourceName, target.budgetMs) };
    // The budget's end cuts the attempt short: then the budget is what ran out.
    const cutByDeadline = remaining < timeoutMs;
    const controller = new AbortController();
    const timer = target.timers.setTimeout(
      () => controller.abort(),
      Math.min(timeoutMs, remaining),
    );
    try {
      let request = new Request(url, {
        method: call.method,
        headers: call.headers,
        body: call.body,
      });
      if (call.sign) request = await call.sign(request);
      const response = await target.fetch(request, {
        signal: controller.signal,
        redirect: "manual",
      });
      const { status } = response;
      if (status >= 300 && status < 400) {
        await response.body?.cancel();
        const location = response.headers.get("location");
        if (!location || call.method !== "GET") {
          return fail(
            `the backend answered with a redirect (HTTP ${status}) that cannot be followed`,
            "config",
          );
        }
        url = new URL(location, url);
        continue;
      }
      const maxBytes = target.maxResponseBytes;
      const bytes = await readAtMost(response.body, maxBytes);
      if (!bytes) return fail(`the response was larger than ${maxBytes} bytes`, "malformed");
      const text = new TextDecoder().decode(bytes);
      return { reply: { status, headers: response.headers, text } };
    } catch (error) {
      if (error instanceof LogSourceError) return { error };
      if (!controller.signal.aborted) {
        return fail(`could not connect to ${url.host}`, "unavailable", true);
      }
      if (cutByDeadline) return { error: outOfTime(sourceName, target.budgetMs) };
      const { maxAttempts } = target.retry;
      const attempts = maxAttempts === 1 ? "" : ` (attempt ${attempt} of ${maxAttempts})`;
      return fail(`no answer within ${timeoutMs} ms${attempts}`, "timeout", true);
    } finally {
      target.timers.clearTimeout(timer);
    }
  }
  return fail("too many redirects", "config");
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The vendor's reason, or the first line when its parser trips over hostile JSON (`String()` of
 * an object whose `toString` is not a function throws).
 */
function vendorDetail(vendor: VendorErrors, reply: ErrorReply): string | undefined {
  try {
    return vendor.detail(reply);
  } catch {
    return firstLine(reply.text);
  }
}

function classify(target: HttpTarget, call: HttpCall, reply: HttpReply): Failure {
  const failed: ErrorReply = { ...reply, json: parseJson(reply.text) };
  const { status, headers } = reply;
  const throttled = call.vendor.throttled?.(failed) ?? false;
  return {
    retryable: throttled || status === 429 || status >= 500,
    waitMs: retryAfterMs(headers, target.now()),
    error: () => {
      const code = throttled ? "rate_limited" : call.vendor.code?.(failed) ??
        codeForStatus(status);
      const detail = vendorDetail(call.vendor, failed);
      const cleaned = detail ? `: ${cleanDetail(detail, target.secrets)}` : "";
      return sourceError(target.sourceName, `HTTP ${status}${cleaned}`, code);
    },
  };
}

/** Sends one logical request with retries; resolves with a 2xx reply or throws LogSourceError. */
export async function send(target: HttpTarget, call: HttpCall): Promise<HttpReply> {
  const { retry, timers } = target;
  let failure: Failure | undefined;
  for (let attempt = 1; attempt <= retry.maxAttempts; attempt++) {
    const outcome = await attemptOnce(target, call, attempt);
    if ("reply" in outcome) {
      if (outcome.reply.status >= 200 && outcome.reply.status < 300) return outcome.reply;
      failure = classify(target, call, outcome.reply);
    } else {
      failure = { retryable: outcome.retryable ?? false, error: () => outcome.error };
    }
    if (!failure.retryable || attempt === retry.maxAttempts) break;
    const backoff = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
    const wait = Math.max(backoff, failure.waitMs ?? 0);
    // Never wait past the budget: the last failure is reported instead.
    if (target.now() + wait >= target.deadline) break;
    await new Promise<void>((resolve) => timers.setTimeout(resolve, wait));
  }
  throw failure?.error() ??
    sourceError(target.sourceName, "the request failed", "unavailable");
}

/** Parses a JSON reply and validates it; any mismatch is a `malformed` LogSourceError. */
export function parseReply<T>(
  target: Pick<HttpTarget, "sourceName">,
  text: string,
  schema: z.ZodMiniType<T>,
  what: string,
): T {
  const replyIsNot = (detail: string) => malformed(target.sourceName, `the reply is not ${detail}`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw replyIsNot(`JSON (expected ${what})`);
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const path = result.error.issues[0]?.path.map(String).join(".") || "(root)";
    throw replyIsNot(`the expected ${what} (at ${path})`);
  }
  return result.data;
}

/** Sends `call` (see send) and parses its reply as `what` (see parseReply). */
export async function sendForJson<T>(
  target: HttpTarget,
  call: HttpCall,
  schema: z.ZodMiniType<T>,
  what: string,
): Promise<T> {
  return parseReply(target, (await send(target, call)).text, schema, what);
}
