// Lookups of the seeded workspace: conversations.info, conversations.members, users.info,
// usergroups.users.list.
import {
  optionalBoolean,
  optionalInteger,
  optionalString,
  requiredString,
  SlackError,
} from "../args.ts";
import { channelArg, type MethodHandler } from "./handler.ts";

const conversationsInfo: MethodHandler = (args, workspace) => {
  const channel = channelArg(args, workspace);
  const withCount = optionalBoolean(args, "include_num_members") ?? false;
  return {
    channel: {
      id: channel.id,
      name: channel.name,
      is_channel: !channel.is_im && !channel.is_private,
      is_group: !channel.is_im && channel.is_private,
      is_im: channel.is_im,
      is_private: channel.is_private,
      is_archived: channel.is_archived,
      is_member: channel.members.has(workspace.botUserId),
      context_team_id: workspace.fixture.team.id,
      ...(withCount ? { num_members: channel.members.size } : {}),
    },
  };
};

function decodeOffset(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  let decoded = "";
  try {
    decoded = atob(cursor);
  } catch {
    // not base64: reported as invalid_cursor below
  }
  const match = /^offset:(\d{1,7})$/.exec(decoded);
  if (!match) throw new SlackError("invalid_cursor", "[ERROR] cursor is not one Slack returned");
  return Number(match[1]);
}

const conversationsMembers: MethodHandler = (args, workspace) => {
  const channel = channelArg(args, workspace);
  const limit = optionalInteger(args, "limit", { min: 1, max: 1000, code: "invalid_limit" }) ??
    100;
  const offset = decodeOffset(optionalString(args, "cursor"));
  const all = [...channel.members];
  const members = all.slice(offset, offset + limit);
  const next = offset + limit < all.length ? btoa(`offset:${offset + limit}`) : "";
  return { members, response_metadata: { next_cursor: next } };
};

const usersInfo: MethodHandler = (args, workspace) => {
  const id = requiredString(args, "user", "user_not_found");
  const { bot, team } = workspace.fixture;
  if (id === bot.user_id) {
    return {
      user: {
        id,
        team_id: team.id,
        name: "safe_debug",
        is_bot: true,
        deleted: false,
        profile: { bot_id: bot.bot_id },
      },
    };
  }
  const user = workspace.user(id);
  if (!user) throw new SlackError("user_not_found", "[ERROR] no user with that id");
  return {
    user: {
      id: user.id,
      team_id: team.id,
      name: user.name,
      real_name: user.real_name,
      tz: user.tz,
      is_bot: user.is_bot ?? false,
      deleted: user.deleted ?? false,
      profile: { real_name: user.real_name, display_name: user.name, email: user.email },
    },
  };
};

const usergroupUsers: MethodHandler = (args, workspace) => {
  const id = requiredString(args, "usergroup", "no_such_subteam");
  const includeDisabled = optionalBoolean(args, "include_disabled") ?? false;
  const group = workspace.fixture.usergroups.find((g) => g.id === id);
  if (!group || (group.disabled && !includeDisabled)) {
    throw new SlackError("no_such_subteam", "[ERROR] no user group with that id");
  }
  return { users: [...group.users] };
};

export const directoryMethods: Record<string, MethodHandler> = {
  "conversations.info": conversationsInfo,
  "conversations.members": conversationsMembers,
  "users.info": usersInfo,
  "usergroups.users.list": usergroupUsers,
};
