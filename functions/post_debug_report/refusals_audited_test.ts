/**
 * Every report post_debug_report does not post is one audit event naming why (the inputs, the
 * settings, where it would go, who asks), and nothing reaches Slack: no message, no ephemeral,
 * no session.
 */
import { deepStrictEqual, ok } from "@node/assert";
import type { SlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { withEmulator } from "../purge_reports/test_fixtures.ts";
import { postReport } from "./test_support.ts";

const post = (emu: SlackEmulator, inputs: Record<string, unknown>, env: Record<string, string>) =>
  postReport(emu, { inputs, env });

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
