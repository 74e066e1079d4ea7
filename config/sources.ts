/**
 * START HERE for a real deployment: the log sources your team's Safe Debug reads
 * (see README, "Configure your sources"). Until one is configured, fetch_logs refuses and says so.
 *
 * 1. Uncomment your backend's import below and its name in `backends`: fetch_logs is bundled
 *    with the backends listed there and no others (a source of another kind is refused at load,
 *    saying which import to add).
 * 2. Uncomment the example for your backend below (one per backend; each is checked by
 *    config/sources_test.ts) and change its names, URL and services to yours.
 * 3. Uncomment its host in `allowedHosts`: every host a source contacts must be listed there, and
 *    each becomes one of the manifest's `outgoingDomains` (Slack allows at most 10).
 * 4. Secrets are only NAMED here (…Env): give them to the deployed app with
 *    `slack env add NAME value` (`.env` under `slack run`; see `.env.example`).
 *
 * Validated at load (`deno task manifest` shows the first bad field) and by `slack deploy`'s build
 * before anything is bundled, so a bad config never deploys; `defaultSource` is the first source
 * unless you name another. Non-secret settings only: this file is committed.
 * The demo, the tests and `slack run` add the sample log service themselves
 * (devkit/sample_logs/source.ts): it is never part of this file. Which services are sensitive or
 * have their own channels is config/service_rules.ts.
 */
import { defineSources } from "./define_sources.ts";
// import { loki } from "../core/sources/loki.ts";
// import { elasticsearch } from "../core/sources/elasticsearch.ts";
// import { datadog } from "../core/sources/datadog.ts";
// import { clickhouse } from "../core/sources/clickhouse.ts";
// import { cloudwatch } from "../core/sources/cloudwatch.ts";
// import { genericJson } from "../core/sources/generic_json.ts";

export default defineSources({
  // The backends of your sources, each imported above: only these are bundled.
  backends: [
    // loki,
    // elasticsearch,
    // datadog,
    // clickhouse,
    // cloudwatch,
    // genericJson,
  ],
  // The source a request uses when it names none (default: the first below).
  // defaultSource: "loki",
  allowedHosts: [
    // "loki.example.com",
    // "logs.es.example.com",
    // "api.datadoghq.eu",
    // "clickhouse.example.com",
    // "logs.eu-west-1.amazonaws.com",
    // "logs.internal.example.com",
  ],
  // At most 8000 ms: fetch_logs scrubs after fetching, inside Slack's 15 s (`slack run`).
  fetchBudgetMs: 8000,
  sources: [
    // Grafana Loki (basic auth as Grafana Cloud uses it; orgId is sent as X-Scope-OrgID for
    // multi-tenant Loki; environmentLabel is the label that carries the environment):
    // {
    //   name: "loki", kind: "loki", baseUrl: "https://loki.example.com",
    //   auth: { type: "basic", userEnv: "LOKI_USER", passwordEnv: "LOKI_TOKEN" }, orgId: "team-a",
    //   environmentLabel: "env", environments: ["prod"],
    //   services: { checkout: { labels: { service_name: "checkout" } } },
    // },
    // Elasticsearch / OpenSearch (ApiKey: the base64 "encoded" value ES returns; tiebreakerField:
    // a keyword field with unique values, for paging):
    // {
    //   name: "es", kind: "elasticsearch", baseUrl: "https://logs.es.example.com",
    //   auth: { type: "apikey", apiKeyEnv: "ES_API_KEY" }, environments: ["prod"],
    //   environmentField: "service.environment", tiebreakerField: "event.id",
    //   services: { checkout: { index: "logs-*", field: "service.name", value: "checkout" } },
    // },
    // Datadog (the API host is api.<site>: api.datadoghq.eu must be in allowedHosts; the
    // application key needs logs_read_data):
    // {
    //   name: "datadog", kind: "datadog", site: "datadoghq.eu", apiKeyEnv: "DD_API_KEY",
    //   appKeyEnv: "DD_APP_KEY", environments: ["prod"],
    //   services: { checkout: { service: "checkout" } },
    // },
    // ClickHouse over HTTPS (mode "literals" for servers without query parameters, such as 18.x;
    // timeNs is a UInt64 column of nanoseconds since the epoch; a read-only user):
    // {
    //   name: "clickhouse", kind: "clickhouse", baseUrl: "https://clickhouse.example.com:8443",
    //   auth: { type: "basic", userEnv: "CH_USER", passwordEnv: "CH_PASSWORD" }, mode: "params",
    //   table: "logs.app", environments: ["prod"],
    //   columns: {
    //     timeNs: "ts_ns", message: "message", service: "service", level: "level",
    //     environment: "env",
    //   },
    //   services: { checkout: { value: "checkout" } },
    // },
    // AWS CloudWatch Logs (SigV4; an identity allowed logs:FilterLogEvents only; the host is
    // logs.<region>.amazonaws.com; {environment} is replaced by the requested environment):
    // {
    //   name: "cloudwatch", kind: "cloudwatch", region: "eu-west-1",
    //   accessKeyIdEnv: "AWS_ACCESS_KEY_ID", secretAccessKeyEnv: "AWS_SECRET_ACCESS_KEY",
    //   environments: ["prod"],
    //   services: { checkout: { logGroupName: "/ecs/{environment}/checkout" } },
    // },
    // Generic JSON HTTP (your own log API: a path template, where the items are, which fields
    // hold what, how to page; devkit/sample_logs/source.ts is a complete one):
    // {
    //   name: "internal", kind: "generic_json", baseUrl: "https://logs.internal.example.com",
    //   auth: { type: "bearer", tokenEnv: "LOGS_TOKEN" }, environments: ["prod"],
    //   pathTemplate:
    //     "/v1/logs?service={service}&env={environment}&from={start}&to={end}&limit={limit}",
    //   itemsPath: "/items", fields: { timestamp: "/ts", message: "/msg", level: "/level" },
    //   paging: { type: "cursor", cursorPath: "/next", cursorParam: "cursor" },
    //   services: { checkout: { value: "checkout" } },
    // },
  ],
});
