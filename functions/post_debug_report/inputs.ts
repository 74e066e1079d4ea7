/**
 * post_debug_report's inputs and settings, validated: inputs come from a workflow (any Workflow
 * Builder user can wire any text into them), settings from the function's env.
 */
import * as z from "zod";
import { EXCERPT_LIMITS } from "../../core/excerpt.ts";
import { parseMaskCounts } from "../../core/render/masking_summary.ts";
import { MAX_STRING_VALUE_BYTES } from "../../slack/limits.ts";
import { environmentName, optionalText, serviceName } from "../input_schemas.ts";

export const CHANNEL_ID = /^[CGD][A-Z0-9]{2,20}$/;
export const USER_ID = /^[UW][A-Z0-9]{2,20}$/;

const isoTime = z.string().max(40).transform((text, ctx) => {
  const date = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || !Number.isFinite(date.getTime())) {
    ctx.addIssue({ code: "custom", message: "must be an ISO 8601 time like 2026-11-29T10:00:00Z" });
    return z.NEVER;
  }
  return date;
});

/** The previous step's masking counts, as JSON; parsed (and bounded) by `parseMaskCounts`. */
const maskCounts = z.string().transform((json, ctx) => {
  const counts = parseMaskCounts(json);
  if (counts === undefined) {
    ctx.addIssue({ code: "custom", message: 'must be JSON like {"email": 3}' });
    return z.NEVER;
  }
  return counts;
});

export const PostReportInputsSchema = z
  .object({
    channel_id: z.string().regex(CHANNEL_ID, "must be a Slack channel id"),
    user_id: z.string().regex(USER_ID, "must be a Slack user id"),
    delivery: z.enum(["channel", "ephemeral"]),
    service: serviceName,
    environment: environmentName,
    window_start: isoTime,
    window_end: isoTime,
    // As many chunks as fetch_logs makes; a chunk is a Slack string value (a UTF-16 length
    // never exceeds the UTF-8 byte count, so this cap is never tighter than Slack's).
    excerpt: z.array(z.string().max(MAX_STRING_VALUE_BYTES)).max(EXCERPT_LIMITS.maxChunks),
    line_count: z.number().int().min(0).max(10_000_000),
    truncated: z.boolean(),
    masked_counts: maskCounts,
    source: optionalText(64),
    filter: optionalText(500),
  })
  .refine((i) => i.window_start.getTime() < i.window_end.getTime(), {
    message: "window_start must be before window_end",
    path: ["window_start"],
  });

export type PostReportInputs = z.infer<typeof PostReportInputsSchema>;

export interface ReportSettings {
  /** Channels a report may be posted to for everyone; empty: ephemeral only. */
  allowedChannels: ReadonlySet<string>;
  ttlMinutes: number;
}

export const DEFAULT_TTL_MINUTES = 60;
const MAX_TTL_MINUTES = 7 * 24 * 60;

/** Reads DEBUG_CHANNEL_IDS and REPORT_TTL_MINUTES; a message for admins when one is unusable. */
export function readReportSettings(
  env: Record<string, string | undefined>,
): ReportSettings | { problem: string } {
  const ids = (env.DEBUG_CHANNEL_IDS ?? "").split(",").map((id) => id.trim()).filter(Boolean);
  if (ids.length > 100 || ids.some((id) => !CHANNEL_ID.test(id))) {
    return {
      problem:
        "DEBUG_CHANNEL_IDS must be a comma-separated list of channel ids (like C0123ABCD). " +
        "Ask an admin to fix it with `slack env add DEBUG_CHANNEL_IDS …`.",
    };
  }
  const ttlText = (env.REPORT_TTL_MINUTES ?? "").trim();
  const ttlMinutes = ttlText === ""
    ? DEFAULT_TTL_MINUTES
    : /^\d{1,5}$/.test(ttlText)
    ? Number(ttlText)
    : NaN;
  if (!(ttlMinutes >= 1 && ttlMinutes <= MAX_TTL_MINUTES)) {
    return {
      problem:
        `REPORT_TTL_MINUTES must be a whole number of minutes from 1 to ${MAX_TTL_MINUTES}. ` +
        "Ask an admin to fix it with `slack env add REPORT_TTL_MINUTES …`.",
    };
  }
  return { allowedChannels: new Set(ids), ttlMinutes };
}
