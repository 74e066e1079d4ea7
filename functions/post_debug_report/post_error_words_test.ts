/**
 * Each code Slack may refuse a report with is told as what it means and what to do; codes the
 * app has no words for name the code and the delivery.
 */
import { ok, strictEqual } from "@node/assert";
import { describePostError } from "./slack_failures.ts";

Deno.test("a refused post: each Slack code in words, with what to do", () => {
  const said: [string, string][] = [
    ["channel_not_found", "Slack could not find that channel, or the app cannot see it"],
    ["not_in_channel", "The app is not a member of this channel. Invite it with /invite"],
    ["user_not_in_channel", "The requester is not a member of this channel"],
    ["is_archived", "The channel is archived; run the workflow from another one."],
    ["ratelimited", "Slack is rate-limiting the app; try again in a minute."],
    ["rate_limited", "Slack is rate-limiting the app; try again in a minute."],
  ];
  for (const code of ["msg_too_long", "msg_blocks_too_long", "invalid_blocks", "no_text"]) {
    said.push([code, `Slack refused the report as too large or malformed (${code}). Narrow`]);
  }
  const auth = ["missing_scope", "not_authed", "invalid_auth", "token_revoked", "token_expired"];
  for (const code of [...auth, "account_inactive"]) {
    said.push([code, `Slack refused the app's token (${code}). Ask an admin to reinstall`]);
  }
  for (const [code, words] of said) {
    for (const delivery of ["channel", "ephemeral"]) {
      const text = describePostError(code, delivery);
      ok(text.startsWith(words), `${code}: ${text}`);
    }
  }
  for (const code of ["unknown_error", "channel_not_foundx", "rate", "msg_too_long_"]) {
    strictEqual(
      describePostError(code, "ephemeral"),
      `Slack refused the ephemeral report (${code}). Try again, or ask an admin to check the app.`,
    );
  }
});
