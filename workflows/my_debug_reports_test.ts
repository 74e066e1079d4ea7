/**
 * "My debug reports" through the real workflows: "Debug production" posts a report (its step
 * waits, as in Slack), then the requester runs the shortcut, whose list waits at its step, and
 * clicks on the list are played as Slack's runtime routes them. Purge now and Extend from the
 * list go through the report buttons' own checks and actions.
 */
import { deepStrictEqual, match, ok, strictEqual } from "@node/assert";
import { blockActionsPayload } from "../devkit/function_runtime/block_actions.ts";
import { dispatchPayload } from "../devkit/function_runtime/dispatch.ts";
import type { SlackEmulator } from "../devkit/slack_emulator/mod.ts";
import { call } from "../devkit/slack_emulator/test_client.ts";
import { clickWaitingStep } from "../devkit/workflow_runner/clicks.ts";
import { runWorkflow } from "../devkit/workflow_runner/mod.ts";
import type { WaitingStep } from "../devkit/workflow_runner/types.ts";
import { slackDate } from "../core/render/report_dates.ts";
import {
  LIST_DONE_ACTION,
  LIST_EXTEND_ACTION,
  LIST_PURGE_ACTION,
  MAX_REPORTS_SHOWN,
} from "../functions/my_reports/list_blocks.ts";
import * as myReports from "../functions/my_reports/handler.ts";
import { EXTEND_STEP_MINUTES } from "../functions/post_debug_report/session.ts";
import { MyDebugReportsWorkflow } from "./my_debug_reports.ts";
import {
  type App,
  COLLEAGUE,
  DEBUG_CHANNEL,
  postChannelReport,
  REQUESTER,
  withApp,
} from "./report_test_app.ts";
import { DefineWorkflow, Schema } from "deno-slack-sdk";
import { MyDebugReportsFunction } from "../functions/my_reports/definition.ts";

const NASTY = "<!channel> <@U05ONCALL01> *bold* _it_ ~s~ `c` &amp; <https://evil.example|x>";

/** A channel report by the requester; its own step waits for its buttons. */
async function postReport(app: App) {
  const { run, session } = await postChannelReport(app);
  return { reportStep: run.waiting!, session };
}

/** Another person's active report, with names that would mention and format if not inert. */
async function seedColleagueReport(app: App, like: Record<string, unknown>) {
  const item = {
    ...like,
    id: crypto.randomUUID(),
    requester: COLLEAGUE,
    service: NASTY,
    environment: NASTY,
    message_ts: "1700000000.000001",
    execution_id: "",
    trigger_id: "",
  };
  const answer = await call(app.emu, "apps.datastore.put", { datastore: "debug_sessions", item });
  ok(answer.ok, JSON.stringify(answer));
  return item;
}

/** The step as a Workflow Builder user would add it with "Every report I administer" on. */
const EveryoneWorkflow = DefineWorkflow({
  callback_id: "all_debug_reports",
  title: "All debug reports",
  input_parameters: {
    properties: {
      interactivity: { type: Schema.slack.types.interactivity },
      channel_id: { type: Schema.slack.types.channel_id },
    },
    required: ["interactivity", "channel_id"],
  },
});
EveryoneWorkflow.addStep(MyDebugReportsFunction, {
  interactivity: EveryoneWorkflow.inputs.interactivity,
  channel_id: EveryoneWorkflow.inputs.channel_id,
  everyone: true,
});

/** Runs the shortcut as `user`; the list's step waits when there is something to click. */
async function openList(app: App, user: string, everyone?: boolean) {
  const run = await runWorkflow(everyone ? EveryoneWorkflow : MyDebugReportsWorkflow, {
    inputs: {
      interactivity: { interactivity_pointer: "2.shortcut", interactor: { id: user, secret: "s" } },
      channel_id: DEBUG_CHANNEL,
    },
    emulator: app.emu,
    env: app.env,
  });
  ok(run.ok, JSON.stringify(run.error));
  const lists = app.emu.state.ephemeralMessages(DEBUG_CHANNEL).filter((m) =>
    m.user === user && JSON.stringify(m.blocks ?? []).includes(LIST_DONE_ACTION)
  );
  return { run, list: lists.at(-1) };
}

function sessionOf(emu: SlackEmulator, id: unknown) {
  return emu.state.datastoreItems("debug_sessions").find((s) => s.id === id)!;
}

function reportOf(emu: SlackEmulator, ts: unknown) {
  return emu.state.messages(DEBUG_CHANNEL).find((m) => m.ts === ts)!;
}

function clickAudits(emu: SlackEmulator) {
  return emu.state.datastoreItems("audit_events")
    .filter((e) => String(e.action).startsWith("report_"))
    .map((e) => [e.action, e.actor, e.outcome, e.detail]);
}

function lastAnswerTo(emu: SlackEmulator, user: string): string {
  return emu.state.ephemeralMessages(DEBUG_CHANNEL).filter((m) => m.user === user).at(-1)!.text;
}

function completionOf(emu: SlackEmulator, waiting: WaitingStep) {
  return emu.state.functionCompletions().find((c) =>
    c.function_execution_id === waiting.execution.id
  );
}

/** Every Block Kit limit the list could reach. */
function assertWithinBlockKit(blocks: unknown[]) {
  ok(blocks.length <= 50, `${blocks.length} blocks`);
  const ids = new Set<string>();
  for (const block of blocks as Record<string, unknown>[]) {
    const id = block.block_id;
    if (typeof id === "string") {
      ok(!ids.has(id), `block_id ${id} twice`);
      ok(id.length <= 255);
      ids.add(id);
    }
    const text = (block.text as { text?: string } | undefined)?.text;
    if (text !== undefined) ok(text.length <= 3000, `section of ${text.length}`);
    const elements = (block.elements ?? []) as Record<string, unknown>[];
    ok(elements.length <= 25);
    for (const element of elements) {
      if (element.type !== "button") continue;
      ok(String(element.value).length <= 2000);
      ok(String((element.text as { text: string }).text).length <= 75);
      ok(String(element.action_id).length <= 255);
    }
  }
}

Deno.test("the list shows only the person's own active reports, names inert, within Block Kit's limits", async () => {
  await withApp(async (app) => {
    const { session } = await postReport(app);
    await seedColleagueReport(app, session);

    const mine = await openList(app, REQUESTER);
    strictEqual(mine.run.waiting?.functionId, "my_debug_reports", "the list waits for clicks");
    const shown = JSON.stringify(mine.list!.blocks);
    ok(shown.includes(`"value":"${session.id}"`), "the requester's report, with its buttons");
    ok(!shown.includes("evil.example") && !shown.includes("U05ONCALL02"), "not the colleague's");
    match(mine.list!.text, /: 1\.$/);
    assertWithinBlockKit(mine.list!.blocks!);

    // The colleague sees theirs only; its names cannot mention, link or format.
    const theirs = await openList(app, COLLEAGUE);
    const blocks = theirs.list!.blocks as { text?: { text: string } }[];
    const line = blocks.map((b) => b.text?.text ?? "").find((t) => t.includes("evil"))!;
    ok(!line.includes("<!channel>") && !line.includes("<@U05ONCALL01>"), line);
    ok(!/<https?:/.test(line), line);
    ok(line.includes("`&lt;!channel&gt; &lt;@U05ONCALL01&gt; *bold*"), line);
    ok(!JSON.stringify(blocks).includes(session.id as string), "not the requester's report");
    assertWithinBlockKit(theirs.list!.blocks!);
  });
});

Deno.test("the list stays inside Block Kit's limits with more reports than it shows, and says how many more", async () => {
  await withApp(async (app) => {
    const { session } = await postReport(app);
    for (let i = 0; i < MAX_REPORTS_SHOWN + 5; i++) {
      await seedColleagueReport(app, { ...session, service: "x".repeat(4000) });
    }
    const { list } = await openList(app, COLLEAGUE);
    assertWithinBlockKit(list!.blocks!);
    match(JSON.stringify(list!.blocks), /5 more not shown/);
  });
});

Deno.test("Purge now from the list: the report goes, its own step completes, a second click is answered", async () => {
  await withApp(async (app) => {
    const { emu } = app;
    const { reportStep, session } = await postReport(app);
    const { run } = await openList(app, REQUESTER);
    const click = await clickWaitingStep(emu, run.waiting!, {
      userId: REQUESTER,
      actionId: LIST_PURGE_ACTION,
      blockId: "report_0",
    });
    strictEqual(click.problem, undefined);
    ok(reportOf(emu, session.message_ts).deleted, "the report is deleted");
    strictEqual(sessionOf(emu, session.id).status, "purged");
    strictEqual(completionOf(emu, reportStep)?.outputs?.session_id, session.id);
    match(lastAnswerTo(emu, REQUESTER), /was removed/);
    deepStrictEqual(clickAudits(emu), [[
      "report_purge_now",
      REQUESTER,
      "success",
      "purged by=requester",
    ]]);

    // The list still shows the button: a stale click is answered and changes nothing.
    const again = await clickWaitingStep(emu, run.waiting!, {
      userId: REQUESTER,
      actionId: LIST_PURGE_ACTION,
      blockId: "report_0",
    });
    strictEqual(again.problem, undefined);
    match(lastAnswerTo(emu, REQUESTER), /already removed at \d\d:\d\d UTC/);
    strictEqual(clickAudits(emu).at(-1)![3], "already_purged");

    // Done completes the list's step.
    const done = await clickWaitingStep(emu, run.waiting!, {
      userId: REQUESTER,
      actionId: LIST_DONE_ACTION,
    });
    deepStrictEqual(done.completion?.outputs, { reports_listed: 1 }, "the list's step completes");
  });
});

Deno.test("Extend from the list moves the deadline and rewrites the report's expiry line", async () => {
  await withApp(async (app) => {
    const { emu } = app;
    const { session } = await postReport(app);
    const deadline = Number(session.expires_at);
    const { run } = await openList(app, REQUESTER);
    const click = await clickWaitingStep(emu, run.waiting!, {
      userId: REQUESTER,
      actionId: LIST_EXTEND_ACTION,
      blockId: "report_0",
    });
    strictEqual(click.problem, undefined);
    const moved = deadline + EXTEND_STEP_MINUTES * 60;
    strictEqual(sessionOf(emu, session.id).expires_at, moved);
    const report = reportOf(emu, session.message_ts);
    const shown = JSON.stringify(report.blocks);
    ok(shown.includes(slackDate(new Date(moved * 1000))), "the new deadline is shown");
    ok(!shown.includes(slackDate(new Date(deadline * 1000))), "the old one is not");
    ok(report.text.includes(new Date(moved * 1000).toISOString().slice(11, 16)), report.text);
    deepStrictEqual(clickAudits(emu), [[
      "report_extend",
      REQUESTER,
      "success",
      `extended to=${moved} from=${deadline} by=requester`,
    ]]);
    match(lastAnswerTo(emu, REQUESTER), /now expires at/);
  });
});

Deno.test("an admin for the service may extend and purge another's report from the list (everyone)", async () => {
  await withApp(async (app) => {
    const { emu } = app;
    const { session } = await postReport(app);
    const { run, list } = await openList(app, COLLEAGUE, true);
    ok(JSON.stringify(list!.blocks).includes(session.id as string), "an admin sees it");
    const deadline = Number(session.expires_at);
    const extend = await clickWaitingStep(emu, run.waiting!, {
      userId: COLLEAGUE,
      actionId: LIST_EXTEND_ACTION,
      blockId: "report_0",
    });
    strictEqual(extend.problem, undefined);
    const moved = deadline + EXTEND_STEP_MINUTES * 60;
    strictEqual(sessionOf(emu, session.id).expires_at, moved);
    ok(
      JSON.stringify(reportOf(emu, session.message_ts).blocks).includes(
        slackDate(new Date(moved * 1000)),
      ),
    );
    const click = await clickWaitingStep(emu, run.waiting!, {
      userId: COLLEAGUE,
      actionId: LIST_PURGE_ACTION,
      blockId: "report_0",
    });
    strictEqual(click.problem, undefined);
    ok(reportOf(emu, session.message_ts).deleted);
    deepStrictEqual(clickAudits(emu), [
      ["report_extend", COLLEAGUE, "success", `extended to=${moved} from=${deadline} by=admin`],
      ["report_purge_now", COLLEAGUE, "success", "purged by=admin"],
    ]);
  }, { ADMIN_USER_IDS: `${REQUESTER},${COLLEAGUE}` });
});

Deno.test("a click on the list by someone neither the requester nor an admin is refused and audited; the report stays", async () => {
  await withApp(async (app) => {
    const { emu } = app;
    const { session } = await postReport(app);
    // A non-admin's "everyone" list does not show others' reports...
    const empty = await openList(app, COLLEAGUE, true);
    strictEqual(empty.list, undefined, "nothing to list, so no buttons");
    strictEqual(empty.run.waiting, undefined, "and no open step");
    strictEqual(lastAnswerTo(emu, COLLEAGUE), "You have no active debug reports.");
    const { run } = await openList(app, REQUESTER);
    // ...and a click made up with another's report id is checked on the server all the same.
    for (const actionId of [LIST_PURGE_ACTION, LIST_EXTEND_ACTION]) {
      const payload = blockActionsPayload({
        execution: {
          id: run.waiting!.execution.id,
          callbackId: "my_debug_reports",
          inputs: run.waiting!.execution.inputs,
        },
        user: { id: COLLEAGUE, name: "colleague" },
        team: { id: emu.identity.teamId, domain: emu.identity.teamDomain },
        appId: emu.identity.appId,
        message: {
          ts: "1700000001.000001",
          ephemeral: true,
          text: "",
          blocks: [],
          user: emu.identity.botUserId,
          channel: { id: DEBUG_CHANNEL, name: "prod-debug" },
        },
        action: {
          type: "button",
          action_id: actionId,
          block_id: "report_0",
          value: session.id as string,
          text: { type: "plain_text", text: "x" },
          action_ts: "1700000001.000002",
        },
        token: run.waiting!.execution.token,
        env: run.waiting!.execution.env,
      });
      await dispatchPayload(payload, () => Promise.resolve(myReports));
      match(lastAnswerTo(emu, COLLEAGUE), /Only the requester \(<@U05ONCALL01>\) or an admin/);
    }
    ok(!reportOf(emu, session.message_ts).deleted, "the report stays");
    strictEqual(sessionOf(emu, session.id).expires_at, session.expires_at, "its deadline too");
    deepStrictEqual(clickAudits(emu), [
      ["report_purge_now", COLLEAGUE, "refused", "not_requester_or_admin"],
      ["report_extend", COLLEAGUE, "refused", "not_requester_or_admin"],
    ]);
  });
});
