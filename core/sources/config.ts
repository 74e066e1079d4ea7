/**
 * The sources config: which log backends exist, how services map onto them, their caps, and which
 * env names hold their secrets. Validated with zod at load; errors name the offending field.
 */
import * as z from "zod";
import { parseDuration } from "./window.ts";

const sourceName = z.string().regex(
  /^[a-z0-9][a-z0-9_-]{0,39}$/,
  "lower-case letters, digits, _ or -",
);
const envName = z.string().regex(/^[A-Z][A-Z0-9_]{0,63}$/, "an env var name like LOKI_TOKEN");
const duration = z.string().refine((text) => {
  try {
    parseDuration(text);
    return true;
  } catch {
    return false;
  }
}, "a duration like 15m, 2h or 1d");
/** Safe in every backend's query language without quoting. */
const plainValue = z.string().regex(
  /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,99}$/,
  "letters, digits, _ . : / -",
);
const hostName = z.string().regex(
  /^(?![.-])[-a-z0-9.]{1,49}[a-z0-9]$/,
  "a lower-case host name (Slack's outgoing-domain pattern)",
);
/** A ClickHouse identifier, optionally `database.table`. */
const sqlIdentifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, "an SQL identifier");
const sqlTable = z.string().regex(
  /^[A-Za-z_][A-Za-z0-9_]{0,63}(\.[A-Za-z_][A-Za-z0-9_]{0,63})?$/,
  "an SQL table name (db.table or table)",
);
const jsonPointer = z.string().regex(/^(\/[^/]{1,64}){0,8}$/, "a JSON pointer like /data/items");
const fieldPath = z.string().regex(
  /^[A-Za-z_@][A-Za-z0-9_.@-]{0,99}$/,
  "a field name like log.level",
);

/**
 * The most time one fetch may take, all pages, retries and waits included. Slack ends a function
 * after 15 s under `slack run` (60 s deployed; the tightest limit wins, and the app token is
 * revoked at the timeout), and fetch_logs must still scrub what it read (up to 5 s,
 * config/scrub_policy.json) and return: 8 s + 5 s leaves 2 s for the rest.
 */
export const MAX_FETCH_BUDGET_MS = 8000;
const WHY_CEILING =
  "Slack stops a function after 15 s under slack run and fetch_logs needs up to " +
  "5 s of that to scrub";
const withinCeiling = (min: number) =>
  z.number().int().min(min).max(
    MAX_FETCH_BUDGET_MS,
    `at most ${MAX_FETCH_BUDGET_MS} ms: ${WHY_CEILING}`,
  );

const noAuth = z.object({ type: z.literal("none") });
const bearerAuth = z.object({ type: z.literal("bearer"), tokenEnv: envName });
const basicAuth = z.object({ type: z.literal("basic"), userEnv: envName, passwordEnv: envName });
const apiKeyAuth = z.object({ type: z.literal("apikey"), apiKeyEnv: envName });

const common = {
  name: sourceName,
  /** https, or http for a loopback host. */
  baseUrl: z.url().optional(),
  /** The base URL comes from this env var at fetch time (the sample service's random port). */
  baseUrlEnv: envName.optional(),
  environments: z.array(plainValue).min(1).max(20),
  defaultWindow: duration.default("15m"),
  maxWindow: duration.default("24h"),
  maxLines: z.number().int().min(1).max(5000).default(500),
  maxBytes: z.number().int().min(1024).max(4_000_000).default(256_000),
  pageSize: z.number().int().min(1).max(1000).default(200),
  maxPages: z.number().int().min(1).max(100).default(10),
  /** One request's limit; never longer than fetchBudgetMs, and cut to what is left of it. */
  requestTimeoutMs: withinCeiling(100).default(4000),
  maxResponseBytes: z.number().int().min(1024).max(32_000_000).default(8_000_000),
  retry: z.object({
    maxAttempts: z.number().int().min(1).max(6).default(3),
    baseDelayMs: z.number().int().min(0).max(5000).default(300),
    maxDelayMs: withinCeiling(0).default(3000),
  }).default({ maxAttempts: 3, baseDelayMs: 300, maxDelayMs: 3000 }),
};

const services = <T extends z.ZodType>(mapping: T) =>
  z.record(sourceName, mapping).refine(
    (value) => Object.keys(value).length > 0,
    "map at least one service",
  );

export const LokiSourceSchema = z.object({
  ...common,
  kind: z.literal("loki"),
  auth: z.discriminatedUnion("type", [noAuth, bearerAuth, basicAuth]),
  /** Sent as X-Scope-OrgID for multi-tenant Loki. */
  orgId: z.string().regex(/^[A-Za-z0-9_.|-]{1,150}$/).optional(),
  /** The label that carries the environment, e.g. `env`; omit when the selector already pins it. */
  environmentLabel: z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]{0,63}$/).optional(),
  services: services(z.object({
    labels: z.record(z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]{0,63}$/), plainValue)
      .refine((value) => Object.keys(value).length > 0, "give at least one label"),
  })),
});

export const ElasticsearchSourceSchema = z.object({
  ...common,
  kind: z.literal("elasticsearch"),
  auth: z.discriminatedUnion("type", [noAuth, bearerAuth, basicAuth, apiKeyAuth]),
  timestampField: fieldPath.default("@timestamp"),
  messageField: fieldPath.default("message"),
  levelField: fieldPath.default("log.level"),
  environmentField: fieldPath.optional(),
  /** A keyword field with unique values that breaks sort ties for search_after. */
  tiebreakerField: fieldPath.optional(),
  attributeFields: z.array(fieldPath).max(20).default([]),
  services: services(z.object({
    index: z.string().regex(/^[a-z0-9*.][a-z0-9._*,-]{0,199}$/, "an index name or pattern"),
    field: fieldPath,
    value: plainValue,
  })),
});

export const DatadogSourceSchema = z.object({
  ...common,
  kind: z.literal("datadog"),
  /** API host is `api.<site>` unless baseUrl overrides it. */
  site: z.enum([
    "datadoghq.com",
    "us3.datadoghq.com",
    "us5.datadoghq.com",
    "datadoghq.eu",
    "ap1.datadoghq.com",
    "ap2.datadoghq.com",
    "uk1.datadoghq.com",
    "ddog-gov.com",
    "us2.ddog-gov.com",
  ]).default("datadoghq.com"),
  apiKeyEnv: envName,
  appKeyEnv: envName,
  indexes: z.array(plainValue).max(10).optional(),
  services: services(z.object({ service: plainValue })),
});

export const ClickHouseSourceSchema = z.object({
  ...common,
  kind: z.literal("clickhouse"),
  auth: z.discriminatedUnion("type", [noAuth, basicAuth]),
  /** `params`: typed query parameters (ClickHouse ≥ 19.x); `literals`: strict client-side quoting. */
  mode: z.enum(["params", "literals"]).default("params"),
  table: sqlTable,
  columns: z.object({
    /** UInt64 nanoseconds since the epoch. */
    timeNs: sqlIdentifier,
    message: sqlIdentifier,
    service: sqlIdentifier,
    level: sqlIdentifier.optional(),
    environment: sqlIdentifier.optional(),
    attributes: z.array(sqlIdentifier).max(20).default([]),
  }),
  services: services(z.object({ value: plainValue })),
});

export const CloudWatchSourceSchema = z.object({
  ...common,
  kind: z.literal("cloudwatch"),
  region: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "an AWS region like eu-west-1"),
  accessKeyIdEnv: envName,
  secretAccessKeyEnv: envName,
  sessionTokenEnv: envName.optional(),
  services: services(z.object({
    /** `{environment}` is replaced by the requested environment. */
    logGroupName: z.string().regex(/^[A-Za-z0-9_./#{}-]{1,512}$/, "a log group name"),
    logStreamNamePrefix: z.string().regex(/^[^:*]{1,512}$/).optional(),
  })),
});

const GENERIC_PLACEHOLDERS = ["service", "environment", "start", "end", "limit"];

export const GenericJsonSourceSchema = z.object({
  ...common,
  kind: z.literal("generic_json"),
  auth: z.discriminatedUnion("type", [noAuth, bearerAuth, basicAuth]),
  /** Path and query under baseUrl with {service} {environment} {start} {end} {limit}. */
  pathTemplate: z.string().startsWith("/").max(500).refine(
    (text) =>
      [...text.matchAll(/\{([^}]*)\}/g)].every((match) => GENERIC_PLACEHOLDERS.includes(match[1])),
    `only the placeholders ${GENERIC_PLACEHOLDERS.map((name) => `{${name}}`).join(" ")}`,
  ),
  timeFormat: z.enum(["rfc3339", "epoch_s", "epoch_ms", "epoch_ns"]).default("rfc3339"),
  itemsPath: jsonPointer,
  fields: z.object({
    timestamp: jsonPointer,
    message: jsonPointer,
    level: jsonPointer.optional(),
    attributes: z.record(z.string().regex(/^[a-z_][a-z0-9_.]{0,63}$/), jsonPointer).default({}),
  }),
  paging: z.discriminatedUnion("type", [
    z.object({ type: z.literal("none") }),
    z.object({
      type: z.literal("cursor"),
      cursorPath: jsonPointer,
      cursorParam: z.string().regex(/^[a-z_][a-z0-9_]{0,31}$/),
    }),
    z.object({ type: z.literal("next_link"), nextUrlPath: jsonPointer }),
  ]).default({ type: "none" }),
  services: services(z.object({ value: plainValue })),
});

const SourceSchema = z.discriminatedUnion("kind", [
  LokiSourceSchema,
  ElasticsearchSourceSchema,
  DatadogSourceSchema,
  ClickHouseSourceSchema,
  CloudWatchSourceSchema,
  GenericJsonSourceSchema,
]);

export type SourceConfig = z.infer<typeof SourceSchema>;
export type SourceKind = SourceConfig["kind"];

/** True for 127.0.0.0/8, ::1 and localhost: never a Slack outgoing domain. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  return bare === "localhost" || bare === "::1" || /^127(\.\d{1,3}){3}$/.test(bare);
}

/** The base URL a source is configured with (not the env-supplied one). */
export function configuredBaseUrl(source: SourceConfig): string | undefined {
  if (source.baseUrl) return source.baseUrl;
  if (source.kind === "datadog") return `https://api.${source.site}`;
  if (source.kind === "cloudwatch") return `https://logs.${source.region}.amazonaws.com`;
  return undefined;
}

/** Returns why a base URL may not be used, or undefined when it may. */
export function baseUrlProblem(url: string, allowedHosts: string[]): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "is not a URL";
  }
  const host = parsed.hostname.toLowerCase();
  if (parsed.username || parsed.password) {
    return "must not contain credentials; use the auth env names";
  }
  if (parsed.protocol !== "https:" && !(parsed.protocol === "http:" && isLoopbackHost(host))) {
    return "must use https (plain http only for a loopback host)";
  }
  if (!allowedHosts.includes(host)) {
    return `host ${host} is not in allowedHosts; add it there (it becomes an outgoing domain)`;
  }
  return undefined;
}

export const SourcesConfigSchema = z.object({
  /** Used when a request names no source. */
  defaultSource: sourceName,
  /** Every host a source may contact; non-loopback ones become the manifest's outgoingDomains. */
  allowedHosts: z.array(z.union([hostName, z.literal("127.0.0.1"), z.literal("localhost")]))
    .max(20),
  /** Overall time for one fetch, all pages, retries and waits included (see MAX_FETCH_BUDGET_MS). */
  fetchBudgetMs: withinCeiling(1000).default(MAX_FETCH_BUDGET_MS),
  sources: z.array(SourceSchema).min(1).max(20),
}).superRefine((config, ctx) => {
  const outgoing = config.allowedHosts.filter((host) => !isLoopbackHost(host));
  if (new Set(outgoing).size > 10) {
    ctx.addIssue({
      code: "custom",
      path: ["allowedHosts"],
      message: "Slack allows at most 10 outgoing domains",
    });
  }
  const names = new Set<string>();
  config.sources.forEach((source, index) => {
    if (names.has(source.name)) {
      ctx.addIssue({ code: "custom", path: ["sources", index, "name"], message: "duplicate name" });
    }
    names.add(source.name);
    const base = configuredBaseUrl(source);
    if (!base && !source.baseUrlEnv) {
      ctx.addIssue({
        code: "custom",
        path: ["sources", index, "baseUrl"],
        message: "give baseUrl or baseUrlEnv",
      });
    }
    const problem = base ? baseUrlProblem(base, config.allowedHosts) : undefined;
    if (problem) {
      ctx.addIssue({ code: "custom", path: ["sources", index, "baseUrl"], message: problem });
    }
    if (source.requestTimeoutMs > config.fetchBudgetMs) {
      ctx.addIssue({
        code: "custom",
        path: ["sources", index, "requestTimeoutMs"],
        message: `longer than fetchBudgetMs (${config.fetchBudgetMs} ms), which ends every request`,
      });
    }
    if (parseDuration(source.defaultWindow) > parseDuration(source.maxWindow)) {
      ctx.addIssue({
        code: "custom",
        path: ["sources", index, "defaultWindow"],
        message: "longer than maxWindow",
      });
    }
  });
  if (!names.has(config.defaultSource)) {
    ctx.addIssue({
      code: "custom",
      path: ["defaultSource"],
      message: `no source named "${config.defaultSource}"`,
    });
  }
});

export type SourcesConfig = z.infer<typeof SourcesConfigSchema>;

function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) =>
      typeof part === "number"
        ? `${text}[${part}]`
        : text
        ? `${text}.${String(part)}`
        : String(part),
    "",
  ) || "(config)";
}

/** Validates a raw config; the thrown Error names the first bad field (`sources[1].baseUrl: …`). */
export function loadSourcesConfig(raw: unknown): SourcesConfig {
  const result = SourcesConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 3).map((issue) =>
    `${formatPath(issue.path)}: ${issue.message}`
  );
  throw new Error(`Invalid sources config: ${issues.join("; ")}`);
}

/**
 * The manifest's outgoingDomains: allowed non-loopback hosts, unique. The schema already holds
 * them to lower case and at most 10.
 */
export function outgoingDomains(config: SourcesConfig): string[] {
  return [...new Set(config.allowedHosts.filter((host) => !isLoopbackHost(host)))];
}
