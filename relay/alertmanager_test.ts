/** Alertmanager's documented webhook payload shapes (version 4), mapped to alert requests. */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { AlertmanagerPayloadSchema, mapAlerts, windowFor } from "./alertmanager.ts";
import { readRelayConfig, type RelayConfig } from "./config.ts";

const NOW = Date.parse("2026-12-04T12:00:00Z");

function config(extra: Record<string, unknown> = {}): RelayConfig {
  const read = readRelayConfig({
    trigger_url: "https://hooks.slack.com/triggers/T1/123/abc",
    secret_env: "ALERT_SECRET",
    channel_id: "C05PRODDBG1",
    on_call_user_id: "U05ONCALL01",
    ...extra,
  });
  if (!read.ok) throw new Error(read.problems.join("; "));
  return read.config;
}

function alert(status: "firing" | "resolved", labels: Record<string, string>, startsAt: string) {
  return {
    status,
    labels: { alertname: "HighErrorRate", ...labels },
    annotations: { summary: "5xx above 5%" },
    startsAt,
    endsAt: status === "resolved" ? "2026-12-04T11:58:00Z" : "0001-01-01T00:00:00Z",
    generatorURL: "http://prometheus:9090/graph?g0.expr=...",
    fingerprint: "c4d3f2a1b0e9d8c7",
  };
}

function payload(status: "firing" | "resolved", alerts: unknown[]) {
  return AlertmanagerPayloadSchema.parse({
    version: "4",
    groupKey: '{}:{alertname="HighErrorRate"}',
    truncatedAlerts: 0,
    status,
    receiver: "safe-debug",
    groupLabels: { alertname: "HighErrorRate" },
    commonLabels: { alertname: "HighErrorRate" },
    commonAnnotations: {},
    externalURL: "http://alertmanager:9093",
    alerts,
  });
}

Deno.test("a firing alert maps to service, environment and a window from startsAt minus the lookback", () => {
  const mapped = mapAlerts(
    payload("firing", [
      alert("firing", { service: "gateway", env: "staging" }, "2026-12-04T11:50:00Z"),
    ]),
    config(),
    NOW,
  );
  deepStrictEqual(mapped, {
    requests: [{
      service: "gateway",
      environment: "staging",
      window: "2026-12-04T11:35:00.000Z",
      filter: "",
      channel_id: "C05PRODDBG1",
      on_call_user_id: "U05ONCALL01",
    }],
    resolved: 0,
    unmapped: 0,
    dropped: 0,
  });
});

Deno.test("a resolved notification sends nothing", () => {
  const mapped = mapAlerts(
    payload("resolved", [alert("resolved", { service: "gateway" }, "2026-12-04T11:50:00Z")]),
    config(),
    NOW,
  );
  deepStrictEqual([mapped.requests.length, mapped.resolved], [0, 1]);
});

Deno.test("a grouped notification sends each firing alert; labels chosen by the config", () => {
  const mapped = mapAlerts(
    payload("firing", [
      alert("firing", { job: "checkout" }, "2026-12-04T11:55:00Z"),
      alert("resolved", { service: "auth" }, "2026-12-04T11:00:00Z"),
      alert(
        "firing",
        { service: "gateway", slack_channel: "C05OTHER01", grep: "timeout" },
        "2026-12-04T11:59:00Z",
      ),
      alert("firing", { instance: "10.0.0.1:9100" }, "2026-12-04T11:59:00Z"),
    ]),
    config({ labels: { channel_id: ["slack_channel"], filter: ["grep"] } }),
    NOW,
  );
  deepStrictEqual(mapped.requests.map((r) => [r.service, r.environment, r.channel_id, r.filter]), [
    ["checkout", "production", "C05PRODDBG1", ""],
    ["gateway", "production", "C05OTHER01", "timeout"],
  ]);
  deepStrictEqual([mapped.resolved, mapped.unmapped], [1, 1]);
});

Deno.test("the window never exceeds max_window_minutes; a missing or future startsAt reads the lookback", () => {
  const c = config({ lookback_minutes: 15, max_window_minutes: 60 });
  strictEqual(windowFor("2026-12-03T00:00:00Z", c, NOW), "2026-12-04T11:00:00.000Z");
  strictEqual(windowFor(undefined, c, NOW), "2026-12-04T11:45:00.000Z");
  strictEqual(windowFor("2027-01-01T00:00:00Z", c, NOW), "2026-12-04T11:45:00.000Z");
  strictEqual(windowFor("not a time", c, NOW), "2026-12-04T11:45:00.000Z");
});

Deno.test("alerts past max_alerts_per_request are counted, not sent", () => {
  const alerts = Array.from(
    { length: 5 },
    (_, i) => alert("firing", { service: `s${i}` }, "2026-12-04T11:59:00Z"),
  );
  const mapped = mapAlerts(payload("firing", alerts), config({ max_alerts_per_request: 3 }), NOW);
  deepStrictEqual([mapped.requests.length, mapped.dropped], [3, 2]);
});
