/**
 * Test support: an Alertmanager webhook notification (version 4) as Alertmanager sends it, for
 * the given alerts (`status` and `labels`; started a minute ago). Test code only.
 */
export interface TestAlert {
  status: "firing" | "resolved";
  labels: Record<string, string>;
}

export function alertmanagerPayload(alerts: TestAlert[], nowMs = Date.now()) {
  return {
    version: "4",
    groupKey: '{}:{alertname="HighErrorRate"}',
    truncatedAlerts: 0,
    status: alerts.some((alert) => alert.status === "firing") ? "firing" : "resolved",
    receiver: "safe-debug",
    groupLabels: { alertname: "HighErrorRate" },
    commonLabels: { alertname: "HighErrorRate" },
    commonAnnotations: {},
    externalURL: "http://alertmanager:9093",
    alerts: alerts.map((alert, index) => ({
      status: alert.status,
      labels: { alertname: "HighErrorRate", ...alert.labels },
      annotations: { summary: "5xx above 5%" },
      startsAt: new Date(nowMs - 60_000).toISOString(),
      endsAt: alert.status === "resolved" ? new Date(nowMs).toISOString() : "0001-01-01T00:00:00Z",
      generatorURL: "http://prometheus:9090/graph?g0.expr=rate",
      fingerprint: `0123456789abcd${String(index).padStart(2, "0")}`,
    })),
  };
}
