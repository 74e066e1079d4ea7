// conversations.history, as Slack's method reference describes it: a channel's top-level
// messages newest first, bounded by `latest`/`oldest` (`inclusive` keeps a message at either
// bound), `limit` (default 100, at most 999) and an opaque `cursor`. The bot must be in the
// channel (not_in_channel); its scope (channels:/groups:history) is checked by the server
// (scopes.ts).
import {
  type Args,
  optionalBoolean,
  optionalInteger,
  optionalString,
  SlackError,
} from "../args.ts";
import { messageBody } from "./chat.ts";
import { channelArg, type MethodHandler } from "./handler.ts";

const TS = /^(\d{1,10})(?:\.(\d{1,6}))?$/;
const MAX_LIMIT = 999;

/** A ts as a number of microseconds, exact (a double cannot hold 16 digits). */
function tsValue(ts: string): bigint | undefined {
  const match = TS.exec(ts);
  if (!match) return undefined;
  return BigInt(match[1]) * 1_000_000n + BigInt((match[2] ?? "").padEnd(6, "0"));
}

function boundArg(args: Args, name: "latest" | "oldest"): bigint | undefined {
  const text = optionalString(args, name);
  if (text === undefined || text === "") return undefined;
  const value = tsValue(text);
  if (value === undefined) {
    throw new SlackError(`invalid_ts_${name}`, `[ERROR] ${name} is not a message timestamp`);
  }
  return value;
}

function offsetOf(cursor: string | undefined): number {
  if (cursor === undefined || cursor === "") return 0;
  let decoded = "";
  try {
    decoded = atob(cursor);
  } catch {
    // not base64: invalid_cursor below
  }
  const match = /^history:(\d{1,7})$/.exec(decoded);
  if (!match) throw new SlackError("invalid_cursor", "[ERROR] cursor is not one Slack returned");
  return Number(match[1]);
}

const history: MethodHandler = (args, workspace) => {
  const channel = channelArg(args, workspace);
  if (!channel.members.has(workspace.botUserId)) {
    throw new SlackError("not_in_channel", "[ERROR] the bot is not a member of this channel");
  }
  const latest = boundArg(args, "latest");
  const oldest = boundArg(args, "oldest");
  const inclusive = optionalBoolean(args, "inclusive") ?? false;
  const limit = Math.min(
    optionalInteger(args, "limit", { min: 1, max: 1_000_000, code: "invalid_limit" }) ?? 100,
    MAX_LIMIT,
  );
  const offset = offsetOf(optionalString(args, "cursor"));
  const inRange = workspace.messageLog
    .filter((m) => m.channel === channel.id && !m.deleted)
    // Top-level messages and thread parents; replies are conversations.replies'.
    .filter((m) => m.thread_ts === undefined || m.thread_ts === m.ts)
    .map((m) => ({ m, at: tsValue(m.ts) ?? 0n }))
    .filter(({ at }) =>
      (latest === undefined || (inclusive ? at <= latest : at < latest)) &&
      (oldest === undefined || (inclusive ? at >= oldest : at > oldest))
    )
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const page = inRange.slice(offset, offset + limit);
  const hasMore = offset + limit < inRange.length;
  return {
    messages: page.map(({ m }) => ({
      ...messageBody(m),
      ...(m.edited ? { edited: m.edited } : {}),
    })),
    has_more: hasMore,
    pin_count: 0,
    channel_actions_ts: null,
    channel_actions_count: 0,
    ...(hasMore ? { response_metadata: { next_cursor: btoa(`history:${offset + limit}`) } } : {}),
  };
};

export const historyMethods: Record<string, MethodHandler> = {
  "conversations.history": history,
};
