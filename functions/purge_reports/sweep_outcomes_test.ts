/**
 * What a purge run reports and leaves, per kind of session: reports left to their own trigger
 * for a while, ephemeral ones, the attempt limit, failures that pass, and the time kept back.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import {
  DEBUG_CHANNEL,
  fakeClock,
  purge,
  purgeAudits,
  seedReport,
  stored,
  tombstones,
  withEmulator,
} from "./test_fixtures.ts";

const NOTHING = { purged: 0, closed: 0, failed: 0, left: 0 };

Deno.test("the sweep leaves a report with its own purge trigger to it for five minutes past the deadline", async () => {
  await withEmulator(async (emu) => {
    const ownTrigger = { trigger_id: "Ft0PURGE0001" };
    // Two seconds either side of 300: the run reads the clock a moment after the seeding.
    const young = await seedReport(emu, ownTrigger, 298);
    deepStrictEqual((await purge(emu)).outputs, NOTHING);
    strictEqual(stored(emu, young.id)?.status, "active");

    const older = await seedReport(emu, ownTrigger, 302);
    const untriggered = await seedReport(emu, {}, 1);
    deepStrictEqual((await purge(emu)).outputs, { ...NOTHING, purged: 2 });
    strictEqual(stored(emu, older.id)?.status, "purged");
    strictEqual(stored(emu, untriggered.id)?.status, "purged");
    strictEqual(stored(emu, young.id)?.status, "active", "still its trigger's");
    // Its own trigger, naming it, purges it at once.
    deepStrictEqual((await purge(emu, young.id)).outputs, { ...NOTHING, purged: 1 });
  });
});

Deno.test("a person is asked to delete a report by hand after its fifth failed attempt, not before", async () => {
  await withEmulator(async (emu) => {
    const session = await seedReport(emu, { channel: "C0NOSUCH01" });
    for (let attempt = 1; attempt <= 4; attempt++) {
      await purge(emu);
      strictEqual(stored(emu, session.id)?.status, "purge_failed", `attempt ${attempt}`);
    }
    const askings = () =>
      purgeAudits(emu).filter((e) => String(e.detail).startsWith("manual_delete_needed"));
    strictEqual(askings().length, 0, "no person asked yet");
    await purge(emu);
    strictEqual(stored(emu, session.id)?.status, "manual_delete");
    strictEqual(stored(emu, session.id)?.attempts, 5);
    const [asked] = askings();
    strictEqual(asked.actor, "safe_debug", "the app itself, not a person, purges at the deadline");
    strictEqual(asked.outcome, "failure");
  });
});

Deno.test("an ephemeral report is closed at its deadline without a delete or a tombstone, and counted as closed", async () => {
  await withEmulator(async (emu) => {
    const session = await seedReport(emu, { delivery: "ephemeral" });
    deepStrictEqual((await purge(emu)).outputs, { ...NOTHING, closed: 1 });
    strictEqual(tombstones(emu).length, 0);
    strictEqual(
      emu.state.messages(DEBUG_CHANNEL).find((m) => m.ts === session.message_ts)?.deleted,
      false,
    );
    deepStrictEqual((await purge(emu)).outputs, NOTHING, "closed once");
    const [closed] = purgeAudits(emu);
    strictEqual(closed.actor, "safe_debug");
    strictEqual(closed.outcome, "success");
  });
});

Deno.test("a session whose record cannot be read counts as failed and is left for the next run, the others go on", async () => {
  await withEmulator(async (emu) => {
    const first = await seedReport(emu, {}, 900);
    const second = await seedReport(emu, {}, 600);
    // The first session's record read (after the sweep's query) fails once.
    emu.faults.failNext("apps.datastore.get", "internal_error");
    deepStrictEqual((await purge(emu)).outputs, { ...NOTHING, purged: 1, failed: 1 });
    strictEqual(stored(emu, first.id)?.status, "active", "left as it was");
    strictEqual(stored(emu, second.id)?.status, "purged");
    deepStrictEqual((await purge(emu)).outputs, { ...NOTHING, purged: 1 });
    strictEqual(tombstones(emu).length, 2);
  });
});

Deno.test("a run keeps three seconds back: a session is not started with less, and is counted as left", async () => {
  await withEmulator(async (emu) => {
    const first = await seedReport(emu, {}, 900);
    const second = await seedReport(emu, {}, 600);
    const third = await seedReport(emu, {}, 300);
    // The first delete waits 2 s of a 5 s budget: under 3 s remain after it.
    emu.faults.rateLimit("chat.delete", 2, 1);
    const clock = fakeClock();
    const run = await purge(emu, undefined, clock, { PURGE_TIME_BUDGET_SECONDS: "5" });
    deepStrictEqual(run.outputs, { ...NOTHING, purged: 1, left: 2 });
    deepStrictEqual(clock.slept, [2000]);
    strictEqual(stored(emu, first.id)?.status, "purged");
    for (const s of [second, third]) strictEqual(stored(emu, s.id)?.status, "active");
    const [followUp] = emu.state.triggers();
    ok(followUp, "a follow-up run is scheduled for the two left");
    deepStrictEqual((await purge(emu)).outputs, { ...NOTHING, purged: 2 });
  });
});
