/**
 * Test handler: fetch_logs over one source of each backend kind, named after its kind. Each
 * source reads its base URL from `<KIND>_URL` and its credentials from the env, so a test points
 * it at a loopback fake. Fast retries and a short budget keep the failure tests quick.
 */
import { loadSourcesConfig } from "../../../core/sources/mod.ts";
import { EVERY_BACKEND } from "../../../core/sources/every_backend.ts";
import { createFetchLogsHandler } from "../fetch_logs.ts";

const common = {
  environments: ["prod"],
  requestTimeoutMs: 500,
  retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
};

const config = loadSourcesConfig({
  backends: EVERY_BACKEND,
  defaultSource: "generic_json",
  // Datadog and CloudWatch have a default host; the env URL replaces it, so it is never contacted.
  allowedHosts: ["127.0.0.1", "api.datadoghq.com", "logs.eu-west-1.amazonaws.com"],
  fetchBudgetMs: 5000,
  sources: [
    {
      ...common,
      name: "loki",
      kind: "loki",
      baseUrlEnv: "LOKI_URL",
      auth: { type: "basic", userEnv: "LOKI_USER", passwordEnv: "LOKI_TOKEN" },
      environmentLabel: "env",
      services: { checkout: { labels: { service_name: "checkout" } } },
    },
    {
      ...common,
      name: "elasticsearch",
      kind: "elasticsearch",
      baseUrlEnv: "ELASTICSEARCH_URL",
      auth: { type: "apikey", apiKeyEnv: "ES_API_KEY" },
      environmentField: "service.environment",
      services: { checkout: { index: "logs-*", field: "service.name", value: "checkout" } },
    },
    {
      ...common,
      name: "datadog",
      kind: "datadog",
      baseUrlEnv: "DATADOG_URL",
      apiKeyEnv: "DD_API_KEY",
      appKeyEnv: "DD_APP_KEY",
      services: { checkout: { service: "checkout" } },
    },
    {
      ...common,
      name: "cloudwatch",
      kind: "cloudwatch",
      baseUrlEnv: "CLOUDWATCH_URL",
      region: "eu-west-1",
      accessKeyIdEnv: "CW_ACCESS_KEY_ID",
      secretAccessKeyEnv: "CW_SECRET_ACCESS_KEY",
      services: { checkout: { logGroupName: "/ecs/{environment}/checkout" } },
    },
    {
      ...common,
      name: "clickhouse",
      kind: "clickhouse",
      baseUrlEnv: "CLICKHOUSE_URL",
      auth: { type: "basic", userEnv: "CH_USER", passwordEnv: "CH_PASSWORD" },
      mode: "params",
      table: "logs.app",
      columns: { timeNs: "ts_ns", message: "message", service: "service", level: "level" },
      services: { checkout: { value: "checkout" } },
    },
    {
      ...common,
      name: "generic_json",
      kind: "generic_json",
      baseUrlEnv: "GENERIC_JSON_URL",
      auth: { type: "bearer", tokenEnv: "GENERIC_JSON_TOKEN" },
      pathTemplate: "/logs?service={service}&start={start}&end={end}&limit={limit}",
      itemsPath: "/items",
      fields: { timestamp: "/ts", message: "/msg", level: "/level" },
      services: { checkout: { value: "checkout" } },
    },
  ],
});

export default createFetchLogsHandler(config);
