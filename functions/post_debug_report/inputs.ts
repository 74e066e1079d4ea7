/**
 * post_debug_report's inputs and settings, validated: inputs come from a workflow (any Workflow
 * Builder user can wire any text into them), settings from the function's env.
 */
import { interactivityInput } from "../access/identity.ts";
import * as z from "../../core/zod.ts";
import { EXCERPT_LIMITS } from "../../core/excerpt.ts";
import { accountProblem, type LineAccount, READ_STOPS } from "../../core/line_account.ts";
import { EXCERPT_MODES } from "../../core/render/insights_excerpt.ts";
import { decodeInsights } from "../../core/render/insights_transport.ts";
import { parseMaskCounts } from "../../core/render/masking_summary.ts";
import { MAX_STRING_VALUE_BYTES } from "../../slack/limits.ts";
import { DELIVERIES, readAllowedChannels } from "../channel_delivery.ts";
import { readAuditHashKey } from "../filter_hash.ts";
import { environmentName, filterText, optionalText, serviceName } from "../input_schemas.ts";
import { channelId, userId } from "../slack_ids.ts";

const isoTime = /* @__PURE__ */ z.droppable(() =>
  z.converted(
    // abort: a time refused for its length must not reach the window check below as text.
    z.string().check(z.maxLength(40, { abort: true })),
    (text, ctx) => {
      const date = new Date(text);
      if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || !Number.isFinite(date.getTime())) {
        return z.refuse(ctx, "must be an ISO 8601 time like 2026-11-29T10:00:00Z");
      }
      return date;
    },
  )
);

/** The previous step's masking counts, as JSON; parsed (and bounded) by `parseMaskCounts`. */
const maskCounts = /* @__PURE__ */ z.droppable(() =>
  z.converted(
    z.string(),
    (json, ctx) => parseMaskCounts(json) ?? z.refuse(ctx, 'must be JSON like {"email": 3}'),
  )
);

const lineTotal = /* @__PURE__ */ z.droppable(() =>
  z.number().check(
    z.integer("must be a whole number"),
    z.gte(0),
    z.lte(10_000_000),
  )
);

/**
 * fetch_logs' insights, as JSON (core/render/insights_transport.ts): untrusted like every input,
 * so read with bounds on every field; blank (Workflow Builder's empty optional) is none.
 */
const insightsJson = /* @__PURE__ */ z.droppable(() =>
  z.converted(
    z.optional(z.string().check(z.maxLength(MAX_STRING_VALUE_BYTES))),
    (json, ctx) => {
      if (json === undefined || json.trim() === "") return undefined;
      const insights = decodeInsights(json);
      return "problem" in insights ? z.refuse(ctx, insights.problem) : insights;
    },
  )
);

export const PostReportInputsSchema = /* @__PURE__ */ z.droppable(() =>
  z
    .object({
      channel_id: channelId,
      user_id: userId,
      alert_grant: optionalText(100),
      interactivity: interactivityInput,
      delivery: z.enum(DELIVERIES),
      service: serviceName,
      environment: environmentName,
      window_start: isoTime,
      window_end: isoTime,
      // As many chunks as fetch_logs makes; a chunk is a Slack string value (a UTF-16 length
      // never exceeds the UTF-8 byte count, so this cap is never tighter than Slack's).
      excerpt: z.array(z.string().check(z.maxLength(MAX_STRING_VALUE_BYTES))).check(
        z.maxLength(EXCERPT_LIMITS.maxChunks),
      ),
      line_count: lineTotal,
      truncated: z.boolean(),
      masked_counts: maskCounts,
      source: optionalText(64),
      filter: filterText,
      // fetch_logs' account of the lines (all optional, for steps that do not give them).
      lines_read: z.optional(lineTotal),
      lines_out_of_window: z.optional(lineTotal),
      lines_repeated: z.optional(lineTotal),
      lines_matched: z.optional(lineTotal),
      filtered: z.optional(z.boolean()),
      // One enum holding "" (blank: none) words its refusal as a union of both did.
      read_stopped_by: z.optional(z.enum([...READ_STOPS, ""])),
      partial_result: z.optional(z.boolean()),
      insights: insightsJson,
      // Blank or missing: the newest lines (core/render/insights_excerpt.ts excerptModeOf).
      excerpt_mode: z.optional(z.enum([...EXCERPT_MODES, ""])),
      // "Keep for", in minutes; blank is the team's default. Capped by REPORT_MAX_TTL_MINUTES.
      keep_minutes: z.converted(
        z.optional(
          z.string().check(
            z.regex(/^(?:0*[1-9]\d{0,4})?$/, "must be a whole number of minutes, like 60"),
          ),
        ),
        (text) => text ? Number(text) : undefined,
      ),
      // Purge now / Extend buttons on a channel report: the step then stays open until the
      // report is gone (Slack sends clicks only to an open step).
      report_buttons: z.optional(z.boolean()),
    })
    .check(
      z.refine((i) => i.window_start.getTime() < i.window_end.getTime(), {
        message: "must be before the window end",
        path: ["window_start"],
      }),
      z.check((payload) => {
        const inputs = payload.value;
        if (inputs.lines_read === undefined && inputs.lines_matched === undefined) return;
        if (inputs.lines_read === undefined || inputs.lines_matched === undefined) {
          z.addIssue(payload, {
            message: "lines_read and lines_matched go together",
            path: [inputs.lines_read === undefined ? "lines_read" : "lines_matched"],
          });
          return;
        }
        const problem = accountProblem(lineAccountOf(inputs)!);
        if (problem) z.addIssue(payload, { message: problem, path: ["lines_read"] });
        // The insights count the lines that match, as lines_matched does: the same fetch's numbers.
        if (inputs.insights !== undefined && inputs.insights.lines !== inputs.lines_matched) {
          z.addIssue(payload, {
            message:
              "must come from the same fetch as the line counts (they count different lines)",
            path: ["insights"],
          });
        }
      }),
    )
);

export type PostReportInputs = z.infer<typeof PostReportInputsSchema>;

/** fetch_logs' account of the lines, when the inputs carry one. */
export function lineAccountOf(
  inputs: Omit<PostReportInputs, "window_start" | "window_end" | "masked_counts" | "insights">,
): LineAccount | undefined {
  if (inputs.lines_read === undefined || inputs.lines_matched === undefined) return undefined;
  return {
    read: inputs.lines_read,
    outOfWindow: inputs.lines_out_of_window ?? 0,
    repeated: inputs.lines_repeated ?? 0,
    filtered: inputs.filtered ?? false,
    matched: inputs.lines_matched,
    shown: inputs.line_count,
    stoppedBy: inputs.read_stopped_by || undefined,
    partial: inputs.partial_result ?? false,
  };
}

export interface ReportSettings {
  /** Channels a report may be posted to for everyone; empty: ephemeral only. */
  allowedChannels: ReadonlySet<string>;
  ttlMinutes: number;
  /** The longest a report may be kept (REPORT_MAX_TTL_MINUTES), whatever is asked. */
  maxTtlMinutes: number;
  /** AUDIT_HASH_KEY; without it, no hash of the filter is stored. */
  hashKey?: string;
}

export const DEFAULT_TTL_MINUTES = 60;
export const DEFAULT_MAX_TTL_MINUTES = 24 * 60;
const MAX_TTL_MINUTES = 7 * 24 * 60;

/**
 * Reads DEBUG_CHANNEL_IDS, REPORT_TTL_MINUTES, REPORT_MAX_TTL_MINUTES and AUDIT_HASH_KEY; a
 * message for admins when one is unusable.
 */
export function readReportSettings(
  env: Record<string, string | undefined>,
): ReportSettings | { problem: string } {
  const allowedChannels = readAllowedChannels(env);
  if ("problem" in allowedChannels) return allowedChannels;
  const hash = readAuditHashKey(env);
  if ("problem" in hash) return hash;
  const maxTtlMinutes = minutesSetting(env.REPORT_MAX_TTL_MINUTES, DEFAULT_MAX_TTL_MINUTES);
  if (!(maxTtlMinutes >= 1 && maxTtlMinutes <= MAX_TTL_MINUTES)) {
    return {
      problem: `REPORT_MAX_TTL_MINUTES must be a whole number of minutes from 1 to ` +
        `${MAX_TTL_MINUTES}. Ask an admin to fix it with \`slack env add REPORT_MAX_TTL_MINUTES …\`.`,
    };
  }
  const ttlMinutes = minutesSetting(env.REPORT_TTL_MINUTES, DEFAULT_TTL_MINUTES);
  if (!(ttlMinutes >= 1 && ttlMinutes <= maxTtlMinutes)) {
    return {
      problem: `REPORT_TTL_MINUTES must be a whole number of minutes from 1 to ${maxTtlMinutes} ` +
        "(REPORT_MAX_TTL_MINUTES). Ask an admin to fix it with `slack env add REPORT_TTL_MINUTES …`.",
    };
  }
  return { allowedChannels, ttlMinutes, maxTtlMinutes, hashKey: hash.key };
}

/** A whole number of minutes from the env, the default when unset, NaN when not a number. */
function minutesSetting(value: string | undefined, fallback: number): number {
  const text = (value ?? "").trim();
  if (text === "") return fallback;
  return /^\d{1,5}$/.test(text) ? Number(text) : NaN;
}
