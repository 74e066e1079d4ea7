/**
 * Plays Slack's built-in messaging steps through the Web API, as the platform does for the app:
 * SendMessage (chat.postMessage to a channel), SendDm (chat.postMessage to the person, which
 * lands in their DM with the app) and SendEphemeralMessage (chat.postEphemeral).
 * `message` may be plain mrkdwn text or a rich_text block; `interactive_blocks` are appended.
 */
import { callSlackOk, type SlackResponse } from "./slack_api.ts";
import type { StepContext, StepOutcome } from "./types.ts";

function messageArgs(inputs: Record<string, unknown>): Record<string, unknown> {
  const { message, interactive_blocks: interactive } = inputs;
  const extraBlocks = Array.isArray(interactive) ? interactive : [];
  if (typeof message === "string") {
    if (extraBlocks.length === 0) return { text: message };
    return {
      text: message,
      blocks: [{ type: "section", text: { type: "mrkdwn", text: message } }, ...extraBlocks],
    };
  }
  return { blocks: [message, ...extraBlocks] };
}

function stringField(answer: SlackResponse, field: string, method: string): string {
  const value = answer[field];
  if (typeof value !== "string" || value === "") {
    throw new Error(`${method} answered ok without a "${field}"`);
  }
  return value;
}

/** The step's clock (`options.now`, else real time) in whole epoch seconds. */
export function nowSeconds(step: StepContext): number {
  return Math.floor((step.options.now ?? Date.now)() / 1000);
}

async function postAndDescribe(
  step: StepContext,
  channel: unknown,
): Promise<StepOutcome> {
  const started = nowSeconds(step);
  const emulator = step.options.emulator;
  const posted = await callSlackOk(emulator, "chat.postMessage", {
    channel,
    ...messageArgs(step.inputs),
    metadata: step.inputs.metadata,
  });
  const ts = stringField(posted, "ts", "chat.postMessage");
  const channelId = stringField(posted, "channel", "chat.postMessage");
  const link = await callSlackOk(emulator, "chat.getPermalink", {
    channel: channelId,
    message_ts: ts,
  });
  return {
    outputs: {
      message_timestamp: Number(ts),
      message_link: stringField(link, "permalink", "chat.getPermalink"),
      message_context: { channel_id: channelId, message_ts: ts },
      timestamp_started: started,
      timestamp_completed: nowSeconds(step),
    },
    completedBy: "builtin",
  };
}

export function playSendMessage(step: StepContext): Promise<StepOutcome> {
  return postAndDescribe(step, step.inputs.channel_id);
}

export function playSendDm(step: StepContext): Promise<StepOutcome> {
  return postAndDescribe(step, step.inputs.user_id);
}

export async function playSendEphemeralMessage(step: StepContext): Promise<StepOutcome> {
  const { channel_id: channel, user_id: user, thread_ts } = step.inputs;
  const posted = await callSlackOk(step.options.emulator, "chat.postEphemeral", {
    channel,
    user,
    thread_ts,
    ...messageArgs(step.inputs),
  });
  return {
    outputs: { message_ts: stringField(posted, "message_ts", "chat.postEphemeral") },
    completedBy: "builtin",
  };
}
