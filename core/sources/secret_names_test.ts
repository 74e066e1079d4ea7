/**
 * The env names each kind of source reads its secrets from (secretNames), from sources as the
 * schemas parse them: each `…Env` setting but baseUrlEnv, then the auth's, in their order.
 */
import { deepStrictEqual } from "@node/assert";
import { clickhouseSchema, cloudwatchSchema, datadogSchema, lokiSchema } from "./config.ts";
import type { SourceConfig } from "./config.ts";
import { secretNames } from "./context.ts";

const COMMON = {
  name: "src",
  baseUrlEnv: "LOGS_URL",
  environments: ["prod"],
};

Deno.test("secret names: a backend's own env settings, never baseUrlEnv", () => {
  const datadog = datadogSchema().parse({
    ...COMMON,
    kind: "datadog",
    appKeyEnv: "DD_APP_KEY",
    apiKeyEnv: "DD_API_KEY",
    services: { checkout: { service: "checkout" } },
  });
  deepStrictEqual(secretNames(datadog as SourceConfig), ["DD_API_KEY", "DD_APP_KEY"]);
  const cloudwatch = (sessionTokenEnv?: string) =>
    cloudwatchSchema().parse({
      ...COMMON,
      kind: "cloudwatch",
      region: "eu-west-1",
      ...(sessionTokenEnv ? { sessionTokenEnv } : {}),
      secretAccessKeyEnv: "AWS_SECRET_ACCESS_KEY",
      accessKeyIdEnv: "AWS_ACCESS_KEY_ID",
      services: { checkout: { logGroupName: "/ecs/checkout" } },
    }) as SourceConfig;
  deepStrictEqual(secretNames(cloudwatch()), ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]);
  deepStrictEqual(secretNames(cloudwatch("AWS_SESSION_TOKEN")), [
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
  ]);
});

Deno.test("secret names: the auth's env settings, none without auth", () => {
  const loki = (auth: Record<string, string>) =>
    lokiSchema().parse({
      ...COMMON,
      kind: "loki",
      auth,
      services: { checkout: { labels: { service_name: "checkout" } } },
    }) as SourceConfig;
  deepStrictEqual(secretNames(loki({ type: "none" })), []);
  deepStrictEqual(secretNames(loki({ type: "bearer", tokenEnv: "LOKI_TOKEN" })), ["LOKI_TOKEN"]);
  deepStrictEqual(
    secretNames(loki({ type: "basic", passwordEnv: "LOKI_PASSWORD", userEnv: "LOKI_USER" })),
    ["LOKI_USER", "LOKI_PASSWORD"],
  );
  const clickhouse = clickhouseSchema().parse({
    ...COMMON,
    kind: "clickhouse",
    auth: { type: "basic", userEnv: "CH_USER", passwordEnv: "CH_PASSWORD" },
    table: "logs.app",
    columns: { timeNs: "ts_ns", message: "message", service: "service" },
    services: { checkout: { value: "checkout" } },
  });
  deepStrictEqual(secretNames(clickhouse as SourceConfig), ["CH_USER", "CH_PASSWORD"]);
});
