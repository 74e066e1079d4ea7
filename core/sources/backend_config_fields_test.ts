/**
 * Each backend's own fields at their bounds, both sides, anchored at both ends, and their
 * defaults: what a Loki, Elasticsearch, Datadog, ClickHouse, CloudWatch or generic JSON source
 * may name (labels, fields, indexes, tables, regions, log groups, JSON pointers, templates).
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import {
  clickhouseSchema,
  cloudwatchSchema,
  datadogSchema,
  elasticsearchSchema,
  genericJsonSchema,
  lokiSchema,
} from "./config.ts";

const COMMON = { name: "src", baseUrl: "https://logs.example.com", environments: ["prod"] };
const SOURCES = {
  loki: () => ({
    ...COMMON,
    kind: "loki",
    auth: { type: "none" },
    services: { checkout: { labels: { service_name: "checkout" } } },
  }),
  elasticsearch: () => ({
    ...COMMON,
    kind: "elasticsearch",
    auth: { type: "none" },
    services: { checkout: { index: "logs-*", field: "service.name", value: "checkout" } },
  }),
  datadog: () => ({
    ...COMMON,
    kind: "datadog",
    apiKeyEnv: "DD_API_KEY",
    appKeyEnv: "DD_APP_KEY",
    services: { checkout: { service: "checkout" } },
  }),
  clickhouse: () => ({
    ...COMMON,
    kind: "clickhouse",
    auth: { type: "none" },
    table: "logs.app",
    columns: { timeNs: "ts_ns", message: "message", service: "service" },
    services: { checkout: { value: "checkout" } },
  }),
  cloudwatch: () => ({
    ...COMMON,
    kind: "cloudwatch",
    region: "eu-west-1",
    accessKeyIdEnv: "AWS_ACCESS_KEY_ID",
    secretAccessKeyEnv: "AWS_SECRET_ACCESS_KEY",
    services: { checkout: { logGroupName: "/ecs/{environment}/checkout" } },
  }),
  generic_json: () => ({
    ...COMMON,
    kind: "generic_json",
    auth: { type: "none" },
    pathTemplate: "/v1/logs?service={service}&env={environment}&from={start}&to={end}",
    itemsPath: "/items",
    fields: { timestamp: "/ts", message: "/msg" },
    services: { checkout: { value: "checkout" } },
  }),
};
const SCHEMAS = {
  loki: lokiSchema,
  elasticsearch: elasticsearchSchema,
  datadog: datadogSchema,
  clickhouse: clickhouseSchema,
  cloudwatch: cloudwatchSchema,
  generic_json: genericJsonSchema,
};
type Kind = keyof typeof SOURCES;
/** A source as JSON, edited field by field (each case sets a nested field of its own). */
// deno-lint-ignore no-explicit-any
type Loose = Record<string, any>;

/** Whether a source of `kind` with `edit` applied to it is accepted. */
function accepts(kind: Kind, edit: (source: Loose) => void): boolean {
  const source: Loose = structuredClone(SOURCES[kind]());
  edit(source);
  return SCHEMAS[kind]().safeParse(source).success;
}
/** The source of `kind` as parsed, defaults filled in. */
const parsed = (kind: Kind) => SCHEMAS[kind]().parse(SOURCES[kind]()) as Loose;

/** [value, accepted] pairs for one field, set by `set`. */
function check(
  kind: Kind,
  set: (source: Loose, value: unknown) => void,
  cases: [unknown, boolean][],
) {
  for (const [value, ok] of cases) {
    strictEqual(
      accepts(kind, (source) => set(source, value)),
      ok,
      `${kind}: ${JSON.stringify(value)}`,
    );
  }
}

Deno.test("backend fields: Loki's org id, environment label and labels", () => {
  check("loki", (s, v) => (s.orgId = v), [
    ["a".repeat(150), true],
    ["a".repeat(151), false],
    ["", false],
    ["team a", false],
    ["team|b.c_d-e", true],
    ["a", true],
  ]);
  const name64 = `e${"_".repeat(63)}`;
  check("loki", (s, v) => (s.environmentLabel = v), [
    [name64, true],
    [`${name64}_`, false],
    ["1env", false],
    ["env-x", false],
    ["_", true],
  ]);
  check("loki", (s, v) => (s.services.checkout.labels = v), [
    [{ [name64]: "x" }, true],
    [{ [`${name64}_`]: "x" }, false],
    [{ "service-name": "x" }, false],
    [{ "1x": "x" }, false],
    [{ x: "x" }, true],
    [{}, false],
  ]);
  check("loki", (s, v) => (s.services = v), [[{}, false]]);
});

Deno.test("backend fields: Elasticsearch's field names, attributes and index patterns, and defaults", () => {
  const field100 = `@${"a".repeat(99)}`;
  check("elasticsearch", (s, v) => (s.environmentField = v), [
    [field100, true],
    [`${field100}a`, false],
    ["1field", false],
    ["log level", false],
    ["_a.b@c-d", true],
    ["@", true],
  ]);
  check("elasticsearch", (s, v) => (s.attributeFields = v), [
    [Array.from({ length: 20 }, (_, i) => `f${i}`), true],
    [Array.from({ length: 21 }, (_, i) => `f${i}`), false],
  ]);
  const index200 = `l${"*".repeat(199)}`;
  check("elasticsearch", (s, v) => (s.services.checkout.index = v), [
    [index200, true],
    [`${index200}*`, false],
    ["Logs", false],
    ["-logs", false],
    ["logs-a,logs-b", true],
    ["logs/x", false],
    ["l", true],
  ]);
  const { timestampField, messageField, levelField, attributeFields } = parsed("elasticsearch");
  deepStrictEqual([timestampField, messageField, levelField, attributeFields], [
    "@timestamp",
    "message",
    "log.level",
    [],
  ]);
});

Deno.test("backend fields: Datadog's indexes and site", () => {
  check("datadog", (s, v) => (s.indexes = v), [
    [Array.from({ length: 10 }, (_, i) => `i${i}`), true],
    [Array.from({ length: 11 }, (_, i) => `i${i}`), false],
  ]);
  check("datadog", (s, v) => (s.site = v), [["datadoghq.eu", true], ["example.com", false]]);
  strictEqual(parsed("datadog").site, "datadoghq.com");
});

Deno.test("backend fields: ClickHouse's table, columns and mode", () => {
  const id64 = `t${"_".repeat(63)}`;
  check("clickhouse", (s, v) => (s.table = v), [
    [id64, true],
    [`${id64}_`, false],
    [`${id64}.${id64}`, true],
    [`${id64}.${id64}_`, false],
    ["1logs", false],
    ["logs.app.x", false],
    ["logs;drop", false],
    ["t", true],
    ["t.u", true],
  ]);
  check("clickhouse", (s, v) => (s.columns.level = v), [
    [id64, true],
    [`${id64}_`, false],
    ["1level", false],
    ["l", true],
    ["level name", false],
  ]);
  check("clickhouse", (s, v) => (s.columns.attributes = v), [
    [Array.from({ length: 20 }, (_, i) => `a${i}`), true],
    [Array.from({ length: 21 }, (_, i) => `a${i}`), false],
  ]);
  const { mode, columns } = parsed("clickhouse");
  deepStrictEqual([mode, columns.attributes], ["params", []]);
});

Deno.test("backend fields: CloudWatch's region and log group names", () => {
  check("cloudwatch", (s, v) => (s.region = v), [
    ["us-gov-west-1", true],
    ["eu-west-12", false],
    ["xeu-west-1", false],
    ["eu-west-1x", false],
    ["eu-1", false],
    ["ab-c-1", true],
  ]);
  check("cloudwatch", (s, v) => (s.services.checkout.logGroupName = v), [
    ["/".repeat(512), true],
    ["/".repeat(513), false],
    ["", false],
    ["/ecs/a b", false],
    ["/", true],
  ]);
  check("cloudwatch", (s, v) => (s.services.checkout.logStreamNamePrefix = v), [
    ["x".repeat(512), true],
    ["x".repeat(513), false],
    ["", false],
    ["app:web", false],
    ["app*", false],
    ["a", true],
  ]);
});

Deno.test("backend fields: generic JSON's template, pointers, attributes, paging and defaults", () => {
  check("generic_json", (s, v) => (s.pathTemplate = v), [
    [`/${"a".repeat(499)}`, true],
    [`/${"a".repeat(500)}`, false],
    ["v1/logs", false],
    ["/v1/logs?x={service}&y={limit}", true],
    ["/v1/logs?x={token}", false],
    ["/v1/logs?x={}", false],
  ]);
  const segment64 = `/${"a".repeat(64)}`;
  check("generic_json", (s, v) => (s.itemsPath = v), [
    ["", true],
    [segment64, true],
    [`${segment64}a`, false],
    ["/a".repeat(8), true],
    ["/a".repeat(9), false],
    ["items", false],
    ["/a//b", false],
  ]);
  const key64 = `a${"_".repeat(63)}`;
  check("generic_json", (s, v) => (s.fields.attributes = v), [
    [{ [key64]: "/x" }, true],
    [{ [`${key64}_`]: "/x" }, false],
    [{ "1a": "/x" }, false],
    [{ a: "/x" }, true],
    [{ "Attr": "/x" }, false],
  ]);
  const param32 = `c${"_".repeat(31)}`;
  check(
    "generic_json",
    (s, v) => (s.paging = { type: "cursor", cursorPath: "/next", cursorParam: v }),
    [
      [param32, true],
      [`${param32}_`, false],
      ["1cursor", false],
      ["Cursor", false],
    ],
  );
  check("generic_json", (s, v) => (s.paging = v), [
    [{ type: "next_link", nextUrlPath: "/links/next" }, true],
    [{ type: "pages" }, false],
    [{ type: "none" }, true],
  ]);
  const { timeFormat, paging, fields } = parsed("generic_json");
  deepStrictEqual([timeFormat, paging, fields.attributes], ["rfc3339", { type: "none" }, {}]);
});

// Last: each schema is built once (on first use), and the mutation run judges a mutant in it with
// the tests that built it, so each backend's own test above is the first to use its schema (and
// this file's name sorts before the backends' own test files, which use the schemas too).
Deno.test("backend fields: every minimal source is valid", () => {
  for (const kind of Object.keys(SOURCES) as Kind[]) {
    strictEqual(accepts(kind, () => {}), true, kind);
  }
});
