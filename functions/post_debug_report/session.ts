/** The debug_sessions record of a posted report. */
import { sha256 } from "../../core/crypto/sha256.ts";
import type { MaskCounts } from "../../core/render/masking_summary.ts";
import { type DebugSession, GRACE_SECONDS } from "../../datastores/records.ts";
import type { PostReportInputs } from "./inputs.ts";
import type { RescrubbedReport } from "./rescrub.ts";

export interface SessionTimes {
  /** Epoch seconds. */
  createdAt: number;
  expiresAt: number;
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
): DebugSession {
  return {
    id: crypto.randomUUID(),
    requester: inputs.user_id,
    channel: inputs.channel_id,
    message_ts: messageTs,
    delivery: inputs.delivery,
    service: report.service,
    environment: report.environment,
    source: report.source ?? "",
    window_start: Math.floor(inputs.window_start.getTime() / 1000),
    window_end: Math.floor(inputs.window_end.getTime() / 1000),
    query_hash: hex(sha256(new TextEncoder().encode(inputs.filter ?? ""))),
    masked_counts: JSON.stringify(counts),
    created_at: times.createdAt,
    expires_at: times.expiresAt,
    status: "active",
    purge_after: times.expiresAt + GRACE_SECONDS,
  };
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
