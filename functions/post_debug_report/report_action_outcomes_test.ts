/**
 * Purge now and Extend as "My debug reports" calls them (actOnReport, with a confirmation for a
 * clicker not looking at the report) and the outcomes a click can meet: the record or the roles
 * unreadable, a purge Slack keeps refusing or rate-limits past the click's time, a clicker whose
 * role is below admin, clicks at Slack's bounds, a report without an expiry line.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { PURGE_NOW_ACTION } from "../../core/render/report_controls.ts";
import { saveRole } from "../../datastores/role_records.ts";
import type { SlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { createSlackClient } from "../../slack/web_api.ts";
import { ADMIN } from "../access/test_support.ts";
import { createAuditTrail } from "../audit_trail.ts";
import { readSessionItem } from "../purge_reports/session_record.ts";
import { DEBUG_CHANNEL, ONCALL, withEmulator } from "../purge_reports/test_fixtures.ts";
import { actOnReport, blockActions, type ReportAction } from "./report_actions.ts";
import { postReport } from "./test_support.ts";

const EXECUTION = "Fx0123ABC";

async function posted(emu: SlackEmulator) {
  emu.registerFunctionExecution(EXECUTION);
  await postReport(emu, { executionId: EXECUTION, inputs: { report_buttons: true } });
  return emu.state.datastoreItems("debug_sessions").at(-1)!;
}

const ENV = (emu: SlackEmulator) => ({
  SLACK_API_URL: emu.url,
  DEBUG_CHANNEL_IDS: DEBUG_CHANNEL,
  ADMIN_USER_IDS: "U05OUTSIDER",
});

/** actOnReport as My debug reports calls it; what it told and confirmed. */
async function act(
  emu: SlackEmulator,
  item: Record<string, unknown>,
  action: ReportAction,
  clicker = ONCALL,
  message?: { text: string; blocks: unknown[] },
) {
  const told: string[] = [];
  const confirmed: string[] = [];
  const client = createSlackClient({ token: emu.botToken, env: ENV(emu), maxRetries: 0 });
  const audit = createAuditTrail(client, `report_${action}`, {
    user_id: clicker,
    channel_id: DEBUG_CHANNEL,
  });
  await actOnReport(client, ENV(emu), {
    action,
    clicker,
    session: readSessionItem(item)!,
    tell: (text) => Promise.resolve(void told.push(text)),
    confirm: (text) => Promise.resolve(void confirmed.push(text)),
    reportMessage: () => Promise.resolve(message),
  }, audit);
  const audits = emu.state.datastoreItems("audit_events")
    .filter((e) => String(e.action).startsWith("report_")).map((e) => [e.outcome, e.detail]);
  return { told, confirmed, audits };
}

const hourMinute = (epochSeconds: number) =>
  `${new Date(epochSeconds * 1000).toISOString().slice(11, 16)} UTC`;

Deno.test("report actions: a clicker not looking at the report is told each action worked", async () => {
  await withEmulator(async (emu) => {
    const session = await posted(emu);
    const report = emu.state.messages(DEBUG_CHANNEL).find((m) => m.ts === session.message_ts)!;
    const moved = Number(session.expires_at) + 3600;
    const extended = await act(emu, session, "extend", ONCALL, {
      text: report.text,
      blocks: report.blocks ?? [],
    });
    deepStrictEqual(extended.told, []);
    deepStrictEqual(extended.confirmed, [`The report now expires at ${hourMinute(moved)}.`]);
    const fresh = emu.state.datastoreItems("debug_sessions").at(-1)!;
    const purged = await act(emu, fresh, "purge_now");
    deepStrictEqual(purged.told, []);
    deepStrictEqual(purged.confirmed, [
      "The report was removed; a one-line note took its place.",
    ]);
  });
});

Deno.test("report actions: a report without its expiry line is extended and the clicker told the deadline", async () => {
  await withEmulator(async (emu) => {
    const session = await posted(emu);
    const moved = Number(session.expires_at) + 3600;
    const { told, confirmed, audits } = await act(emu, session, "extend", ONCALL, {
      text: "a report",
      blocks: [],
    });
    deepStrictEqual(told, [`The report now expires at ${hourMinute(moved)}.`]);
    deepStrictEqual(confirmed, []);
    ok(String(audits.at(-1)?.[1]).endsWith(" expiry_line=not_updated"));
  });
});

Deno.test("report actions: roles that cannot be read refuse someone else's click, saying why", async () => {
  await withEmulator(async (emu) => {
    const session = await posted(emu);
    emu.faults.failNext("apps.datastore.get", "internal_error", Infinity);
    const { told, audits } = await act(emu, session, "purge_now", ADMIN);
    emu.faults.clear();
    strictEqual(told.length, 1);
    ok(!told[0].startsWith("Only the requester"), told[0]);
    deepStrictEqual(audits, [["refused", "access_unknown"]]);
    strictEqual(emu.state.datastoreItems("debug_sessions").at(-1)?.status, "active");
  });
});

Deno.test("report actions: a debugger who is not the requester cannot purge or extend", async () => {
  await withEmulator(async (emu) => {
    const session = await posted(emu);
    const client = createSlackClient({ token: emu.botToken, env: ENV(emu) });
    await saveRole(client, {
      user_id: ADMIN,
      role: "debugger",
      scopes: ["*"],
      granted_by: ONCALL,
      granted_at: 1_764_000_000,
    });
    for (const action of ["purge_now", "extend"] as const) {
      const { told } = await act(emu, session, action, ADMIN);
      ok(told.at(-1)?.startsWith(`Only the requester (<@${ONCALL}>) or an admin can`), action);
    }
    strictEqual(emu.state.datastoreItems("debug_sessions").at(-1)?.status, "active");
  });
});

Deno.test("report actions: a purge Slack keeps failing, or rate-limits past the click's time, is reported with its code", async () => {
  await withEmulator(async (emu) => {
    const session = await posted(emu);
    emu.faults.rateLimit("apps.datastore.get", 30, Infinity);
    const limited = await act(emu, session, "purge_now");
    emu.faults.clear();
    deepStrictEqual(limited.told, [
      "Could not remove the report now (out_of_time). Try again in a minute; it is still " +
      "removed at its deadline.",
    ]);
    deepStrictEqual(limited.audits, [["failure", "purge_failed:out_of_time by=requester"]]);
    emu.faults.failNext("apps.datastore.get", "internal_error", Infinity);
    const failing = await act(emu, session, "purge_now");
    emu.faults.clear();
    strictEqual(failing.told.length, 1);
    ok(failing.told[0].startsWith("Could not remove the report now ("), failing.told[0]);
    ok(String(failing.audits.at(-1)?.[1]).startsWith("purge_failed:"), String(failing.audits));
    strictEqual(emu.state.datastoreItems("debug_sessions").at(-1)?.status, "active");
  });
});

Deno.test("report buttons: clicks at Slack's bounds are read (ids of 1 and 40, a 40-character ts, 100 blocks)", async () => {
  await withEmulator(async (emu) => {
    const session = await posted(emu);
    const bounds: [string, string][] = [
      ["FxA", "1.000001"],
      [`Fx${"A".repeat(40)}`, "1.000001"],
      ["Fx0B", "1".repeat(40)],
    ];
    const click = (body: Record<string, unknown>, blocks = 0) =>
      blockActions({
        action: { action_id: PURGE_NOW_ACTION, value: String(session.id) },
        body: {
          user: { id: ONCALL },
          function_data: { execution_id: "Fx0B" },
          container: { channel_id: DEBUG_CHANNEL, message_ts: "1.000001" },
          message: { text: "", blocks: Array.from({ length: blocks }, () => ({})) },
          ...body,
        },
        env: ENV(emu),
        token: emu.botToken,
      });
    for (const [execution_id, message_ts] of bounds) {
      await click({
        function_data: { execution_id },
        container: { channel_id: DEBUG_CHANNEL, message_ts },
      });
    }
    await click({}, 100);
    const answers = emu.state.ephemeralMessages(DEBUG_CHANNEL).map((m) => m.text);
    deepStrictEqual(
      answers,
      Array(4).fill("This report has no record any more, so nothing was done."),
    );
  });
});

Deno.test("report buttons: a record that cannot be read is said so, and nothing done", async () => {
  await withEmulator(async (emu) => {
    const session = await posted(emu);
    emu.faults.failNext("apps.datastore.get", "internal_error");
    await blockActions({
      action: { action_id: PURGE_NOW_ACTION, value: String(session.id) },
      body: {
        user: { id: ONCALL },
        function_data: { execution_id: EXECUTION },
        container: { channel_id: DEBUG_CHANNEL, message_ts: session.message_ts },
      },
      env: ENV(emu),
      token: emu.botToken,
    });
    deepStrictEqual(emu.state.ephemeralMessages(DEBUG_CHANNEL).map((m) => m.text), [
      "Could not read this report's record, so nothing was done. Try again in a minute.",
    ]);
    const audits = emu.state.datastoreItems("audit_events")
      .filter((e) => e.action === "report_purge_now").map((e) => [e.outcome, e.detail]);
    deepStrictEqual(audits, [["failure", "session_unreadable"]]);
    strictEqual(emu.state.datastoreItems("debug_sessions").at(-1)?.status, "active");
  });
});

Deno.test("report buttons: a report removed at the first second of 1970 still says when", async () => {
  await withEmulator(async (emu) => {
    const session = await posted(emu);
    const { told } = await act(emu, { ...session, status: "purged", purged_at: 1 }, "extend");
    deepStrictEqual(told, ["This report was already removed at 00:00 UTC."]);
  });
});
