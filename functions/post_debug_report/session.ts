/** The debug_sessions record of a posted report. */
import type { MaskCounts } from "../../core/render/masking_summary.ts";
import { type DebugSession, GRACE_SECONDS } from "../../datastores/records.ts";
import type { SlackClient } from "../../slack/web_api.ts";
import { schedulePurgeRun } from "../purge_reports/schedule.ts";
import type { PostReportInputs } from "./inputs.ts";
import type { RescrubbedReport } from "./rescrub.ts";

export interface SessionTimes {
  /** Epoch seconds. */
  createdAt: number;
  expiresAt: number;
}

/**
 * How long a report is kept: what the requester chose ("Keep for"), else the team's default,
 * never longer than REPORT_MAX_TTL_MINUTES.
 */
export function keptMinutes(
  chosen: number | undefined,
  settings: { ttlMinutes: number; maxTtlMinutes: number },
): number {
  return Math.min(chosen ?? settings.ttlMinutes, settings.maxTtlMinutes);
}

/** How far one Extend click moves a report's deadline. */
export const EXTEND_STEP_MINUTES = 60;

/**
 * The deadline after one Extend click: a step later, never later than REPORT_MAX_TTL_MINUTES
 * after the report was posted (so repeated clicks cannot keep it longer). Epoch seconds; equal
 * to `expires_at` when it cannot move.
 */
export function extendedDeadline(
  session: { created_at: number; expires_at: number },
  maxTtlMinutes: number,
): number {
  const latest = session.created_at + maxTtlMinutes * 60;
  const stepped = session.expires_at + EXTEND_STEP_MINUTES * 60;
  return Math.max(session.expires_at, Math.min(stepped, latest));
}

export function sessionTimes(nowMs: number, ttlMinutes: number): SessionTimes {
  const createdAt = Math.floor(nowMs / 1000);
  return { createdAt, expiresAt: createdAt + ttlMinutes * 60 };
}

export function newDebugSession(
  inputs: PostReportInputs,
  report: RescrubbedReport,
  counts: MaskCounts,
  messageTs: string,
  times: SessionTimes,
  /** The filter's keyed hash (functions/filter_hash.ts), or "" (no filter or no key). */
  queryHash: string,
  /** The session id (the report's buttons carry it), and the execution they keep open. */
  ids: { id: string; executionId?: string } = { id: crypto.randomUUID() },
): DebugSession {
  return {
    id: ids.id,
    ...(ids.executionId ? { execution_id: ids.executionId } : {}),
    requester: inputs.user_id,
    channel: inputs.channel_id,
    message_ts: messageTs,
    delivery: inputs.delivery,
    service: report.service,
    environment: report.environment,
    source: report.source ?? "",
    window_start: Math.floor(inputs.window_start.getTime() / 1000),
    window_end: Math.floor(inputs.window_end.getTime() / 1000),
    query_hash: queryHash,
    masked_counts: JSON.stringify(counts),
    created_at: times.createdAt,
    expires_at: times.expiresAt,
    status: "active",
    purge_after: times.expiresAt + GRACE_SECONDS,
    trigger_id: "",
    attempts: 0,
  };
}

/**
 * Creates the one-off scheduled trigger that purges `session` at its deadline, passing its id.
 * Returns the trigger id, or Slack's error code when it could not be created (the hourly sweep
 * then purges the report instead). Needs the triggers:write scope.
 */
export function schedulePurge(
  client: SlackClient,
  session: DebugSession,
): Promise<{ triggerId: string } | { code: string }> {
  return schedulePurgeRun(client, session.expires_at, session.id);
}
