// chat.postMessage, chat.postEphemeral, chat.update, chat.delete, chat.getPermalink.
import { type Args, optionalJson, optionalString, requiredString, SlackError } from "../args.ts";
import {
  MAX_CUMULATIVE_BLOCK_TEXT,
  MAX_MESSAGE_TEXT,
  MAX_UPDATE_TEXT,
  validateBlocks,
} from "../limits.ts";
import type { EmulatedChannel, EmulatedMessage, Workspace } from "../state.ts";
import { channelArg, type MethodHandler } from "./handler.ts";

interface Content {
  text?: string;
  blocks?: unknown[];
  hasAttachments: boolean;
  truncated: boolean;
}

/**
 * Reads text/blocks/attachments and applies Slack's limits. chat.postMessage truncates long
 * text with a `message_truncated` warning and reports `msg_blocks_too_long`; the other methods
 * answer `msg_too_long` (the errors each method documents). chat.update refuses text over
 * 4,000 characters ("The `text` field cannot exceed 4,000 characters", its method reference).
 */
function readContent(args: Args, method: "post" | "update" | "other"): Content {
  let text = optionalString(args, "text");
  const blocks = optionalJson(args, "blocks", "invalid_blocks_format") as unknown[] | undefined;
  const hasAttachments = optionalJson(args, "attachments") !== undefined;
  let truncated = false;
  if (blocks !== undefined) {
    const blockText = validateBlocks(blocks, "message");
    if (blockText > MAX_CUMULATIVE_BLOCK_TEXT) {
      throw new SlackError(
        method === "post" ? "msg_blocks_too_long" : "msg_too_long",
        `[ERROR] blocks carry ${blockText} characters of text; keep it under ${MAX_CUMULATIVE_BLOCK_TEXT}`,
      );
    }
  }
  const maxText = method === "update" ? MAX_UPDATE_TEXT : MAX_MESSAGE_TEXT;
  if (text !== undefined && text.length > maxText) {
    if (method !== "post") {
      throw new SlackError("msg_too_long", `[ERROR] text is over ${maxText} characters`);
    }
    text = text.slice(0, MAX_MESSAGE_TEXT);
    truncated = true;
  }
  return { text, blocks, hasAttachments, truncated };
}

function requireContent(content: Content): void {
  if (content.text === undefined && content.blocks === undefined && !content.hasAttachments) {
    throw new SlackError("no_text", "[ERROR] send text, blocks or attachments");
  }
}

function postableChannel(args: Args, workspace: Workspace): EmulatedChannel {
  const channel = channelArg(args, workspace);
  if (channel.is_archived) throw new SlackError("is_archived", "[ERROR] the channel is archived");
  const canPostPublicly = workspace.fixture.bot.scopes.includes("chat:write.public");
  if (!channel.members.has(workspace.botUserId) && !(canPostPublicly && !channel.is_private)) {
    throw new SlackError(
      "not_in_channel",
      "[ERROR] the bot is not a member of this channel; invite it first",
    );
  }
  return channel;
}

/** A message as Slack's methods return it (chat.postMessage, chat.update, conversations.history). */
export function messageBody(message: EmulatedMessage): Record<string, unknown> {
  return {
    type: "message",
    user: message.user,
    ...(message.bot_id ? { bot_id: message.bot_id } : {}),
    text: message.text,
    ...(message.blocks ? { blocks: message.blocks } : {}),
    ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
    ts: message.ts,
  };
}

function truncationWarning(content: Content): Record<string, unknown> {
  return content.truncated
    ? { warning: "message_truncated", response_metadata: { warnings: ["message_truncated"] } }
    : {};
}

const postMessage: MethodHandler = (args, workspace) => {
  const channel = postableChannel(args, workspace);
  const content = readContent(args, "post");
  requireContent(content);
  const thread_ts = optionalString(args, "thread_ts");
  const metadata = optionalJson(args, "metadata", "invalid_metadata_format");
  const message: EmulatedMessage = {
    channel: channel.id,
    ts: workspace.nextTs(),
    text: content.text ?? "",
    ...(content.blocks ? { blocks: content.blocks } : {}),
    user: workspace.botUserId,
    bot_id: workspace.fixture.bot.bot_id,
    ...(thread_ts ? { thread_ts } : {}),
    ...(metadata !== undefined ? { metadata } : {}),
    deleted: false,
  };
  workspace.storeMessage(message);
  return {
    channel: channel.id,
    ts: message.ts,
    message: messageBody(message),
    ...truncationWarning(content),
  };
};

const postEphemeral: MethodHandler = (args, workspace) => {
  const user = requiredString(args, "user", "user_not_in_channel");
  const channel = postableChannel(args, workspace);
  if (!channel.members.has(user)) {
    throw new SlackError(
      "user_not_in_channel",
      "[ERROR] ephemeral messages go only to members of the channel",
    );
  }
  const content = readContent(args, "other");
  requireContent(content);
  const message_ts = workspace.nextTs();
  const thread_ts = optionalString(args, "thread_ts");
  workspace.ephemerals.push({
    channel: channel.id,
    user,
    message_ts,
    text: content.text ?? "",
    ...(content.blocks ? { blocks: content.blocks } : {}),
    ...(thread_ts ? { thread_ts } : {}),
  });
  return { message_ts };
};

function existingMessage(workspace: Workspace, channelId: string, ts: string): EmulatedMessage {
  const message = workspace.findMessage(channelId, ts);
  if (!message) throw new SlackError("message_not_found", "[ERROR] no message with that ts");
  return message;
}

function ownMessage(
  workspace: Workspace,
  args: Args,
  notMineCode: string,
): EmulatedMessage {
  const channel = channelArg(args, workspace);
  const message = existingMessage(
    workspace,
    channel.id,
    requiredString(args, "ts", "message_not_found"),
  );
  if (message.bot_id !== workspace.fixture.bot.bot_id) {
    throw new SlackError(notMineCode, "[ERROR] a bot can only change its own messages");
  }
  return message;
}

const update: MethodHandler = (args, workspace) => {
  const message = ownMessage(workspace, args, "cant_update_message");
  const content = readContent(args, "update");
  requireContent(content);
  if (content.text !== undefined) message.text = content.text;
  if (content.blocks !== undefined) message.blocks = content.blocks;
  message.edited = { ts: workspace.nextTs() };
  return {
    channel: message.channel,
    ts: message.ts,
    text: message.text,
    message: messageBody(message),
  };
};

const deleteMessage: MethodHandler = (args, workspace) => {
  const message = ownMessage(workspace, args, "cant_delete_message");
  message.deleted = true;
  return { channel: message.channel, ts: message.ts };
};

const getPermalink: MethodHandler = (args, workspace) => {
  const channel = channelArg(args, workspace);
  const ts = requiredString(args, "message_ts", "message_not_found");
  const message = existingMessage(workspace, channel.id, ts);
  const base = `https://${workspace.fixture.team.domain}.slack.com/archives/${channel.id}/p${
    ts.replace(".", "")
  }`;
  const thread = message.thread_ts ? `?thread_ts=${message.thread_ts}&cid=${channel.id}` : "";
  return { channel: channel.id, permalink: base + thread };
};

export const chatMethods: Record<string, MethodHandler> = {
  "chat.postMessage": postMessage,
  "chat.postEphemeral": postEphemeral,
  "chat.update": update,
  "chat.delete": deleteMessage,
  "chat.getPermalink": getPermalink,
};
