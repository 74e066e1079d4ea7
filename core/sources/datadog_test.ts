import { deepStrictEqual, ok, rejects, strictEqual } from "@node/assert";
import { fetchLogs } from "./fetch_logs.ts";
import { LogSourceError } from "./types.ts";
import { deps, oneSourceConfig, WINDOW, WINDOW_START_MS } from "./test_support.ts";
import {
  datadogError,
  type DatadogLog,
  datadogRoute,
  startFakeServer,
  withFaults,
} from "../../devkit/fake_backends/mod.ts";

const API_KEY = "dd_api_key_0123456789abcdef";
const APP_KEY = "dd_app_key_fedcba9876543210";
const at = (offsetMs: number) => new Date(WINDOW_START_MS + offsetMs).toISOString();

const SOURCE = {
  name: "dd",
  kind: "datadog",
  apiKeyEnv: "DD_API_KEY",
  appKeyEnv: "DD_APP_KEY",
  environments: ["prod"],
  pageSize: 2,
  services: { checkout: { service: "checkout" } },
};
const ENV = { DD_API_KEY: API_KEY, DD_APP_KEY: APP_KEY };
const REQUEST = { service: "checkout", environment: "prod", window: WINDOW };

const LOGS: DatadogLog[] = [
  {
    timestamp: at(100_000),
    message: "one",
    service: "checkout",
    env: "prod",
    status: "info",
    attributes: { http: { status_code: 200 } },
  },
  { timestamp: at(200_000), message: 'say "hi"', service: "checkout", env: "prod", status: "warn" },
  { timestamp: at(300_000), message: "three", service: "checkout", env: "prod", status: "error" },
  { timestamp: at(300_000), message: "other env", service: "checkout", env: "staging" },
  { timestamp: at(400_000), message: "other service", service: "billing", env: "prod" },
];

Deno.test("Datadog: exact request, cursor paging until meta.page.after is gone", async () => {
  const fake = await startFakeServer(datadogRoute(LOGS));
  try {
    const result = await fetchLogs(oneSourceConfig(SOURCE, fake.url), REQUEST, deps(ENV));
    deepStrictEqual(result.records.map((r) => [r.message, r.level]), [
      ["three", "error"],
      ['say "hi"', "warn"],
      ["one", "info"],
    ]);
    strictEqual(result.records[2].attributes.http, '{"status_code":200}');
    strictEqual(result.pages, 2);
    const [first, second] = fake.requests;
    strictEqual(first.method, "POST");
    strictEqual(first.path, "/api/v2/logs/events/search");
    strictEqual(first.headers["dd-api-key"], API_KEY);
    strictEqual(first.headers["dd-application-key"], APP_KEY);
    deepStrictEqual(JSON.parse(first.body), {
      filter: { query: "service:checkout env:prod", from: at(0), to: at(900_000) },
      sort: "-timestamp",
      page: { limit: 2 },
    });
    strictEqual(typeof JSON.parse(second.body).page.cursor, "string");
  } finally {
    await fake.stop();
  }
});

Deno.test("Datadog: meta.status timeout is partial; 429 with X-RateLimit headers is retried", async () => {
  const fake = await startFakeServer(
    withFaults([datadogError(429, "Too many requests")], datadogRoute(LOGS, { timeout: true })),
  );
  try {
    const result = await fetchLogs(
      oneSourceConfig({ ...SOURCE, pageSize: 10 }, fake.url),
      REQUEST,
      deps(ENV),
    );
    strictEqual(result.partial, "Datadog timed out and returned partial results");
    strictEqual(result.records.length, 3);
    strictEqual(fake.requests.length, 2);
  } finally {
    await fake.stop();
  }
});

Deno.test("Datadog: {errors:[…]} bodies become clear errors without the keys", async () => {
  const fake = await startFakeServer(withFaults([
    datadogError(403, "Forbidden"),
    datadogError(400, "Invalid query: unexpected token"),
  ], datadogRoute(LOGS)));
  try {
    const config = oneSourceConfig(SOURCE, fake.url);
    await rejects(fetchLogs(config, REQUEST, deps(ENV)), (e: LogSourceError) => {
      ok(!e.message.includes(API_KEY) && !e.message.includes(APP_KEY));
      return e.code === "auth" && /HTTP 403: Forbidden/.test(e.message);
    });
    await rejects(
      fetchLogs(config, REQUEST, deps(ENV)),
      (e: LogSourceError) => e.code === "bad_query" && /Invalid query/.test(e.message),
    );
  } finally {
    await fake.stop();
  }
});
