/**
 * The alert grant: verify_alert's proof, for the steps after it in "Debug from alert", that an
 * authenticated alert asked for exactly this report. The on-call user named in an alert needs no
 * role; the webhook's own settings (its services, the allowed channels) are the authority.
 *
 * It is `v1.<expiry>.<hex HMAC-SHA256>` over the request's fields under ALERT_GRANT_KEY, a secret
 * only the app's env holds (not the senders' signing secrets): a Workflow Builder author who adds
 * fetch_logs to a workflow cannot make one, and one seen is good only for the same service,
 * environment, filter, channel and user, for GRANT_TTL_SECONDS (not the window: post_debug_report
 * gets it resolved, as times).
 */
import { hex } from "../../core/crypto/hex.ts";
import { constantTimeEqual, hmacSha256 } from "../../core/webhook/signature.ts";
import { readKeySetting } from "../key_setting.ts";

export const GRANT_TTL_SECONDS = 300;
const MAX_GRANT_CHARS = 100;
const VERSION = "safe-debug-alert-grant/v1";

/** What a grant is bound to. */
export interface GrantedRequest {
  service: string;
  environment: string;
  filter: string;
  channel_id: string;
  user_id: string;
}

/** ALERT_GRANT_KEY (absent when unset: alerts then need the on-call user's role), or a problem. */
export function readAlertGrantKey(
  env: Record<string, string | undefined>,
): { key?: string } | { problem: string } {
  return readKeySetting(env, "ALERT_GRANT_KEY");
}

function message(request: GrantedRequest, expiresAt: number): string {
  // JSON of an array: no field can run into the next.
  return JSON.stringify([
    VERSION,
    expiresAt,
    request.service,
    request.environment,
    request.filter,
    request.channel_id,
    request.user_id,
  ]);
}

/** A grant for `request`, good until `nowSeconds` + GRANT_TTL_SECONDS. */
export function signAlertGrant(
  key: string,
  request: GrantedRequest,
  nowSeconds: number,
): string {
  const expiresAt = nowSeconds + GRANT_TTL_SECONDS;
  return `v1.${expiresAt}.${hex(hmacSha256(key, message(request, expiresAt)))}`;
}

/** True when `grant` was made under `key` for exactly `request` and has not expired. */
export function alertGrantValid(
  key: string,
  grant: string,
  request: GrantedRequest,
  nowSeconds: number,
): boolean {
  if (grant.length > MAX_GRANT_CHARS) return false;
  const match = /^v1\.(\d{1,12})\.[0-9a-f]{64}$/.exec(grant);
  if (!match) return false;
  const expiresAt = Number(match[1]);
  if (expiresAt < nowSeconds || expiresAt > nowSeconds + GRANT_TTL_SECONDS) return false;
  return constantTimeEqual(
    signAlertGrant(key, request, expiresAt - GRANT_TTL_SECONDS),
    grant,
  );
}

/**
 * For a step given an alert grant: "granted" when it is valid for `request`, or the refusal. An
 * invalid grant is refused outright (it never falls back to the user's role: a forged or replayed
 * grant is worth recording as such).
 */
export function alertGrantCheck(
  env: Record<string, string | undefined>,
  grant: string,
  request: GrantedRequest,
  nowSeconds: number,
): "granted" | { detail: string; error: string } {
  const key = readAlertGrantKey(env);
  if ("problem" in key) return { detail: "bad_settings", error: key.problem };
  if (key.key !== undefined && alertGrantValid(key.key, grant, request, nowSeconds)) {
    return "granted";
  }
  return {
    detail: "access:bad_alert_grant",
    error: "This step was given an alert grant that is not valid for this request (only the " +
      '"Debug from alert" workflow\'s verify_alert step makes one, for five minutes). Nothing ' +
      "was read or posted. Leave the alert grant empty to use your own role.",
  };
}
