/**
 * post_debug_report: scrubs the given excerpt again (defence in depth), checks where it may go,
 * posts it, records the session for the purge job and writes an audit event, success or not.
 * Runtime code: imports the SDK for types only (see README, "Deployable as-is").
 */
import { sha256 } from "../../core/crypto/sha256.ts";
import { mergeMaskCounts, parseMaskCounts } from "../../core/render/masking_summary.ts";
import { buildReportMessage } from "../../core/render/report_blocks.ts";
import { createScrubber, ScrubError } from "../../core/scrub/mod.ts";
import {
  type AuditEvent,
  DatastoreWriteError,
  type DebugSession,
  GRACE_SECONDS,
  saveAuditEvent,
  saveDebugSession,
} from "../../datastores/records.ts";
import type { FunctionHandler } from "../../slack/function_context.ts";
import { createSlackClient, type SlackClient, slackErrorCode } from "../../slack/web_api.ts";
import { describeInputError } from "../input_errors.ts";
import {
  CHANNEL_ID,
  type PostReportInputs,
  PostReportInputsSchema,
  readReportSettings,
  USER_ID,
} from "./inputs.ts";
import { describePostError, describeThrown } from "./slack_failures.ts";

export interface PostDebugReportOutputs {
  message_ts: string;
  session_id: string;
  expires_at: number;
}

const ACTION = "post_debug_report";

const handler: FunctionHandler<unknown, PostDebugReportOutputs> = async (ctx) => {
  let client: SlackClient;
  try {
    client = createSlackClient({ token: ctx.token, env: ctx.env });
  } catch (error) {
    return { error: describeThrown(error) };
  }
  const raw = (ctx.inputs ?? {}) as Record<string, unknown>;
  const audit = auditTrail(
    client,
    idOrInvalid(raw.user_id, USER_ID),
    idOrInvalid(raw.channel_id, CHANNEL_ID),
  );

  const parsed = PostReportInputsSchema.safeParse(ctx.inputs);
  if (!parsed.success) {
    return audit.failed("invalid_inputs", describeInputError(ACTION, parsed.error));
  }
  const inputs = parsed.data;
  const settings = readReportSettings(ctx.env);
  if ("problem" in settings) return audit.failed("bad_settings", settings.problem);
  if (inputs.delivery === "channel") {
    if (settings.allowedChannels.size === 0) {
      return audit.failed(
        "channel_delivery_off",
        "Posting reports to a channel is turned off (DEBUG_CHANNEL_IDS is not set). Choose " +
          "ephemeral delivery (only you see it), or ask an admin to allow this channel.",
      );
    }
    if (!settings.allowedChannels.has(inputs.channel_id)) {
      return audit.failed(
        "channel_not_allowed",
        "This channel is not allowed for debug reports. Choose ephemeral delivery (only you see " +
          "it), or ask an admin to add the channel to DEBUG_CHANNEL_IDS.",
      );
    }
  }
  const priorCounts = parseMaskCounts(inputs.masked_counts);
  if (priorCounts === undefined) {
    return audit.failed(
      "invalid_inputs",
      'post_debug_report got invalid inputs (`masked_counts` must be JSON like {"email": 3}). ' +
        "Check the step's inputs in the workflow.",
    );
  }

  let scrubbed;
  try {
    scrubbed = rescrub(inputs);
  } catch (error) {
    const reason = error instanceof ScrubError ? error.message : "an unexpected internal error";
    return audit.failed(
      "scrub_failed",
      `Scrubbing the report failed (${reason}), so nothing was posted. Narrow the window.`,
    );
  }

  const now = Date.now();
  const createdAt = Math.floor(now / 1000);
  const expiresAt = createdAt + settings.ttlMinutes * 60;
  const counts = mergeMaskCounts(priorCounts, scrubbed.counts);
  const message = buildReportMessage({
    service: scrubbed.service,
    environment: scrubbed.environment,
    source: scrubbed.source,
    windowStart: inputs.window_start,
    windowEnd: inputs.window_end,
    requesterId: inputs.user_id,
    excerpt: scrubbed.excerpt,
    lineCount: inputs.line_count,
    truncated: inputs.truncated,
    counts,
    expiresAt: new Date(expiresAt * 1000),
  });

  let messageTs: string;
  try {
    const posted = inputs.delivery === "channel"
      ? await client.call("chat.postMessage", {
        channel: inputs.channel_id,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
      })
      : await client.call("chat.postEphemeral", {
        channel: inputs.channel_id,
        user: inputs.user_id,
        text: message.text,
        blocks: message.blocks,
      });
    const ts = inputs.delivery === "channel" ? posted.ts : posted.message_ts;
    if (!posted.ok || typeof ts !== "string") {
      const code = slackErrorCode(posted);
      return audit.failed(`slack:${code}`, describePostError(code, inputs.delivery));
    }
    messageTs = ts;
  } catch (error) {
    return audit.failed("slack_unreachable", describeThrown(error));
  }

  const session: DebugSession = {
    id: crypto.randomUUID(),
    requester: inputs.user_id,
    channel: inputs.channel_id,
    message_ts: messageTs,
    delivery: inputs.delivery,
    service: scrubbed.service,
    environment: scrubbed.environment,
    source: scrubbed.source ?? "",
    window_start: Math.floor(inputs.window_start.getTime() / 1000),
    window_end: Math.floor(inputs.window_end.getTime() / 1000),
    query_hash: hex(sha256(new TextEncoder().encode(inputs.filter ?? ""))),
    masked_counts: JSON.stringify(counts),
    created_at: createdAt,
    expires_at: expiresAt,
    status: "active",
    purge_after: expiresAt + GRACE_SECONDS,
  };
  try {
    await saveDebugSession(client, session);
  } catch (error) {
    const retracted = await retract(client, inputs, messageTs);
    return audit.failed(
      "session_not_saved",
      `${error instanceof DatastoreWriteError ? error.message : describeThrown(error)} ` +
        (retracted
          ? "The report was deleted because it could not be scheduled for purging."
          : "The report could not be scheduled for purging; delete it by hand."),
    );
  }

  const logged = await audit.record(
    "success",
    `delivery=${inputs.delivery} lines=${inputs.line_count} masked=${totalOf(counts)}`,
    session.id,
  );
  if (!logged) {
    return {
      error: "The report was posted and scheduled for purging, but its audit event could not " +
        "be saved. Tell an admin to check the app's datastore access.",
    };
  }
  return { outputs: { message_ts: messageTs, session_id: session.id, expires_at: expiresAt } };
};

export default handler;

/** Every text a Workflow Builder user could have wired in, scrubbed again. */
function rescrub(inputs: PostReportInputs) {
  const scrubber = createScrubber();
  const found: Record<string, number>[] = [];
  const scrub = (text: string) => {
    const result = scrubber.scrub(text);
    found.push(result.counts);
    return result.text;
  };
  return {
    service: scrub(inputs.service),
    environment: scrub(inputs.environment),
    source: inputs.source === undefined ? undefined : scrub(inputs.source),
    excerpt: inputs.excerpt.map(scrub),
    counts: mergeMaskCounts(...found),
  };
}

/** Deletes a channel report that cannot be purged later. Ephemeral reports cannot be deleted. */
async function retract(client: SlackClient, inputs: PostReportInputs, ts: string) {
  if (inputs.delivery !== "channel") return false;
  try {
    return (await client.call("chat.delete", { channel: inputs.channel_id, ts })).ok;
  } catch {
    return false;
  }
}

function auditTrail(client: SlackClient, actor: string, channel: string) {
  const record = async (outcome: AuditEvent["outcome"], detail: string, target = "") => {
    try {
      await saveAuditEvent(client, {
        id: crypto.randomUUID(),
        actor,
        action: ACTION,
        target,
        channel,
        at: Math.floor(Date.now() / 1000),
        outcome,
        detail,
      });
      return true;
    } catch {
      return false;
    }
  };
  return {
    record,
    /** Records the failure (best effort: the person's error matters more) and returns it. */
    failed: async (detail: string, error: string) => {
      await record("failure", detail);
      return { error };
    },
  };
}

function idOrInvalid(value: unknown, pattern: RegExp): string {
  return typeof value === "string" && pattern.test(value) ? value : "invalid";
}

function totalOf(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
