/**
 * Sends one signed alert to the webhook trigger URL, retrying with exponential backoff after a
 * 429 (Retry-After honoured up to the longest delay), a 5xx or a network error; any other answer
 * is final. Every attempt sends the same body (same timestamp and nonce): if an attempt reached
 * the app although its answer was lost, a retry is refused as a replay instead of posting twice.
 */
import { alertValues, signedAlertBody } from "../core/webhook/mod.ts";
import type { AlertFields } from "./alertmanager.ts";
import type { RelayConfig } from "./config.ts";

export interface SendDeps {
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  nowMs: () => number;
}

export type SendResult =
  | { ok: true; attempts: number; status: number }
  | { ok: false; attempts: number; reason: string };

const ATTEMPT_TIMEOUT_MS = 10_000;

function retryable(status: number) {
  return status === 429 || status >= 500;
}

function delayFor(attempt: number, response: Response | undefined, config: RelayConfig) {
  const backoff = Math.min(
    config.retry.max_delay_ms,
    config.retry.base_delay_ms * 2 ** (attempt - 1),
  );
  const retryAfter = Number(response?.headers.get("retry-after"));
  if (response?.status === 429 && Number.isFinite(retryAfter) && retryAfter > 0) {
    return Math.min(config.retry.max_delay_ms, retryAfter * 1000);
  }
  return backoff;
}

export async function sendAlert(
  fields: AlertFields,
  secret: string,
  config: RelayConfig,
  deps: SendDeps,
): Promise<SendResult> {
  const body = JSON.stringify(
    signedAlertBody(alertValues(fields, deps.nowMs()), secret),
  );
  let reason = "";
  for (let attempt = 1; attempt <= config.retry.attempts; attempt++) {
    let response: Response | undefined;
    try {
      response = await deps.fetch(config.trigger_url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      await response.body?.cancel();
      if (response.ok) return { ok: true, attempts: attempt, status: response.status };
      reason = `HTTP ${response.status}`;
      if (!retryable(response.status)) return { ok: false, attempts: attempt, reason };
    } catch (error) {
      reason = `network error (${(error as Error).name})`;
    }
    if (attempt < config.retry.attempts) await deps.sleep(delayFor(attempt, response, config));
  }
  return { ok: false, attempts: config.retry.attempts, reason };
}
