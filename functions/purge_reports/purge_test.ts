/**
 * purge_reports on the states a crash, an overlapping run or a lasting error leaves behind, and
 * under rate limits: through the handler and the Slack emulator.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { MAX_PURGE_ATTEMPTS } from "./purge.ts";
import {
  api,
  DEBUG_CHANNEL,
  fakeClock,
  purge,
  purgeAudits,
  seedReport,
  stored,
  tombstones,
  withEmulator,
} from "./test_fixtures.ts";

Deno.test("a run after a crash between the delete and the close posts the tombstone once", async () => {
  await withEmulator(async (emu) => {
    const now = Math.floor(Date.now() / 1000);
    const session = await seedReport(emu, {
      status: "purging",
      purge_run: "a-run-that-died",
      purge_claimed_at: now - 600,
    });
    await api(emu, "chat.delete", { channel: DEBUG_CHANNEL, ts: session.message_ts });
    const result = await purge(emu, session.id);
    deepStrictEqual(result.outputs, { purged: 1, closed: 0, failed: 0, left: 0 });
    strictEqual(tombstones(emu).length, 1, "message_not_found counts as deleted");
    strictEqual(stored(emu, session.id)?.status, "purged");
    const again = await purge(emu);
    deepStrictEqual(again.outputs, { purged: 0, closed: 0, failed: 0, left: 0 });
    strictEqual(tombstones(emu).length, 1);
  });
});

Deno.test("a run that finds a tombstone 'posting' never posts another", async () => {
  await withEmulator(async (emu) => {
    const now = Math.floor(Date.now() / 1000);
    const session = await seedReport(emu, {
      status: "purging",
      purge_run: "a-run-that-died",
      purge_claimed_at: now - 600,
      message_deleted: true,
      tombstone_state: "posting",
    });
    const result = await purge(emu, session.id);
    deepStrictEqual(result.outputs, { purged: 1, closed: 0, failed: 0, left: 0 });
    strictEqual(tombstones(emu).length, 0);
    strictEqual(stored(emu, session.id)?.status, "purged");
    ok(String(purgeAudits(emu)[0].detail).includes("tombstone=unknown"));
  });
});

Deno.test("a session another run holds is left alone until its claim lapses", async () => {
  await withEmulator(async (emu) => {
    const now = Math.floor(Date.now() / 1000);
    const session = await seedReport(emu, {
      status: "purging",
      purge_run: "a-live-run",
      purge_claimed_at: now,
    });
    const result = await purge(emu, session.id);
    deepStrictEqual(result.outputs, { purged: 0, closed: 0, failed: 0, left: 0 });
    strictEqual(stored(emu, session.id)?.purge_run, "a-live-run");
    strictEqual(
      emu.state.messages(DEBUG_CHANNEL).find((m) => m.ts === session.message_ts)
        ?.deleted,
      false,
    );
  });
});

Deno.test("a report not yet due is not touched, even when named; its run comes back at the deadline", async () => {
  await withEmulator(async (emu) => {
    const session = await seedReport(emu, {}, -600);
    const result = await purge(emu, session.id);
    deepStrictEqual(result.outputs, { purged: 0, closed: 0, failed: 0, left: 0 });
    strictEqual(stored(emu, session.id)?.status, "active");
    // Run again at the deadline rather than wait for the sweep.
    const [again] = emu.state.triggers();
    deepStrictEqual(again.inputs, { session_id: { value: session.id } });
    strictEqual(again.next_run_ms, (session.expires_at + 1) * 1000);
  });
});

Deno.test("a lasting error leaves purge_failed with attempts; after the last, a person is asked", async () => {
  await withEmulator(async (emu) => {
    const session = await seedReport(emu, { channel: "C0NOSUCH01" });
    for (let attempt = 1; attempt <= MAX_PURGE_ATTEMPTS; attempt++) {
      const result = await purge(emu);
      deepStrictEqual(result.outputs, { purged: 0, closed: 0, failed: 1, left: 0 });
      const record = stored(emu, session.id);
      strictEqual(record?.attempts, attempt);
      strictEqual(record?.last_error, "channel_not_found");
      strictEqual(record?.status, attempt < MAX_PURGE_ATTEMPTS ? "purge_failed" : "manual_delete");
    }
    const last = purgeAudits(emu).find((e) => String(e.detail).startsWith("manual_delete_needed"));
    ok(last, "an audit event asks for a manual delete");
    ok(String(last?.detail).includes(session.message_ts));
    ok(String(last?.detail).includes("C0NOSUCH01"));
    deepStrictEqual((await purge(emu)).outputs, { purged: 0, closed: 0, failed: 0, left: 0 });
  });
});

Deno.test("a 429 is waited out when the budget allows, and otherwise left for the next run", async () => {
  await withEmulator(async (emu) => {
    const first = await seedReport(emu);
    emu.faults.rateLimit("chat.delete", 2, 1);
    const clock = fakeClock();
    deepStrictEqual((await purge(emu, first.id, clock)).outputs, {
      purged: 1,
      closed: 0,
      failed: 0,
      left: 0,
    });
    deepStrictEqual(clock.slept, [2000], "Retry-After honoured");

    const second = await seedReport(emu);
    emu.faults.rateLimit("chat.delete", 3600, 1);
    deepStrictEqual((await purge(emu, second.id)).outputs, {
      purged: 0,
      closed: 0,
      failed: 0,
      left: 1,
    });
    const record = stored(emu, second.id);
    strictEqual(record?.status, "active", "released for the next run");
    strictEqual(record?.last_error, "out_of_time");
    const [followUp] = emu.state.triggers();
    deepStrictEqual(followUp.inputs, { session_id: { value: second.id } }, "a follow-up run");
    ok((followUp.next_run_ms as number) >= Date.now() + 3600_000, "after Retry-After");
    deepStrictEqual((await purge(emu)).outputs, { purged: 1, closed: 0, failed: 0, left: 0 });
    strictEqual(tombstones(emu).length, 2);
  });
});

Deno.test("the sweep follows next_cursor through pages a filter leaves empty", async () => {
  await withEmulator(async (emu) => {
    // 1,500 closed records fill the first page and a half; the due one comes after them.
    const now = Math.floor(Date.now() / 1000);
    const filler = Array.from({ length: 1500 }, (_, i) => ({
      id: `closed-${i}`,
      status: "purged",
      expires_at: now - 7200,
    }));
    for (let i = 0; i < filler.length; i += 25) {
      const put = await api(emu, "apps.datastore.bulkPut", {
        datastore: "debug_sessions",
        items: filler.slice(i, i + 25),
      });
      ok(put.ok, put.error);
    }
    const due = await seedReport(emu);
    deepStrictEqual((await purge(emu)).outputs, { purged: 1, closed: 0, failed: 0, left: 0 });
    strictEqual(stored(emu, due.id)?.status, "purged");
  });
});

Deno.test("purge_reports refuses a malformed session id without calling Slack", async () => {
  await withEmulator(async (emu) => {
    const result = await purge(emu, "<!channel>");
    ok(result.error?.includes("session_id"));
  });
});
