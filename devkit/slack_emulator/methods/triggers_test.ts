import { deepStrictEqual, rejects, strictEqual } from "@node/assert";
import { MAX_ADVANCE_MS } from "../clock.ts";
import { type SlackEmulator } from "../mod.ts";
import { call, withEmulator } from "../test_client.ts";

const HOUR = 3600_000;

function scheduled(emulator: SlackEmulator, startInMs: number, frequency?: unknown) {
  return call(emulator, "workflows.triggers.create", {
    type: "scheduled",
    name: "Purge expired reports",
    workflow: "#/workflows/purge_reports",
    inputs: { reason: { value: "deadline" } },
    schedule: {
      start_time: new Date(emulator.clock.now() + startInMs).toISOString(),
      ...(frequency ? { frequency } : {}),
    },
  });
}

Deno.test("a one-off scheduled trigger fires once when the clock passes start_time", async () => {
  await withEmulator(async (emulator) => {
    const created = await scheduled(emulator, HOUR);
    const trigger = created.trigger as { id: string; workflow: { callback_id: string } };
    strictEqual(trigger.workflow.callback_id, "purge_reports");
    deepStrictEqual(await emulator.clock.advance(HOUR / 2), []);
    const firings = await emulator.clock.advance(HOUR);
    deepStrictEqual(firings.map((f) => [f.trigger_id, f.callback_id, f.inputs]), [
      [trigger.id, "purge_reports", { reason: "deadline" }],
    ]);
    deepStrictEqual(await emulator.clock.advance(10 * HOUR), []);
  });
});

Deno.test("recurring triggers fire once per period, in time order", async () => {
  await withEmulator(async (emulator) => {
    await scheduled(emulator, HOUR, { type: "daily", repeats_every: 1 });
    await scheduled(emulator, 2 * HOUR, { type: "hourly", repeats_every: 12 });
    const firings = await emulator.clock.advance(3 * 24 * HOUR);
    deepStrictEqual(firings.length, 3 + 6);
    const times = firings.map((f) => f.scheduled_time_ms);
    deepStrictEqual(times, [...times].sort((a, b) => a - b));
  });
});

Deno.test("triggers: start_time in the past is rejected; list and delete", async () => {
  await withEmulator(async (emulator) => {
    strictEqual((await scheduled(emulator, -1000)).error, "invalid_arguments");
    const { trigger } = await scheduled(emulator, HOUR) as { trigger: { id: string } };
    const listed = await call(emulator, "workflows.triggers.list", {});
    deepStrictEqual((listed.triggers as { id: string }[]).map((t) => t.id), [trigger.id]);
    strictEqual(
      (await call(emulator, "workflows.triggers.delete", { trigger_id: trigger.id })).ok,
      true,
    );
    deepStrictEqual(await emulator.clock.advance(2 * HOUR), []);
    const again = await call(emulator, "workflows.triggers.delete", { trigger_id: trigger.id });
    strictEqual(again.error, "trigger_not_found");
  });
});

Deno.test("advance refuses negative time and runaway schedules", async () => {
  await withEmulator(async (emulator) => {
    await rejects(emulator.clock.advance(-1), /ms >= 0/);
    await scheduled(emulator, HOUR, { type: "hourly" });
    const before = emulator.clock.now();
    await rejects(emulator.clock.advance(20_000 * HOUR), /smaller steps/);
    strictEqual(Math.abs(emulator.clock.now() - before) < 1000, true, "time did not move");
  });
});

Deno.test("a refused advance fires nothing, so the next valid advance still fires", async () => {
  await withEmulator(async (emulator) => {
    const { trigger } = await scheduled(emulator, HOUR) as { trigger: { id: string } };
    await rejects(emulator.clock.advance(MAX_ADVANCE_MS + 1), /ten years/);
    const firings = await emulator.clock.advance(2 * HOUR);
    deepStrictEqual(firings.map((f) => f.trigger_id), [trigger.id]);
  });
});
