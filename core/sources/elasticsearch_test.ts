import { deepStrictEqual, rejects, strictEqual } from "@node/assert";
import { fetchLogs } from "./fetch_logs.ts";
import { readField } from "./elasticsearch.ts";
import { LogSourceError } from "./types.ts";
import { deps, oneSourceConfig, WINDOW, WINDOW_START_MS } from "./test_support.ts";
import {
  elasticError,
  elasticsearchRoute,
  startFakeServer,
  withFaults,
} from "../../devkit/fake_backends/mod.ts";

const KEY = "VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==";
const at = (offsetMs: number) => new Date(WINDOW_START_MS + offsetMs).toISOString();

const SOURCE = {
  name: "es",
  kind: "elasticsearch",
  auth: { type: "apikey", apiKeyEnv: "ES_API_KEY" },
  environments: ["prod"],
  environmentField: "service.environment",
  tiebreakerField: "event.id",
  attributeFields: ["host.name"],
  pageSize: 2,
  services: { checkout: { index: "logs-*", field: "service.name", value: "checkout" } },
};
const ENV = { ES_API_KEY: KEY };
const REQUEST = { service: "checkout", environment: "prod", window: WINDOW };

// Dotted and nested `_source` shapes side by side, as real indices mix them.
const DOCS = [
  {
    "@timestamp": at(60_000),
    message: "first",
    "log.level": "INFO",
    "service.name": "checkout",
    "service.environment": "prod",
    "event.id": "e1",
    "host.name": "h1",
  },
  {
    "@timestamp": at(120_000),
    message: "tie one",
    log: { level: "warning" },
    service: { name: "checkout", environment: "prod" },
    event: { id: "e2" },
    host: { name: "h2" },
  },
  {
    "@timestamp": at(120_000),
    message: "tie two",
    log: { level: "error" },
    service: { name: "checkout", environment: "prod" },
    event: { id: "e3" },
    host: { name: "h3" },
  },
  {
    "@timestamp": at(300_000),
    message: "newest",
    "log.level": "error",
    "service.name": "checkout",
    "service.environment": "prod",
    "event.id": "e4",
  },
  {
    "@timestamp": at(300_000),
    message: "staging",
    "service.name": "checkout",
    "service.environment": "staging",
    "event.id": "e5",
  },
  {
    "@timestamp": at(950_000),
    message: "after window",
    "service.name": "checkout",
    "service.environment": "prod",
    "event.id": "e6",
  },
];

Deno.test("Elasticsearch: bool filter + range, desc sort with tiebreaker, search_after pages", async () => {
  const fake = await startFakeServer(elasticsearchRoute(DOCS, { tiebreakerField: "event.id" }));
  try {
    const result = await fetchLogs(oneSourceConfig(SOURCE, fake.url), REQUEST, deps(ENV));
    deepStrictEqual(result.records.map((r) => [r.message, r.level, r.attributes["host.name"]]), [
      ["newest", "error", undefined],
      ["tie two", "error", "h3"],
      ["tie one", "warn", "h2"],
      ["first", "info", "h1"],
    ]);
    strictEqual(result.pages, 3);
    strictEqual(result.partial, undefined);
    const [first, second] = fake.requests;
    strictEqual(first.method, "POST");
    strictEqual(first.path, "/logs-*/_search");
    strictEqual(first.headers.authorization, `ApiKey ${KEY}`);
    strictEqual(first.headers["content-type"], "application/json");
    deepStrictEqual(JSON.parse(first.body), {
      size: 2,
      track_total_hits: false,
      query: {
        bool: {
          filter: [
            {
              range: {
                "@timestamp": { gte: at(0), lt: at(900_000), format: "strict_date_optional_time" },
              },
            },
            { term: { "service.name": "checkout" } },
            { term: { "service.environment": "prod" } },
          ],
        },
      },
      sort: [
        {
          "@timestamp": {
            order: "desc",
            unmapped_type: "date",
            format: "strict_date_optional_time_nanos",
          },
        },
        { "event.id": { order: "desc" } },
      ],
      _source: ["@timestamp", "message", "log.level", "host.name"],
    });
    deepStrictEqual(JSON.parse(second.body).search_after, [at(120_000), "e3"]);
  } finally {
    await fake.stop();
  }
});

Deno.test("Elasticsearch: failed shards are reported as partial", async () => {
  const fake = await startFakeServer(elasticsearchRoute(DOCS, { failedShards: 2 }));
  try {
    const result = await fetchLogs(
      oneSourceConfig({ ...SOURCE, pageSize: 50 }, fake.url),
      REQUEST,
      deps(ENV),
    );
    strictEqual(result.partial, "2 of 5 shards failed");
    strictEqual(result.records.length, 4);
  } finally {
    await fake.stop();
  }
});

Deno.test("Elasticsearch: error envelopes map to codes; 429 rejections are retried", async () => {
  const fake = await startFakeServer(withFaults([
    elasticError(429, "es_rejected_execution_exception", "rejected execution of search"),
    elasticError(401, "security_exception", "unable to authenticate with provided credentials"),
    elasticError(404, "index_not_found_exception", "no such index [logs-x]"),
    elasticError(400, "search_phase_execution_exception", "all shards failed"),
    { body: { hits: { hits: "nope" } } },
  ], elasticsearchRoute(DOCS)));
  try {
    const config = oneSourceConfig(SOURCE, fake.url);
    await rejects(
      fetchLogs(config, REQUEST, deps(ENV)),
      (e: LogSourceError) =>
        e.code === "auth" && /security_exception: unable to authenticate/.test(e.message),
    );
    strictEqual(fake.requests.length, 2, "the 429 was retried once before the 401");
    await rejects(
      fetchLogs(config, REQUEST, deps(ENV)),
      (e: LogSourceError) => e.code === "not_found",
    );
    await rejects(
      fetchLogs(config, REQUEST, deps(ENV)),
      (e: LogSourceError) =>
        e.code === "bad_query" && /search_phase_execution_exception/.test(e.message),
    );
    await rejects(
      fetchLogs(config, REQUEST, deps(ENV)),
      (e: LogSourceError) => e.code === "malformed" && /at hits\.hits/.test(e.message),
    );
  } finally {
    await fake.stop();
  }
});

Deno.test("readField finds dotted, nested and mixed paths", () => {
  strictEqual(readField({ "a.b.c": 1 }, "a.b.c"), 1);
  strictEqual(readField({ a: { b: { c: 2 } } }, "a.b.c"), 2);
  strictEqual(readField({ a: { "b.c": 3 } }, "a.b.c"), 3);
  strictEqual(readField({ "a.b": { c: 4 } }, "a.b.c"), 4);
  strictEqual(readField({ a: 1 }, "a.b"), undefined);
});
