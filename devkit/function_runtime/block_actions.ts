/**
 * The `block_actions` invocation Slack sends the runtime when someone clicks a button in a
 * message a function posted while its execution was still open (it returned `completed: false`):
 * the SDK's `BlockActionsBody` (deno-slack-sdk functions/interactivity/block_actions_types.ts)
 * plus `function_data` and `interactivity` (functions/interactivity/types.ts
 * `FunctionInteractivity`) and the execution's `bot_access_token`, with the runtime's `context`
 * (deno-slack-runtime src/types.ts). The runtime hands `actions[0]` to the function's
 * `blockActions` export (dispatch.ts).
 */
import type { InvocationPayload } from "./dispatch.ts";

/** The clicked element as Slack reports it in `actions[]`. */
export interface BlockAction {
  type: string;
  action_id: string;
  block_id: string;
  text?: unknown;
  value?: string;
  style?: string;
  action_ts: string;
}

/** The message the button is in. */
export interface ClickedMessage {
  channel: { id: string; name: string };
  ts: string;
  /** Ephemeral messages have no shared copy: Slack sends no `message` for them. */
  ephemeral: boolean;
  text: string;
  blocks: unknown[];
  /** The author (the app's bot user). */
  user: string;
  bot_id?: string;
  thread_ts?: string;
}

export interface Click {
  /** The open execution the message belongs to. */
  execution: { id: string; callbackId: string; inputs: Record<string, unknown> };
  user: { id: string; name: string };
  team: { id: string; domain: string };
  appId: string;
  message: ClickedMessage;
  action: BlockAction;
  /** The execution's token (`bot_access_token`). */
  token: string;
  /** The function's env (`context.variables`). */
  env: Record<string, string>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const MAX_BLOCKS = 100;
const MAX_ELEMENTS = 25;

/**
 * The button with `actionId` (and `blockId`, when given) in a message's blocks: in an `actions`
 * block's elements or as a `section`'s accessory. Slack fills in a block_id the poster left
 * out; here it is "block-<index>". Undefined when the message has no such button.
 */
export function findButton(
  blocks: readonly unknown[],
  actionId: string,
  blockId?: string,
  actionTs = "0",
): BlockAction | undefined {
  for (const [index, block] of blocks.slice(0, MAX_BLOCKS).entries()) {
    if (!isRecord(block)) continue;
    const id = typeof block.block_id === "string" ? block.block_id : `block-${index}`;
    if (blockId !== undefined && id !== blockId) continue;
    const elements = block.type === "actions" && Array.isArray(block.elements)
      ? block.elements.slice(0, MAX_ELEMENTS)
      : block.type === "section" && block.accessory !== undefined
      ? [block.accessory]
      : [];
    for (const element of elements) {
      if (!isRecord(element) || element.type !== "button" || element.action_id !== actionId) {
        continue;
      }
      return {
        type: "button",
        action_id: actionId,
        block_id: id,
        text: element.text,
        ...(typeof element.value === "string" ? { value: element.value } : {}),
        ...(typeof element.style === "string" ? { style: element.style } : {}),
        action_ts: actionTs,
      };
    }
  }
  return undefined;
}

function randomToken(prefix: string): string {
  return `${prefix}${crypto.randomUUID().replaceAll("-", "")}`;
}

/** The invocation payload for one click. */
export function blockActionsPayload(click: Click): InvocationPayload {
  const { execution, user, team, message } = click;
  return {
    body: {
      type: "block_actions",
      api_app_id: click.appId,
      team: { id: team.id, domain: team.domain },
      enterprise: null,
      is_enterprise_install: false,
      user: { id: user.id, name: user.name, team_id: team.id },
      channel: message.channel,
      container: {
        type: "message",
        message_ts: message.ts,
        channel_id: message.channel.id,
        is_ephemeral: message.ephemeral,
      },
      ...(message.ephemeral ? {} : {
        message: {
          type: "message",
          app_id: click.appId,
          team: team.id,
          user: message.user,
          ...(message.bot_id ? { bot_id: message.bot_id } : {}),
          text: message.text,
          blocks: message.blocks,
          ts: message.ts,
          thread_ts: message.thread_ts ?? message.ts,
          is_locked: false,
          reply_count: 0,
          reply_users: [],
          reply_users_count: 0,
        },
      }),
      trigger_id: randomToken("trigger."),
      actions: [click.action],
      function_data: {
        execution_id: execution.id,
        function: { callback_id: execution.callbackId },
        inputs: execution.inputs,
      },
      interactivity: {
        interactor: { id: user.id, secret: randomToken("secret-") },
        interactivity_pointer: randomToken("pointer."),
      },
      bot_access_token: click.token,
    },
    context: { bot_access_token: click.token, team_id: team.id, variables: click.env },
  };
}
