/**
 * Plays a person clicking a button in a message an app function posted while its step is still
 * open (the function returned without being completed), as Slack does: the click becomes a
 * `block_actions` invocation (function_runtime/block_actions.ts) dispatched to the function's
 * module the way Slack's runtime dispatches it (function_runtime/dispatch.ts), within the 10 s
 * Slack gives a deployed interactivity handler. The handler must complete the execution itself.
 *
 * Only what a person could click is clickable: a button still in a message the step posted
 * (after chat.update removed it, it is gone), in a channel the person is in, or in an ephemeral
 * message shown to them.
 */
import {
  type BlockAction,
  blockActionsPayload,
  findButton,
} from "../function_runtime/block_actions.ts";
import type { ClickedMessage } from "../function_runtime/block_actions.ts";
import { dispatchPayload } from "../function_runtime/dispatch.ts";
import { describeThrown, withDeadline } from "./handler_calls.ts";
import { callSlackOk } from "./slack_api.ts";
import type { ButtonClick, EmulatorHandle, OpenExecution } from "./types.ts";

const DEFAULT_INTERACTION_TIMEOUT_MS = 10_000;
const MAX_MEMBER_PAGES = 20;

/** An execution whose step waits for clicks, and what existed before it started. */
export type { OpenExecution } from "./types.ts";

/** Notes what exists before a step runs, so its own messages can be told apart later. */
export function snapshotMessages(emulator: EmulatorHandle): OpenExecution["before"] {
  return {
    messages: new Set(emulator.state.allMessages().map((m) => `${m.channel}/${m.ts}`)),
    ephemerals: emulator.state.ephemeralMessages().length,
  };
}

interface Target {
  message: Omit<ClickedMessage, "channel"> & { channelId: string };
  action: BlockAction;
}

/** Candidate messages, newest first: the execution's channel messages and the ephemerals it
 * showed to the person clicking. */
function postedMessages(
  emulator: EmulatorHandle,
  execution: OpenExecution,
  userId: string,
): Target["message"][] {
  const channel = emulator.state.allMessages()
    .filter((m) => !m.deleted && !execution.before.messages.has(`${m.channel}/${m.ts}`))
    .map((m) => ({
      channelId: m.channel,
      ts: m.ts,
      ephemeral: false,
      text: m.text,
      blocks: m.blocks ?? [],
      user: m.user,
      bot_id: m.bot_id,
      thread_ts: m.thread_ts,
    }));
  const ephemeral = emulator.state.ephemeralMessages().slice(execution.before.ephemerals)
    .filter((m) => m.user === userId)
    .map((m) => ({
      channelId: m.channel,
      ts: m.message_ts,
      ephemeral: true,
      text: m.text,
      blocks: m.blocks ?? [],
      user: emulator.identity.botUserId,
      thread_ts: m.thread_ts,
    }));
  return [...channel, ...ephemeral].reverse();
}

function buttonLabel(click: ButtonClick): string {
  return click.blockId === undefined
    ? `"${click.actionId}"`
    : `"${click.actionId}" in block "${click.blockId}"`;
}

async function isMember(emulator: EmulatorHandle, channel: string, user: string) {
  let cursor = "";
  for (let page = 0; page < MAX_MEMBER_PAGES; page++) {
    const answer = await callSlackOk(emulator, "conversations.members", {
      channel,
      limit: 1000,
      ...(cursor ? { cursor } : {}),
    });
    const members = Array.isArray(answer.members) ? answer.members : [];
    if (members.includes(user)) return true;
    const next = (answer.response_metadata as { next_cursor?: unknown } | undefined)?.next_cursor;
    if (typeof next !== "string" || next === "") return false;
    cursor = next;
  }
  return false;
}

/**
 * Plays one click. Resolves with undefined when the handler ran, or with what stops the step:
 * no such button, a person who cannot see it, a handler that throws, times out or is missing.
 */
export async function playClick(
  emulator: EmulatorHandle,
  execution: OpenExecution,
  click: ButtonClick,
  timeoutMs = DEFAULT_INTERACTION_TIMEOUT_MS,
): Promise<string | undefined> {
  const actionTs = (Date.now() / 1000).toFixed(6);
  let target: Target | undefined;
  for (const message of postedMessages(emulator, execution, click.userId)) {
    const action = findButton(message.blocks, click.actionId, click.blockId, actionTs);
    if (action) {
      target = { message, action };
      break;
    }
  }
  if (!target) {
    return `no message that ${execution.callbackId} posted (and ${click.userId} can see) has a ` +
      `button ${buttonLabel(click)}`;
  }
  const channelId = target.message.channelId;
  if (!target.message.ephemeral && !await isMember(emulator, channelId, click.userId)) {
    return `${click.userId} is not in ${channelId}, so cannot click ${buttonLabel(click)} there`;
  }
  const user = await callSlackOk(emulator, "users.info", { user: click.userId });
  const channel = await callSlackOk(emulator, "conversations.info", { channel: channelId });
  const { channelId: _id, ...message } = target.message;
  const payload = blockActionsPayload({
    execution: { id: execution.id, callbackId: execution.callbackId, inputs: execution.inputs },
    user: { id: click.userId, name: String((user.user as { name?: unknown })?.name ?? "") },
    team: { id: emulator.identity.teamId, domain: emulator.identity.teamDomain },
    appId: emulator.identity.appId,
    message: {
      ...message,
      channel: { id: channelId, name: String((channel.channel as { name?: unknown })?.name ?? "") },
    },
    action: target.action,
    token: execution.token,
    env: execution.env,
  });
  const what = `the blockActions handler of ${execution.callbackId}`;
  try {
    const outcome = await withDeadline(
      dispatchPayload(payload, () => Promise.resolve(execution.module)),
      timeoutMs,
      what,
    );
    if (outcome.warning) {
      return `a click on ${buttonLabel(click)} by ${click.userId} reached no handler: Slack's ` +
        `runtime would only log "${outcome.warning}" and the step would stay open`;
    }
  } catch (thrown) {
    return thrown instanceof Error && thrown.name === "HandlerTimeout"
      ? thrown.message
      : `${what} threw ${describeThrown(thrown)}`;
  }
  return undefined;
}

/** What a later click on a waiting step came to. */
export interface WaitingClickResult {
  /** Why the click was not delivered or its handler failed; undefined when the handler ran. */
  problem?: string;
  /** The step's completion after the click, once someone (this click or another) made it. */
  completion?: { outputs?: Record<string, unknown>; error?: string };
}

/**
 * Plays a click on the messages of the step a run waits at (`run.waiting`), any time later, as
 * a person scrolling back to the message would: only while the step is still open (Slack sends
 * no clicks to a completed function), only on a button still in its message.
 */
export async function clickWaitingStep(
  emulator: EmulatorHandle,
  waiting: { execution: OpenExecution },
  click: ButtonClick,
  timeoutMs = DEFAULT_INTERACTION_TIMEOUT_MS,
): Promise<WaitingClickResult> {
  const { execution } = waiting;
  const completionOf = () =>
    emulator.state.functionCompletions().find((c) => c.function_execution_id === execution.id);
  if (completionOf()) {
    return {
      problem: `a click on ${buttonLabel(click)} comes after function ${execution.callbackId} ` +
        `completed: Slack no longer sends clicks on its buttons to the function then`,
      completion: completionOf(),
    };
  }
  const problem = await playClick(emulator, execution, click, timeoutMs);
  const completion = completionOf();
  return { ...(problem ? { problem } : {}), ...(completion ? { completion } : {}) };
}
