/**
 * post_debug_report: scrubs the given excerpt again (defence in depth), checks where it may go,
 * posts it, records the session for the purge job and writes an audit event, success or not.
 * Runtime code: imports the SDK for types only (see README, "Deployable as-is").
 */
import { excerptModeOf } from "../../core/render/insights_excerpt.ts";
import { mergeMaskCounts } from "../../core/render/masking_summary.ts";
import { buildReportMessage } from "../../core/render/report_blocks.ts";
import { withControls } from "../../core/render/report_controls.ts";
import { DatastoreWriteError, saveDebugSession } from "../../datastores/records.ts";
import type { Policy } from "../../core/scrub/mod.ts";
import type { FunctionContext, FunctionResult } from "../../slack/function_context.ts";
import { APP_POLICY } from "../app_scrubber.ts";
import { createSlackClient, type SlackClient } from "../../slack/web_api.ts";
import { describeInputError } from "../input_errors.ts";
import { POST_DEBUG_REPORT_STEP } from "../step_titles.ts";
import { scrubFailureReason } from "../scrub_failure.ts";
import { withSafeResult } from "../safe_result.ts";
import { accessRefusal, describeAccessFailure, readAccess } from "../access/access.ts";
import { alertGrantCheck } from "../access/alert_grant.ts";
import { identityRefusal } from "../access/identity.ts";
import { serviceRuleRefusal } from "../access/service_rules.ts";
import { membershipRefusal } from "../access/channel_membership.ts";
import { createAuditTrail } from "../audit_trail.ts";
import { deliveryRefusal } from "../channel_delivery.ts";
import { hashFilter } from "../filter_hash.ts";
import { postReport, retractReport } from "./delivery.ts";
import { lineAccountOf, PostReportInputsSchema, readReportSettings } from "./inputs.ts";
import { rescrubReport } from "./rescrub.ts";
import {
  EXTEND_STEP_MINUTES,
  keptMinutes,
  newDebugSession,
  schedulePurge,
  sessionTimes,
} from "./session.ts";
import { describePostError, describeThrown } from "./slack_failures.ts";

export interface PostDebugReportOutputs {
  message_ts: string;
  session_id: string;
  expires_at: number;
}

const ACTION = "post_debug_report";

/** What the runtime reads when the step stays open for the report's buttons: it sends nothing. */
export interface LeftOpen {
  completed: false;
  outputs?: undefined;
  error?: undefined;
}

/**
 * The post_debug_report handler for a scrubbing policy (the app's by default). With
 * `report_buttons` on a channel report it returns `completed: false`: the step stays open, so
 * Slack sends the buttons' clicks to `blockActions` (report_actions.ts), and a Purge now click or
 * the purge at the deadline completes it with these outputs once the report is gone.
 */
export function createPostDebugReportHandler(
  policy: Policy = APP_POLICY,
): (ctx: FunctionContext<unknown>) => Promise<FunctionResult<PostDebugReportOutputs> | LeftOpen> {
  return async (ctx) => {
    const run = { leftOpen: false };
    const result = await withSafeResult<unknown, PostDebugReportOutputs>(
      (context) => postDebugReport(context, policy, run),
      policy,
    )(ctx);
    return run.leftOpen && result.outputs !== undefined ? { completed: false } : result;
  };
}

export default createPostDebugReportHandler();
export { blockActions } from "./report_actions.ts";

/** An execution id as Slack gives it; the buttons need one to keep open. */
const EXECUTION_ID = /^Fx[A-Z0-9]{1,40}$/;

async function postDebugReport(
  ctx: FunctionContext<unknown>,
  policy: Policy,
  /** Set to true once the report stands with buttons that need the step open. */
  run: { leftOpen: boolean },
): Promise<FunctionResult<PostDebugReportOutputs>> {
  let client: SlackClient;
  try {
    client = createSlackClient({ token: ctx.token, env: ctx.env });
  } catch (error) {
    return { error: describeThrown(error) };
  }
  const audit = createAuditTrail(client, ACTION, ctx.inputs);

  const parsed = PostReportInputsSchema.safeParse(ctx.inputs);
  if (!parsed.success) {
    return audit.failed("invalid_inputs", describeInputError(POST_DEBUG_REPORT_STEP, parsed.error));
  }
  const inputs = parsed.data;
  const settings = readReportSettings(ctx.env);
  if ("problem" in settings) return audit.failed("bad_settings", settings.problem);
  const refusal = deliveryRefusal(inputs.delivery, inputs.channel_id, settings.allowedChannels);
  if (refusal) return audit.failed(refusal.detail, refusal.error);
  // Who posts: their role is read once and must cover the service; a channel report goes only
  // to a channel they are a member of.
  // An authenticated alert's grant stands in for both (verify_alert checked its channel).
  const impostor = identityRefusal(inputs.interactivity, inputs.user_id);
  if (impostor) return audit.refused(impostor.detail, impostor.error);
  const alerted = inputs.alert_grant !== undefined;
  if (alerted) {
    const granted = alertGrantCheck(ctx.env, inputs.alert_grant ?? "", {
      service: inputs.service,
      environment: inputs.environment,
      filter: inputs.filter ?? "",
      channel_id: inputs.channel_id,
      user_id: inputs.user_id,
    }, audit.at);
    if (granted !== "granted") return audit.refused(granted.detail, granted.error);
  } else {
    let access;
    try {
      access = await readAccess(client, ctx.env, inputs.user_id, {
        needed: "debugger",
        service: inputs.service,
      });
    } catch (error) {
      return audit.refused("access_unknown", describeAccessFailure(error));
    }
    const denied = accessRefusal(access, "debugger", inputs.service, "post a report about it");
    if (denied) return audit.refused(denied.detail, denied.error);
  }
  const secret = serviceRuleRefusal(ctx.env, inputs.service, inputs.delivery, inputs.channel_id);
  if (secret) return audit.refused(secret.detail, secret.error);
  if (!alerted && inputs.delivery === "channel") {
    const outsider = await membershipRefusal(client, inputs.channel_id, inputs.user_id);
    if (outsider) return audit.refused(outsider.detail, outsider.error);
  }

  let report;
  try {
    report = rescrubReport(inputs, policy);
  } catch (error) {
    const reason = scrubFailureReason(error);
    return audit.failed(
      "scrub_failed",
      `Scrubbing the report failed (${reason}), so nothing was posted. Narrow the window.`,
    );
  }
  const counts = mergeMaskCounts(inputs.masked_counts, report.counts);
  const times = sessionTimes(Date.now(), keptMinutes(inputs.keep_minutes, settings));
  const sessionId = crypto.randomUUID();
  // Buttons only where a click can be answered: a channel report (Slack cannot delete an
  // ephemeral one) of an execution Slack named, which then stays open for the clicks.
  const executionId = ctx.event?.function_execution_id ?? "";
  const buttons = inputs.report_buttons === true && inputs.delivery === "channel" &&
    EXECUTION_ID.test(executionId);
  const controls = buttons ? { sessionId, extendMinutes: EXTEND_STEP_MINUTES } : undefined;
  const message = buildReportMessage({
    service: report.service,
    environment: report.environment,
    source: report.source,
    windowStart: inputs.window_start,
    windowEnd: inputs.window_end,
    requesterId: inputs.user_id,
    excerpt: report.excerpt,
    lineCount: inputs.line_count,
    truncated: inputs.truncated,
    account: lineAccountOf(inputs),
    counts,
    expiresAt: new Date(times.expiresAt * 1000),
    insights: report.insights,
    excerptMode: excerptModeOf(inputs),
    ...(controls ? { controls } : {}),
  });

  let posted;
  try {
    posted = await postReport(client, inputs, controls ? withControls(message, controls) : message);
  } catch (error) {
    return audit.failed("slack_unreachable", describeThrown(error));
  }
  if ("code" in posted) {
    return audit.failed(`slack:${posted.code}`, describePostError(posted.code, inputs.delivery));
  }

  const queryHash = inputs.filter !== undefined && settings.hashKey !== undefined
    ? hashFilter(inputs.filter, settings.hashKey)
    : "";
  const session = newDebugSession(inputs, report, counts, posted.ts, times, queryHash, {
    id: sessionId,
    ...(buttons ? { executionId } : {}),
  });
  try {
    await saveDebugSession(client, session);
  } catch (error) {
    const retracted = await retractReport(client, inputs, posted.ts);
    return audit.failed(
      "session_not_saved",
      `${error instanceof DatastoreWriteError ? error.message : describeThrown(error)} ` +
        (retracted
          ? "The report was deleted because it could not be scheduled for purging."
          : "The report could not be scheduled for purging; delete it by hand."),
    );
  }

  // On time: a one-off trigger at the deadline. Without it the report still stands, and the
  // hourly sweep purges it.
  let purgeNote = "";
  const scheduled = await schedulePurge(client, session);
  if ("triggerId" in scheduled) {
    try {
      await saveDebugSession(client, { ...session, trigger_id: scheduled.triggerId });
    } catch {
      purgeNote = " trigger_id_not_saved (the trigger still purges it)";
    }
  } else {
    purgeNote = ` purge=sweep (trigger not created: ${scheduled.code}; the hourly sweep purges it)`;
  }

  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const detail = `delivery=${inputs.delivery} lines=${inputs.line_count} masked=${total}` +
    (buttons ? " buttons=open" : "") + purgeNote;
  if (!await audit.succeeded(detail, { target: session.id })) {
    return {
      error: "The report was posted and scheduled for purging, but its audit event could not " +
        "be saved. Tell an admin to check the app's datastore access.",
    };
  }
  run.leftOpen = buttons;
  return {
    outputs: { message_ts: posted.ts, session_id: session.id, expires_at: times.expiresAt },
  };
}
