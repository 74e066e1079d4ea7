/**
 * purge_reports at its exact edges, on a clock standing still (a deadline, a claim's lease, the
 * sweep's delay, the time kept back, each at the second), and what each kind of failure leaves
 * in the record and the audit trail.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { createSlackClient } from "../../slack/web_api.ts";
import { budgetedCalls } from "./budgeted_calls.ts";
import { CLAIM_LEASE_SECONDS, purgeReportNow, SESSION_RESERVE_MS } from "./purge.ts";
import {
  api,
  DEBUG_CHANNEL,
  fixedClock,
  interceptWebApi,
  purge,
  purgeAudits,
  seedReport,
  stored,
  tombstones,
  withEmulator,
} from "./test_fixtures.ts";
import type { SlackEmulator } from "../../devkit/slack_emulator/mod.ts";

const NOTHING = { purged: 0, closed: 0, failed: 0, left: 0 };

/** The second the seeded records were written in, and a clock standing at its middle. */
function standingClock() {
  const second = Math.floor(Date.now() / 1000);
  return { second, clock: fixedClock(second * 1000 + 500) };
}

/** Purge now, as a click on the report asks for it, by `by`. */
function purgeNow(emu: SlackEmulator, id: string, by: string, epochMs: number) {
  const client = createSlackClient({ token: emu.botToken, env: { SLACK_API_URL: emu.url } });
  const clock = fixedClock(epochMs);
  return purgeReportNow(
    {
      calls: budgetedCalls(client, { ...clock, deadlineMs: epochMs + 10_000 }),
      runId: "run-now",
      nowMs: clock.now,
    },
    id,
    by,
  );
}

Deno.test("a report is due at its deadline's second, not a second before", async () => {
  await withEmulator(async (emu) => {
    const { second, clock } = standingClock();
    const atDeadline = await seedReport(emu, { expires_at: second });
    const justBefore = await seedReport(emu, { expires_at: second + 1 });
    deepStrictEqual((await purge(emu, atDeadline.id, clock)).outputs, { ...NOTHING, purged: 1 });
    deepStrictEqual(emu.state.triggers(), [], "a purged report's run schedules nothing after it");
    deepStrictEqual((await purge(emu, justBefore.id, clock)).outputs, NOTHING);
    strictEqual(stored(emu, justBefore.id)?.status, "active");
    strictEqual(emu.state.triggers().length, 1, "one run at its deadline");
  });
});

Deno.test("the sweep takes a report with its own trigger at exactly five minutes past the deadline", async () => {
  await withEmulator(async (emu) => {
    const { second, clock } = standingClock();
    const trigger = { trigger_id: "Ft0PURGE0002" };
    const atDelay = await seedReport(emu, { ...trigger, expires_at: second - 300 });
    const inside = await seedReport(emu, { ...trigger, expires_at: second - 299 });
    deepStrictEqual((await purge(emu, undefined, clock)).outputs, { ...NOTHING, purged: 1 });
    strictEqual(stored(emu, atDelay.id)?.status, "purged");
    strictEqual(stored(emu, inside.id)?.status, "active");
  });
});

Deno.test("another run's claim holds for two minutes to the second; a claim lapsed, or without a run, does not", async () => {
  await withEmulator(async (emu) => {
    const { second, clock } = standingClock();
    const claimed = (run: string, age: number, status: "purging" | "active" = "purging") =>
      seedReport(emu, { status, purge_run: run, purge_claimed_at: second - age });
    const held = await claimed("another-run", CLAIM_LEASE_SECONDS - 1);
    const lapsed = await claimed("another-run", CLAIM_LEASE_SECONDS);
    const runless = await claimed("", 0);
    const released = await claimed("another-run", 0, "active");
    for (const s of [held, lapsed, runless, released]) await purge(emu, s.id, clock);
    strictEqual(stored(emu, held.id)?.purge_run, "another-run", "still held");
    strictEqual(stored(emu, held.id)?.status, "purging");
    for (const s of [lapsed, runless, released]) strictEqual(stored(emu, s.id)?.status, "purged");
    strictEqual(tombstones(emu).length, 3);
  });
});

Deno.test("a session is started with exactly the three seconds kept back, not with less", async () => {
  await withEmulator(async (emu) => {
    const { second, clock } = standingClock();
    await seedReport(emu, { expires_at: second - 20 });
    await seedReport(emu, { expires_at: second - 10 });
    // 5 s of budget; the first delete waits 2 s on a clock that moves only then: exactly 3 s left.
    emu.faults.rateLimit("chat.delete", 2, 1);
    const run = await purge(emu, undefined, clock, { PURGE_TIME_BUDGET_SECONDS: "5" });
    strictEqual(5_000 - clock.slept.reduce((a, b) => a + b, 0), SESSION_RESERVE_MS);
    deepStrictEqual(run.outputs, { ...NOTHING, purged: 2 });
  });
});

Deno.test("a crashed run's claim is found by the sweep once it lapses, and a tombstone already posted is not posted again", async () => {
  await withEmulator(async (emu) => {
    const { second, clock } = standingClock();
    const posted = await api(emu, "chat.postMessage", {
      channel: DEBUG_CHANNEL,
      text:
        "Debug report for `checkout` (`production`), requested earlier, expired and was removed.",
    });
    const session = await seedReport(emu, {
      status: "purging",
      purge_run: "a-run-that-died",
      purge_claimed_at: second - 600,
      message_deleted: true,
      tombstone_state: "posted",
      tombstone_ts: posted.ts,
    });
    deepStrictEqual((await purge(emu, undefined, clock)).outputs, { ...NOTHING, purged: 1 });
    strictEqual(tombstones(emu).length, 1);
    const record = stored(emu, session.id);
    strictEqual(record?.status, "purged");
    strictEqual(record?.tombstone_ts, posted.ts);
    strictEqual(record?.purged_at, second);
    strictEqual(record?.purge_claimed_at, 0);
    strictEqual(record?.purge_run, "");
    ok(String(purgeAudits(emu)[0].detail).includes("tombstone=posted"));
  });
});

Deno.test("a passing failure of the delete releases the session without counting an attempt; one after a lasting failure keeps it failed", async () => {
  await withEmulator(async (emu) => {
    const { clock } = standingClock();
    const session = await seedReport(emu);
    emu.faults.failNext("chat.delete", "internal_error");
    deepStrictEqual((await purge(emu, session.id, clock)).outputs, { ...NOTHING, failed: 1 });
    let record = stored(emu, session.id);
    strictEqual(record?.status, "active");
    strictEqual(record?.attempts ?? 0, 0);
    strictEqual(record?.last_error, "internal_error");
    strictEqual(record?.purge_claimed_at, 0);
    strictEqual(record?.purge_run, "");

    emu.faults.failNext("chat.delete", "cant_delete_message");
    await purge(emu, session.id, clock);
    record = stored(emu, session.id);
    strictEqual(record?.status, "purge_failed");
    strictEqual(record?.attempts, 1);
    strictEqual(record?.purge_claimed_at, 0);
    const [failure] = purgeAudits(emu);
    strictEqual(failure.outcome, "failure");
    strictEqual(failure.detail, "purge_failed: cant_delete_message (attempt 1)");

    // A 5xx now (retried, then given up) leaves it failed, its attempts as they were.
    const down = interceptWebApi((method) =>
      method === "chat.delete" ? new Response("down", { status: 502 }) : undefined
    );
    try {
      deepStrictEqual((await purge(emu, session.id, clock)).outputs, { ...NOTHING, failed: 1 });
    } finally {
      down.restore();
    }
    record = stored(emu, session.id);
    strictEqual(record?.status, "purge_failed");
    strictEqual(record?.attempts, 1);
    strictEqual(record?.last_error, "http");
  });
});

Deno.test("a tombstone held back by a rate limit past the budget is posted by the next run", async () => {
  await withEmulator(async (emu) => {
    const session = await seedReport(emu);
    emu.faults.rateLimit("chat.postMessage", 3600, 1);
    deepStrictEqual((await purge(emu, session.id)).outputs, { ...NOTHING, failed: 1 });
    const record = stored(emu, session.id);
    strictEqual(record?.tombstone_state, "");
    strictEqual(record?.message_deleted, true);
    strictEqual(record?.last_error, "out_of_time");
    deepStrictEqual((await purge(emu, session.id)).outputs, { ...NOTHING, purged: 1 });
    strictEqual(tombstones(emu).length, 1);
  });
});

Deno.test("closing a report deletes its own purge trigger, and only when it has one", async () => {
  await withEmulator(async (emu) => {
    const created = await api(emu, "workflows.triggers.create", {
      type: "scheduled",
      name: "Purge a debug report at its deadline",
      workflow: "#/workflows/purge_expired_reports",
      inputs: {},
      schedule: {
        start_time: new Date(Date.now() + 3_600_000).toISOString(),
        frequency: { type: "once" },
      },
    });
    ok(created.ok, created.error);
    const withTrigger = await seedReport(emu, { trigger_id: created.trigger.id });
    await purge(emu, withTrigger.id);
    deepStrictEqual(emu.state.triggers(), []);
    strictEqual(stored(emu, withTrigger.id)?.status, "purged");
  });
});

Deno.test("Purge now: tells who removed the report, moves its deadline to now, and says why it could not", async () => {
  await withEmulator(async (emu) => {
    const { second } = standingClock();
    const session = await seedReport(emu, {}, -3600);
    strictEqual(await purgeNow(emu, session.id, "U05ADMIN001", second * 1000), "purged");
    const [tombstone] = tombstones(emu);
    ok(tombstone.text.includes("was removed by <@U05ADMIN001>"), tombstone.text);
    strictEqual(stored(emu, session.id)?.expires_at, second);

    strictEqual(await purgeNow(emu, session.id, "U05ADMIN001", second * 1000), "already_closed");
    strictEqual(await purgeNow(emu, "no-such-session", "U05ADMIN001", second * 1000), "unknown");
    const busy = await seedReport(emu, {
      status: "purging",
      purge_run: "a-live-run",
      purge_claimed_at: second,
    });
    strictEqual(await purgeNow(emu, busy.id, "U05ADMIN001", second * 1000), "held");
    // At the deadline, the tombstone says it expired.
    const due = await seedReport(emu);
    await purge(emu, due.id);
    ok(tombstones(emu).some((m) => m.text.includes("expired at")));
    ok(!tombstones(emu).some((m) => m.ts !== tombstone.ts && m.text.includes("removed by")));
  });
});

Deno.test("closing a report completes the step its buttons kept open, with its outputs, once; a report with none completes nothing", async () => {
  await withEmulator(async (emu) => {
    emu.registerFunctionExecution("Fx0OPEN0001");
    const open = await seedReport(emu, { execution_id: "Fx0OPEN0001" });
    const without = await seedReport(emu);
    deepStrictEqual((await purge(emu)).outputs, { ...NOTHING, purged: 2 });
    deepStrictEqual(emu.state.functionCompletions(), [{
      function_execution_id: "Fx0OPEN0001",
      outputs: { message_ts: open.message_ts, session_id: open.id, expires_at: open.expires_at },
    }]);
    strictEqual(stored(emu, without.id)?.status, "purged");

    // A step a click completed already: the close stands all the same.
    emu.registerFunctionExecution("Fx0DONE0001");
    await api(emu, "functions.completeSuccess", {
      function_execution_id: "Fx0DONE0001",
      outputs: {},
    });
    const done = await seedReport(emu, { execution_id: "Fx0DONE0001" });
    deepStrictEqual((await purge(emu, done.id)).outputs, { ...NOTHING, purged: 1 });
    strictEqual(emu.state.functionCompletions().length, 2);
  });
});
