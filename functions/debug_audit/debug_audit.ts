/**
 * Debug audit: the latest audit events, filtered by person, service or outcome, shown to an
 * admin alone. The person acting is the form's submitter (interactivity.interactor, filled by
 * Slack); they must manage access (a bootstrap admin, or an admin for every service). Viewing
 * the audit is itself audited, refusals too. Runtime code: imports the SDK for types only.
 */
import * as z from "../../core/zod.ts";
import { inlineCode } from "../../core/render/slack_escape.ts";
import { DatastoreReadError } from "../../datastores/records.ts";
import type { FunctionContext, FunctionResult } from "../../slack/function_context.ts";
import { SlackApiError } from "../../slack/web_api.ts";
import { linesMessage, showEphemerally } from "../access/admin_message.ts";
import { openAdminForm } from "../access/admin_form.ts";
import { requiredInteractivityInput } from "../access/identity.ts";
import { blankAsNone, blankOrOneOf, optionalText } from "../input_schemas.ts";
import { channelId, userId } from "../slack_ids.ts";
import { AUDIT_OUTCOMES } from "./outcomes.ts";
import { eventLine } from "./event_lines.ts";
import { type AuditFilter, readAuditEvents } from "./read_events.ts";

const ACTION = "debug_audit";
/** Events shown at most (the message's limits may show fewer, and then say so). */
export const MAX_EVENTS_SHOWN = 60;

export const InputsSchema = z.object({
  interactivity: requiredInteractivityInput,
  channel_id: channelId,
  user: blankAsNone(userId),
  service: optionalText(128),
  outcome: blankOrOneOf(AUDIT_OUTCOMES),
});

export interface DebugAuditOutputs {
  events_shown: number;
}

const FIELD_TITLES: Record<string, string> = {
  interactivity: "form interaction (start this from the Debug audit shortcut)",
  channel_id: "channel",
  user: "person",
  service: "service (at most 128 characters)",
  outcome: "outcome",
};

export function createDebugAuditHandler(now: () => number = Date.now) {
  return (ctx: FunctionContext<unknown>) => debugAudit(ctx, now);
}

async function debugAudit(
  ctx: FunctionContext<unknown>,
  now: () => number,
): Promise<FunctionResult<DebugAuditOutputs>> {
  const form = await openAdminForm(ctx, {
    action: ACTION,
    now,
    schema: InputsSchema,
    fieldTitles: FIELD_TITLES,
    undone: "shown",
    doing: "read the debug audit",
  });
  if ("error" in form) return form;
  const { client, audit, inputs, actor } = form;

  const filter: AuditFilter = {
    actor: inputs.user,
    service: inputs.service,
    outcome: inputs.outcome,
  };
  let read;
  try {
    read = await readAuditEvents(client, filter);
  } catch (error) {
    const why = error instanceof DatastoreReadError || error instanceof SlackApiError
      ? error.message
      : "An unexpected internal error stopped the read.";
    return audit.failed("datastore_error", `${why} Nothing was shown; try again.`);
  }
  const latest = read.events.slice(0, MAX_EVENTS_SHOWN);
  const message = linesMessage(
    "Debug audit",
    leadOf(filter, read.events.length, latest.length, read.complete),
    latest.map(eventLine),
    "event",
  );
  const { shown, ...toPost } = message;
  if (
    !await audit.succeeded(`shown ${shown} of ${read.events.length}`, { service: filter.service })
  ) {
    return {
      error: "The audit could not record this view, so nothing was shown. Tell an admin to " +
        "check the app's datastore access.",
    };
  }
  let code: string | undefined;
  try {
    code = await showEphemerally(client, inputs.channel_id, actor, toPost);
  } catch {
    code = "unreachable";
  }
  if (code !== undefined) {
    return {
      error: `The events could not be shown to you here (Slack said "${code}"). Run the ` +
        "shortcut from a channel the app is in.",
    };
  }
  return { outputs: { events_shown: shown } };
}

function leadOf(filter: AuditFilter, matched: number, latest: number, complete: boolean): string {
  const asked = [
    filter.actor ? `by <@${filter.actor}>` : "",
    filter.service ? `for service ${inlineCode(filter.service)}` : "",
    filter.outcome ? `that ended ${inlineCode(filter.outcome)}` : "",
  ].filter(Boolean).join(", ");
  const scope = complete
    ? ""
    : " The audit holds more events than one view searches: only part of it was read, so " +
      "older or newer ones may be missing. Narrow the filter.";
  return `The latest ${latest} of ${matched} events${asked ? ` ${asked}` : ""}, newest first. ` +
    `Events hold who asked what and how it ended: never log text, filter text or secrets.${scope}`;
}
