/**
 * The report's Purge now and Extend buttons, clicked as Slack's runtime hands clicks to
 * post_debug_report's blockActions: a click this app's buttons could not make is ignored
 * (nothing answered, audited or changed); a click on another report's record, one already gone,
 * being removed or shown ephemerally is answered and changes nothing; only the requester or an
 * admin acts; Extend is refused from 60 s before the deadline. Each outcome: what the clicker is
 * told, the audit entry, the record, the report.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { EXTEND_ACTION, PURGE_NOW_ACTION } from "../../core/render/report_controls.ts";
import type { SlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { ADMIN } from "../access/test_support.ts";
import { DEBUG_CHANNEL, ONCALL, withEmulator } from "../purge_reports/test_fixtures.ts";
import { blockActions, EXTEND_CUTOFF_SECONDS } from "./report_actions.ts";
import { postReport } from "./test_support.ts";

const EXECUTION = "Fx0123ABC";
const OUTSIDER = "U05OUTSIDER";

type Session = Record<string, unknown> & { id: string; message_ts: string; expires_at: number };

/** A channel report posted with its buttons, and its record. */
async function postedReport(emu: SlackEmulator, inputs: Record<string, unknown> = {}) {
  emu.registerFunctionExecution(EXECUTION);
  const result = await postReport(emu, {
    executionId: EXECUTION,
    inputs: { report_buttons: true, ...inputs },
  });
  deepStrictEqual(result, { completed: false });
  const session = emu.state.datastoreItems("debug_sessions").at(-1) as Session;
  const message = emu.state.messages(DEBUG_CHANNEL).find((m) => m.ts === session.message_ts)!;
  return { session, message };
}

interface ClickOptions {
  actionId?: string;
  userId?: string;
  value?: string;
  executionId?: string;
  channel?: string;
  ts?: string;
  message?: { text: string; blocks: unknown[] } | null;
  env?: Record<string, string>;
}

/** One click on `session`'s report, as the runtime passes it (each part changeable). */
function click(emu: SlackEmulator, session: Session, options: ClickOptions = {}) {
  const message = emu.state.messages(DEBUG_CHANNEL).find((m) => m.ts === session.message_ts);
  const shown = options.message === null
    ? {}
    : { message: options.message ?? { text: message?.text ?? "", blocks: message?.blocks ?? [] } };
  return blockActions({
    action: { action_id: options.actionId ?? PURGE_NOW_ACTION, value: options.value ?? session.id },
    body: {
      user: { id: options.userId ?? ONCALL },
      function_data: { execution_id: options.executionId ?? EXECUTION },
      container: {
        channel_id: options.channel ?? DEBUG_CHANNEL,
        message_ts: options.ts ?? session.message_ts,
      },
      ...shown,
    },
    env: {
      SLACK_API_URL: emu.url,
      DEBUG_CHANNEL_IDS: DEBUG_CHANNEL,
      ADMIN_USER_IDS: ADMIN,
      ...options.env,
    },
    token: emu.botToken,
  });
}

const clickAudits = (emu: SlackEmulator) =>
  emu.state.datastoreItems("audit_events").filter((e) => String(e.action).startsWith("report_"))
    .map((e) => [e.action, e.actor, e.outcome, e.detail]);

const answers = (emu: SlackEmulator) =>
  emu.state.ephemeralMessages(DEBUG_CHANNEL).map((m) => [m.user, m.text]);

const record = (emu: SlackEmulator, id: string) =>
  emu.state.datastoreItems("debug_sessions").find((s) => s.id === id);

Deno.test("report buttons: a click this app's buttons could not make is ignored, whatever part is off", async () => {
  await withEmulator(async (emu) => {
    const { session } = await postedReport(emu);
    const before = JSON.stringify(record(emu, session.id));
    const odd: ClickOptions[] = [
      { actionId: "purge_later" },
      { value: "" },
      { value: "a".repeat(101) },
      ...[" ", "_", ".", "/", ":", "é", "\n", "<"].flatMap((c) => [
        { value: `${session.id}${c}` },
        { value: `${c}${session.id}` },
        { value: c },
      ]),
      { executionId: "Fx" },
      { executionId: `Fx${"A".repeat(41)}` },
      { executionId: "fx0123ABC" },
      { executionId: "Fx0123abc" },
      { executionId: `x${EXECUTION}` },
      { executionId: `${EXECUTION}\n` },
      { userId: "someone" },
      { channel: "#prod-debug" },
      { ts: "1".repeat(41) },
      { message: { text: "x".repeat(40_001), blocks: [] } },
      { message: { text: "", blocks: Array.from({ length: 101 }, () => ({})) } },
    ];
    for (const options of odd) await click(emu, session, options);
    deepStrictEqual(answers(emu), []);
    deepStrictEqual(clickAudits(emu), []);
    strictEqual(JSON.stringify(record(emu, session.id)), before);
    ok(!emu.state.messages(DEBUG_CHANNEL).find((m) => m.ts === session.message_ts)?.deleted);
  });
});

Deno.test("report buttons: ids of 1 to 100 letters, digits and dashes are looked up; a record of another message is no record", async () => {
  await withEmulator(async (emu) => {
    const { session } = await postedReport(emu);
    const values = ["a", "Z", "0", "-", "a".repeat(100), "A-z-0-9"];
    for (const value of values) await click(emu, session, { value });
    const others: ClickOptions[] = [
      { channel: "C05OTHER001" },
      { ts: "1.000001" },
      { executionId: "Fx0123ABD" },
    ];
    for (const options of others) await click(emu, session, options);
    const gone = "This report has no record any more, so nothing was done.";
    // The answer goes to the channel clicked in (none stands in this workspace for the first other).
    deepStrictEqual(answers(emu), [...values, ...others.slice(1)].map(() => [ONCALL, gone]));
    deepStrictEqual(
      clickAudits(emu),
      [...values, ...others].map(() => ["report_purge_now", ONCALL, "refused", "unknown_session"]),
    );
    strictEqual(record(emu, session.id)?.status, "active");
  });
});

/** Saves `fields` over the record of `session` (as a purge or an older version left it). */
async function rewrite(emu: SlackEmulator, session: Session, fields: Record<string, unknown>) {
  const response = await fetch(`${emu.url}apps.datastore.put`, {
    method: "POST",
    headers: { authorization: `Bearer ${emu.botToken}`, "content-type": "application/json" },
    body: JSON.stringify({ datastore: "debug_sessions", item: { ...session, ...fields } }),
  });
  ok((await response.json()).ok);
  return { ...session, ...fields } as Session;
}

Deno.test("report buttons: a report already removed is answered with when, and its open step completed once", async () => {
  await withEmulator(async (emu) => {
    const { session } = await postedReport(emu);
    const purgedAt = Date.UTC(2026, 10, 29, 14, 5) / 1000;
    for (const status of ["purged", "closed"]) {
      const gone = await rewrite(emu, session, { status, purged_at: purgedAt });
      await click(emu, gone, { actionId: EXTEND_ACTION });
    }
    await click(emu, await rewrite(emu, session, { status: "purged", purged_at: 0 }));
    deepStrictEqual(answers(emu), [
      [ONCALL, "This report was already removed at 14:05 UTC."],
      [ONCALL, "This report was already removed at 14:05 UTC."],
      [ONCALL, "This report was already removed at an earlier time."],
    ]);
    deepStrictEqual(clickAudits(emu), [
      ["report_extend", ONCALL, "refused", "already_purged"],
      ["report_extend", ONCALL, "refused", "already_purged"],
      ["report_purge_now", ONCALL, "refused", "already_purged"],
    ]);
    const completions = emu.state.functionCompletions()
      .filter((c) => c.function_execution_id === EXECUTION);
    strictEqual(completions.length, 1, "Slack accepts one completion; later tries are let go");
    deepStrictEqual(completions[0].outputs, {
      message_ts: session.message_ts,
      session_id: session.id,
      expires_at: session.expires_at,
    });
  });
});

Deno.test("report buttons: a report being removed, or shown only to its requester, stays as it is", async () => {
  await withEmulator(async (emu) => {
    const { session } = await postedReport(emu);
    for (const status of ["purging", "purge_failed"]) {
      await click(emu, await rewrite(emu, session, { status }), { actionId: EXTEND_ACTION });
    }
    const ephemeral = await rewrite(emu, session, { status: "active", delivery: "ephemeral" });
    await click(emu, ephemeral);
    deepStrictEqual(answers(emu).map(([, text]) => text), [
      "This report is being removed already (its deadline has passed); nothing more to do.",
      "This report is being removed already (its deadline has passed); nothing more to do.",
      "This report was shown only to its requester (ephemeral): Slack lets no app remove or " +
      "change it, so it cannot be removed early. It is gone when they reload Slack.",
    ]);
    deepStrictEqual(clickAudits(emu).map((a) => a[3]), [
      "status_purging",
      "status_purge_failed",
      "ephemeral_report",
    ]);
    deepStrictEqual(emu.state.functionCompletions(), []);
    ok(!emu.state.messages(DEBUG_CHANNEL).find((m) => m.ts === session.message_ts)?.deleted);
  });
});

Deno.test("report buttons: only the requester or an admin purges; anyone else is told who can", async () => {
  await withEmulator(async (emu) => {
    const { session } = await postedReport(emu);
    // ADMIN is an admin only while ADMIN_USER_IDS names them.
    const notAdmin = { ADMIN_USER_IDS: OUTSIDER };
    await click(emu, session, { userId: ADMIN, env: notAdmin });
    await click(emu, session, { userId: ADMIN, env: notAdmin, actionId: EXTEND_ACTION });
    const only = (verb: string) =>
      `Only the requester (<@${ONCALL}>) or an admin can ${verb} this report. It stays as it is.`;
    deepStrictEqual(answers(emu), [[ADMIN, only("purge")], [ADMIN, only("extend")]]);
    strictEqual(record(emu, session.id)?.status, "active");
    await click(emu, session, { userId: ADMIN });
    strictEqual(record(emu, session.id)?.status, "purged");
    ok(emu.state.messages(DEBUG_CHANNEL).find((m) => m.ts === session.message_ts)?.deleted);
    deepStrictEqual(clickAudits(emu), [
      ["report_purge_now", ADMIN, "refused", "not_requester_or_admin"],
      ["report_extend", ADMIN, "refused", "not_requester_or_admin"],
      ["report_purge_now", ADMIN, "success", "purged by=admin"],
    ]);
    strictEqual(emu.state.functionCompletions().length, 1, "the purge completes the open step");
  });
});

/** Runs `run` with Date.now fixed at `epochMs` (the click's own clock; the emulator keeps its own). */
async function at<T>(epochMs: number, run: () => Promise<T>): Promise<T> {
  const realNow = Date.now;
  Date.now = () => epochMs;
  try {
    return await run();
  } finally {
    Date.now = realNow;
  }
}

const hourMinute = (epochSeconds: number) =>
  `${new Date(epochSeconds * 1000).toISOString().slice(11, 16)} UTC`;

Deno.test("report buttons: Extend moves the deadline an hour, replaces the trigger and rewrites the expiry line", async () => {
  await withEmulator(async (emu) => {
    const { session } = await postedReport(emu);
    const [first] = emu.state.triggers();
    strictEqual(session.trigger_id, first.id);
    await click(emu, session, { actionId: EXTEND_ACTION });
    const moved = session.expires_at + 3600;
    const saved = record(emu, session.id)!;
    strictEqual(saved.expires_at, moved);
    strictEqual(saved.purge_after, moved + 86_400);
    const triggers = emu.state.triggers();
    deepStrictEqual(triggers.map((t) => t.id), [saved.trigger_id]);
    ok(triggers[0].id !== first.id, "the old trigger is deleted");
    const report = emu.state.messages(DEBUG_CHANNEL).find((m) => m.ts === session.message_ts)!;
    ok(report.text.includes(hourMinute(moved)), report.text);
    ok(JSON.stringify(report.blocks).includes(`<!date^${moved}^`), "the new deadline shown");
    deepStrictEqual(answers(emu), [], "the clicker sees the report change");
    deepStrictEqual(clickAudits(emu), [[
      "report_extend",
      ONCALL,
      "success",
      `extended to=${moved} from=${session.expires_at} by=requester`,
    ]]);
  });
});

Deno.test("report buttons: Extend without the report's message says the new deadline instead", async () => {
  await withEmulator(async (emu) => {
    const { session } = await postedReport(emu);
    await click(emu, session, { actionId: EXTEND_ACTION, message: null });
    const moved = session.expires_at + 3600;
    deepStrictEqual(answers(emu), [[ONCALL, `The report now expires at ${hourMinute(moved)}.`]]);
    deepStrictEqual(clickAudits(emu).map((a) => a[3]), [
      `extended to=${moved} from=${session.expires_at} by=requester expiry_line=not_updated`,
    ]);
  });
});

Deno.test(`report buttons: Extend is refused from ${EXTEND_CUTOFF_SECONDS} s before the deadline, allowed a second earlier`, async () => {
  await withEmulator(async (emu) => {
    const { session } = await postedReport(emu);
    const now = Math.floor(Date.now() / 1000);
    for (const left of [0, 59, 60]) {
      const late = await rewrite(emu, session, { expires_at: now + left });
      await at(now * 1000 + 999, () => click(emu, late, { actionId: EXTEND_ACTION }));
      strictEqual(record(emu, session.id)?.expires_at, now + left, `${left} s left: stays`);
    }
    const early = await rewrite(emu, session, { expires_at: now + 61 });
    await at(now * 1000 + 999, () => click(emu, early, { actionId: EXTEND_ACTION }));
    strictEqual(record(emu, session.id)?.expires_at, now + 61 + 3600, "61 s left: extended");
    const tooLate = "This report is about to be removed, too late to extend it. Ask for a new " +
      "report if you still need the logs.";
    deepStrictEqual(answers(emu), [[ONCALL, tooLate], [ONCALL, tooLate], [ONCALL, tooLate]]);
    deepStrictEqual(clickAudits(emu).map((a) => a[3]).slice(0, 3), [
      "too_late by=requester",
      "too_late by=requester",
      "too_late by=requester",
    ]);
  });
});

Deno.test("report buttons: Extend at REPORT_MAX_TTL_MINUTES, or with settings it cannot read, leaves the deadline", async () => {
  await withEmulator(async (emu) => {
    const { session } = await postedReport(emu);
    await click(emu, session, { actionId: EXTEND_ACTION, env: { REPORT_MAX_TTL_MINUTES: "60" } });
    await click(emu, session, { actionId: EXTEND_ACTION, env: { REPORT_TTL_MINUTES: "0" } });
    deepStrictEqual(answers(emu).map(([, text]) => text), [
      "This report is already kept as long as allowed (60 min after it was posted, " +
      "REPORT_MAX_TTL_MINUTES), so its deadline stays.",
      "REPORT_TTL_MINUTES must be a whole number of minutes from 1 to 1440 " +
      "(REPORT_MAX_TTL_MINUTES). Ask an admin to fix it with `slack env add REPORT_TTL_MINUTES …`.",
    ]);
    deepStrictEqual(clickAudits(emu).map((a) => [a[2], a[3]]), [
      ["refused", "at_max by=requester"],
      ["failure", "bad_settings"],
    ]);
    strictEqual(record(emu, session.id)?.expires_at, session.expires_at);
    deepStrictEqual(emu.state.triggers().map((t) => t.id), [session.trigger_id]);
  });
});

Deno.test("report buttons: an Extend that cannot be saved keeps the old deadline and trigger", async () => {
  await withEmulator(async (emu) => {
    const { session } = await postedReport(emu);
    emu.faults.failNext("apps.datastore.put", "internal_error");
    await click(emu, session, { actionId: EXTEND_ACTION });
    deepStrictEqual(answers(emu), [[
      ONCALL,
      "Could not save the new deadline, so it stays. Try again.",
    ]]);
    deepStrictEqual(clickAudits(emu).map((a) => [a[2], a[3]]), [
      ["failure", "extend_not_saved by=requester"],
    ]);
    strictEqual(record(emu, session.id)?.expires_at, session.expires_at);
    deepStrictEqual(emu.state.triggers().map((t) => t.id), [session.trigger_id]);
  });
});

Deno.test("report buttons: an Extend whose trigger cannot be made still moves the deadline, for the sweep", async () => {
  await withEmulator(async (emu) => {
    const { session } = await postedReport(emu);
    emu.faults.failNext("workflows.triggers.create", "internal_error");
    await click(emu, session, { actionId: EXTEND_ACTION });
    const moved = session.expires_at + 3600;
    strictEqual(record(emu, session.id)?.expires_at, moved);
    strictEqual(record(emu, session.id)?.trigger_id, "");
    deepStrictEqual(emu.state.triggers(), [], "the old trigger is deleted all the same");
    deepStrictEqual(clickAudits(emu).map((a) => a[3]), [
      `extended to=${moved} from=${session.expires_at} by=requester ` +
      "trigger=sweep (not created: internal_error)",
    ]);
  });
});

Deno.test("report buttons: a Purge now Slack refuses says so, and the report stays until its deadline", async () => {
  await withEmulator(async (emu) => {
    const { session } = await postedReport(emu);
    emu.faults.failNext("chat.delete", "internal_error", 10);
    await click(emu, session);
    ok(!emu.state.messages(DEBUG_CHANNEL).find((m) => m.ts === session.message_ts)?.deleted);
    deepStrictEqual(answers(emu), [[
      ONCALL,
      "Slack did not let the app remove the report now. It is tried again at its deadline and " +
      "by the hourly sweep; an admin can delete it by hand.",
    ]]);
    deepStrictEqual(clickAudits(emu).map((a) => [a[2], a[3]]), [
      ["failure", "purge_retry by=requester"],
    ]);
    strictEqual(record(emu, session.id)?.status, "active");
    deepStrictEqual(emu.state.functionCompletions(), [], "the step stays open for the purge");
  });
});
