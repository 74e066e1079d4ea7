/**
 * The purge of expired debug reports, one session at a time, safe to run twice at once and to
 * stop at any point.
 *
 * Per session (a channel report):
 *   1. claim it: status `purging`, `purge_run` = this run, then read it back; a run that does not
 *      read its own claim, or finds another run's claim younger than CLAIM_LEASE_SECONDS,
 *      leaves it alone;
 *   2. `chat.delete` the report unless the record says it is gone (`message_not_found` counts
 *      as gone), so a crash after the delete costs one more delete, never a second tombstone;
 *   3. save `tombstone_state: "posting"` (and `message_deleted`) *before* posting the tombstone,
 *      and "posted" with its ts after. A run that finds "posting" cannot know whether Slack
 *      posted it, so it never posts again: at most one tombstone, and the report is gone either
 *      way. A tombstone Slack refused outright (ok:false, or a 429) was not posted and is tried
 *      again;
 *   4. close it: status `purged`, `purged_at`, an audit event, its one-off trigger deleted, and
 *      the post_debug_report execution its buttons kept open completed.
 * Purge now (a click on the report) runs the same steps before the deadline: `purgeReportNow`.
 * An ephemeral report (Slack cannot delete it) is closed at its deadline without a tombstone.
 * Lasting errors (channel_not_found, not_in_channel …) leave it `purge_failed` with the error
 * and an attempt count for the next sweep; after MAX_PURGE_ATTEMPTS it becomes `manual_delete`
 * and an audit event asks a person to delete it by hand. Passing errors (5xx, timeouts, rate
 * limits beyond the budget) leave it for the next run without counting an attempt.
 *
 * A run stopped by rate limits or its budget leaves the rest: the handler then schedules one
 * follow-up run (functions/purge_reports/schedule.ts).
 *
 * The datastore has no conditional write, so the claim narrows but cannot close the window in
 * which two runs both take a session; the sweep therefore leaves a session with a one-off
 * trigger alone until SWEEP_DELAY_SECONDS after its deadline, by when its trigger has run.
 */
import { buildTombstone } from "../../core/render/tombstone.ts";
import {
  DatastoreReadError,
  DatastoreWriteError,
  DEBUG_SESSIONS,
  getItem,
  queryAll,
  saveAuditEvent,
  saveDebugSession,
} from "../../datastores/records.ts";
import { SlackApiError, type SlackClient, slackErrorCode } from "../../slack/web_api.ts";
import { type BudgetedCalls, OutOfTime, TransientFailure } from "./budgeted_calls.ts";
import { type PurgeSession, readSessionItem } from "./session_record.ts";

/** Longer than a function may run (60 s deployed): an older claim is a run that died. */
export const CLAIM_LEASE_SECONDS = 120;
/** The sweep leaves a report to its own one-off trigger for this long after its deadline. */
export const SWEEP_DELAY_SECONDS = 5 * 60;
export const MAX_PURGE_ATTEMPTS = 5;
/** Pages of 1,000 items the sweep scans at most (the store holds a day of reports or so). */
const MAX_QUERY_PAGES = 100;
/** Time kept back so a session started is finished within the budget. */
export const SESSION_RESERVE_MS = 3_000;

/** chat.delete and chat.postMessage errors that retrying soon will not fix. */
const LASTING_ERRORS = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "cant_delete_message",
  "compliance_exports_prevent_deletion",
  "restricted_action",
  "missing_scope",
  "not_authed",
  "invalid_auth",
  "account_inactive",
  "token_revoked",
  "ekm_access_denied",
]);

export type SessionOutcome =
  | "purged"
  | "closed"
  | "failed"
  | "retry"
  | "not_due"
  | "already_closed"
  | "held"
  | "unknown";

export interface PurgeRunResult {
  purged: number;
  closed: number;
  failed: number;
  /** Due sessions this run had no time for. */
  left: number;
  /** When the run stopped on a rate limit: the seconds Slack asked to wait. */
  retryAfterSeconds: number;
  /** The named session's deadline when it is not due yet (its trigger fired early), else 0. */
  notDueUntil: number;
}

export interface PurgeDeps {
  calls: BudgetedCalls;
  runId: string;
  nowMs(): number;
}

const SYSTEM_ACTOR = "safe_debug";

/** Purges one session by id (its one-off trigger), or every due one (the sweep). */
export async function purgeReports(
  deps: PurgeDeps,
  sessionId: string | undefined,
): Promise<PurgeRunResult> {
  const result: PurgeRunResult = {
    purged: 0,
    closed: 0,
    failed: 0,
    left: 0,
    retryAfterSeconds: 0,
    notDueUntil: 0,
  };
  const due = sessionId === undefined ? await findDue(deps) : [sessionId];
  for (let i = 0; i < due.length; i++) {
    if (deps.calls.remainingMs() < SESSION_RESERVE_MS) {
      result.left = due.length - i;
      break;
    }
    let outcome: SessionOutcome;
    try {
      outcome = await purgeSession(deps, due[i]);
    } catch (error) {
      if (error instanceof OutOfTime) {
        result.left = due.length - i;
        result.retryAfterSeconds = error.retryAfterSeconds;
        break;
      }
      // A datastore or transport failure on this session: it stays where the sweep finds it.
      if (!isSlackFailure(error)) throw error;
      outcome = "retry";
    }
    if (outcome === "not_due" && sessionId !== undefined) {
      result.notDueUntil = (await readSession(clientOf(deps.calls), sessionId))?.expires_at ?? 0;
    }
    if (outcome === "purged") result.purged++;
    else if (outcome === "closed") result.closed++;
    else if (outcome === "failed" || outcome === "retry") result.failed++;
  }
  return result;
}

function isSlackFailure(error: unknown): boolean {
  return error instanceof TransientFailure || error instanceof SlackApiError ||
    error instanceof DatastoreReadError || error instanceof DatastoreWriteError;
}

function clientOf(calls: BudgetedCalls): SlackClient {
  return { baseUrl: "", call: (method, args = {}, o) => calls.call(method, args, o?.encoding) };
}

/** Ids of the sessions due now, oldest deadline first. */
async function findDue(deps: PurgeDeps): Promise<string[]> {
  const now = Math.floor(deps.nowMs() / 1000);
  const items = await queryAll(clientOf(deps.calls), DEBUG_SESSIONS, {
    expression: "#expires_at <= :now AND (#status = :active OR #status = :purging OR " +
      "#status = :failed)",
    expression_attributes: { "#expires_at": "expires_at", "#status": "status" },
    expression_values: {
      ":now": now,
      ":active": "active",
      ":purging": "purging",
      ":failed": "purge_failed",
    },
  }, MAX_QUERY_PAGES);
  return items
    .map(readSessionItem)
    .filter((s): s is PurgeSession => s !== undefined)
    .filter((s) =>
      !(s.status === "active" && s.trigger_id !== "" &&
        s.expires_at > now - SWEEP_DELAY_SECONDS)
    )
    .sort((a, b) => a.expires_at - b.expires_at)
    .map((s) => s.id);
}

/**
 * Purges session `id` now, before its deadline: someone allowed to (checked by the caller)
 * clicked Purge now. Its tombstone says who removed it and when. Throws what a purge run throws
 * (OutOfTime, TransientFailure, Slack and datastore errors).
 */
export async function purgeReportNow(
  deps: PurgeDeps,
  id: string,
  by: string,
): Promise<SessionOutcome> {
  return await purgeSession(deps, id, by);
}

async function purgeSession(
  deps: PurgeDeps,
  id: string,
  /** Who purges it before its deadline (Purge now); undefined for a purge at the deadline. */
  earlyBy?: string,
): Promise<SessionOutcome> {
  const client = clientOf(deps.calls);
  const now = () => Math.floor(deps.nowMs() / 1000);
  const stored = await readSession(client, id);
  if (!stored) return "unknown";
  if (stored.expires_at > now() && earlyBy === undefined) return "not_due";
  if (!["active", "purging", "purge_failed"].includes(stored.status)) return "already_closed";
  if (heldByAnother(stored, deps.runId, now())) return "held";

  // 1. Claim, and read the claim back.
  let session: PurgeSession = {
    ...stored,
    // Purged early: its deadline is now, so a run that finishes it later finds it due.
    expires_at: Math.min(stored.expires_at, now()),
    status: "purging",
    purge_run: deps.runId,
    purge_claimed_at: now(),
  };
  await saveDebugSession(client, session);
  const reread = await readSession(client, id);
  if (!reread || reread.purge_run !== deps.runId) return "held";
  session = reread;

  if (session.delivery === "ephemeral") {
    return await close(deps, session, "closed", "ephemeral: closed without a tombstone");
  }

  try {
    // 2. The report.
    if (!session.message_deleted) {
      const answer = await deps.calls.call("chat.delete", {
        channel: session.channel,
        ts: session.message_ts,
      });
      const code = answer.ok ? "" : slackErrorCode(answer);
      if (!answer.ok && code !== "message_not_found") {
        return await failed(deps, session, code);
      }
      session = { ...session, message_deleted: true };
    }
    // 3. The tombstone, at most once.
    let tombstoneNote = "tombstone=posted";
    if (session.tombstone_state === "") {
      session = { ...session, tombstone_state: "posting" };
      await saveDebugSession(client, session);
      const posted = await postTombstone(deps, session, earlyBy);
      if ("ts" in posted) {
        session = { ...session, tombstone_state: "posted", tombstone_ts: posted.ts };
      } else if (posted.retry) {
        await saveDebugSession(client, release({ ...session, tombstone_state: "" }, posted.code));
        return "retry";
      } else {
        tombstoneNote = `tombstone=not_posted:${posted.code}`;
      }
    } else if (session.tombstone_state === "posting") {
      tombstoneNote = "tombstone=unknown (an earlier run stopped while posting it)";
    }
    // 4. Close.
    return await close(deps, session, "purged", tombstoneNote);
  } catch (error) {
    if (error instanceof TransientFailure) {
      await saveDebugSession(client, release(session, error.code));
      return "retry";
    }
    if (error instanceof OutOfTime) {
      // What is saved stays true; the claim lapses and a later run carries on from it.
      await saveDebugSession(client, release(session, "out_of_time")).catch(() => {});
    }
    throw error;
  }
}

async function readSession(client: SlackClient, id: string): Promise<PurgeSession | undefined> {
  const item = await getItem(client, DEBUG_SESSIONS, id);
  return item ? readSessionItem(item) : undefined;
}

function heldByAnother(session: PurgeSession, runId: string, now: number): boolean {
  return session.status === "purging" && session.purge_run !== "" &&
    session.purge_run !== runId && now - session.purge_claimed_at < CLAIM_LEASE_SECONDS;
}

/** Back to where the sweep finds it, without counting an attempt (the error may pass). */
function release(session: PurgeSession, code: string): PurgeSession {
  return {
    ...session,
    status: session.attempts > 0 ? "purge_failed" : "active",
    purge_run: "",
    purge_claimed_at: 0,
    last_error: code,
  };
}

type TombstoneAnswer = { ts: string } | { code: string; retry: boolean };

async function postTombstone(
  deps: PurgeDeps,
  session: PurgeSession,
  earlyBy: string | undefined,
): Promise<TombstoneAnswer> {
  const message = buildTombstone({
    service: session.service,
    environment: session.environment,
    requesterId: session.requester,
    createdAt: session.created_at,
    expiresAt: session.expires_at,
    ...(earlyBy !== undefined ? { purgedEarly: { by: earlyBy, at: session.expires_at } } : {}),
  });
  let answer;
  try {
    answer = await deps.calls.call("chat.postMessage", {
      channel: session.channel,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    }, "json");
  } catch (error) {
    // A 429 beyond the budget was refused before Slack posted anything: try again later.
    if (error instanceof OutOfTime) return { code: "out_of_time", retry: true };
    // No answer, or a 5xx: it may have been posted. Never post it twice.
    if (error instanceof TransientFailure) return { code: error.code, retry: false };
    throw error;
  }
  if (answer.ok && typeof answer.ts === "string") return { ts: answer.ts };
  const code = slackErrorCode(answer);
  return { code, retry: !answer.ok && !LASTING_ERRORS.has(code) };
}

async function failed(deps: PurgeDeps, session: PurgeSession, code: string) {
  const client = clientOf(deps.calls);
  if (!LASTING_ERRORS.has(code)) {
    await saveDebugSession(client, release(session, code));
    return "retry" as const;
  }
  const attempts = session.attempts + 1;
  const giveUp = attempts >= MAX_PURGE_ATTEMPTS;
  await saveDebugSession(client, {
    ...session,
    status: giveUp ? "manual_delete" : "purge_failed",
    purge_run: "",
    purge_claimed_at: 0,
    attempts,
    last_error: code,
  });
  if (giveUp) {
    await audit(
      deps,
      session,
      "failure",
      `manual_delete_needed: ${code} after ${attempts} attempts; delete message ` +
        `${session.message_ts} in channel ${session.channel} by hand`,
    );
  } else {
    await audit(deps, session, "failure", `purge_failed: ${code} (attempt ${attempts})`);
  }
  return "failed" as const;
}

async function close(
  deps: PurgeDeps,
  session: PurgeSession,
  status: "purged" | "closed",
  note: string,
): Promise<"purged" | "closed"> {
  const client = clientOf(deps.calls);
  const closedAt = Math.floor(deps.nowMs() / 1000);
  await saveDebugSession(client, {
    ...session,
    status,
    purged_at: closedAt,
    purge_run: "",
    purge_claimed_at: 0,
    last_error: "",
  });
  await audit(deps, session, "success", `${status}: ${note}`);
  if (session.trigger_id !== "") {
    // Its one-off trigger has fired (or the sweep got here first): it is not needed again.
    // Best effort, like the audit: the session is closed, and nothing may reopen it now.
    try {
      await deps.calls.call("workflows.triggers.delete", { trigger_id: session.trigger_id });
    } catch {
      // A trigger left behind has fired already; it runs no more.
    }
  }
  if (session.execution_id !== "") await completeOpenStep(deps, session);
  return status;
}

/**
 * Completes the post_debug_report execution that stayed open for the report's buttons, with
 * its outputs, so the workflow that posted the report ends. Best effort, like the audit: Slack
 * answers execution_not_in_running_state when a click completed it already.
 */
async function completeOpenStep(deps: PurgeDeps, session: PurgeSession): Promise<void> {
  try {
    await deps.calls.call("functions.completeSuccess", {
      function_execution_id: session.execution_id,
      outputs: {
        message_ts: session.message_ts,
        session_id: session.id,
        expires_at: session.expires_at,
      },
    }, "json");
  } catch {
    // The session is closed either way; an execution left open only keeps its run "in progress".
  }
}

/** Best effort: the session record already says what happened. */
async function audit(
  deps: PurgeDeps,
  session: PurgeSession,
  outcome: "success" | "failure",
  detail: string,
): Promise<void> {
  try {
    await saveAuditEvent(clientOf(deps.calls), {
      id: crypto.randomUUID(),
      actor: SYSTEM_ACTOR,
      action: "purge_report",
      target: session.id,
      channel: session.channel,
      at: Math.floor(deps.nowMs() / 1000),
      outcome,
      detail,
    });
  } catch {
    // Never thrown on: the caller has saved the session's new state, which must stand.
  }
}
