/**
 * The fault run: 200 expired reports, chat.delete rate-limited and failing about one call in ten
 * (HTTP 500s and dropped connections), four reports in a channel that no longer exists. Sweeps
 * through the real workflow until nothing is due: every report is purged exactly once with one
 * tombstone, the four are handed to a person, none is lost.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { runWorkflow } from "../../devkit/workflow_runner/mod.ts";
import { PurgeExpiredReportsWorkflow } from "../../workflows/purge_expired_reports.ts";
import { MAX_PURGE_ATTEMPTS } from "./purge.ts";
import { type ShiftedClock, shiftProcessClock } from "./shifted_clock.ts";
import {
  DEBUG_CHANNEL,
  interceptWebApi,
  seedReport,
  tombstones,
  withEmulator,
} from "./test_fixtures.ts";

const REPORTS = 200;
const GONE_CHANNEL_REPORTS = 4;
const MAX_SWEEPS = 30;

/** A small seeded generator, so a failing run can be replayed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** chat.delete faults: ~10% 500 or network error, ~15% 429 Retry-After 0. */
function faultyFetch(random: () => number): { restore(): void; counts: Record<string, number> } {
  const counts: Record<string, number> = { deletes: 0, http500: 0, network: 0, rateLimited: 0 };
  const { restore } = interceptWebApi((method) => {
    if (method !== "chat.delete") return undefined;
    counts.deletes++;
    const roll = random();
    if (roll < 0.05) {
      counts.http500++;
      return new Response("oops", { status: 500 });
    }
    if (roll < 0.10) {
      counts.network++;
      return Promise.reject(new TypeError("connection reset"));
    }
    if (roll < 0.25) {
      counts.rateLimited++;
      return new Response("", { status: 429, headers: { "retry-after": "0" } });
    }
    return undefined;
  });
  return { counts, restore };
}

/** The purge's retry backoffs (budgeted_calls.ts: 250 and 1000 ms); the runner's own limits are longer. */
const BACKOFF_WAITS_MS = { from: 250, to: 1000 };

/**
 * Backoff waits pass in no time: each moves the process clock (which the purge's budget and
 * the emulator read) forward by its length and ends at once, so the run spends its budget as a
 * real one would, without sleeping through it. Always `restore()`.
 */
function skipBackoffWaits(clock: ShiftedClock): { restore(): void } {
  const real = globalThis.setTimeout;
  globalThis.setTimeout = ((fn: () => void, ms?: number) => {
    if (ms !== undefined && ms >= BACKOFF_WAITS_MS.from && ms <= BACKOFF_WAITS_MS.to) {
      clock.forward(ms);
      ms = 0;
    }
    return real(fn, ms);
  }) as typeof setTimeout;
  return {
    restore: () => {
      globalThis.setTimeout = real;
    },
  };
}

Deno.test("fault run: 200 expired reports, chat.delete limited and failing, each purged once", async () => {
  await withEmulator(async (emu) => {
    const sessions = [];
    for (let i = 0; i < REPORTS; i++) {
      const gone = i < GONE_CHANNEL_REPORTS;
      sessions.push(
        await seedReport(emu, {
          service: `svc-${String(i).padStart(3, "0")}`,
          ...(gone ? { channel: "C0NOSUCH01" } : {}),
        }, 600 + i),
      );
    }
    const faults = faultyFetch(prng(11));
    const clock = shiftProcessClock();
    const waits = skipBackoffWaits(clock);
    let sweeps = 0;
    try {
      for (; sweeps < MAX_SWEEPS; sweeps++) {
        const due = emu.state.datastoreItems("debug_sessions").filter((s) =>
          ["active", "purging", "purge_failed"].includes(String(s.status))
        );
        if (due.length === 0) break;
        const run = await runWorkflow(PurgeExpiredReportsWorkflow, {
          inputs: {},
          emulator: emu,
          env: { PURGE_TIME_BUDGET_SECONDS: "5" },
        });
        ok(run.ok, JSON.stringify(run.error));
      }
    } finally {
      waits.restore();
      clock.restore();
      faults.restore();
    }
    ok(sweeps < MAX_SWEEPS, "every report reached an end within the sweeps");
    ok(faults.counts.http500 + faults.counts.network > 0 && faults.counts.rateLimited > 0);

    const records = emu.state.datastoreItems("debug_sessions");
    strictEqual(records.length, REPORTS, "none lost");
    const byStatus: Record<string, number> = {};
    for (const r of records) byStatus[String(r.status)] = (byStatus[String(r.status)] ?? 0) + 1;
    deepStrictEqual(byStatus, {
      purged: REPORTS - GONE_CHANNEL_REPORTS,
      manual_delete: GONE_CHANNEL_REPORTS,
    });

    // One tombstone per purged report, none for the others.
    const services = tombstones(emu).map((m) => /`(svc-\d{3})`/.exec(m.text)?.[1]);
    strictEqual(services.length, REPORTS - GONE_CHANNEL_REPORTS);
    strictEqual(new Set(services).size, REPORTS - GONE_CHANNEL_REPORTS);
    for (const s of sessions.slice(0, GONE_CHANNEL_REPORTS)) ok(!services.includes(s.service));

    // Every purged report's message is gone.
    const live = new Set(
      emu.state.messages(DEBUG_CHANNEL).filter((m) => !m.deleted).map((m) => m.ts),
    );
    for (const s of sessions.slice(GONE_CHANNEL_REPORTS)) ok(!live.has(s.message_ts), s.service);

    const audits = emu.state.datastoreItems("audit_events").filter((e) =>
      e.action === "purge_report"
    );
    strictEqual(
      audits.filter((e) => e.outcome === "success").length,
      REPORTS - GONE_CHANNEL_REPORTS,
    );
    strictEqual(
      audits.filter((e) => String(e.detail).startsWith("manual_delete_needed")).length,
      GONE_CHANNEL_REPORTS,
    );
    ok(sweeps >= MAX_PURGE_ATTEMPTS, `${sweeps} sweeps`);
  });
});
