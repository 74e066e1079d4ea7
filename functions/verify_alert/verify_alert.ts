/**
 * verify_alert: the first step of "Debug from alert". A webhook trigger passes only the JSON
 * body's fields (no headers), so the body authenticates itself; in this order:
 * 1. shape: every required field present, within its size, plain text of its form;
 * 2. settings: the webhook is configured (secrets and/or API key, its services);
 * 3. authentication: `signature` against every ALERT_WEBHOOK_SECRETS (constant time), or
 *    `api_key` against ALERT_WEBHOOK_API_KEY when that is set;
 * 4. the timestamp within 5 minutes of now, past or future;
 * 5. the service is one the webhook may ask for, the channel an allowed debug channel;
 * 6. the nonce unused: read from webhook_nonces, then recorded;
 * 7. alert storms: at most one snapshot per service and channel per ALERT_SNAPSHOT_MINUTES; the
 *    alerts in between are refused as counted ("storm_counted") and the next snapshot is
 *    preceded by a line in the channel saying how many (functions/verify_alert/storm.ts).
 * Any refusal fails the step (so nothing is fetched or posted) and writes one audit event whose
 * detail is the reason's code; never a signature, key or secret. A nonce is recorded only for a
 * request that passed 1–5, so a forger cannot spend someone else's nonces.
 *
 * Not a lock: Slack's datastore has no put-if-absent, so two copies of one request arriving in
 * the same instant can both read "unseen" before either writes; both would then run. The window
 * of that race is one datastore round trip; every run is audited, so it is visible.
 * Runtime code: imports the SDK for types only.
 */
import {
  type AlertRequest,
  constantTimeEqual,
  matchingSecret,
  readAlertRequest,
  type ShapeRefusal,
  TIMESTAMP_WINDOW_SECONDS,
  timestampFreshness,
} from "../../core/webhook/mod.ts";
import { nonceSeen, saveNonce } from "../../datastores/webhook_nonce_records.ts";
import type { FunctionHandler, FunctionResult } from "../../slack/function_context.ts";
import { createSlackClient, type SlackClient } from "../../slack/web_api.ts";
import { type AuditTrail, createAuditTrail, describeAuditFailure } from "../audit_trail.ts";
import { deliveryRefusal, readAllowedChannels } from "../channel_delivery.ts";
import { readAlertGrantKey, signAlertGrant } from "../access/alert_grant.ts";
import { readWebhookSettings, type WebhookSettings } from "./settings.ts";
import { checkAlertStorm, postSuppressedNote, suppressedNote } from "./storm.ts";

export interface VerifyAlertOutputs {
  service: string;
  environment: string;
  window: string;
  filter: string;
  channel_id: string;
  user_id: string;
  /** Proof for the next steps that this alert was authenticated (functions/access/alert_grant.ts). */
  alert_grant?: string;
}

/** How long a used nonce is kept: past the furthest a timestamp is accepted, with a margin. */
export const NONCE_TTL_SECONDS = 3 * TIMESTAMP_WINDOW_SECONDS;

const NOTHING_DONE = "Nothing was fetched or posted.";

function shapeError(refusal: ShapeRefusal): string {
  const names = refusal.fields.map((name) => `“${name}”`).join(", ");
  switch (refusal.reason) {
    case "missing_fields":
      return `The alert was refused: it has no ${names}. The sender must send every field of ` +
        "the webhook's body (timestamp, nonce, service, environment, window, channel_id, " +
        `on_call_user_id, and a signature or API key). ${NOTHING_DONE}`;
    case "oversized":
      return `The alert was refused: ${names} is longer than the webhook accepts. Shorten it ` +
        `at the sender. ${NOTHING_DONE}`;
    case "malformed":
      return `The alert was refused: ${names} is not in the form the webhook accepts (plain ` +
        `text: epoch seconds, a nonce of 16 to 64 letters, digits, _ or -, Slack ids). ` +
        NOTHING_DONE;
  }
}

type Authenticated = { mode: string } | { detail: string; error: string };

function authenticate(
  request: AlertRequest,
  settings: WebhookSettings,
): Authenticated {
  if (request.signature !== undefined) {
    if (settings.secrets.length === 0) {
      return {
        detail: "signature_off",
        error: "The alert was refused: it is signed, but no signing secret is set " +
          `(ALERT_WEBHOOK_SECRETS). Ask an admin to set one. ${NOTHING_DONE}`,
      };
    }
    const { signature, api_key: _, ...values } = request;
    const index = matchingSecret(values, signature, settings.secrets);
    if (index >= 0) return { mode: `signature:${index + 1}` };
    return {
      detail: "signature_invalid",
      error: "The alert was refused: its signature matches none of the webhook's signing " +
        "secrets. Check the sender signs every field with a current secret " +
        `(ALERT_WEBHOOK_SECRETS). ${NOTHING_DONE}`,
    };
  }
  if (request.api_key !== undefined) {
    if (settings.apiKey === undefined) {
      return {
        detail: "api_key_off",
        error: "The alert was refused: it carries an API key, but this webhook accepts signed " +
          `requests only (ALERT_WEBHOOK_API_KEY is not set). ${NOTHING_DONE}`,
      };
    }
    if (constantTimeEqual(request.api_key, settings.apiKey)) return { mode: "api_key" };
    return {
      detail: "api_key_invalid",
      error: "The alert was refused: its API key is not the webhook's. Check the sender's key " +
        `(ALERT_WEBHOOK_API_KEY). ${NOTHING_DONE}`,
    };
  }
  return {
    detail: "unauthenticated",
    error: "The alert was refused: it has neither a signature nor an API key. The sender must " +
      `sign it with a secret in ALERT_WEBHOOK_SECRETS. ${NOTHING_DONE}`,
  };
}

async function verifyAlert(
  inputs: unknown,
  env: Record<string, string>,
  client: SlackClient,
  audit: AuditTrail,
  nowSeconds: number,
): Promise<FunctionResult<VerifyAlertOutputs>> {
  const shape = readAlertRequest(inputs);
  if (!shape.ok) {
    const { reason, fields } = shape.refusal;
    return await audit.refused(`${reason}:${fields.join(",")}`, shapeError(shape.refusal));
  }
  const request = shape.request;
  const known = { service: request.service, environment: request.environment };
  const settings = readWebhookSettings(env);
  if ("problem" in settings) return await audit.refused("bad_config", settings.problem, known);
  const grantKey = readAlertGrantKey(env);
  if ("problem" in grantKey) return await audit.refused("bad_config", grantKey.problem, known);
  if (settings.secrets.length === 0 && settings.apiKey === undefined) {
    return await audit.refused(
      "webhook_off",
      "The alert was refused: the webhook has no signing secret and no API key set, so it " +
        "accepts nothing. Ask an admin to set ALERT_WEBHOOK_SECRETS. " + NOTHING_DONE,
      known,
    );
  }
  const authenticated = authenticate(request, settings);
  if ("error" in authenticated) {
    return await audit.refused(authenticated.detail, authenticated.error, known);
  }
  const freshness = timestampFreshness(Number(request.timestamp), nowSeconds);
  if (freshness !== "fresh") {
    return await audit.refused(
      `${freshness}_timestamp`,
      `The alert was refused: its timestamp is more than ${TIMESTAMP_WINDOW_SECONDS / 60} ` +
        `minutes in the ${freshness === "stale" ? "past" : "future"}. Sign each request when ` +
        `it is sent, and check the sender's clock. ${NOTHING_DONE}`,
      known,
    );
  }
  if (!settings.services.has(request.service)) {
    return await audit.refused(
      "service_not_allowed",
      "The alert was refused: this webhook may not ask for that service. Ask an admin to add " +
        `it to ALERT_WEBHOOK_SERVICES. ${NOTHING_DONE}`,
      known,
    );
  }
  const channels = readAllowedChannels(env);
  if ("problem" in channels) return await audit.refused("bad_config", channels.problem, known);
  const refusal = deliveryRefusal("channel", request.channel_id, channels);
  if (refusal) {
    return await audit.refused(
      refusal.detail,
      "The alert was refused: its channel is not an allowed debug channel. Ask an admin to " +
        `add it to DEBUG_CHANNEL_IDS, or send the alert to one that is. ${NOTHING_DONE}`,
      known,
    );
  }
  try {
    if (await nonceSeen(client, request.nonce)) {
      return await audit.refused(
        "replayed_nonce",
        "The alert was refused: its nonce was already used (a replay, or a sender that " +
          `reuses nonces). Send each alert with a new random nonce. ${NOTHING_DONE}`,
        known,
      );
    }
    await saveNonce(client, {
      nonce: request.nonce,
      service: request.service,
      seen_at: nowSeconds,
      expires_at: nowSeconds + NONCE_TTL_SECONDS,
    });
  } catch (error) {
    return await audit.refused(
      "nonce_store_failed",
      `The alert was refused: its nonce could not be checked (${
        describeAuditFailure(error)
      }). ${NOTHING_DONE}`,
      known,
    );
  }
  let storm;
  try {
    storm = await checkAlertStorm(
      client,
      request.channel_id,
      request.service,
      nowSeconds,
      settings.snapshotMinutes,
    );
  } catch (error) {
    return await audit.refused(
      "storm_store_failed",
      `The alert was refused: the alert-storm count could not be kept (${
        describeAuditFailure(error)
      }). ${NOTHING_DONE}`,
      known,
    );
  }
  if (!storm.post) {
    const minutes = Math.ceil(storm.retryAfterSeconds / 60);
    return await audit.refused(
      `storm_counted:${storm.suppressed}`,
      `Not posted: a snapshot of this service went to this channel less than ` +
        `${settings.snapshotMinutes} minutes ago. This alert is counted (${storm.suppressed} ` +
        `so far) and the next snapshot, possible in about ${minutes} minutes, says how many.`,
      known,
    );
  }
  let detail = `verified:${authenticated.mode}`;
  if (storm.suppressedBefore > 0) {
    const note = suppressedNote(request.service, storm.suppressedBefore, settings.snapshotMinutes);
    const said = await postSuppressedNote(client, request.channel_id, note);
    detail += `;counted_before:${storm.suppressedBefore}${said ? "" : ";note_failed"}`;
  }
  if (!await audit.succeeded(detail, known)) {
    return {
      error: "The alert was authenticated but could not be audited, so nothing was fetched or " +
        "posted. Check the app has datastore:write; the sender may retry with a new nonce.",
    };
  }
  return {
    outputs: {
      service: request.service,
      environment: request.environment,
      window: request.window,
      filter: request.filter,
      channel_id: request.channel_id,
      user_id: request.on_call_user_id,
      ...(grantKey.key === undefined ? {} : {
        alert_grant: signAlertGrant(grantKey.key, {
          service: request.service,
          environment: request.environment,
          filter: request.filter ?? "",
          channel_id: request.channel_id,
          user_id: request.on_call_user_id,
        }, nowSeconds),
      }),
    },
  };
}

/** verify_alert with a clock (tests move it). */
export function createVerifyAlertHandler(
  nowMs: () => number = Date.now,
): FunctionHandler<unknown, VerifyAlertOutputs> {
  return async (ctx) => {
    const client = createSlackClient({ token: ctx.token, env: ctx.env });
    const raw = typeof ctx.inputs === "object" && ctx.inputs !== null
      ? ctx.inputs as Record<string, unknown>
      : {};
    const audit = createAuditTrail(
      client,
      "verify_alert",
      { user_id: raw.on_call_user_id, channel_id: raw.channel_id },
      nowMs,
    );
    return await verifyAlert(ctx.inputs, ctx.env, client, audit, Math.floor(nowMs() / 1000));
  };
}
