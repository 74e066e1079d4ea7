/**
 * The relay end to end, the way it runs in production: an Alertmanager notification → the relay
 * (served on loopback) → the webhook URL the emulator gave the "Debug from alert" trigger → the
 * workflow, run by the workflow runner with the real handlers → the report in the channel. Slack's
 * 429 and 5xx answers come from the emulator's webhook faults. And the relay's answers to bad
 * requests, before anything is sent.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { TEST_ALERT_SECRET } from "../functions/verify_alert/test_alert.ts";
import {
  type App,
  DEBUG_CHANNEL,
  ON_CALL_USER,
  withAlertApp,
} from "../workflows/debug_from_alert_harness.ts";
import { readRelayConfig, type RelayConfig } from "./config.ts";
import { createRelayHandler } from "./server.ts";
import { alertmanagerPayload, type TestAlert } from "./test_payload.ts";

function relayConfig(triggerUrl: string, extra: Record<string, unknown> = {}): RelayConfig {
  const read = readRelayConfig({
    trigger_url: triggerUrl,
    secret_env: "ALERT_SECRET",
    channel_id: DEBUG_CHANNEL,
    on_call_user_id: ON_CALL_USER,
    retry: { attempts: 3, base_delay_ms: 100, max_delay_ms: 5000 },
    ...extra,
  });
  if (!read.ok) throw new Error(read.problems.join("; "));
  return read.config;
}

interface Relayed {
  status: number;
  summary: { sent: number; failed: number; resolved_ignored: number; failures: string[] };
  /** The waits the relay asked for between attempts, in ms (not slept: the test goes on). */
  waits: number[];
}

/**
 * Serves a relay pointed at the app's webhook URL, POSTs `alerts` to it, stops it, and waits for
 * the workflow runs the webhook started.
 */
async function relay(app: App, alerts: TestAlert[], triggerUrl = app.webhookUrl): Promise<Relayed> {
  const waits: number[] = [];
  const handler = createRelayHandler(
    relayConfig(triggerUrl),
    { signingSecret: TEST_ALERT_SECRET },
    {
      fetch: globalThis.fetch,
      sleep: (ms) => {
        waits.push(ms);
        return Promise.resolve();
      },
      nowMs: Date.now,
    },
    () => {},
  );
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, handler);
  try {
    const response = await fetch(`http://127.0.0.1:${server.addr.port}/`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(alertmanagerPayload(alerts)),
    });
    const relayed = { status: response.status, summary: await response.json(), waits };
    await app.runs();
    return relayed;
  } finally {
    await server.shutdown();
  }
}

const firing = (service: string): TestAlert => ({ status: "firing", labels: { service } });
const resolved = (service: string): TestAlert => ({ status: "resolved", labels: { service } });

Deno.test("relay end to end: a firing alert becomes one scrubbed report in the channel; the resolved one in the group is ignored", async () => {
  await withAlertApp(async (app) => {
    const relayed = await relay(app, [firing("gateway"), resolved("checkout")]);
    strictEqual(relayed.status, 200);
    deepStrictEqual(
      [relayed.summary.sent, relayed.summary.failed, relayed.summary.resolved_ignored],
      [1, 0, 1],
    );
    const runs = await app.runs();
    strictEqual(runs.length, 1, "the resolved alert was not sent");
    ok(runs[0].ok, JSON.stringify(runs[0].error));
    deepStrictEqual(
      [runs[0].steps[1].inputs.service, runs[0].steps[1].inputs.environment],
      ["gateway", "production"],
    );
    ok(/^\d{4}-\d{2}-\d{2}T/.test(String(runs[0].steps[0].inputs.window)), "window from startsAt");
    strictEqual(app.posted().length, 1);
    ok(JSON.stringify(app.posted()).includes("[REDACTED:"), "the report is scrubbed");
    deepStrictEqual(app.verifications(), [["success", "verified:signature:1"]]);
  });
});

Deno.test("relay end to end: a grouped notification posts one report per firing service", async () => {
  await withAlertApp(async (app) => {
    const relayed = await relay(app, [firing("gateway"), firing("checkout"), resolved("gateway")]);
    deepStrictEqual([relayed.status, relayed.summary.sent], [200, 2]);
    const runs = await app.runs();
    deepStrictEqual(runs.map((run) => [run.ok, run.steps[1]?.inputs.service]), [
      [true, "gateway"],
      [true, "checkout"],
    ]);
    strictEqual(app.posted().length, 2);
    deepStrictEqual(app.verifications(), [
      ["success", "verified:signature:1"],
      ["success", "verified:signature:1"],
    ]);
  });
});

Deno.test("relay end to end: a resolved notification sends nothing and posts nothing", async () => {
  await withAlertApp(async (app) => {
    const relayed = await relay(app, [resolved("gateway"), resolved("checkout")]);
    deepStrictEqual([relayed.status, relayed.summary.sent, relayed.summary.resolved_ignored], [
      200,
      0,
      2,
    ]);
    deepStrictEqual(await app.runs(), []);
    strictEqual(app.posted().length, 0);
    deepStrictEqual(app.verifications(), []);
  });
});

Deno.test("relay end to end: Alertmanager repeating the group within the storm interval posts nothing more", async () => {
  await withAlertApp(async (app) => {
    strictEqual((await relay(app, [firing("gateway")])).summary.sent, 1);
    const repeat = await relay(app, [firing("gateway")]);
    strictEqual(repeat.status, 200, "Slack accepted the POST; the workflow counted it");
    strictEqual(app.posted().length, 1, "still one report");
    deepStrictEqual(app.verifications(), [
      ["success", "verified:signature:1"],
      ["refused", "storm_counted:1"],
    ]);
  });
});

Deno.test("relay end to end: Slack answering 429 with Retry-After is retried after that wait, with the same body; one report", async () => {
  await withAlertApp(async (app) => {
    app.emulator.webhooks.failNext(429, { retryAfterSeconds: 2 });
    const relayed = await relay(app, [firing("gateway")]);
    deepStrictEqual([relayed.status, relayed.summary.sent], [200, 1]);
    deepStrictEqual(relayed.waits, [2000], "Retry-After: 2 honoured");
    strictEqual(app.posted().length, 1);
    deepStrictEqual(app.verifications(), [["success", "verified:signature:1"]]);
  });
});

Deno.test("relay end to end: a Retry-After longer than max_delay_ms waits max_delay_ms", async () => {
  await withAlertApp(async (app) => {
    app.emulator.webhooks.failNext(429, { retryAfterSeconds: 3600 });
    const relayed = await relay(app, [firing("gateway")]);
    deepStrictEqual([relayed.status, relayed.summary.sent, relayed.waits], [200, 1, [5000]]);
    strictEqual(app.posted().length, 1);
  });
});

Deno.test("relay end to end: Slack answering 500 every time: backoff, then 502 so Alertmanager retries; nothing posted", async () => {
  await withAlertApp(async (app) => {
    app.emulator.webhooks.failNext(500, { times: 3 });
    const relayed = await relay(app, [firing("gateway")]);
    strictEqual(relayed.status, 502);
    deepStrictEqual([relayed.summary.sent, relayed.summary.failed], [0, 1]);
    ok(
      relayed.summary.failures[0].includes("HTTP 500 after 3 attempts"),
      relayed.summary.failures[0],
    );
    deepStrictEqual(relayed.waits, [100, 200], "exponential backoff between the 3 attempts");
    deepStrictEqual(await app.runs(), []);
    strictEqual(app.posted().length, 0);
    deepStrictEqual(app.verifications(), []);
  });
});

Deno.test("relay end to end: Slack answering 503 once is retried; one report", async () => {
  await withAlertApp(async (app) => {
    app.emulator.webhooks.failNext(503);
    const relayed = await relay(app, [firing("gateway")]);
    deepStrictEqual([relayed.status, relayed.summary.sent, relayed.waits], [200, 1, [100]]);
    strictEqual(app.posted().length, 1);
  });
});

Deno.test("relay end to end: a trigger URL that names no trigger (a typo, a deleted trigger) is final: one attempt, 502", async () => {
  await withAlertApp(async (app) => {
    const secret = app.webhookUrl.split("/").at(-1)!;
    const typo = app.webhookUrl.slice(0, -secret.length) + "0".repeat(secret.length);
    const relayed = await relay(app, [firing("gateway")], typo);
    strictEqual(relayed.status, 502);
    ok(
      relayed.summary.failures[0].includes("HTTP 404 after 1 attempt"),
      relayed.summary.failures[0],
    );
    deepStrictEqual(relayed.waits, [], "a 404 is not retried");
    deepStrictEqual(await app.runs(), []);
    strictEqual(app.posted().length, 0);
  });
});

Deno.test("relay: bad requests are refused before anything is sent; /healthz answers without the token", async () => {
  let calls = 0;
  const config = relayConfig("http://127.0.0.1:9/never", { max_body_bytes: 2048 });
  const handler = createRelayHandler(
    config,
    { signingSecret: TEST_ALERT_SECRET, inboundToken: "inbound-token-0123456789" },
    {
      fetch: () => {
        calls++;
        return Promise.resolve(new Response("{}"));
      },
      sleep: () => Promise.resolve(),
      nowMs: Date.now,
    },
    () => {},
  );
  const auth = { authorization: "Bearer inbound-token-0123456789" };
  const post = (body: string, headers: Record<string, string> = auth) =>
    handler(new Request("http://relay/", { method: "POST", body, headers }));
  strictEqual((await post("{}", {})).status, 401, "no bearer token");
  strictEqual((await post("{}", { authorization: "Bearer wrong" })).status, 401);
  strictEqual((await post("not json")).status, 400);
  strictEqual((await post(JSON.stringify({ status: "firing" }))).status, 400, "no alerts");
  strictEqual((await post("x".repeat(4096))).status, 413);
  strictEqual((await handler(new Request("http://relay/", { headers: auth }))).status, 405);
  const health = await handler(new Request("http://relay/healthz"));
  deepStrictEqual([health.status, await health.json()], [200, { ok: true }]);
  strictEqual(calls, 0);
});
