/**
 * The relay end to end: an Alertmanager payload → the relay (served on loopback) → a stand-in for
 * Slack's webhook trigger URL, which maps the body's fields to the workflow's inputs as the
 * trigger file says and runs "Debug from alert" with the workflow runner against the emulator →
 * the report in the channel. And the relay's answers to bad requests and a failing Slack.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { startSampleLogService } from "../devkit/sample_logs/mod.ts";
import { startSlackEmulator } from "../devkit/slack_emulator/mod.ts";
import { runWorkflow } from "../devkit/workflow_runner/mod.ts";
import { DATASTORES } from "../datastores/mod.ts";
import debugFromAlertWebhook from "../triggers/debug_from_alert_webhook.ts";
import { DebugFromAlertWorkflow } from "../workflows/debug_from_alert.ts";
import { TEST_ALERT_SECRET, testAlertEnv } from "../functions/verify_alert/test_alert.ts";
import { readRelayConfig, type RelayConfig } from "./config.ts";
import { createRelayHandler } from "./server.ts";

const CHANNEL = "C05PRODDBG1";
const ON_CALL = "U05ONCALL01";

function relayConfig(triggerUrl: string, extra: Record<string, unknown> = {}): RelayConfig {
  const read = readRelayConfig({
    trigger_url: triggerUrl,
    secret_env: "ALERT_SECRET",
    channel_id: CHANNEL,
    on_call_user_id: ON_CALL,
    retry: { attempts: 3, base_delay_ms: 1, max_delay_ms: 5 },
    ...extra,
  });
  if (!read.ok) throw new Error(read.problems.join("; "));
  return read.config;
}

/** The workflow inputs a webhook trigger gives for `body`: `{{data.x}}` → body.x. */
function triggerInputs(body: Record<string, unknown>): Record<string, unknown> {
  const inputs: Record<string, unknown> = {};
  for (const [name, input] of Object.entries(debugFromAlertWebhook.inputs ?? {})) {
    const field = /^\{\{data\.([a-z_]+)\}\}$/.exec((input as { value: string }).value)?.[1];
    if (field && body[field] !== undefined) inputs[name] = body[field];
  }
  return inputs;
}

function serve(handler: (request: Request) => Promise<Response> | Response) {
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, handler);
  return { url: `http://127.0.0.1:${server.addr.port}/`, stop: () => server.shutdown() };
}

function alertmanagerPayload(alerts: { status: string; labels: Record<string, string> }[]) {
  return {
    version: "4",
    groupKey: '{}:{alertname="HighErrorRate"}',
    truncatedAlerts: 0,
    status: alerts.some((a) => a.status === "firing") ? "firing" : "resolved",
    receiver: "safe-debug",
    groupLabels: { alertname: "HighErrorRate" },
    commonLabels: { alertname: "HighErrorRate" },
    commonAnnotations: {},
    externalURL: "http://alertmanager:9093",
    alerts: alerts.map((alert) => ({
      ...alert,
      annotations: {},
      startsAt: new Date(Date.now() - 60_000).toISOString(),
      endsAt: "0001-01-01T00:00:00Z",
      generatorURL: "http://prometheus:9090/graph",
      fingerprint: "0123456789abcdef",
    })),
  };
}

const DEPS = {
  fetch: globalThis.fetch,
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
  nowMs: Date.now,
};

Deno.test("relay end to end: a firing Alertmanager alert becomes one scrubbed report in the channel", async () => {
  const emulator = await startSlackEmulator({
    datastores: DATASTORES.map((datastore) => datastore.definition),
    logFile: false,
  });
  const logs = await startSampleLogService();
  const env = {
    SAMPLE_LOGS_URL: logs.url,
    SAMPLE_LOGS_TOKEN: logs.token,
    DEBUG_CHANNEL_IDS: CHANNEL,
    ADMIN_USER_IDS: "U05ONCALL01,U05ONCALL02",
    ...testAlertEnv(["gateway"]),
  };
  const runs: Awaited<ReturnType<typeof runWorkflow>>[] = [];
  const slack = await serve(async (request) => {
    const body = await request.json();
    runs.push(
      await runWorkflow(DebugFromAlertWorkflow, { inputs: triggerInputs(body), emulator, env }),
    );
    return Response.json({ ok: true });
  });
  const relay = await serve(
    createRelayHandler(
      relayConfig(slack.url),
      { signingSecret: TEST_ALERT_SECRET },
      DEPS,
      () => {},
    ),
  );
  try {
    const response = await fetch(relay.url, {
      method: "POST",
      body: JSON.stringify(alertmanagerPayload([
        { status: "firing", labels: { alertname: "HighErrorRate", service: "gateway" } },
        { status: "resolved", labels: { alertname: "HighErrorRate", service: "checkout" } },
      ])),
    });
    strictEqual(response.status, 200);
    const summary = await response.json();
    deepStrictEqual([summary.sent, summary.failed, summary.resolved_ignored], [1, 0, 1]);
    strictEqual(runs.length, 1, "the resolved alert was not sent");
    ok(runs[0].ok, JSON.stringify(runs[0].error));
    strictEqual(runs[0].steps[0].inputs.environment, "production");
    ok(/^\d{4}-\d{2}-\d{2}T/.test(String(runs[0].steps[0].inputs.window)), "window from startsAt");
    const posted = emulator.state.messages(CHANNEL).filter((m: { bot_id?: string }) => m.bot_id);
    strictEqual(posted.length, 1);
    ok(JSON.stringify(posted).includes("[REDACTED:"), "the report is scrubbed");
  } finally {
    await relay.stop();
    await slack.stop();
    await logs.stop();
    await emulator.stop();
  }
});

Deno.test("relay: a Slack URL answering 500 is retried, then the relay answers 502 so Alertmanager retries", async () => {
  let calls = 0;
  const slack = await serve(() => {
    calls++;
    return new Response("oops", { status: 500 });
  });
  const relay = await serve(
    createRelayHandler(
      relayConfig(slack.url),
      { signingSecret: TEST_ALERT_SECRET },
      DEPS,
      () => {},
    ),
  );
  try {
    const response = await fetch(relay.url, {
      method: "POST",
      body: JSON.stringify(
        alertmanagerPayload([{ status: "firing", labels: { service: "gateway" } }]),
      ),
    });
    strictEqual(response.status, 502);
    const summary = await response.json();
    deepStrictEqual([summary.sent, summary.failed], [0, 1]);
    ok(summary.failures[0].includes("HTTP 500 after 3 attempts"), summary.failures[0]);
    strictEqual(calls, 3);
  } finally {
    await relay.stop();
    await slack.stop();
  }
});

Deno.test("relay: a Slack URL answering 429 then 200 delivers once", async () => {
  const statuses = [429, 200];
  let calls = 0;
  const slack = await serve(() =>
    new Response("{}", { status: statuses[calls++] ?? 200, headers: { "retry-after": "0" } })
  );
  const relay = await serve(
    createRelayHandler(
      relayConfig(slack.url),
      { signingSecret: TEST_ALERT_SECRET },
      DEPS,
      () => {},
    ),
  );
  try {
    const response = await fetch(relay.url, {
      method: "POST",
      body: JSON.stringify(
        alertmanagerPayload([{ status: "firing", labels: { service: "gateway" } }]),
      ),
    });
    strictEqual(response.status, 200);
    await response.body?.cancel();
    strictEqual(calls, 2);
  } finally {
    await relay.stop();
    await slack.stop();
  }
});

Deno.test("relay: bad requests are refused before anything is sent", async () => {
  let calls = 0;
  const config = relayConfig("http://127.0.0.1:9/never", { max_body_bytes: 2048 });
  const handler = createRelayHandler(
    config,
    { signingSecret: TEST_ALERT_SECRET, inboundToken: "inbound-token-0123456789" },
    {
      ...DEPS,
      fetch: () => {
        calls++;
        return Promise.resolve(new Response("{}"));
      },
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
  strictEqual(calls, 0);
});
