import { deepStrictEqual, ok, strictEqual, throws } from "@node/assert";
import { loadSourcesConfig, outgoingDomains } from "./config.ts";
import { EVERY_BACKEND } from "./every_backend.ts";

const loki = (extra: Record<string, unknown> = {}) => ({
  name: "loki",
  kind: "loki",
  baseUrl: "https://loki.example.com",
  auth: { type: "bearer", tokenEnv: "LOKI_TOKEN" },
  environments: ["prod"],
  services: { checkout: { labels: { service_name: "checkout" } } },
  ...extra,
});

const base = (sources: unknown[], extra: Record<string, unknown> = {}) => ({
  backends: EVERY_BACKEND,
  defaultSource: "loki",
  allowedHosts: ["loki.example.com", "api.datadoghq.eu", "127.0.0.1"],
  sources,
  ...extra,
});

Deno.test("a valid config loads with defaults filled in", () => {
  const config = loadSourcesConfig(base([loki()]));
  const source = config.sources[0];
  strictEqual(source.maxLines, 500);
  strictEqual(source.defaultWindow, "15m");
  strictEqual(config.fetchBudgetMs, 8000);
  strictEqual(source.requestTimeoutMs, 4000);
  deepStrictEqual(source.retry, { maxAttempts: 3, baseDelayMs: 300, maxDelayMs: 3000 });
});

Deno.test("errors name the bad field by its path", () => {
  throws(
    () => loadSourcesConfig(base([loki(), loki({ name: "second", baseUrl: "not a url" })])),
    /sources\[1\]\.baseUrl: /,
  );
  throws(
    () => loadSourcesConfig(base([loki({ auth: { type: "bearer", tokenEnv: "lower" } })])),
    /sources\[0\]\.auth\.tokenEnv: /,
  );
  throws(
    () => loadSourcesConfig(base([loki()], { defaultSource: "nope" })),
    /defaultSource: no source named "nope"/,
  );
  throws(() => loadSourcesConfig(base([loki(), loki()])), /sources\[1\]\.name: duplicate name/);
  throws(
    () => loadSourcesConfig(base([loki({ defaultWindow: "2d" })])),
    /defaultWindow: longer than maxWindow/,
  );
});

Deno.test("time budgets cannot exceed what Slack's function timeout leaves after scrubbing", () => {
  throws(
    () => loadSourcesConfig(base([loki()], { fetchBudgetMs: 20_000 })),
    /fetchBudgetMs: at most 8000 ms: Slack stops a function after 15 s under slack run/,
  );
  throws(
    () => loadSourcesConfig(base([loki({ requestTimeoutMs: 9000 })])),
    /sources\[0\]\.requestTimeoutMs: at most 8000 ms/,
  );
  throws(
    () => loadSourcesConfig(base([loki({ requestTimeoutMs: 5000 })], { fetchBudgetMs: 3000 })),
    /sources\[0\]\.requestTimeoutMs: longer than fetchBudgetMs \(3000 ms\)/,
  );
  throws(
    () => loadSourcesConfig(base([loki({ retry: { maxDelayMs: 20_000 } })])),
    /sources\[0\]\.retry\.maxDelayMs: at most 8000 ms/,
  );
  ok(loadSourcesConfig(base([loki({ requestTimeoutMs: 8000 })], { fetchBudgetMs: 8000 })));
});

Deno.test("a host outside allowedHosts, plain http to a remote host, or credentials in the URL are refused", () => {
  throws(
    () => loadSourcesConfig(base([loki({ baseUrl: "https://evil.example.net" })])),
    /sources\[0\]\.baseUrl: host evil\.example\.net is not in allowedHosts/,
  );
  throws(
    () => loadSourcesConfig(base([loki({ baseUrl: "http://loki.example.com" })])),
    /must use https/,
  );
  throws(
    () => loadSourcesConfig(base([loki({ baseUrl: "https://u:p@loki.example.com" })])),
    /must not contain credentials/,
  );
  ok(loadSourcesConfig(base([loki({ baseUrl: "http://127.0.0.1:3100" })])));
});

Deno.test("Datadog and CloudWatch hosts derive from site and region and must be allowed", () => {
  const datadog = {
    name: "dd",
    kind: "datadog",
    site: "datadoghq.eu",
    apiKeyEnv: "DD_API_KEY",
    appKeyEnv: "DD_APP_KEY",
    environments: ["prod"],
    services: { checkout: { service: "checkout" } },
  };
  ok(loadSourcesConfig(base([loki(), datadog])));
  throws(
    () => loadSourcesConfig(base([loki(), { ...datadog, site: "datadoghq.com" }])),
    /host api\.datadoghq\.com is not in allowedHosts/,
  );
  const cloudwatch = {
    name: "cw",
    kind: "cloudwatch",
    region: "eu-west-1",
    accessKeyIdEnv: "AWS_ACCESS_KEY_ID",
    secretAccessKeyEnv: "AWS_SECRET_ACCESS_KEY",
    environments: ["prod"],
    services: { checkout: { logGroupName: "/ecs/checkout" } },
  };
  throws(
    () => loadSourcesConfig(base([loki(), cloudwatch])),
    /logs\.eu-west-1\.amazonaws\.com is not in allowedHosts/,
  );
});

Deno.test("unsafe identifiers and values never load", () => {
  const clickhouse = {
    name: "ch",
    kind: "clickhouse",
    baseUrl: "http://127.0.0.1:18123",
    auth: { type: "none" },
    table: "logs; DROP TABLE x",
    environments: ["prod"],
    columns: { timeNs: "ts_ns", message: "message", service: "service" },
    services: { checkout: { value: "checkout" } },
  };
  throws(() => loadSourcesConfig(base([loki(), clickhouse])), /sources\[1\]\.table: /);
  throws(
    () => loadSourcesConfig(base([loki({ services: { checkout: { labels: { app: 'x"}' } } } })])),
    /sources\[0\]\.services\.checkout\.labels\.app: /,
  );
});

Deno.test("outgoingDomains lists allowed non-loopback hosts, lower-case, at most 10", () => {
  deepStrictEqual(outgoingDomains(loadSourcesConfig(base([loki()]))), [
    "loki.example.com",
    "api.datadoghq.eu",
  ]);
  const many = Array.from({ length: 11 }, (_, i) => `h${i}.example.com`);
  throws(
    () => loadSourcesConfig(base([loki()], { allowedHosts: ["loki.example.com", ...many] })),
    /at most 10/,
  );
  throws(
    () => loadSourcesConfig(base([loki()], { allowedHosts: ["Loki.Example.com"] })),
    /allowedHosts\[0\]/,
  );
});

Deno.test("auth and paging are read by their type: a field of that type is named, an unknown type lists the types", () => {
  throws(
    () => loadSourcesConfig(base([loki({ auth: { type: "bearer" } })])),
    /^Error: Invalid sources config: sources\[0\]\.auth\.tokenEnv: Invalid input: expected string/,
  );
  throws(
    () => loadSourcesConfig(base([loki({ auth: { type: "apikey", apiKeyEnv: "K" } })])),
    /^Error: Invalid sources config: sources\[0\]\.auth\.type: one of none, bearer, basic$/,
  );
  const generic = {
    name: "g",
    kind: "generic_json",
    baseUrl: "https://loki.example.com",
    auth: { type: "none" },
    environments: ["prod"],
    pathTemplate: "/logs?from={start}",
    itemsPath: "/items",
    fields: { timestamp: "/ts", message: "/msg" },
    services: { checkout: { value: "checkout" } },
  };
  throws(
    () =>
      loadSourcesConfig(
        base([{ ...generic, paging: { type: "cursor", cursorPath: "/next" } }], {
          defaultSource: "g",
        }),
      ),
    /sources\[0\]\.paging\.cursorParam: /,
  );
  throws(
    () =>
      loadSourcesConfig(base([{ ...generic, paging: { type: "offset" } }], { defaultSource: "g" })),
    /sources\[0\]\.paging\.type: one of none, cursor, next_link$/,
  );
  throws(
    () => loadSourcesConfig(base([{ ...generic, pathTemplate: "logs" }], { defaultSource: "g" })),
    /sources\[0\]\.pathTemplate: a path starting with \//,
  );
  const loaded = loadSourcesConfig(
    base([{ ...generic, paging: { type: "next_link", nextUrlPath: "/n" } }], {
      defaultSource: "g",
    }),
  );
  deepStrictEqual((loaded.sources[0] as { paging: unknown }).paging, {
    type: "next_link",
    nextUrlPath: "/n",
  });
  deepStrictEqual(
    (loadSourcesConfig(base([generic], { defaultSource: "g" })).sources[0] as { paging: unknown })
      .paging,
    { type: "none" },
  );
});

Deno.test("a source of a kind whose backend is not listed is refused with the import to add", () => {
  throws(
    () => loadSourcesConfig({ ...base([loki()]), backends: [] }),
    /^Error: Invalid sources config: sources\[0\]\.kind: no loki backend is given: import \{ loki \} from "\.\.\/core\/sources\/loki\.ts" at the top of config\/sources\.ts and list loki in backends$/,
  );
  throws(
    () => loadSourcesConfig({ ...base([loki()]), backends: undefined }),
    /^Error: Invalid sources config: backends: a list of the backends your sources use/,
  );
});
