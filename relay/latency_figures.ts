/**
 * How long an alert takes to become a report, end to end on this machine: Alertmanager's POST to
 * the relay → the signed POST to the emulator's webhook trigger → "Debug from alert" (verify,
 * fetch from the sample log service, scrub, post) → the report in the channel. A benchmark, not
 * a test:
 *
 *   deno run --allow-read --allow-env --allow-net=127.0.0.1 relay/latency_figures.ts [alerts]
 *
 * Prints, over `alerts` runs (default 20, one at a time, the storm state cleared in between so
 * each alert posts): the relay's answer time (Slack accepted the POST) and the time to the
 * report, median, 90th percentile and maximum.
 */
import { ALERT_STORMS, stormKey } from "../datastores/alert_storm_records.ts";
import { TEST_ALERT_SECRET } from "../functions/verify_alert/test_alert.ts";
import { createSlackClient } from "../slack/web_api.ts";
import {
  DEBUG_CHANNEL,
  ON_CALL_USER,
  withAlertApp,
} from "../workflows/debug_from_alert_harness.ts";
import { readRelayConfig } from "./config.ts";
import { createRelayHandler } from "./server.ts";
import { alertmanagerPayload } from "./test_payload.ts";

const MAX_ALERTS = 500;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

function describe(label: string, ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const show = (value: number) => `${value.toFixed(0)} ms`;
  return `${label}: median ${show(percentile(sorted, 0.5))}, p90 ${
    show(percentile(sorted, 0.9))
  }, max ${show(sorted[sorted.length - 1])}`;
}

async function main(args: string[]): Promise<number> {
  const alerts = Number(args[0] ?? 20);
  if (!Number.isInteger(alerts) || alerts < 1 || alerts > MAX_ALERTS) {
    console.error(`Usage: relay/latency_figures.ts [alerts: 1 to ${MAX_ALERTS}]`);
    return 2;
  }
  await withAlertApp(async (app) => {
    const read = readRelayConfig({
      trigger_url: app.webhookUrl,
      secret_env: "UNUSED",
      channel_id: DEBUG_CHANNEL,
      on_call_user_id: ON_CALL_USER,
    });
    if (!read.ok) throw new Error(read.problems.join("; "));
    const handler = createRelayHandler(read.config, { signingSecret: TEST_ALERT_SECRET }, {
      fetch: globalThis.fetch,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      nowMs: Date.now,
    }, () => {});
    const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, handler);
    const client = createSlackClient({
      token: app.emulator.botToken,
      env: { SLACK_API_URL: app.emulator.url },
    });
    const accepted: number[] = [];
    const reported: number[] = [];
    try {
      for (let i = 0; i < alerts; i++) {
        await client.call("apps.datastore.delete", {
          datastore: ALERT_STORMS,
          id: stormKey(DEBUG_CHANNEL, "gateway"),
        });
        const before = app.posted().length;
        const start = performance.now();
        const response = await fetch(`http://127.0.0.1:${server.addr.port}/`, {
          method: "POST",
          body: JSON.stringify(
            alertmanagerPayload([{ status: "firing", labels: { service: "gateway" } }]),
          ),
        });
        await response.body?.cancel();
        accepted.push(performance.now() - start);
        await app.runs();
        reported.push(performance.now() - start);
        if (response.status !== 200 || app.posted().length !== before + 1) {
          throw new Error(
            `alert ${i + 1} did not become one report (relay HTTP ${response.status})`,
          );
        }
      }
    } finally {
      await server.shutdown();
    }
    console.log(`${alerts} alerts, one at a time, Alertmanager → relay → webhook → report:`);
    console.log(describe("  relay answered (Slack accepted the POST)", accepted));
    console.log(describe("  report in the channel", reported));
  }, { FETCH_RATE_PER_MINUTE: "1000" }); // one person's fetch rate would stop it at 10 a minute
  return 0;
}

if (import.meta.main) Deno.exit(await main(Deno.args));
