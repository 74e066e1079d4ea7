/**
 * Every backend's adapter, for tests and measurements that read every kind. Runtime code never
 * imports this: a config lists only the backends it uses, so a bundle carries only those.
 */
import type { SourceBackend } from "./backend.ts";
import { clickhouse } from "./clickhouse.ts";
import { cloudwatch } from "./cloudwatch.ts";
import { datadog } from "./datadog.ts";
import { elasticsearch } from "./elasticsearch.ts";
import { genericJson } from "./generic_json.ts";
import { loki } from "./loki.ts";

export const EVERY_BACKEND: readonly SourceBackend[] = [
  loki,
  elasticsearch,
  datadog,
  clickhouse,
  cloudwatch,
  genericJson,
];
