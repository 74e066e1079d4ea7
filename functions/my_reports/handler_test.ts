/**
 * my_debug_reports as deployed, run as Slack's runtime runs it: which reports a person is shown
 * (their own active ones, soonest deadline first; with `everyone`, those of services they are an
 * admin for), the exact line and buttons of each, when the step stays open for clicks, what is
 * audited, what each failure says; and the list's clicks (Done completes the step, a click on a
 * report that is gone is answered and audited).
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { slackDate } from "../../core/render/report_dates.ts";
import type { SlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { ADMIN, auditsOf, DEBUG_CHANNEL, formRun, ONCALL } from "../access/test_support.ts";
import { api, seedReport, withEmulator } from "../purge_reports/test_fixtures.ts";
import handler, { blockActions } from "./handler.ts";
import { LIST_DONE_ACTION, LIST_EXTEND_ACTION, LIST_PURGE_ACTION } from "./list_blocks.ts";

const HOUR = 3600;

type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  elements?: { action_id?: string; value?: string; text: string | { text: string } }[];
};

/** The blocks of the last list shown to `user`. */
function lastList(emu: SlackEmulator, user: string): { text: string; blocks: Block[] } {
  const last = emu.state.ephemeralMessages(DEBUG_CHANNEL).filter((m) => m.user === user).at(-1);
  return { text: last?.text ?? "", blocks: (last?.blocks ?? []) as Block[] };
}

const lineOf = (s: { created_at: number; expires_at: number }, where: string, who: string) =>
  `\`checkout\` (\`production\`) ${where}, requested by ${who} ` +
  `${slackDate(new Date(s.created_at * 1000))}, expires ${
    slackDate(new Date(s.expires_at * 1000))
  }.`;

const IN_CHANNEL = `in <#${DEBUG_CHANNEL}>`;
const EPHEMERAL = "shown only to its requester: Slack lets no app remove it early";

Deno.test("my reports: a person's own active reports, soonest first, each with its line and buttons", async () => {
  await withEmulator(async (emu) => {
    // expiredSecondsAgo < 0: the deadline is ahead.
    const later = await seedReport(emu, {}, -2 * HOUR);
    const sooner = await seedReport(emu, {}, -HOUR);
    const ephemeral = await seedReport(emu, { delivery: "ephemeral" }, -3 * HOUR);
    await seedReport(emu, { status: "purged" }, -HOUR);
    await seedReport(emu, { requester: ADMIN }, -HOUR);
    // An item the purge cannot read (a channel that is no id) is no report to act on.
    await seedReport(emu, { channel: "<#C05PRODDBG1>" }, -HOUR);
    const result = await handler(formRun(emu, ONCALL, {}));
    deepStrictEqual(result, { outputs: { reports_listed: 3 } });
    const { text, blocks } = lastList(emu, ONCALL);
    strictEqual(text, "Active debug reports you can remove or extend: 3.");
    deepStrictEqual(blocks.map((b) => [b.type, b.block_id ?? null, b.text?.text ?? null]), [
      ["section", null, text],
      ["section", "report_line_0", lineOf(sooner, IN_CHANNEL, "you")],
      ["actions", "report_0", null],
      ["section", "report_line_1", lineOf(later, IN_CHANNEL, "you")],
      ["actions", "report_1", null],
      ["section", "report_line_2", lineOf(ephemeral, EPHEMERAL, "you")],
      ["actions", "list_done", null],
    ]);
    deepStrictEqual(blocks[2].elements, [
      {
        type: "button",
        action_id: LIST_PURGE_ACTION,
        text: { type: "plain_text", text: "Purge now" },
        value: sooner.id,
        style: "danger",
      },
      {
        type: "button",
        action_id: LIST_EXTEND_ACTION,
        text: { type: "plain_text", text: "Extend by 60 min" },
        value: sooner.id,
      },
    ]);
    deepStrictEqual(blocks.at(-1)?.elements, [
      {
        type: "button",
        action_id: LIST_DONE_ACTION,
        text: { type: "plain_text", text: "Done" },
        value: "3",
      },
    ]);
    deepStrictEqual(auditsOf(emu, "my_debug_reports"), [
      [ONCALL, "success", "listed=3 everyone=false", ""],
    ]);
    // Slack routes each click by its action id: every button's is its own, and none is empty.
    const ids = blocks.flatMap((b) => b.elements ?? []).map((e) => e.action_id ?? "");
    deepStrictEqual(new Set(ids).size, 3);
    ok(ids.every((id) => id.length > 0), JSON.stringify(ids));
  });
});

Deno.test("my reports: with everyone, an admin also sees the reports of others, named", async () => {
  await withEmulator(async (emu) => {
    const theirs = await seedReport(emu, {}, -HOUR);
    const mine = await seedReport(emu, { requester: ADMIN }, -2 * HOUR);
    deepStrictEqual(await handler(formRun(emu, ADMIN, {})), { outputs: { reports_listed: 1 } });
    deepStrictEqual(await handler(formRun(emu, ADMIN, { everyone: true })), {
      outputs: { reports_listed: 2 },
    });
    const lines = lastList(emu, ADMIN).blocks.filter((b) => b.block_id?.startsWith("report_line"))
      .map((b) => b.text?.text);
    deepStrictEqual(lines, [
      lineOf(theirs, IN_CHANNEL, `<@${ONCALL}>`),
      lineOf(mine, IN_CHANNEL, "you"),
    ]);
    // An admin for checkout alone, by a stored grant, sees checkout's reports, not billing's.
    await api(emu, "apps.datastore.put", {
      datastore: "roles",
      item: {
        user_id: ADMIN,
        role: "admin",
        scopes: ["checkout"],
        granted_by: ADMIN,
        granted_at: 1,
      },
    });
    await seedReport(emu, { service: "billing" }, -3 * HOUR);
    deepStrictEqual(
      await handler(formRun(emu, ADMIN, { everyone: true }, { ADMIN_USER_IDS: "" })),
      {
        outputs: { reports_listed: 2 },
      },
    );
    // No admin: everyone changes nothing (their own two).
    deepStrictEqual(await handler(formRun(emu, ONCALL, { everyone: true })), {
      outputs: { reports_listed: 2 },
    });
    deepStrictEqual(auditsOf(emu, "my_debug_reports"), [
      [ADMIN, "success", "listed=1 everyone=false", ""],
      [ADMIN, "success", "listed=2 everyone=true", ""],
      [ADMIN, "success", "listed=2 everyone=true", ""],
      [ONCALL, "success", "listed=2 everyone=true", ""],
    ]);
  });
});

Deno.test("my reports: the step stays open for clicks only with reports and a real execution id", async () => {
  await withEmulator(async (emu) => {
    const run = (executionId: string) =>
      handler({
        ...formRun(emu, ONCALL, {}),
        event: { type: "function_executed", function_execution_id: executionId },
      });
    deepStrictEqual(await run("Fx0123ABC"), { outputs: { reports_listed: 0 } });
    strictEqual(lastList(emu, ONCALL).text, "You have no active debug reports.");
    deepStrictEqual(lastList(emu, ONCALL).blocks.map((b) => b.type), ["section"]);
    await seedReport(emu, {}, -HOUR);
    deepStrictEqual(await run("Fx0123ABC"), { completed: false });
    for (const id of ["FxA", `Fx${"9".repeat(40)}`]) {
      deepStrictEqual(await run(id), { completed: false }, id);
    }
    const notSlacks = [
      "",
      "fx0123",
      "Fx",
      "Fx0123abc",
      "Fx0123ABC\n",
      "xFx0123ABC",
      `Fx${"A".repeat(41)}`,
    ];
    for (const id of notSlacks) {
      deepStrictEqual(await run(id), { outputs: { reports_listed: 1 } }, JSON.stringify(id));
    }
  });
});

Deno.test("my reports: names are shown up to 80 characters, longer ones cut whole-character with an ellipsis", async () => {
  await withEmulator(async (emu) => {
    const cases: [string, string][] = [
      ["s".repeat(80), "s".repeat(80)],
      ["s".repeat(81), `${"s".repeat(80)}…`],
      ["😀".repeat(81), `${"😀".repeat(80)}…`],
      ["😀".repeat(80), "😀".repeat(80)],
    ];
    for (const [service, shown] of cases) {
      await seedReport(emu, { service, environment: service }, -HOUR);
      await handler(formRun(emu, ONCALL, {}));
      const line = lastList(emu, ONCALL).blocks.find((b) => b.block_id === "report_line_0");
      ok(line?.text?.text.startsWith(`\`${shown}\` (\`${shown}\`) in`), `${service.length}`);
      for (const session of emu.state.datastoreItems("debug_sessions")) {
        await api(emu, "apps.datastore.delete", { datastore: "debug_sessions", id: session.id });
      }
    }
  });
});

Deno.test("my reports: more reports than fit are counted, and Done says how many were listed", async () => {
  await withEmulator(async (emu) => {
    for (let i = 0; i < 22; i++) await seedReport(emu, {}, -HOUR - i);
    deepStrictEqual(await handler(formRun(emu, ONCALL, {})), { outputs: { reports_listed: 22 } });
    const { blocks } = lastList(emu, ONCALL);
    strictEqual(blocks.filter((b) => b.block_id?.startsWith("report_line")).length, 20);
    strictEqual(
      blocks.at(-2)?.elements?.[0].text,
      "2 more not shown: act on these first, then run the shortcut again.",
    );
    strictEqual(blocks.at(-1)?.elements?.[0].value, "22");
  });
});

Deno.test("my reports: each failure says what to do, lists nothing, and is audited", async () => {
  await withEmulator(async (emu) => {
    await seedReport(emu, {}, -HOUR);
    const unusable = await handler(formRun(emu, ONCALL, {}, { SLACK_API_URL: "ftp://x" }));
    strictEqual(
      unusable.error,
      "The app's Slack settings are not usable, so nothing was listed.",
    );
    for (const inputs of [{ channel_id: "<!channel>" }, { interactivity: "U05ONCALL01" }]) {
      strictEqual(
        (await handler(formRun(emu, ONCALL, inputs))).error,
        "This step needs the shortcut's interactivity and a channel, so nothing was listed. " +
          'Start it from the "My debug reports" shortcut.',
      );
    }
    emu.faults.failNext("apps.datastore.query", "internal_error");
    const unread = await handler(formRun(emu, ONCALL, {}));
    ok(unread.error?.startsWith("Could not read the debug reports, so nothing was listed: "));
    ok(unread.error?.includes('"internal_error"'), unread.error);
    ok(unread.error?.endsWith(" Try again in a minute."), unread.error);
    emu.faults.rateLimit("apps.datastore.query", 3600);
    const limited = await handler(formRun(emu, ONCALL, {}));
    ok(!limited.error?.includes("unexpected"), limited.error);
    emu.faults.failNext("apps.datastore.get", "internal_error");
    const access = await handler(formRun(emu, ONCALL, { everyone: true }));
    ok(access.error !== undefined && !access.error.includes("internal_error)"), access.error);
    for (const fault of ["fail", "unreachable"]) {
      if (fault === "fail") emu.faults.failNext("chat.postEphemeral", "channel_not_found");
      else emu.faults.rateLimit("chat.postEphemeral", 3600);
      strictEqual(
        (await handler(formRun(emu, ONCALL, {}))).error,
        "Could not show the list in this channel. Invite the app to the channel, or run the " +
          "shortcut in one it is in.",
      );
    }
    deepStrictEqual(emu.state.ephemeralMessages(), []);
    deepStrictEqual(auditsOf(emu, "my_debug_reports").map(([a, o, d]) => [a, o, d]), [
      [ONCALL, "refused", "invalid_inputs"],
      // No usable interactivity: no submitter to name.
      ["invalid", "refused", "invalid_inputs"],
      [ONCALL, "failure", "sessions_unreadable"],
      [ONCALL, "failure", "sessions_unreadable"],
      [ONCALL, "failure", "access_unknown"],
      [ONCALL, "failure", "list_not_posted"],
      [ONCALL, "failure", "list_not_posted"],
    ]);
  });
});

/** A click on the list, as Slack sends it to the step's block_actions handler. */
function click(emu: SlackEmulator, actionId: string, value: string, user = ONCALL) {
  return blockActions({
    action: { action_id: actionId, value },
    body: {
      user: { id: user },
      function_data: { execution_id: "Fx0LIST01" },
      container: { channel_id: DEBUG_CHANNEL },
    },
    env: { SLACK_API_URL: emu.url, ADMIN_USER_IDS: ADMIN },
    token: emu.botToken,
  });
}

Deno.test("my reports: Done completes the list's step with how many were listed", async () => {
  await withEmulator(async (emu) => {
    for (
      const [value, listed] of [["3", 3], ["0", 0], ["123456", 123456], ["1234567", 0], [
        "x1",
        0,
      ]] as const
    ) {
      emu.registerFunctionExecution("Fx0LIST01");
      await click(emu, LIST_DONE_ACTION, value);
      deepStrictEqual(emu.state.functionCompletions().at(-1), {
        function_execution_id: "Fx0LIST01",
        outputs: { reports_listed: listed },
      }, value);
    }
    strictEqual(emu.state.functionCompletions().length, 5);
    deepStrictEqual(emu.state.ephemeralMessages(), [], "Done answers nothing");
  });
});

Deno.test("my reports: a click on a report with no record is answered and audited; other clicks are ignored", async () => {
  await withEmulator(async (emu) => {
    await click(emu, LIST_PURGE_ACTION, "no-such-report");
    strictEqual(
      emu.state.ephemeralMessages(DEBUG_CHANNEL).at(-1)?.text,
      "This report has no record any more, so nothing was done.",
    );
    emu.faults.failNext("apps.datastore.get", "internal_error");
    await click(emu, LIST_EXTEND_ACTION, "any-report");
    strictEqual(
      emu.state.ephemeralMessages(DEBUG_CHANNEL).at(-1)?.text,
      "Could not read this report's record, so nothing was done. Try again in a minute.",
    );
    const audits = emu.state.datastoreItems("audit_events").map((e) => [
      e.action,
      e.actor,
      e.outcome,
      e.detail,
      e.target,
      e.channel,
    ]);
    deepStrictEqual(audits, [
      [
        "report_purge_now",
        ONCALL,
        "refused",
        "unknown_session via=my_reports",
        "no-such-report",
        DEBUG_CHANNEL,
      ],
      [
        "report_extend",
        ONCALL,
        "failure",
        "session_unreadable via=my_reports",
        "any-report",
        DEBUG_CHANNEL,
      ],
    ]);
    // A click is answered at once: a rate limit is not waited out, even a short one.
    emu.faults.rateLimit("apps.datastore.get", 0);
    await click(emu, LIST_PURGE_ACTION, "r".repeat(100));
    strictEqual(
      emu.state.ephemeralMessages(DEBUG_CHANNEL).at(-1)?.text,
      "Could not read this report's record, so nothing was done. Try again in a minute.",
    );
    await click(emu, LIST_PURGE_ACTION, "r".repeat(100));
    strictEqual(
      emu.state.ephemeralMessages(DEBUG_CHANNEL).at(-1)?.text,
      "This report has no record any more, so nothing was done.",
    );
    // Not a click this list makes: nothing is read, answered or audited.
    const ignored = [
      ["report_purge_now", "x"],
      [LIST_PURGE_ACTION, "a b"],
      [LIST_PURGE_ACTION, "r".repeat(101)],
    ];
    for (const [actionId, value] of ignored) await click(emu, actionId, value);
    strictEqual(emu.state.ephemeralMessages().length, 4);
    strictEqual(emu.state.datastoreItems("audit_events").length, 4);
  });
});

Deno.test("my reports: Purge now from the list removes the requester's report", async () => {
  await withEmulator(async (emu) => {
    const session = await seedReport(emu, {}, -HOUR);
    await click(emu, LIST_PURGE_ACTION, session.id);
    const report = emu.state.messages(DEBUG_CHANNEL).find((m) => m.ts === session.message_ts);
    ok(report?.deleted, "the report is deleted");
    deepStrictEqual(auditsOf(emu, "report_purge_now").map(([a, o]) => [a, o]), [
      [ONCALL, "success"],
    ]);
  });
});
