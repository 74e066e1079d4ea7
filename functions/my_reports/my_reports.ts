/**
 * "My debug reports": lists the acting person's active reports privately (an ephemeral message
 * in the channel the shortcut ran in) with Purge now and Extend for each, and stays open so
 * Slack sends the list's clicks to `blockActions`, the same model as a report's own buttons.
 *
 * Who acts is never an input a workflow author writes: the list is of the trigger's interactor
 * (interactivity.interactor, filled by Slack), and each click is checked again for the person
 * Slack says clicked, by the report buttons' own code (post_debug_report/report_actions.ts
 * `actOnReport`: requester or an admin for the report's service), and audited there.
 * Runtime code: no SDK value import, settings from `env`.
 */
import * as z from "../../core/zod.ts";
import { DatastoreReadError, DEBUG_SESSIONS, getItem } from "../../datastores/records.ts";
import type { FunctionContext, FunctionResult } from "../../slack/function_context.ts";
import { createSlackClient, SlackApiError, type SlackClient } from "../../slack/web_api.ts";
import { type Access, describeAccessFailure, readAccess } from "../access/access.ts";
import { formSubmitter, requiredInteractivityInput } from "../access/identity.ts";
import { createAuditTrail } from "../audit_trail.ts";
import {
  actOnReport,
  type BlockActionsContext,
  type ReportAction,
} from "../post_debug_report/report_actions.ts";
import { EXTEND_STEP_MINUTES } from "../post_debug_report/session.ts";
import { readSessionItem } from "../purge_reports/session_record.ts";
import { channelId, userId } from "../slack_ids.ts";
import {
  LIST_DONE_ACTION,
  LIST_EXTEND_ACTION,
  LIST_PURGE_ACTION,
  listMessage,
} from "./list_blocks.ts";
import { readActiveReports } from "./read_reports.ts";
import { readReportMessage } from "./report_message.ts";

const ACTION = "my_debug_reports";

export interface MyDebugReportsOutputs {
  reports_listed: number;
}

/** What the runtime reads when the step stays open for the list's buttons: it sends nothing. */
export interface LeftOpen {
  completed: false;
  outputs?: undefined;
  error?: undefined;
}

export const InputsSchema = z.object({
  interactivity: requiredInteractivityInput,
  channel_id: channelId,
  everyone: z.optional(z.boolean()),
});

/** An execution id as Slack gives it; the list's buttons need one to keep the step open. */
const EXECUTION_ID = /^Fx[A-Z0-9]{1,40}$/;

export async function myDebugReports(
  ctx: FunctionContext<unknown>,
): Promise<FunctionResult<MyDebugReportsOutputs> | LeftOpen> {
  let client: SlackClient;
  try {
    client = createSlackClient({ token: ctx.token, env: ctx.env });
  } catch {
    return { error: "The app's Slack settings are not usable, so nothing was listed." };
  }
  const audit = createAuditTrail(client, ACTION, formSubmitter(ctx.inputs));
  const parsed = InputsSchema.safeParse(ctx.inputs);
  if (!parsed.success) {
    return audit.refused(
      "invalid_inputs",
      "This step needs the shortcut's interactivity and a channel, so nothing was listed. Start " +
        'it from the "My debug reports" shortcut.',
    );
  }
  const { interactivity, channel_id: channel, everyone } = parsed.data;
  const actor = interactivity.interactor.id;

  let access: Access | undefined;
  if (everyone) {
    try {
      access = await readAccess(client, ctx.env, actor);
    } catch (error) {
      return audit.failed("access_unknown", describeAccessFailure(error));
    }
  }
  let sessions;
  try {
    sessions = await readActiveReports(client, actor, access);
  } catch (error) {
    const why = error instanceof DatastoreReadError || error instanceof SlackApiError
      ? error.message
      : "an unexpected internal error stopped the read.";
    return audit.failed(
      "sessions_unreadable",
      `Could not read the debug reports, so nothing was listed: ${why} Try again in a minute.`,
    );
  }
  const message = listMessage(sessions, actor, EXTEND_STEP_MINUTES);
  let posted;
  try {
    posted = await client.call("chat.postEphemeral", {
      channel,
      user: actor,
      text: message.text,
      blocks: message.blocks,
    }, { encoding: "json" });
  } catch {
    posted = { ok: false };
  }
  if (!posted.ok) {
    return audit.failed(
      "list_not_posted",
      "Could not show the list in this channel. Invite the app to the channel, or run the " +
        "shortcut in one it is in.",
    );
  }
  await audit.succeeded(`listed=${sessions.length} everyone=${everyone === true}`);
  const executionId = ctx.event?.function_execution_id ?? "";
  // Buttons to wait for: the step stays open until Done (Slack routes clicks only to an open step).
  if (sessions.length > 0 && EXECUTION_ID.test(executionId)) return { completed: false };
  return { outputs: { reports_listed: sessions.length } };
}

const ClickSchema = z.object({
  action: z.object({
    action_id: z.enum([LIST_PURGE_ACTION, LIST_EXTEND_ACTION, LIST_DONE_ACTION]),
    value: z.string().check(z.regex(/^[A-Za-z0-9-]{1,100}$/)),
  }),
  body: z.object({
    user: z.object({ id: userId }),
    function_data: z.object({ execution_id: z.string().check(z.regex(EXECUTION_ID)) }),
    container: z.object({ channel_id: channelId }),
  }),
});

const LIST_ACTIONS: Record<string, ReportAction> = {
  [LIST_PURGE_ACTION]: "purge_now",
  [LIST_EXTEND_ACTION]: "extend",
};

/** A click on the list: Done completes the step; Purge now / Extend act on one report. */
export async function blockActions(ctx: BlockActionsContext): Promise<void> {
  const parsed = ClickSchema.safeParse({ action: ctx.action, body: ctx.body });
  // Not a click this list makes: there is no one to answer.
  if (!parsed.success) return;
  const { action, body } = parsed.data;
  let client: SlackClient;
  try {
    client = createSlackClient({ token: ctx.token, env: ctx.env, maxRetries: 0, timeoutMs: 3000 });
  } catch {
    return;
  }
  const clicker = body.user.id;
  const tell = async (text: string) => {
    try {
      await client.call("chat.postEphemeral", {
        channel: body.container.channel_id,
        user: clicker,
        text,
      });
    } catch {
      // They see the click go unanswered; the audit event records what happened.
    }
  };
  if (action.action_id === LIST_DONE_ACTION) {
    const listed = /^\d{1,6}$/.test(action.value) ? Number(action.value) : 0;
    await completeList(client, body.function_data.execution_id, listed);
    return;
  }
  const reportAction = LIST_ACTIONS[action.action_id];
  const audit = createAuditTrail(client, `report_${reportAction}`, {
    user_id: clicker,
    channel_id: body.container.channel_id,
  });
  let session;
  try {
    const item = await getItem(client, DEBUG_SESSIONS, action.value);
    session = item ? readSessionItem(item) : undefined;
  } catch {
    await tell("Could not read this report's record, so nothing was done. Try again in a minute.");
    await audit.failed("session_unreadable via=my_reports", "", { target: action.value });
    return;
  }
  if (!session) {
    await tell("This report has no record any more, so nothing was done.");
    await audit.refused("unknown_session via=my_reports", "", { target: action.value });
    return;
  }
  const found = session;
  await actOnReport(client, ctx.env, {
    action: reportAction,
    clicker,
    session: found,
    tell,
    confirm: tell,
    reportMessage: () => readReportMessage(client, found),
  }, audit);
}

/** Done: the list's step completes, so Slack sends its buttons no more clicks. */
async function completeList(
  client: SlackClient,
  executionId: string,
  listed: number,
): Promise<void> {
  try {
    await client.call("functions.completeSuccess", {
      function_execution_id: executionId,
      outputs: { reports_listed: listed },
    }, { encoding: "json" });
  } catch {
    // Already completed, or unreachable: nothing to undo.
  }
}
