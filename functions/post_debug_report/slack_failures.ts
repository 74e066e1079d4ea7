/**
 * What to tell a person when Slack refuses or fails a call made for a report. Takes the code
 * from `slackErrorCode` (snake_case or "unknown_error"), never Slack's free text.
 */
import { SlackApiError } from "../../slack/web_api.ts";

const TOO_LARGE = new Set(["msg_too_long", "msg_blocks_too_long", "invalid_blocks", "no_text"]);
const AUTH = new Set([
  "missing_scope",
  "not_authed",
  "invalid_auth",
  "token_revoked",
  "token_expired",
  "account_inactive",
]);

/** A Slack error code (`ok:false`) from posting, as a sentence with what to do. */
export function describePostError(safe: string, delivery: string): string {
  if (safe === "channel_not_found") {
    return "Slack could not find that channel, or the app cannot see it (private channels need " +
      "the app invited). Check the channel, or invite the app with /invite.";
  }
  if (safe === "not_in_channel") {
    return "The app is not a member of this channel. Invite it with /invite, then run again.";
  }
  if (safe === "user_not_in_channel") {
    return "The requester is not a member of this channel, so Slack cannot show them the report " +
      "here. Run the workflow from a channel you belong to.";
  }
  if (safe === "is_archived") return "The channel is archived; run the workflow from another one.";
  if (safe === "ratelimited" || safe === "rate_limited") {
    return "Slack is rate-limiting the app; try again in a minute.";
  }
  if (TOO_LARGE.has(safe)) {
    return `Slack refused the report as too large or malformed (${safe}). ` +
      "Narrow the time window or add a filter, and try again.";
  }
  if (AUTH.has(safe)) {
    return `Slack refused the app's token (${safe}). Ask an admin to reinstall or redeploy the app.`;
  }
  return `Slack refused the ${delivery} report (${safe}). Try again, or ask an admin to check the app.`;
}

/** A thrown failure (timeout, network, HTTP, rate limit): our own messages only. */
export function describeThrown(error: unknown): string {
  if (error instanceof SlackApiError) return error.message;
  return "An unexpected internal error stopped the report. Try again; if it persists, tell an admin.";
}
