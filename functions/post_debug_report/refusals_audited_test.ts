/**
 * Every report post_debug_report does not post is one audit event naming why (the inputs, the
 * settings, where it would go, who asks), and nothing reaches Slack: no message, no ephemeral,
 * no session.
 */
import { deepStrictEqual, ok } from "@node/assert";
import type { SlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import type { FunctionContext } from "../../slack/function_context.ts";
import { DEBUG_CHANNEL, ONCALL, withEmulator } from "../purge_reports/test_fixtures.ts";
import handler from "./handler.ts";

const REPORT = {
  channel_id: DEBUG_CHANNEL,
  user_id: ONCALL,
  delivery: "channel",
  service: "checkout",
  environment: "production",
  window_start: "2026-11-29T10:00:00.000Z",
  window_end: "2026-11-29T10:15:00.000Z",
  excerpt: ["10:14:59 ERROR payment timeout order=A1"],
  line_count: 1,
  truncated: false,
  masked_counts: "{}",
};
const ENV = { DEBUG_CHANNEL_IDS: DEBUG_CHANNEL, ADMIN_USER_IDS: ONCALL };

function post(
  emu: SlackEmulator,
  inputs: Record<string, unknown>,
  env: Record<string, string>,
): ReturnType<typeof handler> {
  const ctx: FunctionContext<unknown> = {
    inputs: { ...REPORT, ...inputs },
    env: { SLACK_API_URL: emu.url, ...ENV, ...env },
    token: emu.botToken,
    team_id: "T05SAFEDBG1",
    enterprise_id: "",
  };
  return handler(ctx);
}

Deno.test("post_debug_report: each report not posted is audited with why, and nothing reaches Slack", async () => {
  const cases: [string, Record<string, unknown>, Record<string, string>, string, string][] = [
    ["bad inputs", { line_count: -1 }, {}, "failure", "invalid_inputs"],
    ["bad settings", {}, { REPORT_TTL_MINUTES: "0" }, "failure", "bad_settings"],
    ["no channel allowed", {}, { DEBUG_CHANNEL_IDS: "" }, "failure", "channel_delivery_off"],
    ["another channel", {}, { DEBUG_CHANNEL_IDS: "C05GENERAL1" }, "failure", "channel_not_allowed"],
    [
      "someone else submitting",
      { interactivity: { interactivity_pointer: "1.x", interactor: { id: "U05ONCALL02" } } },
      {},
      "refused",
      "identity_mismatch",
    ],
    ["no role", {}, { ADMIN_USER_IDS: "U05ONCALL02" }, "refused", "access:no_role"],
    ["a sensitive service", {}, { SENSITIVE_SERVICES: "checkout" }, "refused", "sensitive_service"],
    [
      "not in the channel",
      { user_id: "U05OUTSIDER" },
      { ADMIN_USER_IDS: "U05OUTSIDER" },
      "refused",
      "channel_not_member",
    ],
  ];
  for (const [what, inputs, env, outcome, detail] of cases) {
    await withEmulator(async (emu) => {
      const result = await post(emu, inputs, env);
      ok(result.error !== undefined, what);
      deepStrictEqual(
        emu.state.datastoreItems("audit_events").map((e) => [e.action, e.outcome, e.detail]),
        [["post_debug_report", outcome, detail]],
        what,
      );
      deepStrictEqual(emu.state.allMessages().filter((m) => m.bot_id), [], what);
      deepStrictEqual(emu.state.ephemeralMessages(), [], what);
      deepStrictEqual(emu.state.datastoreItems("debug_sessions"), [], what);
    });
  }
});
