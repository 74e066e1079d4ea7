/**
 * The report's Purge now and Extend buttons: Slack's runtime hands each click to this
 * `blockActions` export while post_debug_report's execution is open (it returned
 * `completed: false`). Who clicked is checked here, on every click: only the requester, or an
 * admin whose role covers the service (ADMIN_USER_IDS or the `admin` role), may use them.
 * Anyone else is told so ephemerally and the report stays. Every click is audited.
 *
 * - Purge now: the report is purged as at its deadline (purge_reports/purge.ts), its tombstone
 *   saying who removed it; the purge completes this execution.
 * - Extend: the deadline moves one step (never past REPORT_MAX_TTL_MINUTES after posting), a new
 *   one-off trigger replaces the old one, and the report's expiry line is updated.
 *
 * A click on a report already purged (two people clicking at once, or a client that had not yet
 * seen it go) is answered ephemerally and completes the execution if it is still open.
 * `actOnReport` (the checks and both actions) is shared with "My debug reports"
 * (functions/my_reports/), which offers the same actions for reports without buttons.
 * Runtime code: no SDK value import, settings from `env`; Slack gives the handler 10 s.
 */
import * as z from "../../core/zod.ts";
import { decideAccess } from "../../core/access/mod.ts";
import { fallbackWithExpiry, withExpiry } from "../../core/render/report_controls.ts";
import { EXTEND_ACTION, PURGE_NOW_ACTION } from "../../core/render/report_controls.ts";
import { DEBUG_SESSIONS, getItem, saveDebugSession } from "../../datastores/records.ts";
import { GRACE_SECONDS } from "../../datastores/records.ts";
import { createSlackClient, SlackApiError, type SlackClient } from "../../slack/web_api.ts";
import { describeAccessFailure, readAccess } from "../access/access.ts";
import { type AuditTrail, createAuditTrail } from "../audit_trail.ts";
import { budgetedCalls, OutOfTime, TransientFailure } from "../purge_reports/budgeted_calls.ts";
import { purgeReportNow } from "../purge_reports/purge.ts";
import { schedulePurgeRun } from "../purge_reports/schedule.ts";
import { type PurgeSession, readSessionItem } from "../purge_reports/session_record.ts";
import { channelId, userId } from "../slack_ids.ts";
import { readReportSettings } from "./inputs.ts";
import { extendedDeadline } from "./session.ts";

/** What the runtime passes a blockActions handler (deno-slack-runtime run-block-actions.ts). */
export interface BlockActionsContext {
  action: unknown;
  body: unknown;
  env: Record<string, string>;
  token: string;
}

/** Extend is refused this close to the deadline, when the purge may be starting. */
export const EXTEND_CUTOFF_SECONDS = 60;

/** Time a Purge now click may spend on Web API calls: inside the 10 s Slack allows. */
const PURGE_NOW_BUDGET_MS = 7_000;

const ClickSchema = /* @__PURE__ */ z.droppable(() =>
  z.object({
    action: z.object({
      action_id: z.enum([PURGE_NOW_ACTION, EXTEND_ACTION]),
      value: z.string().check(z.regex(/^[A-Za-z0-9-]{1,100}$/)),
    }),
    body: z.object({
      user: z.object({ id: userId }),
      function_data: z.object({
        execution_id: z.string().check(z.regex(/^Fx[A-Z0-9]{1,40}$/)),
      }),
      container: z.object({
        channel_id: channelId,
        message_ts: z.string().check(z.maxLength(40)),
      }),
      message: z.optional(z.object({
        text: z.string().check(z.maxLength(40_000)),
        blocks: z.array(z.unknown()).check(z.maxLength(100)),
      })),
    }),
  })
);

type Click = z.infer<typeof ClickSchema>;

const ACTION_NAMES = { [PURGE_NOW_ACTION]: "purge_now", [EXTEND_ACTION]: "extend" } as const;
const VERBS = { purge_now: "purge", extend: "extend" } as const;

export async function blockActions(ctx: BlockActionsContext): Promise<void> {
  const parsed = ClickSchema.safeParse({ action: ctx.action, body: ctx.body });
  // Not a click this app's buttons make: there is no one to answer.
  if (!parsed.success) return;
  const click = parsed.data;
  let client: SlackClient;
  try {
    client = createSlackClient({ token: ctx.token, env: ctx.env, maxRetries: 0, timeoutMs: 3000 });
  } catch {
    return;
  }
  const clicker = click.body.user.id;
  const channel = click.body.container.channel_id;
  const audit = createAuditTrail(client, `report_${ACTION_NAMES[click.action.action_id]}`, {
    user_id: clicker,
    channel_id: channel,
  });
  const answer = (text: string) => tellClicker(client, click, text);

  let session: PurgeSession | undefined;
  try {
    const item = await getItem(client, DEBUG_SESSIONS, click.action.value);
    session = item ? readSessionItem(item) : undefined;
  } catch {
    await answer(
      "Could not read this report's record, so nothing was done. Try again in a minute.",
    );
    await audit.failed("session_unreadable", "", { target: click.action.value });
    return;
  }
  // The buttons carry the session id; it must be this message's own session.
  if (
    !session || session.channel !== channel ||
    session.message_ts !== click.body.container.message_ts ||
    session.execution_id !== click.body.function_data.execution_id
  ) {
    await answer("This report has no record any more, so nothing was done.");
    await audit.refused("unknown_session", "", { target: click.action.value });
    return;
  }
  await actOnReport(client, ctx.env, {
    action: ACTION_NAMES[click.action.action_id],
    clicker,
    session,
    tell: answer,
    reportMessage: () => Promise.resolve(click.body.message),
  }, audit);
}

/** A Purge now or Extend on one report, from its own buttons or from "My debug reports". */
export interface ReportRequest {
  action: ReportAction;
  /** Who clicked, as Slack says (the click's user): never an input a workflow author wrote. */
  clicker: string;
  /** The report's record, read just now. */
  session: PurgeSession;
  /** Answers the person who clicked, privately (best effort). */
  tell: (text: string) => Promise<void>;
  /** The report as posted, for Extend to rewrite its expiry line; undefined when unknown. */
  reportMessage: () => Promise<{ text: string; blocks: unknown[] } | undefined>;
  /** Tells the clicker it worked, when they are not looking at the report (best effort). */
  confirm?: (text: string) => Promise<void>;
}

export type ReportAction = "purge_now" | "extend";

/**
 * Checks the report can still be acted on and that the clicker is its requester or an admin
 * for its service, then purges or extends it; every outcome audited on `audit`.
 */
export async function actOnReport(
  client: SlackClient,
  env: Record<string, string>,
  request: ReportRequest,
  audit: AuditTrail,
): Promise<void> {
  const { session, clicker } = request;
  const answer = request.tell;
  const fields = {
    target: session.id,
    service: session.service,
    environment: session.environment,
  };

  if (session.status === "purged" || session.status === "closed") {
    await answer(`This report was already removed at ${hourMinute(session.purged_at)}.`);
    await audit.refused("already_purged", "", fields);
    await completeStep(client, session);
    return;
  }
  if (session.status !== "active") {
    await answer(
      "This report is being removed already (its deadline has passed); nothing more to do.",
    );
    await audit.refused(`status_${session.status}`, "", fields);
    return;
  }
  if (session.delivery !== "channel") {
    await answer(
      "This report was shown only to its requester (ephemeral): Slack lets no app remove or " +
        "change it, so it cannot be removed early. It is gone when they reload Slack.",
    );
    await audit.refused("ephemeral_report", "", fields);
    return;
  }

  const allowed = await allowedAs(client, env, clicker, session);
  if (typeof allowed === "object") {
    await answer(allowed.error);
    await audit.refused(allowed.detail, "", fields);
    return;
  }
  if (allowed === "refused") {
    await answer(
      `Only the requester (<@${session.requester}>) or an admin can ` +
        `${VERBS[request.action]} this report. It stays as it is.`,
    );
    await audit.refused("not_requester_or_admin", "", fields);
    return;
  }

  if (request.action === "purge_now") {
    await purgeNow(request, audit, allowed, fields, client);
  } else {
    await extend(client, env, request, audit, allowed, fields);
  }
}

/** "requester", "admin", "refused", or why access could not be read. */
export async function allowedAs(
  client: SlackClient,
  env: Record<string, string>,
  clicker: string,
  session: PurgeSession,
): Promise<"requester" | "admin" | "refused" | { detail: string; error: string }> {
  if (clicker === session.requester) return "requester";
  try {
    // Groups are read only when they could make the clicker an admin for this service.
    const wanted = { needed: "admin", service: session.service } as const;
    const access = await readAccess(client, env, clicker, wanted);
    return decideAccess(access, "admin", session.service).allowed ? "admin" : "refused";
  } catch (error) {
    return { detail: "access_unknown", error: describeAccessFailure(error) };
  }
}

type AuditFieldsOf = Parameters<AuditTrail["write"]>[2];

async function purgeNow(
  request: ReportRequest,
  audit: AuditTrail,
  as: "requester" | "admin",
  fields: AuditFieldsOf,
  client: SlackClient,
): Promise<void> {
  const { session } = request;
  const calls = budgetedCalls(client, {
    now: () => Date.now(),
    deadlineMs: Date.now() + PURGE_NOW_BUDGET_MS,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
  let outcome;
  try {
    outcome = await purgeReportNow(
      { calls, runId: crypto.randomUUID(), nowMs: () => Date.now() },
      session.id,
      request.clicker,
    );
  } catch (error) {
    const code = error instanceof OutOfTime
      ? "out_of_time"
      : error instanceof TransientFailure || error instanceof SlackApiError
      ? error.code
      : "internal_error";
    await request.tell(
      `Could not remove the report now (${code}). Try again in a minute; it is still removed ` +
        "at its deadline.",
    );
    await audit.failed(`purge_failed:${code} by=${as}`, "", fields);
    return;
  }
  if (outcome === "purged") {
    await request.confirm?.("The report was removed; a one-line note took its place.");
    await audit.succeeded(`purged by=${as}`, fields);
    return;
  }
  if (outcome === "held" || outcome === "already_closed") {
    await request.tell("This report is being removed already; nothing more to do.");
    await audit.refused(`purge_${outcome}`, "", fields);
    return;
  }
  // failed or retry: the record says why, and the sweep tries again.
  await request.tell(
    "Slack did not let the app remove the report now. It is tried again at its deadline and " +
      "by the hourly sweep; an admin can delete it by hand.",
  );
  await audit.failed(`purge_${outcome} by=${as}`, "", fields);
}

async function extend(
  client: SlackClient,
  env: Record<string, string>,
  request: ReportRequest,
  audit: AuditTrail,
  as: "requester" | "admin",
  fields: AuditFieldsOf,
): Promise<void> {
  const { session } = request;
  const settings = readReportSettings(env);
  if ("problem" in settings) {
    await request.tell(settings.problem);
    await audit.failed("bad_settings", "", fields);
    return;
  }
  // Its trigger is about to fire: a purge may already hold the record, and this click's write
  // would undo what it saved (the datastore has no conditional write). Too late to extend.
  if (Math.floor(Date.now() / 1000) >= session.expires_at - EXTEND_CUTOFF_SECONDS) {
    await request.tell(
      "This report is about to be removed, too late to extend it. Ask for a new report if you " +
        "still need the logs.",
    );
    await audit.refused(`too_late by=${as}`, "", fields);
    return;
  }
  const deadline = extendedDeadline(session, settings.maxTtlMinutes);
  if (deadline <= session.expires_at) {
    await request.tell(
      `This report is already kept as long as allowed (${settings.maxTtlMinutes} min after it ` +
        "was posted, REPORT_MAX_TTL_MINUTES), so its deadline stays.",
    );
    await audit.refused(`at_max by=${as}`, "", fields);
    return;
  }
  // The new trigger first: until the record names it, the old one still purges on time.
  const scheduled = await schedulePurgeRun(client, deadline, session.id);
  const triggerId = "triggerId" in scheduled ? scheduled.triggerId : "";
  try {
    await saveDebugSession(client, {
      ...session,
      expires_at: deadline,
      purge_after: deadline + GRACE_SECONDS,
      trigger_id: triggerId,
    });
  } catch {
    if (triggerId !== "") await deleteTrigger(client, triggerId);
    await request.tell("Could not save the new deadline, so it stays. Try again.");
    await audit.failed(`extend_not_saved by=${as}`, "", fields);
    return;
  }
  if (session.trigger_id !== "") await deleteTrigger(client, session.trigger_id);
  const updated = await updateExpiryLine(client, request, deadline);
  const notes = [
    "code" in scheduled ? `trigger=sweep (not created: ${scheduled.code})` : "",
    updated ? "" : "expiry_line=not_updated",
  ].filter(Boolean).join(" ");
  if (!updated) {
    await request.tell(`The report now expires at ${hourMinute(deadline)}.`);
  } else {
    await request.confirm?.(`The report now expires at ${hourMinute(deadline)}.`);
  }
  await audit.succeeded(
    `extended to=${deadline} from=${session.expires_at} by=${as}${notes ? ` ${notes}` : ""}`,
    fields,
  );
}

/** Rewrites the report's expiry line with chat.update; false when it could not. */
async function updateExpiryLine(
  client: SlackClient,
  request: ReportRequest,
  deadline: number,
): Promise<boolean> {
  let message;
  try {
    message = await request.reportMessage();
  } catch {
    return false;
  }
  if (!message) return false;
  const blocks = withExpiry(message.blocks, new Date(deadline * 1000));
  if (!blocks) return false;
  try {
    const answer = await client.call("chat.update", {
      channel: request.session.channel,
      ts: request.session.message_ts,
      text: fallbackWithExpiry(message.text, new Date(deadline * 1000)),
      blocks,
    }, { encoding: "json" });
    return answer.ok;
  } catch {
    return false;
  }
}

async function deleteTrigger(client: SlackClient, triggerId: string): Promise<void> {
  try {
    await client.call("workflows.triggers.delete", { trigger_id: triggerId });
  } catch {
    // A trigger left behind finds its report not due, or closed, and does nothing.
  }
}

/** Completes the execution this click belongs to, when the report is gone (best effort). */
async function completeStep(client: SlackClient, session: PurgeSession): Promise<void> {
  // A report posted without buttons has no open step.
  if (session.execution_id === "") return;
  try {
    await client.call("functions.completeSuccess", {
      function_execution_id: session.execution_id,
      outputs: {
        message_ts: session.message_ts,
        session_id: session.id,
        expires_at: session.expires_at,
      },
    }, { encoding: "json" });
  } catch {
    // Already completed (execution_not_in_running_state) or unreachable: nothing to undo.
  }
}

/** An ephemeral answer to the person who clicked, in the report's channel (best effort). */
async function tellClicker(client: SlackClient, click: Click, text: string): Promise<void> {
  try {
    await client.call("chat.postEphemeral", {
      channel: click.body.container.channel_id,
      user: click.body.user.id,
      text,
    });
  } catch {
    // They see the click go unanswered; the audit event records it.
  }
}

/** "14:05 UTC". */
function hourMinute(epochSeconds: number): string {
  const date = new Date(epochSeconds * 1000);
  return epochSeconds > 0 && Number.isFinite(date.getTime())
    ? `${date.toISOString().slice(11, 16)} UTC`
    : "an earlier time";
}
