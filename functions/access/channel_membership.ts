/**
 * Whether a person is a member of a channel (conversations.members, paged to the end within a
 * bound): a report goes to a channel only for someone who can already read it.
 */
import { SlackApiError, type SlackClient, slackErrorCode } from "../../slack/web_api.ts";

/** Members per page: Slack's maximum. */
const PAGE_SIZE = 1000;
/** Pages read at most (50,000 members); past it, membership counts as unknown (refused). */
export const MAX_MEMBER_PAGES = 50;

export type Membership = "member" | "not_member" | { unknown: string };

export async function channelMembership(
  client: SlackClient,
  channel: string,
  userId: string,
  maxPages = MAX_MEMBER_PAGES,
): Promise<Membership> {
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const response = await client.call("conversations.members", {
      channel,
      limit: PAGE_SIZE,
      ...(cursor ? { cursor } : {}),
    });
    if (!response.ok) return { unknown: `Slack said "${slackErrorCode(response)}"` };
    if (!Array.isArray(response.members)) return { unknown: "the answer had no members" };
    if (response.members.includes(userId)) return "member";
    const metadata = response.response_metadata as { next_cursor?: unknown } | undefined;
    const next = metadata?.next_cursor;
    if (typeof next !== "string" || next === "") return "not_member";
    cursor = next;
  }
  return { unknown: `the channel has more than ${maxPages * PAGE_SIZE} members` };
}

/** The refusal for a channel delivery by someone not (known to be) a member, or undefined. */
export async function membershipRefusal(
  client: SlackClient,
  channel: string,
  userId: string,
): Promise<{ detail: string; error: string } | undefined> {
  let membership: Membership;
  try {
    membership = await channelMembership(client, channel, userId);
  } catch (error) {
    membership = {
      unknown: error instanceof SlackApiError ? error.message : "an unexpected internal error",
    };
  }
  if (membership === "member") return undefined;
  if (membership === "not_member") {
    return {
      detail: "channel_not_member",
      error: "You are not a member of this channel, so a report cannot be posted to it for " +
        "you. Nothing was read or posted. Join the channel, or choose ephemeral delivery.",
    };
  }
  return {
    detail: "channel_members_unknown",
    error: `Could not check that you are a member of this channel (${membership.unknown}), so ` +
      "nothing was read or posted. Choose ephemeral delivery, or try again.",
  };
}
