/**
 * The report's Purge now and Extend buttons, through the real workflows: "Debug production"
 * posts a channel report whose step stays open (the run waits there, as in Slack), people click
 * its buttons later on the emulator's virtual clock, the handlers run as Slack's runtime routes
 * the clicks, and "Purge expired reports" runs from the triggers the emulator fires.
 */
import { deepStrictEqual, match, ok, strictEqual } from "@node/assert";
import { blockActionsPayload } from "../devkit/function_runtime/block_actions.ts";
import { dispatchPayload } from "../devkit/function_runtime/dispatch.ts";
import type { SlackEmulator } from "../devkit/slack_emulator/mod.ts";
import { clickWaitingStep } from "../devkit/workflow_runner/clicks.ts";
import { runDueTriggers } from "../devkit/workflow_runner/mod.ts";
import type { WaitingStep } from "../devkit/workflow_runner/types.ts";
import { EXTEND_ACTION, PURGE_NOW_ACTION } from "../core/render/report_controls.ts";
import { slackDate } from "../core/render/report_dates.ts";
import { EXTEND_STEP_MINUTES } from "../functions/post_debug_report/session.ts";
import { PurgeExpiredReportsWorkflow } from "./purge_expired_reports.ts";
import {
  type App,
  COLLEAGUE,
  DEBUG_CHANNEL,
  postChannelReport,
  REQUESTER,
  withApp,
} from "./report_test_app.ts";

const WORKFLOWS = { purge_expired_reports: PurgeExpiredReportsWorkflow };

/** Runs "Debug production" for a channel report: the run waits at post_debug_report. */
async function postReport(app: App) {
  const { run, session } = await postChannelReport(app);
  strictEqual(run.waiting?.functionId, "post_debug_report", "the buttons keep the step open");
  strictEqual(run.steps[2].outputs, undefined, "its outputs come when the report is gone");
  strictEqual(session.execution_id, run.waiting!.execution.id);
  return { waiting: run.waiting!, session };
}

function sessionNow(emu: SlackEmulator) {
  return emu.state.datastoreItems("debug_sessions")[0];
}

function report(emu: SlackEmulator, ts: unknown) {
  return emu.state.messages(DEBUG_CHANNEL).find((m) => m.ts === ts)!;
}

function tombstones(emu: SlackEmulator) {
  return emu.state.messages(DEBUG_CHANNEL).filter((m) =>
    !m.deleted && m.text.startsWith("Debug report for ")
  );
}

function completionOf(emu: SlackEmulator, waiting: WaitingStep) {
  return emu.state.functionCompletions().find((c) =>
    c.function_execution_id === waiting.execution.id
  );
}

function clickAudits(emu: SlackEmulator) {
  return emu.state.datastoreItems("audit_events")
    .filter((e) => String(e.action).startsWith("report_"))
    .map((e) => [e.action, e.actor, e.outcome, e.detail]);
}

function ephemeralsTo(emu: SlackEmulator, user: string) {
  return emu.state.ephemeralMessages(DEBUG_CHANNEL).filter((m) => m.user === user)
    .map((m) => m.text);
}

function runAt(app: App, epochSeconds: number) {
  app.clock.moveTo(epochSeconds * 1000);
  return runDueTriggers(app.emu, WORKFLOWS, { advanceMs: 0, env: app.env, userId: REQUESTER });
}

Deno.test("Extend moves the deadline, the one-off trigger and the expiry line; the report goes at the new deadline", async () => {
  await withApp(async (app) => {
    const { emu } = app;
    const { waiting, session } = await postReport(app);
    const deadline = Number(session.expires_at);
    const [first] = emu.state.triggers();
    strictEqual(session.trigger_id, first.id);
    const blocks = JSON.stringify(report(emu, session.message_ts).blocks);
    ok(blocks.includes(PURGE_NOW_ACTION) && blocks.includes(EXTEND_ACTION), "the buttons");

    app.clock.forward(10 * 60_000);
    const click = await clickWaitingStep(emu, waiting, {
      userId: REQUESTER,
      actionId: EXTEND_ACTION,
    });
    strictEqual(click.problem, undefined);
    strictEqual(click.completion, undefined, "Extend leaves the step open");

    const moved = deadline + EXTEND_STEP_MINUTES * 60;
    const extended = sessionNow(emu);
    strictEqual(extended.expires_at, moved);
    strictEqual(extended.purge_after, moved + 86_400, "the TTL backstop moves too");
    // The old trigger is gone; a new one fires at the new deadline for this session.
    const triggers = emu.state.triggers();
    strictEqual(triggers.length, 1);
    ok(triggers[0].id !== first.id);
    strictEqual(extended.trigger_id, triggers[0].id);
    deepStrictEqual(triggers[0].inputs, { session_id: { value: session.id } });
    strictEqual(triggers[0].next_run_ms, moved * 1000);
    // The report says so, in its blocks and its fallback text; the buttons stay.
    const message = report(emu, session.message_ts);
    const shown = JSON.stringify(message.blocks);
    ok(shown.includes(slackDate(new Date(moved * 1000))), "the new deadline is shown");
    ok(!shown.includes(slackDate(new Date(deadline * 1000))), "the old one is not");
    ok(shown.includes(EXTEND_ACTION));
    ok(message.text.includes(new Date(moved * 1000).toISOString().slice(11, 16)), message.text);
    deepStrictEqual(clickAudits(emu), [[
      "report_extend",
      REQUESTER,
      "success",
      `extended to=${moved} from=${deadline} by=requester`,
    ]]);

    // At the old deadline nothing happens; at the new one the report is purged, the step done.
    deepStrictEqual(await runAt(app, deadline + 30), []);
    ok(!report(emu, session.message_ts).deleted);
    const runs = await runAt(app, moved + 30);
    deepStrictEqual(runs[0].run.steps[0].outputs, { purged: 1, closed: 0, failed: 0, left: 0 });
    ok(report(emu, session.message_ts).deleted);
    strictEqual(tombstones(emu).length, 1);
    match(tombstones(emu)[0].text, /expired at \d\d:\d\d UTC and was removed/);
    deepStrictEqual(completionOf(emu, waiting)?.outputs, {
      message_ts: session.message_ts,
      session_id: session.id,
      expires_at: moved,
    });
    strictEqual(emu.state.triggers().length, 0, "the fired trigger is deleted");
  });
});

Deno.test("Extend stops at REPORT_MAX_TTL_MINUTES after posting; a click beyond says so and changes nothing", async () => {
  await withApp(async (app) => {
    const { emu } = app;
    const { waiting, session } = await postReport(app);
    const latest = Number(session.created_at) + 90 * 60;
    const once = await clickWaitingStep(emu, waiting, {
      userId: REQUESTER,
      actionId: EXTEND_ACTION,
    });
    strictEqual(once.problem, undefined);
    strictEqual(sessionNow(emu).expires_at, latest, "one step, cut to the maximum");
    const trigger = sessionNow(emu).trigger_id;
    const twice = await clickWaitingStep(emu, waiting, {
      userId: REQUESTER,
      actionId: EXTEND_ACTION,
    });
    strictEqual(twice.problem, undefined);
    strictEqual(sessionNow(emu).expires_at, latest);
    strictEqual(sessionNow(emu).trigger_id, trigger);
    match(ephemeralsTo(emu, REQUESTER).at(-1) ?? "", /already kept as long as allowed \(90 min/);
    deepStrictEqual(clickAudits(emu).map((a) => [a[0], a[2], a[3]]), [
      ["report_extend", "success", `extended to=${latest} from=${session.expires_at} by=requester`],
      ["report_extend", "refused", "at_max by=requester"],
    ]);
  }, { REPORT_MAX_TTL_MINUTES: "90" });
});

Deno.test("Extend in the last minute before the deadline is refused: the purge may be starting", async () => {
  await withApp(async (app) => {
    const { emu } = app;
    const { waiting, session } = await postReport(app);
    app.clock.moveTo((Number(session.expires_at) - 30) * 1000);
    const click = await clickWaitingStep(emu, waiting, {
      userId: REQUESTER,
      actionId: EXTEND_ACTION,
    });
    strictEqual(click.problem, undefined);
    deepStrictEqual(sessionNow(emu), session, "nothing changed");
    match(ephemeralsTo(emu, REQUESTER).at(-1) ?? "", /too late to extend it/);
    deepStrictEqual(clickAudits(emu).map((a) => [a[2], a[3]]), [[
      "refused",
      "too_late by=requester",
    ]]);
    const runs = await runAt(app, Number(session.expires_at) + 30);
    deepStrictEqual(runs[0].run.steps[0].outputs, { purged: 1, closed: 0, failed: 0, left: 0 });
  });
});

Deno.test("Purge now by the requester: the report goes at once, its tombstone says who, the trigger is deleted, the step completes", async () => {
  await withApp(async (app) => {
    const { emu } = app;
    const { waiting, session } = await postReport(app);
    app.clock.forward(5 * 60_000);
    const clickedAt = Math.floor(Date.now() / 1000);
    const click = await clickWaitingStep(emu, waiting, {
      userId: REQUESTER,
      actionId: PURGE_NOW_ACTION,
    });
    strictEqual(click.problem, undefined);
    ok(report(emu, session.message_ts).deleted, "the report is deleted");
    const [tombstone] = tombstones(emu);
    match(tombstone.text, new RegExp(`was removed by <@${REQUESTER}> at \\d\\d:\\d\\d UTC\\.$`));
    const closed = sessionNow(emu);
    strictEqual(closed.status, "purged");
    ok(Number(closed.expires_at) <= clickedAt + 2, "its deadline is when it was purged");
    strictEqual(emu.state.triggers().length, 0, "its one-off trigger is deleted");
    deepStrictEqual(click.completion?.outputs, {
      message_ts: session.message_ts,
      session_id: session.id,
      expires_at: closed.expires_at,
    });
    deepStrictEqual(clickAudits(emu), [[
      "report_purge_now",
      REQUESTER,
      "success",
      "purged by=requester",
    ]]);
    // Slack sends no more clicks to a completed step (and the button is gone with the report).
    const late = await clickWaitingStep(emu, waiting, {
      userId: REQUESTER,
      actionId: EXTEND_ACTION,
    });
    match(late.problem ?? "", /comes after function post_debug_report completed/);
  });
});

Deno.test("someone neither the requester nor an admin is refused: the report stays, they are told, it is audited; then an admin purges it", async () => {
  await withApp(async (app) => {
    const { emu } = app;
    const { waiting, session } = await postReport(app);
    for (const actionId of [PURGE_NOW_ACTION, EXTEND_ACTION]) {
      const click = await clickWaitingStep(emu, waiting, { userId: COLLEAGUE, actionId });
      strictEqual(click.problem, undefined);
      strictEqual(click.completion, undefined);
    }
    ok(!report(emu, session.message_ts).deleted, "the report stays");
    deepStrictEqual(sessionNow(emu), session, "its record is untouched");
    deepStrictEqual(ephemeralsTo(emu, COLLEAGUE), [
      `Only the requester (<@${REQUESTER}>) or an admin can purge this report. It stays as it is.`,
      `Only the requester (<@${REQUESTER}>) or an admin can extend this report. It stays as it is.`,
    ]);
    deepStrictEqual(clickAudits(emu), [
      ["report_purge_now", COLLEAGUE, "refused", "not_requester_or_admin"],
      ["report_extend", COLLEAGUE, "refused", "not_requester_or_admin"],
    ]);

    // A debugger role is not enough; the admin role (roles datastore) is.
    const grant = async (role: string) => {
      const put = await fetch(emu.url + "apps.datastore.put", {
        method: "POST",
        headers: { authorization: `Bearer ${emu.botToken}`, "content-type": "application/json" },
        body: JSON.stringify({
          datastore: "roles",
          item: {
            user_id: COLLEAGUE,
            role,
            scopes: ["checkout"],
            granted_by: REQUESTER,
            granted_at: 1,
          },
        }),
      });
      ok((await put.json()).ok);
    };
    await grant("debugger");
    await clickWaitingStep(emu, waiting, { userId: COLLEAGUE, actionId: PURGE_NOW_ACTION });
    ok(!report(emu, session.message_ts).deleted, "a debugger cannot purge another's report");
    await grant("admin");
    const admin = await clickWaitingStep(emu, waiting, {
      userId: COLLEAGUE,
      actionId: PURGE_NOW_ACTION,
    });
    strictEqual(admin.problem, undefined);
    ok(report(emu, session.message_ts).deleted);
    match(tombstones(emu)[0].text, new RegExp(`was removed by <@${COLLEAGUE}>`));
    strictEqual(sessionNow(emu).status, "purged");
    ok(admin.completion?.outputs, "the step completed");
    deepStrictEqual(clickAudits(emu).slice(2), [
      ["report_purge_now", COLLEAGUE, "refused", "not_requester_or_admin"],
      ["report_purge_now", COLLEAGUE, "success", "purged by=admin"],
    ]);
  });
});

Deno.test("an admin named in ADMIN_USER_IDS may extend and purge another's report", async () => {
  await withApp(async (app) => {
    const { emu } = app;
    const { waiting, session } = await postReport(app);
    await clickWaitingStep(emu, waiting, { userId: COLLEAGUE, actionId: EXTEND_ACTION });
    strictEqual(sessionNow(emu).expires_at, Number(session.expires_at) + EXTEND_STEP_MINUTES * 60);
    const purge = await clickWaitingStep(emu, waiting, {
      userId: COLLEAGUE,
      actionId: PURGE_NOW_ACTION,
    });
    strictEqual(purge.problem, undefined);
    ok(report(emu, session.message_ts).deleted);
    deepStrictEqual(clickAudits(emu).map((a) => a.slice(0, 3)), [
      ["report_extend", COLLEAGUE, "success"],
      ["report_purge_now", COLLEAGUE, "success"],
    ]);
  }, { ADMIN_USER_IDS: `${REQUESTER},${COLLEAGUE}` });
});

Deno.test("a click on a report already purged is answered, changes nothing, and completes a step still open", async () => {
  await withApp(async (app) => {
    const { emu } = app;
    const { waiting, session } = await postReport(app);
    // The colleague's client still shows the report as posted, with its buttons.
    const stale = structuredClone(report(emu, session.message_ts));
    // The purge at the deadline cannot complete the step (Slack refused it this once).
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      return url.endsWith("/functions.completeSuccess")
        ? Promise.resolve(new Response("", { status: 500 }))
        : realFetch(input, init);
    };
    try {
      await runAt(app, Number(session.expires_at) + 30);
    } finally {
      globalThis.fetch = realFetch;
    }
    strictEqual(sessionNow(emu).status, "purged");
    strictEqual(completionOf(emu, waiting), undefined, "the step is still open");

    const outcome = await dispatchPayload(
      blockActionsPayload({
        execution: {
          id: waiting.execution.id,
          callbackId: "post_debug_report",
          inputs: waiting.execution.inputs,
        },
        user: { id: REQUESTER, name: "maya.oncall" },
        team: { id: emu.identity.teamId, domain: emu.identity.teamDomain },
        appId: emu.identity.appId,
        message: {
          channel: { id: DEBUG_CHANNEL, name: "prod-debug" },
          ts: stale.ts,
          ephemeral: false,
          text: stale.text,
          blocks: stale.blocks ?? [],
          user: stale.user,
        },
        action: {
          type: "button",
          action_id: PURGE_NOW_ACTION,
          block_id: "report_controls",
          value: String(session.id),
          action_ts: "1",
        },
        token: emu.botToken,
        env: { ...app.env, SLACK_API_URL: emu.url },
      }),
      () => Promise.resolve(waiting.execution.module),
    );
    strictEqual(outcome.warning, undefined);
    match(
      ephemeralsTo(emu, REQUESTER).at(-1) ?? "",
      /^This report was already removed at \d\d:\d\d UTC\.$/,
    );
    strictEqual(tombstones(emu).length, 1, "no second tombstone");
    deepStrictEqual(clickAudits(emu), [[
      "report_purge_now",
      REQUESTER,
      "refused",
      "already_purged",
    ]]);
    ok(completionOf(emu, waiting)?.outputs, "the click completed the step");
  });
});

Deno.test("an admin through a user group (USERGROUP_ROLES) may purge, only for the services the group's role covers", async () => {
  // Both people are in S05ONCALL01 (the emulator's workspace); the group's role decides.
  for (const [scopes, allowed] of [["payments", false], ["checkout-*,checkout", true]] as const) {
    await withApp(async (app) => {
      const { emu } = app;
      const { waiting, session } = await postReport(app);
      const click = await clickWaitingStep(emu, waiting, {
        userId: COLLEAGUE,
        actionId: PURGE_NOW_ACTION,
      });
      strictEqual(click.problem, undefined);
      strictEqual(report(emu, session.message_ts).deleted === true, allowed, scopes);
      deepStrictEqual(
        clickAudits(emu).map((a) => a.slice(0, 3)),
        [["report_purge_now", COLLEAGUE, allowed ? "success" : "refused"]],
        scopes,
      );
    }, { USERGROUP_ROLES: `S05ONCALL01:admin:${scopes}` });
  }
});
