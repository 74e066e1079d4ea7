// Which bot scope each emulated Web API method needs, from Slack's method reference: one scope,
// or one per kind of channel for the conversations.* methods (channels: for a public channel,
// groups: for a private one, im: for a DM). The server checks it before the method runs and
// answers missing_scope with `needed` and `provided`, as Slack does, so a scope the manifest
// forgot fails here instead of after deployment. Methods absent from the table need no scope
// (functions.complete*, views.open, chat.getPermalink per the reference; workflows.triggers.*
// take the triggers:write the app always asks for).
import { type Args, SlackError } from "./args.ts";
import type { EmulatedChannel, Workspace } from "./state.ts";

type ByChannel = { public: string; private: string; im: string };
type ScopeRule = string | ByChannel;

const READ: ByChannel = { public: "channels:read", private: "groups:read", im: "im:read" };
const HISTORY: ByChannel = {
  public: "channels:history",
  private: "groups:history",
  im: "im:history",
};

const SCOPE_RULES: Record<string, ScopeRule> = {
  "chat.postMessage": "chat:write",
  "chat.postEphemeral": "chat:write",
  "chat.update": "chat:write",
  "chat.delete": "chat:write",
  "apps.datastore.get": "datastore:read",
  "apps.datastore.bulkGet": "datastore:read",
  "apps.datastore.query": "datastore:read",
  "apps.datastore.count": "datastore:read",
  "apps.datastore.put": "datastore:write",
  "apps.datastore.update": "datastore:write",
  "apps.datastore.delete": "datastore:write",
  "apps.datastore.bulkPut": "datastore:write",
  "apps.datastore.bulkDelete": "datastore:write",
  "workflows.triggers.create": "triggers:write",
  "workflows.triggers.delete": "triggers:write",
  "users.info": "users:read",
  "usergroups.users.list": "usergroups:read",
  "conversations.info": READ,
  "conversations.members": READ,
  "conversations.history": HISTORY,
};

function channelKind(channel: EmulatedChannel): keyof ByChannel {
  return channel.is_im ? "im" : channel.is_private ? "private" : "public";
}

/** The scope a call needs; undefined when none, or when its channel is unknown (the method then answers channel_not_found). */
export function neededScope(method: string, args: Args, workspace: Workspace): string | undefined {
  const rule = SCOPE_RULES[method];
  if (rule === undefined || typeof rule === "string") return rule;
  const reference = args.channel;
  if (typeof reference !== "string" || reference === "") return undefined;
  try {
    return rule[channelKind(workspace.visibleChannel(reference))];
  } catch {
    return undefined;
  }
}

/** Throws missing_scope when the bot token lacks what the call needs. */
export function requireScope(method: string, args: Args, workspace: Workspace): void {
  const needed = neededScope(method, args, workspace);
  const provided = workspace.fixture.bot.scopes;
  if (needed === undefined || provided.includes(needed)) return;
  throw new SlackError("missing_scope", `[ERROR] the token lacks ${needed}`, {
    needed,
    provided: provided.join(","),
  });
}
