/**
 * Reports expire on time, through the real workflows: post_debug_report opens a session with a
 * one-off trigger, the emulator fires it when the (shifted) clock reaches the deadline, and the
 * runner runs "Purge expired reports" with the real purge_reports handler.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { SlackFunctionTester } from "deno-slack-sdk";
import { DATASTORES } from "../datastores/mod.ts";
import { type SlackEmulator, startSlackEmulator } from "../devkit/slack_emulator/mod.ts";
import { runDueTriggers, runWorkflow } from "../devkit/workflow_runner/mod.ts";
import postDebugReport from "../functions/post_debug_report/handler.ts";
import { SWEEP_DELAY_SECONDS } from "../functions/purge_reports/purge.ts";
import { type ShiftedClock, shiftProcessClock } from "../functions/purge_reports/shifted_clock.ts";
import purgeSweepHourly from "../triggers/purge_sweep_hourly.ts";
import { startSampleLogService } from "../devkit/sample_logs/mod.ts";
import { SAMPLE_SOURCES_CONFIG } from "../devkit/sample_logs/source.ts";
import { defineDebugProductionWorkflow } from "./debug_production.ts";
import { PurgeExpiredReportsWorkflow } from "./purge_expired_reports.ts";

const { createContext } = SlackFunctionTester("post_debug_report");
const DEBUG_CHANNEL = "C05PRODDBG1";
const ONCALL = "U05ONCALL01";
const WORKFLOWS = { purge_expired_reports: PurgeExpiredReportsWorkflow };

const reportInputs = (delivery: "channel" | "ephemeral") => ({
  channel_id: DEBUG_CHANNEL,
  user_id: ONCALL,
  delivery,
  service: "checkout",
  environment: "production",
  window_start: "2026-11-29T10:00:00.000Z",
  window_end: "2026-11-29T10:15:00.000Z",
  excerpt: ["10:14:59 ERROR payment failed for ops@example.com"],
  line_count: 1,
  truncated: false,
  masked_counts: '{"email":1}',
});

interface App {
  emu: SlackEmulator;
  clock: ShiftedClock;
  env: Record<string, string>;
}

async function withApp(test: (app: App) => Promise<void>) {
  const clock = shiftProcessClock();
  const emu = await startSlackEmulator({
    datastores: DATASTORES.map((d) => d.definition),
  });
  try {
    await test({
      emu,
      clock,
      env: {
        DEBUG_CHANNEL_IDS: DEBUG_CHANNEL,
        REPORT_TTL_MINUTES: "60",
        ADMIN_USER_IDS: "U05ONCALL01,U05ONCALL02",
      },
    });
  } finally {
    await emu.stop();
    clock.restore();
  }
}

async function postReport(
  app: App,
  delivery: "channel" | "ephemeral" = "channel",
  extra: { inputs?: Record<string, unknown>; env?: Record<string, string> } = {},
) {
  const result = await postDebugReport(createContext({
    inputs: { ...reportInputs(delivery), ...extra.inputs },
    env: { ...app.env, SLACK_API_URL: app.emu.url, ...extra.env },
    token: app.emu.botToken,
  }));
  if (!result.outputs) throw new Error(`post_debug_report failed: ${result.error}`);
  return result.outputs;
}

function session(emu: SlackEmulator, id: string) {
  return emu.state.datastoreItems("debug_sessions").find((s) => s.id === id);
}

function botMessages(emu: SlackEmulator) {
  return emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id !== undefined);
}

function tombstones(emu: SlackEmulator) {
  return botMessages(emu).filter((m) => !m.deleted && m.text.startsWith("Debug report for "));
}

/** Moves the clocks to `epochSeconds` and runs the workflows of the triggers that came due. */
function runAt(app: App, epochSeconds: number) {
  app.clock.moveTo(epochSeconds * 1000);
  return runDueTriggers(app.emu, WORKFLOWS, { advanceMs: 0, env: app.env, userId: ONCALL });
}

Deno.test("a report is purged by its one-off trigger within a minute of its deadline", async () => {
  await withApp(async (app) => {
    const { emu } = app;
    const posted = await postReport(app);
    const [trigger] = emu.state.triggers();
    strictEqual(trigger.workflow, "#/workflows/purge_expired_reports");
    deepStrictEqual(trigger.inputs, { session_id: { value: posted.session_id } });
    strictEqual(session(emu, posted.session_id)?.trigger_id, trigger.id);

    // A minute before the deadline nothing fires and the report stands.
    deepStrictEqual(await runAt(app, posted.expires_at - 60), []);
    strictEqual(botMessages(emu).filter((m) => !m.deleted).length, 1);

    const runs = await runAt(app, posted.expires_at + 30);
    strictEqual(runs.length, 1);
    ok(runs[0].run.ok, JSON.stringify(runs[0].run.error));
    deepStrictEqual(runs[0].run.steps[0].outputs, { purged: 1, closed: 0, failed: 0, left: 0 });

    const report = botMessages(emu).find((m) => m.ts === posted.message_ts);
    strictEqual(report?.deleted, true, "the report is deleted");
    const [tombstone] = tombstones(emu);
    strictEqual(
      tombstone.text,
      `Debug report for \`checkout\` (\`production\`), requested by <@${ONCALL}> at ` +
        `${hhmm(posted.expires_at - 3600)} UTC, expired at ${hhmm(posted.expires_at)} UTC and ` +
        "was removed.",
    );
    ok(!tombstone.text.includes("example.com") && !tombstone.text.includes("email"));

    const closed = session(emu, posted.session_id);
    strictEqual(closed?.status, "purged");
    strictEqual(closed?.tombstone_state, "posted");
    strictEqual(closed?.tombstone_ts, tombstone.ts);
    const purgedAt = closed?.purged_at as number;
    ok(purgedAt >= posted.expires_at && purgedAt <= posted.expires_at + 60, `${purgedAt}`);
    deepStrictEqual(emu.state.triggers(), [], "the fired trigger is deleted");
    const audit = emu.state.datastoreItems("audit_events").filter((e) =>
      e.action === "purge_report"
    );
    deepStrictEqual(audit.map((e) => [e.target, e.outcome]), [[posted.session_id, "success"]]);
  });
});

Deno.test("a trigger firing twice, and a sweep after it, post one tombstone", async () => {
  await withApp(async (app) => {
    const { emu } = app;
    const posted = await postReport(app);
    await runAt(app, posted.expires_at + 1);
    const again = await runWorkflow(PurgeExpiredReportsWorkflow, {
      inputs: { session_id: posted.session_id },
      emulator: emu,
      env: app.env,
    });
    deepStrictEqual(again.steps[0].outputs, { purged: 0, closed: 0, failed: 0, left: 0 });
    app.clock.forward(3600_000);
    const sweep = await runWorkflow(PurgeExpiredReportsWorkflow, {
      inputs: {},
      emulator: emu,
      env: app.env,
    });
    deepStrictEqual(sweep.steps[0].outputs, { purged: 0, closed: 0, failed: 0, left: 0 });
    strictEqual(tombstones(emu).length, 1);
  });
});

Deno.test("the hourly sweep purges a report whose trigger was deleted, before TTL could drop it", async () => {
  await withApp(async (app) => {
    const { emu } = app;
    const posted = await postReport(app);
    await call(emu, "workflows.triggers.delete", { trigger_id: emu.state.triggers()[0].id });
    await call(emu, "workflows.triggers.create", {
      ...purgeSweepHourly,
      schedule: { ...purgeSweepHourly.schedule, start_time: new Date(Date.now() + 60_000) },
    });

    const stored = session(emu, posted.session_id);
    // The backstop leaves the record long after the sweep's first chance at it.
    ok((stored?.purge_after as number) - posted.expires_at > 3600 + SWEEP_DELAY_SECONDS);

    // At the deadline nothing purges it (its trigger is gone); within the next hour the sweep does.
    await runAt(app, posted.expires_at + 1);
    strictEqual(session(emu, posted.session_id)?.status, "active");
    const runs = await runAt(app, posted.expires_at + 3600);
    ok(runs.length >= 1 && runs.every((r) => r.run.ok));
    const closed = session(emu, posted.session_id);
    strictEqual(closed?.status, "purged", "still in the store, and purged");
    strictEqual(tombstones(emu).length, 1);
    strictEqual(botMessages(emu).find((m) => m.ts === posted.message_ts)?.deleted, true);
  });
});

Deno.test("an ephemeral report is closed at its deadline, without a tombstone", async () => {
  await withApp(async (app) => {
    const { emu } = app;
    const posted = await postReport(app, "ephemeral");
    const runs = await runAt(app, posted.expires_at + 5);
    deepStrictEqual(runs[0].run.steps[0].outputs, { purged: 0, closed: 1, failed: 0, left: 0 });
    strictEqual(session(emu, posted.session_id)?.status, "closed");
    strictEqual(botMessages(emu).length, 0, "nothing posted in the channel");
  });
});

Deno.test("when the trigger cannot be created the report stands and the sweep purges it", async () => {
  await withApp(async (app) => {
    const { emu } = app;
    emu.faults.failNext("workflows.triggers.create", "internal_error");
    const posted = await postReport(app);
    strictEqual(session(emu, posted.session_id)?.trigger_id, "");
    const audit = emu.state.datastoreItems("audit_events").find((e) =>
      e.action === "post_debug_report"
    );
    ok(String(audit?.detail).includes("the hourly sweep purges it"), String(audit?.detail));
    app.clock.moveTo((posted.expires_at + 1) * 1000);
    const sweep = await runWorkflow(PurgeExpiredReportsWorkflow, {
      inputs: {},
      emulator: emu,
      env: app.env,
    });
    deepStrictEqual(sweep.steps[0].outputs, { purged: 1, closed: 0, failed: 0, left: 0 });
    strictEqual(tombstones(emu).length, 1);
  });
});

Deno.test('"Keep for" in the form sets the deadline, and the report goes at it', async () => {
  await withApp(async (app) => {
    const { emu } = app;
    const logs = await startSampleLogService();
    try {
      const started = Math.floor(Date.now() / 1000);
      const run = await runWorkflow(defineDebugProductionWorkflow(SAMPLE_SOURCES_CONFIG), {
        inputs: {
          interactivity: {
            interactivity_pointer: "1.shortcut",
            interactor: { id: ONCALL, secret: "s" },
          },
          channel_id: DEBUG_CHANNEL,
          user_id: ONCALL,
        },
        emulator: emu,
        env: { ...app.env, SAMPLE_LOGS_URL: logs.url, SAMPLE_LOGS_TOKEN: logs.token },
        formAnswers: {
          "Debug production": {
            service: "checkout",
            window: "15m",
            delivery: "channel",
            keep_minutes: "15",
          },
        },
      });
      ok(run.ok, JSON.stringify(run.error));
      // The report's buttons keep the step open: its deadline is read from its session.
      const expiresAt = emu.state.datastoreItems("debug_sessions")[0]?.expires_at as number;
      ok(expiresAt >= started + 15 * 60 && expiresAt <= started + 15 * 60 + 5, `${expiresAt}`);
      const runs = await runAt(app, expiresAt + 20);
      deepStrictEqual(runs[0].run.steps[0].outputs, { purged: 1, closed: 0, failed: 0, left: 0 });
      strictEqual(tombstones(emu).length, 1);
    } finally {
      await logs.stop();
    }
  });
});

Deno.test("no report is kept longer than REPORT_MAX_TTL_MINUTES", async () => {
  await withApp(async (app) => {
    const started = Math.floor(Date.now() / 1000);
    const capped = await postReport(app, "channel", {
      inputs: { keep_minutes: "1440" },
      env: { REPORT_MAX_TTL_MINUTES: "240" },
    });
    ok(capped.expires_at <= started + 240 * 60 + 5 && capped.expires_at >= started + 240 * 60);
    const chosen = await postReport(app, "channel", { inputs: { keep_minutes: "15" } });
    ok(chosen.expires_at <= started + 15 * 60 + 5);
    const refused = await postDebugReport(createContext({
      inputs: reportInputs("channel"),
      env: {
        ...app.env,
        SLACK_API_URL: app.emu.url,
        REPORT_TTL_MINUTES: "600",
        REPORT_MAX_TTL_MINUTES: "240",
      },
      token: app.emu.botToken,
    }));
    ok(refused.error?.includes("REPORT_MAX_TTL_MINUTES"), refused.error);
    const bad = await postReport(app, "channel", { inputs: { keep_minutes: "" } });
    ok(bad.expires_at >= started + 3600, "empty: the team's default");
  });
});

function hhmm(epochSeconds: number): string {
  return new Date(epochSeconds * 1000).toISOString().slice(11, 16);
}

async function call(emu: SlackEmulator, method: string, args: Record<string, unknown>) {
  const response = await fetch(emu.url + method, {
    method: "POST",
    headers: { authorization: `Bearer ${emu.botToken}`, "content-type": "application/json" },
    body: JSON.stringify(args),
  });
  const body = await response.json();
  ok(body.ok, `${method}: ${body.error}`);
  return body;
}
