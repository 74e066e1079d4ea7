/**
 * Under chat.delete's Tier 3 limit (50 a minute), a run that is stopped with reports left
 * schedules one follow-up run for when Slack allows, so a backlog drains in minutes rather than
 * one hourly sweep at a time; the chain ends with the work.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { runDueTriggers, runWorkflow } from "../../devkit/workflow_runner/mod.ts";
import { PurgeExpiredReportsWorkflow } from "../../workflows/purge_expired_reports.ts";
import { shiftProcessClock } from "./shifted_clock.ts";
import { interceptWebApi, seedReport, tombstones, withEmulator } from "./test_fixtures.ts";

const TIER3_PER_MINUTE = 50;

/** chat.delete limited to 50 calls in any 60 s of the (shifted) clock. */
function tier3Fetch(): { restore(): void } {
  const recent: number[] = [];
  return interceptWebApi((method) => {
    if (method !== "chat.delete") return undefined;
    while (recent.length > 0 && recent[0] <= Date.now() - 60_000) recent.shift();
    if (recent.length >= TIER3_PER_MINUTE) {
      const wait = Math.ceil((recent[0] + 60_000 - Date.now()) / 1000);
      return new Response("", { status: 429, headers: { "retry-after": String(wait) } });
    }
    recent.push(Date.now());
    return undefined;
  });
}

Deno.test("a rate-limited sweep schedules follow-ups until all 120 reports are purged", async () => {
  const clock = shiftProcessClock();
  try {
    await withEmulator(async (emu) => {
      for (let i = 0; i < 120; i++) await seedReport(emu, {}, 600 + i);
      const limit = tier3Fetch();
      try {
        const sweep = await runWorkflow(PurgeExpiredReportsWorkflow, { inputs: {}, emulator: emu });
        deepStrictEqual(sweep.steps[0].outputs, { purged: 50, closed: 0, failed: 0, left: 70 });
        const followUps = [];
        for (let round = 0; round < 5 && emu.state.triggers().length > 0; round++) {
          const [next] = emu.state.triggers().filter((t) => t.runs === 0);
          if (!next) break;
          strictEqual(next.inputs.session_id, undefined, "a follow-up sweep");
          const startsIn = (next.next_run_ms as number) - Date.now();
          ok(startsIn > 55_000 && startsIn <= 62_000, `${startsIn} ms`);
          clock.forward(61_000);
          const runs = await runDueTriggers(emu, {
            purge_expired_reports: PurgeExpiredReportsWorkflow,
          }, {
            advanceMs: 0,
          });
          followUps.push(...runs.map((r) => r.run.steps[0].outputs));
        }
        deepStrictEqual(followUps, [
          { purged: 50, closed: 0, failed: 0, left: 20 },
          { purged: 20, closed: 0, failed: 0, left: 0 },
        ]);
      } finally {
        limit.restore();
      }
      strictEqual(tombstones(emu).length, 120);
      strictEqual(emu.state.triggers().filter((t) => t.runs === 0).length, 0, "the chain ended");
    });
  } finally {
    clock.restore();
  }
});
