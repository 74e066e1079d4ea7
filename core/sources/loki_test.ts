import { deepStrictEqual, rejects, strictEqual } from "@node/assert";
import { fetchLogs } from "./fetch_logs.ts";
import { logqlString } from "./loki.ts";
import { LogSourceError } from "./types.ts";
import { deps, oneSourceConfig, WINDOW, WINDOW_START_MS } from "./test_support.ts";
import {
  lokiError,
  lokiRoute,
  type LokiStream,
  scripted,
  startFakeServer,
  withFaults,
} from "../../devkit/fake_backends/mod.ts";

const SECRET = "glc_loki_token_value_42";
const ns = (offsetMs: number, extra = 0) =>
  (BigInt(WINDOW_START_MS + offsetMs) * 1_000_000n + BigInt(extra)).toString();

const SOURCE = {
  name: "loki",
  kind: "loki",
  auth: { type: "basic", userEnv: "LOKI_USER", passwordEnv: "LOKI_TOKEN" },
  orgId: "team-a",
  environmentLabel: "env",
  environments: ["prod"],
  pageSize: 2,
  services: { checkout: { labels: { service_name: "checkout" } } },
};
const ENV = { LOKI_USER: "123456", LOKI_TOKEN: SECRET };
const REQUEST = { service: "checkout", environment: "prod", window: WINDOW };

const STREAMS: LokiStream[] = [
  {
    stream: { service_name: "checkout", env: "prod", level: "error" },
    values: [
      [ns(500_000), "payment failed"],
      [ns(300_000, 5), "same ns, error stream"],
      [ns(100_000), "boot error"],
    ],
  },
  {
    stream: { service_name: "checkout", env: "prod", level: "info" },
    values: [
      [ns(400_000), "request ok", { structuredMetadata: { trace_id: "abc" }, parsed: {} }],
      [ns(300_000, 5), "same ns, info stream"],
      [ns(300_000, 5), "same ns, info stream again"],
      [ns(900_000), "at end: excluded"],
    ],
  },
  { stream: { service_name: "billing", env: "prod" }, values: [[ns(450_000), "other service"]] },
];

Deno.test("Loki: exact request, merged streams newest first, window paging with same-ns de-dup", async () => {
  const fake = await startFakeServer(lokiRoute(STREAMS));
  try {
    const result = await fetchLogs(oneSourceConfig(SOURCE, fake.url), REQUEST, deps(ENV));
    const messages = result.records.map((r) => r.message);
    deepStrictEqual(messages.slice(0, 2), ["payment failed", "request ok"]);
    // Lines on one nanosecond have no defined order, but none may be lost or repeated.
    deepStrictEqual(messages.slice(2, 5).sort(), [
      "same ns, error stream",
      "same ns, info stream",
      "same ns, info stream again",
    ]);
    deepStrictEqual(messages.slice(5), ["boot error"]);
    strictEqual(result.truncated, false);
    strictEqual(result.records[0].timeNs, ns(500_000));
    strictEqual(result.records[0].level, "error");
    strictEqual(result.records[1].attributes.trace_id, "abc");
    const first = fake.requests[0];
    strictEqual(first.method, "GET");
    strictEqual(first.path, "/loki/api/v1/query_range");
    deepStrictEqual(first.query, {
      query: '{service_name="checkout", env="prod"}',
      start: ns(0),
      end: ns(900_000),
      limit: "2",
      direction: "backward",
    });
    strictEqual(first.headers.authorization, `Basic ${btoa(`123456:${SECRET}`)}`);
    strictEqual(first.headers["x-scope-orgid"], "team-a");
    // Page 2 narrows the window to the oldest entry seen + 1 ns.
    strictEqual(fake.requests[1].query.end, (BigInt(ns(400_000)) + 1n).toString());
  } finally {
    await fake.stop();
  }
});

Deno.test("Loki: label values are LogQL strings that cannot break out of their quotes", () => {
  strictEqual(logqlString('a\\b"c\n'), '"a\\\\b\\"c\\u000a"');
});

Deno.test("Loki: plain-text errors, 401 no org id, 429 retried, metric results refused", async () => {
  const fake = await startFakeServer(scripted([
    lokiError(401, "no org id"),
    lokiError(400, "parse error at line 1, col 12: syntax error: unexpected IDENTIFIER"),
    lokiError(429, "too many outstanding requests"),
    { body: { status: "success", data: { resultType: "matrix", result: [] } } },
    { body: "<html>gateway</html>" },
  ]));
  try {
    const config = oneSourceConfig(SOURCE, fake.url);
    await rejects(
      fetchLogs(config, REQUEST, deps(ENV)),
      (e: LogSourceError) => e.code === "auth" && /HTTP 401: no org id/.test(e.message),
    );
    await rejects(
      fetchLogs(config, REQUEST, deps(ENV)),
      (e: LogSourceError) => e.code === "bad_query" && /parse error/.test(e.message),
    );
    await rejects(
      fetchLogs(config, REQUEST, deps(ENV)),
      (e: LogSourceError) =>
        e.code === "malformed" && /expected log streams, got matrix/.test(e.message),
    );
    await rejects(
      fetchLogs(config, REQUEST, deps(ENV)),
      (e: LogSourceError) =>
        e.code === "malformed" && /not JSON/.test(e.message) && !e.message.includes("html"),
    );
  } finally {
    await fake.stop();
  }
});

Deno.test("Loki: a throttled first reply is retried transparently", async () => {
  const fake = await startFakeServer(
    withFaults(
      [lokiError(429, "too many outstanding requests"), lokiError(504, "timeout")],
      lokiRoute(STREAMS),
    ),
  );
  try {
    const result = await fetchLogs(
      oneSourceConfig({ ...SOURCE, pageSize: 100 }, fake.url),
      REQUEST,
      deps(ENV),
    );
    strictEqual(result.records.length, 6);
    strictEqual(fake.requests.length, 3);
  } finally {
    await fake.stop();
  }
});

Deno.test("Loki: an entry is [ns, line] or [ns, line, metadata]; any other shape is malformed", async () => {
  const reply = (values: unknown[]) => ({
    body: {
      status: "success",
      data: { resultType: "streams", result: [{ stream: { service_name: "checkout" }, values }] },
    },
  });
  const fake = await startFakeServer(scripted([
    reply([[ns(1000), "plain"], [ns(0), "with metadata", { structuredMetadata: { pod: "p-1" } }]]),
    reply([[ns(1000)]]),
    reply([[ns(1000), "a", {}, "extra"]]),
    reply([["12ab", "not a timestamp"]]),
    reply([[ns(1000), 42]]),
    reply([[ns(1000), "a", { parsed: { level: 3 } }]]),
  ]));
  try {
    const config = oneSourceConfig({ ...SOURCE, pageSize: 10 }, fake.url);
    const read = await fetchLogs(config, REQUEST, deps(ENV));
    deepStrictEqual(read.records.map((record) => record.message), ["plain", "with metadata"]);
    strictEqual(read.records[1].attributes.pod, "p-1");
    for (let i = 0; i < 5; i++) {
      await rejects(
        fetchLogs(config, REQUEST, deps(ENV)),
        (e: LogSourceError) => e.code === "malformed",
        `reply ${i + 2}`,
      );
    }
  } finally {
    await fake.stop();
  }
});
