/**
 * Safe Debug's log sources. Non-secret settings only: secrets are named here by env var and read
 * from the Slack function's env (`slack env add NAME value`; `.env` locally).
 *
 * The default source is the sample log service (devkit/sample_logs), which runs on a random
 * loopback port: its URL and token come from SAMPLE_LOGS_URL and SAMPLE_LOGS_TOKEN.
 * Every non-loopback host in allowedHosts becomes one of the manifest's outgoingDomains.
 */
import { loadSourcesConfig } from "../core/sources/mod.ts";
import { SAMPLE_LOGS_TOKEN_ENV, SAMPLE_LOGS_URL_ENV } from "../devkit/sample_logs/env_names.ts";

export default loadSourcesConfig({
  defaultSource: "sample",
  allowedHosts: [
    "127.0.0.1",
    // "loki.example.com",
    // "logs.es.example.com",
    // "api.datadoghq.eu",
    // "clickhouse.example.com",
    // "logs.eu-west-1.amazonaws.com",
  ],
  // At most 8000 ms: fetch_logs scrubs after fetching, inside Slack's 15 s (`slack run`).
  fetchBudgetMs: 8000,
  sources: [
    {
      name: "sample",
      kind: "generic_json",
      baseUrlEnv: SAMPLE_LOGS_URL_ENV,
      auth: { type: "bearer", tokenEnv: SAMPLE_LOGS_TOKEN_ENV },
      environments: ["production", "staging"],
      defaultWindow: "15m",
      maxWindow: "24h",
      maxLines: 300,
      maxBytes: 200_000,
      pageSize: 100,
      pathTemplate:
        "/v1/logs?service={service}&environment={environment}&start={start}&end={end}&limit={limit}",
      timeFormat: "rfc3339",
      itemsPath: "/items",
      fields: {
        timestamp: "/timestamp",
        message: "/message",
        level: "/level",
        attributes: { host: "/attributes/host", trace_id: "/attributes/trace_id" },
      },
      paging: { type: "cursor", cursorPath: "/next_cursor", cursorParam: "cursor" },
      services: {
        checkout: { value: "checkout" },
        auth: { value: "auth" },
        gateway: { value: "gateway" },
        billing: { value: "billing" },
      },
    },
    // Grafana Loki (basic auth as Grafana Cloud uses it; X-Scope-OrgID for multi-tenant Loki):
    // {
    //   name: "loki", kind: "loki", baseUrl: "https://loki.example.com",
    //   auth: { type: "basic", userEnv: "LOKI_USER", passwordEnv: "LOKI_TOKEN" },
    //   orgId: "team-a", environmentLabel: "env", environments: ["prod", "staging"],
    //   services: { checkout: { labels: { service_name: "checkout" } } },
    // },
    // Elasticsearch / OpenSearch (ApiKey = the base64 "encoded" value ES returns):
    // {
    //   name: "es", kind: "elasticsearch", baseUrl: "https://logs.es.example.com",
    //   auth: { type: "apikey", apiKeyEnv: "ES_API_KEY" }, environments: ["prod"],
    //   environmentField: "service.environment", tiebreakerField: "event.id",
    //   attributeFields: ["host.name", "trace.id"],
    //   services: { checkout: { index: "logs-*", field: "service.name", value: "checkout" } },
    // },
    // Datadog (EU site; host api.datadoghq.eu must be in allowedHosts):
    // {
    //   name: "datadog", kind: "datadog", site: "datadoghq.eu",
    //   apiKeyEnv: "DD_API_KEY", appKeyEnv: "DD_APP_KEY", environments: ["prod"],
    //   services: { checkout: { service: "checkout" } },
    // },
    // ClickHouse (use mode "literals" for servers without query parameters, e.g. 18.x):
    // {
    //   name: "clickhouse", kind: "clickhouse", baseUrl: "https://clickhouse.example.com:8443",
    //   auth: { type: "basic", userEnv: "CH_USER", passwordEnv: "CH_PASSWORD" }, mode: "params",
    //   table: "logs.app", environments: ["prod"],
    //   columns: { timeNs: "ts_ns", message: "message", service: "service", level: "level",
    //              environment: "env", attributes: ["host"] },
    //   services: { checkout: { value: "checkout" } },
    // },
    // AWS CloudWatch Logs (SigV4; a read-only IAM user or role with logs:FilterLogEvents):
    // {
    //   name: "cloudwatch", kind: "cloudwatch", region: "eu-west-1",
    //   accessKeyIdEnv: "AWS_ACCESS_KEY_ID", secretAccessKeyEnv: "AWS_SECRET_ACCESS_KEY",
    //   environments: ["prod"],
    //   services: { checkout: { logGroupName: "/ecs/{environment}/checkout" } },
    // },
  ],
});
