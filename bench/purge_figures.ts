/**
 * Figures for the README: purging N expired channel reports with the hourly sweep against the
 * Slack emulator, with chat.delete held to Tier 3 (50 calls in any 60 s, else HTTP 429 with the
 * Retry-After until a slot frees; the emulator itself does not enforce tiers, so this wraps
 * fetch). Waits pass on a virtual clock, so the figures take seconds, not hours. Prints, per N:
 * Web API calls per purged report, sweeps needed, and per sweep the real wall time and the
 * budget time it spent (mostly waiting out 429s), and how long from the first run until the last
 * report is purged when each stopped run's follow-up comes a minute later.
 *
 *   deno run -A bench/purge_figures.ts 100 1000
 */
import { SlackFunctionTester } from "deno-slack-sdk";
import { DATASTORES } from "../datastores/mod.ts";
import { startSlackEmulator } from "../devkit/slack_emulator/mod.ts";
import {
  createPurgeReportsHandler,
  DEFAULT_BUDGET_SECONDS,
} from "../functions/purge_reports/handler.ts";

const TIER3_PER_MINUTE = 50;
const MAX_SWEEPS = 400;
const { createContext } = SlackFunctionTester("purge_reports");

async function figuresFor(n: number) {
  const emu = await startSlackEmulator({
    datastores: DATASTORES.map((d) => d.definition),
    logFile: false,
  });
  let virtualMs = 0;
  const now = () => Date.now() + virtualMs;
  const realFetch = globalThis.fetch;
  const deletes: number[] = [];
  let calls = 0;
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    calls++;
    if (url.endsWith("/chat.delete")) {
      while (deletes.length > 0 && deletes[0] <= now() - 60_000) deletes.shift();
      if (deletes.length >= TIER3_PER_MINUTE) {
        const wait = Math.ceil((deletes[0] + 60_000 - now()) / 1000);
        return Promise.resolve(
          new Response("", { status: 429, headers: { "retry-after": String(wait) } }),
        );
      }
      deletes.push(now());
    }
    return realFetch(input, init);
  };
  const api = async (method: string, args: Record<string, unknown>) =>
    await (await realFetch(emu.url + method, {
      method: "POST",
      headers: { authorization: `Bearer ${emu.botToken}`, "content-type": "application/json" },
      body: JSON.stringify(args),
    })).json();
  try {
    const t = Math.floor(Date.now() / 1000);
    const items = [];
    for (let i = 0; i < n; i++) {
      const posted = await api("chat.postMessage", { channel: "C05PRODDBG1", text: `r${i}` });
      items.push({
        id: `s${i}`,
        requester: "U05ONCALL01",
        channel: "C05PRODDBG1",
        message_ts: posted.ts,
        delivery: "channel",
        service: "checkout",
        environment: "production",
        window_start: t - 7200,
        window_end: t - 3600,
        created_at: t - 4200,
        expires_at: t - 600,
        status: "active",
        purge_after: t + 86_400,
        trigger_id: "",
      });
    }
    for (let i = 0; i < items.length; i += 25) {
      await api("apps.datastore.bulkPut", {
        datastore: "debug_sessions",
        items: items.slice(i, i + 25),
      });
    }
    const handler = createPurgeReportsHandler({
      now,
      sleep: (ms) => {
        virtualMs += ms;
        return Promise.resolve();
      },
    });
    calls = 0;
    let purged = 0;
    let elapsedMs = 0;
    let lastRunStartMs = 0;
    const sweeps: { realMs: number; budgetMs: number; purged: number }[] = [];
    while (purged < n && sweeps.length < MAX_SWEEPS) {
      lastRunStartMs = elapsedMs;
      const startReal = performance.now();
      const startVirtual = now();
      const result = await handler(createContext({
        inputs: {},
        env: { SLACK_API_URL: emu.url },
        token: emu.botToken,
      }));
      if (!result.outputs) throw new Error(result.error);
      purged += result.outputs.purged;
      sweeps.push({
        realMs: performance.now() - startReal,
        budgetMs: now() - startVirtual,
        purged: result.outputs.purged,
      });
      // The next run: the follow-up a stopped run schedules (FOLLOW_UP_MIN_SECONDS, or the
      // Retry-After if longer), else the next hourly sweep.
      const followUps = await api("workflows.triggers.list", {});
      const pending = (followUps.triggers as { id: string }[]).length;
      for (const t of followUps.triggers as { id: string }[]) {
        await api("workflows.triggers.delete", { trigger_id: t.id });
      }
      const gapMs = pending > 0 ? 61_000 : 3600_000;
      virtualMs += gapMs;
      elapsedMs += gapMs;
    }
    const real = sweeps.map((s) => s.realMs);
    return {
      n,
      purged,
      callsPerReport: (calls / purged).toFixed(1),
      sweeps: sweeps.length,
      perSweepPurged: sweeps[0].purged,
      realMsPerSweep: (real.reduce((a, b) => a + b, 0) / real.length).toFixed(0),
      budgetSecondsPerSweep: (sweeps[0].budgetMs / 1000).toFixed(1),
      minutesToPurgeAll: (lastRunStartMs / 60_000).toFixed(1),
    };
  } finally {
    globalThis.fetch = realFetch;
    await emu.stop();
  }
}

if (import.meta.main) {
  const sizes = Deno.args.length > 0 ? Deno.args.map(Number) : [100, 1000];
  console.log(
    `Tier 3 for chat.delete (${TIER3_PER_MINUTE}/min), budget ${DEFAULT_BUDGET_SECONDS} s`,
  );
  for (const n of sizes) console.log(JSON.stringify(await figuresFor(n)));
}
