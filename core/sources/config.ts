/**
 * The sources config: which log backends exist, how services map onto them, their caps, and which
 * env names hold their secrets. Validated with zod at load; errors name the offending field.
 */
import * as z from "../zod.ts";
import { parseDuration } from "./window.ts";
import { once } from "../once.ts";

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
  z.number().check(
    z.int(),
    z.gte(min),
    z.lte(
      MAX_FETCH_BUDGET_MS,
      `at most ${MAX_FETCH_BUDGET_MS} ms: ${WHY_CEILING}`,
    ),
  );

const GENERIC_PLACEHOLDERS = ["service", "environment", "start", "end", "limit"];

const hostName = () =>
  z.string().check(z.regex(
    /^(?![.-])[-a-z0-9.]{1,49}[a-z0-9]$/,
    "a lower-case host name (Slack's outgoing-domain pattern)",
  ));

/**
 * An object whose `key` field says which schema reads it: `choose` gives the schema for a tag, or
 * why the tag is refused. Issues keep their paths. zod's discriminatedUnion does the same, but
 * this is built from parts every fetch_logs bundle already holds (a pipe and a transform).
 */
function tagged<Out, In>(key: string, choose: (tag: string) => z.ZodMiniType | string) {
  return z.pipe(
    z.looseObject({ [key]: z.string() }),
    z.transform((value, payload) => {
      const tag = value[key] as string;
      const schema = choose(tag);
      if (typeof schema === "string") {
        payload.issues.push({ code: "custom", message: schema, input: tag, path: [key] });
        return z.NEVER;
      }
      const result = schema.safeParse(value);
      if (result.success) return result.data as Out;
      for (const issue of result.error.issues) {
        payload.issues.push({
          code: "custom",
          message: issue.message,
          path: issue.path,
          input: "",
        });
      }
      return z.NEVER;
    }),
  ) as unknown as z.ZodMiniType<Out, In>;
}

/** One of `options`, by the object's `type` field (`{ type: "basic", … }`). */
function byType<R extends Record<string, z.ZodMiniObject>>(options: R) {
  const types = Object.keys(options);
  return tagged<z.output<R[keyof R]>, z.input<R[keyof R]>>(
    "type",
    (tag) => Object.hasOwn(options, tag) ? options[tag] : `one of ${types.join(", ")}`,
  );
}

/** The parts every source's schema shares, built on first use (with the first backend's schema). */
const shared = /* @__PURE__ */ once(() => {
  const sourceName = z.string().check(z.regex(
    /^[a-z0-9][a-z0-9_-]{0,39}$/,
    "lower-case letters, digits, _ or -",
  ));
  const envName = z.string().check(
    z.regex(/^[A-Z][A-Z0-9_]{0,63}$/, "an env var name like LOKI_TOKEN"),
  );
  const duration = z.string().check(z.refine((text) => {
    try {
      parseDuration(text);
      return true;
    } catch {
      return false;
    }
  }, "a duration like 15m, 2h or 1d"));
  /** Safe in every backend's query language without quoting. */
  const plainValue = z.string().check(z.regex(
    /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,99}$/,
    "letters, digits, _ . : / -",
  ));
  const noAuth = z.object({ type: z.literal("none") });
  const bearerAuth = z.object({ type: z.literal("bearer"), tokenEnv: envName });
  const basicAuth = z.object({ type: z.literal("basic"), userEnv: envName, passwordEnv: envName });
  const apiKeyAuth = z.object({ type: z.literal("apikey"), apiKeyEnv: envName });

  const common = {
    name: sourceName,
    /** https, or http for a loopback host (checked with allowedHosts, see baseUrlProblem). */
    baseUrl: z.optional(z.string().check(z.maxLength(2000))),
    /** The base URL comes from this env var at fetch time (the sample service's random port). */
    baseUrlEnv: z.optional(envName),
    environments: z.array(plainValue).check(z.minLength(1), z.maxLength(20)),
    defaultWindow: z._default(duration, "15m"),
    maxWindow: z._default(duration, "24h"),
    maxLines: z._default(z.number().check(z.int(), z.gte(1), z.lte(5000)), 500),
    maxBytes: z._default(z.number().check(z.int(), z.gte(1024), z.lte(4_000_000)), 256_000),
    pageSize: z._default(z.number().check(z.int(), z.gte(1), z.lte(1000)), 200),
    maxPages: z._default(z.number().check(z.int(), z.gte(1), z.lte(100)), 10),
    /** One request's limit; never longer than fetchBudgetMs, and cut to what is left of it. */
    requestTimeoutMs: z._default(withinCeiling(100), 4000),
    maxResponseBytes: z._default(
      z.number().check(z.int(), z.gte(1024), z.lte(32_000_000)),
      8_000_000,
    ),
    retry: z._default(
      z.object({
        maxAttempts: z._default(z.number().check(z.int(), z.gte(1), z.lte(6)), 3),
        baseDelayMs: z._default(z.number().check(z.int(), z.gte(0), z.lte(5000)), 300),
        maxDelayMs: z._default(withinCeiling(0), 3000),
      }),
      { maxAttempts: 3, baseDelayMs: 300, maxDelayMs: 3000 },
    ),
  };

  const services = <T extends z.ZodMiniType>(mapping: T) =>
    z.record(sourceName, mapping).check(z.refine(
      (value) => Object.keys(value).length > 0,
      "map at least one service",
    ));
  return {
    sourceName,
    envName,
    plainValue,
    noAuth,
    bearerAuth,
    basicAuth,
    apiKeyAuth,
    common,
    services,
  };
});

/** A source name: lower-case letters, digits, _ or -. */
export const sourceNameSchema = () => shared().sourceName;

/** A ClickHouse identifier, optionally `database.table`. */
const sqlIdentifier = () =>
  z.string().check(
    z.regex(/^[A-Za-z_][A-Za-z0-9_]{0,63}$/, "an SQL identifier"),
  );
const jsonPointer = () =>
  z.string().check(
    z.regex(/^(\/[^/]{1,64}){0,8}$/, "a JSON pointer like /data/items"),
  );
const fieldPath = () =>
  z.string().check(z.regex(
    /^[A-Za-z_@][A-Za-z0-9_.@-]{0,99}$/,
    "a field name like log.level",
  ));

/*
 * One schema per backend, each built on first use and marked pure: a bundle carries only the
 * schemas of the backends its config names (config/sources.ts imports their adapters, which hold
 * them), not every backend's.
 */

export const lokiSchema = /* @__PURE__ */ once(() => {
  const { common, services, plainValue, noAuth, bearerAuth, basicAuth } = shared();
  return z.object({
    ...common,
    kind: z.literal("loki"),
    auth: byType({ none: noAuth, bearer: bearerAuth, basic: basicAuth }),
    /** Sent as X-Scope-OrgID for multi-tenant Loki. */
    orgId: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_.|-]{1,150}$/))),
    /** The label that carries the environment, e.g. `env`; omit when the selector already pins it. */
    environmentLabel: z.optional(z.string().check(z.regex(/^[a-zA-Z_][a-zA-Z0-9_]{0,63}$/))),
    services: services(z.object({
      labels: z.record(z.string().check(z.regex(/^[a-zA-Z_][a-zA-Z0-9_]{0,63}$/)), plainValue)
        .check(
          z.refine((value) => Object.keys(value).length > 0, "give at least one label"),
        ),
    })),
  });
});

export const elasticsearchSchema = /* @__PURE__ */ once(() => {
  const { common, services, plainValue, noAuth, bearerAuth, basicAuth, apiKeyAuth } = shared();
  return z.object({
    ...common,
    kind: z.literal("elasticsearch"),
    auth: byType({ none: noAuth, bearer: bearerAuth, basic: basicAuth, apikey: apiKeyAuth }),
    timestampField: z._default(fieldPath(), "@timestamp"),
    messageField: z._default(fieldPath(), "message"),
    levelField: z._default(fieldPath(), "log.level"),
    environmentField: z.optional(fieldPath()),
    /** A keyword field with unique values that breaks sort ties for search_after. */
    tiebreakerField: z.optional(fieldPath()),
    attributeFields: z._default(z.array(fieldPath()).check(z.maxLength(20)), []),
    services: services(z.object({
      index: z.string().check(
        z.regex(/^[a-z0-9*.][a-z0-9._*,-]{0,199}$/, "an index name or pattern"),
      ),
      field: fieldPath(),
      value: plainValue,
    })),
  });
});

export const datadogSchema = /* @__PURE__ */ once(() => {
  const { common, services, plainValue, envName } = shared();
  return z.object({
    ...common,
    kind: z.literal("datadog"),
    /** API host is `api.<site>` unless baseUrl overrides it. */
    site: z._default(
      z.enum([
        "datadoghq.com",
        "us3.datadoghq.com",
        "us5.datadoghq.com",
        "datadoghq.eu",
        "ap1.datadoghq.com",
        "ap2.datadoghq.com",
        "uk1.datadoghq.com",
        "ddog-gov.com",
        "us2.ddog-gov.com",
      ]),
      "datadoghq.com",
    ),
    apiKeyEnv: envName,
    appKeyEnv: envName,
    indexes: z.optional(z.array(plainValue).check(z.maxLength(10))),
    services: services(z.object({ service: plainValue })),
  });
});

export const clickhouseSchema = /* @__PURE__ */ once(() => {
  const { common, services, plainValue, noAuth, basicAuth } = shared();
  return z.object({
    ...common,
    kind: z.literal("clickhouse"),
    auth: byType({ none: noAuth, basic: basicAuth }),
    /** `params`: typed query parameters (ClickHouse ≥ 19.x); `literals`: strict client-side quoting. */
    mode: z._default(z.enum(["params", "literals"]), "params"),
    table: z.string().check(z.regex(
      /^[A-Za-z_][A-Za-z0-9_]{0,63}(\.[A-Za-z_][A-Za-z0-9_]{0,63})?$/,
      "an SQL table name (db.table or table)",
    )),
    columns: z.object({
      /** UInt64 nanoseconds since the epoch. */
      timeNs: sqlIdentifier(),
      message: sqlIdentifier(),
      service: sqlIdentifier(),
      level: z.optional(sqlIdentifier()),
      environment: z.optional(sqlIdentifier()),
      attributes: z._default(z.array(sqlIdentifier()).check(z.maxLength(20)), []),
    }),
    services: services(z.object({ value: plainValue })),
  });
});

export const cloudwatchSchema = /* @__PURE__ */ once(() => {
  const { common, services, envName } = shared();
  return z.object({
    ...common,
    kind: z.literal("cloudwatch"),
    region: z.string().check(z.regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "an AWS region like eu-west-1")),
    accessKeyIdEnv: envName,
    secretAccessKeyEnv: envName,
    sessionTokenEnv: z.optional(envName),
    services: services(z.object({
      /** `{environment}` is replaced by the requested environment. */
      logGroupName: z.string().check(z.regex(/^[A-Za-z0-9_./#{}-]{1,512}$/, "a log group name")),
      logStreamNamePrefix: z.optional(z.string().check(z.regex(/^[^:*]{1,512}$/))),
    })),
  });
});

export const genericJsonSchema = /* @__PURE__ */ once(() => {
  const { common, services, plainValue, noAuth, bearerAuth, basicAuth } = shared();
  return z.object({
    ...common,
    kind: z.literal("generic_json"),
    auth: byType({ none: noAuth, bearer: bearerAuth, basic: basicAuth }),
    /** Path and query under baseUrl with {service} {environment} {start} {end} {limit}. */
    pathTemplate: z.string().check(
      z.regex(/^\//, "a path starting with /"),
      z.maxLength(500),
      z.refine(
        (text) =>
          [...text.matchAll(/\{([^}]*)\}/g)].every((match) =>
            GENERIC_PLACEHOLDERS.includes(match[1])
          ),
        `only the placeholders ${GENERIC_PLACEHOLDERS.map((name) => `{${name}}`).join(" ")}`,
      ),
    ),
    timeFormat: z._default(z.enum(["rfc3339", "epoch_s", "epoch_ms", "epoch_ns"]), "rfc3339"),
    itemsPath: jsonPointer(),
    fields: z.object({
      timestamp: jsonPointer(),
      message: jsonPointer(),
      level: z.optional(jsonPointer()),
      attributes: z._default(
        z.record(z.string().check(z.regex(/^[a-z_][a-z0-9_.]{0,63}$/)), jsonPointer()),
        {},
      ),
    }),
    paging: z._default(
      byType({
        none: z.object({ type: z.literal("none") }),
        cursor: z.object({
          type: z.literal("cursor"),
          cursorPath: jsonPointer(),
          cursorParam: z.string().check(z.regex(/^[a-z_][a-z0-9_]{0,31}$/)),
        }),
        next_link: z.object({ type: z.literal("next_link"), nextUrlPath: jsonPointer() }),
      }),
      { type: "none" },
    ),
    services: services(z.object({ value: plainValue })),
  });
});

export type LokiSource = z.infer<ReturnType<typeof lokiSchema>>;
export type ElasticsearchSource = z.infer<ReturnType<typeof elasticsearchSchema>>;
export type DatadogSource = z.infer<ReturnType<typeof datadogSchema>>;
export type ClickHouseSource = z.infer<ReturnType<typeof clickhouseSchema>>;
export type CloudWatchSource = z.infer<ReturnType<typeof cloudwatchSchema>>;
export type GenericJsonSource = z.infer<ReturnType<typeof genericJsonSchema>>;
/** One source of any backend, as loaded (defaults filled in). */
export type SourceConfig =
  | LokiSource
  | ElasticsearchSource
  | DatadogSource
  | ClickHouseSource
  | CloudWatchSource
  | GenericJsonSource;
/** One source of any backend, as written in a config. */
export type SourceInput =
  | z.input<ReturnType<typeof lokiSchema>>
  | z.input<ReturnType<typeof elasticsearchSchema>>
  | z.input<ReturnType<typeof datadogSchema>>
  | z.input<ReturnType<typeof clickhouseSchema>>
  | z.input<ReturnType<typeof cloudwatchSchema>>
  | z.input<ReturnType<typeof genericJsonSchema>>;
export type SourceKind = SourceConfig["kind"];

/**
 * Each backend's adapter: the export of core/sources/<kind>.ts that a config lists in `backends`
 * (the bundle carries only those). Kind by kind, for the error of a source whose backend is not
 * listed.
 */
export const BACKEND_EXPORTS: Readonly<Record<SourceKind, string>> = {
  loki: "loki",
  elasticsearch: "elasticsearch",
  datadog: "datadog",
  clickhouse: "clickhouse",
  cloudwatch: "cloudwatch",
  generic_json: "genericJson",
};

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

/** Every host a source may contact; non-loopback ones become the manifest's outgoingDomains. */
export const allowedHostsSchema = /* @__PURE__ */ once(() =>
  z.array(z.union([hostName(), z.literal("127.0.0.1"), z.literal("localhost")])).check(
    z.maxLength(20),
  )
);

/** Overall time for one fetch, all pages, retries and waits included (see MAX_FETCH_BUDGET_MS). */
export const fetchBudgetSchema = /* @__PURE__ */ once(() =>
  z._default(withinCeiling(1000), MAX_FETCH_BUDGET_MS)
);

/**
 * What loading a config needs of a backend's adapter (core/sources/backend.ts's SourceBackend):
 * its kind and the schema of one source of that kind.
 */
export interface BackendSchema {
  readonly kind: SourceKind;
  configSchema(): z.ZodMiniType;
}

/** The most backends a config may list: one per kind, with room for repeats. */
const MAX_BACKENDS = 20;

/**
 * How to add the backend of `kind` to a config (its adapter's import, and `backends`). The
 * adapter's name is the kind in camelCase, as BACKEND_EXPORTS lists it (allowed_hosts_test.ts
 * holds every kind's), written from the kind so that a bundle does not carry the table.
 */
export function addBackendHint(kind: SourceKind): string {
  const name = kind.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return `import { ${name} } from "../core/sources/${kind}.ts" at the top of config/sources.ts ` +
    `and list ${name} in backends`;
}

/**
 * One source, by its kind, with the schema of the backend given for that kind: a kind whose
 * backend is not given is refused with what to add (a bundle carries only the backends given).
 */
function sourceSchema(backends: ReadonlyMap<string, BackendSchema>) {
  const kinds = Object.keys(BACKEND_EXPORTS);
  return tagged<SourceConfig, SourceInput>("kind", (kind) => {
    const backend = backends.get(kind);
    if (backend) return backend.configSchema();
    return kinds.includes(kind)
      ? `no ${kind} backend is given: ${addBackendHint(kind as SourceKind)}`
      : `one of ${kinds.join(", ")}`;
  });
}

/** The whole sources config's schema, for the backends given (their adapters). */
function sourcesConfigSchema(backends: ReadonlyMap<string, BackendSchema>) {
  return z.object({
    /** Used when a request names no source. */
    defaultSource: shared().sourceName,
    allowedHosts: allowedHostsSchema(),
    fetchBudgetMs: fetchBudgetSchema(),
    sources: z.array(sourceSchema(backends)).check(z.minLength(1), z.maxLength(20)),
  }).check(z.superRefine((config, ctx) => {
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
        ctx.addIssue({
          code: "custom",
          path: ["sources", index, "name"],
          message: "duplicate name",
        });
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
          message:
            `longer than fetchBudgetMs (${config.fetchBudgetMs} ms), which ends every request`,
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
  }));
}

type ConfigSchema = ReturnType<typeof sourcesConfigSchema>;

/** A loaded sources config: defaults filled in, with the backends (adapters) it was given. */
export type SourcesConfig<B extends BackendSchema = BackendSchema> = z.infer<ConfigSchema> & {
  backends: readonly B[];
};
/** What a sources config is written as, before defaults are filled in. */
export type SourcesConfigInput<B extends BackendSchema = BackendSchema> =
  & z.input<ConfigSchema>
  & { backends: readonly B[] };

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

/** The backends a config lists, by kind (the first of a kind counts); throws when one is not one. */
function readBackends<B extends BackendSchema>(raw: unknown): Map<string, B> {
  const given = (raw as { backends?: unknown } | null | undefined)?.backends;
  if (!Array.isArray(given) || given.length > MAX_BACKENDS) {
    throw new Error(
      "Invalid sources config: backends: a list of the backends your sources use, e.g. " +
        `[loki]; ${addBackendHint("loki")}`,
    );
  }
  const byKind = new Map<string, B>();
  given.forEach((backend: B, index) => {
    const kind = (backend as { kind?: unknown } | null)?.kind;
    if (
      typeof kind !== "string" || !Object.hasOwn(BACKEND_EXPORTS, kind) ||
      typeof backend.configSchema !== "function"
    ) {
      throw new Error(
        `Invalid sources config: backends[${index}]: not a backend; import each from ` +
          "core/sources/<kind>.ts (loki, elasticsearch, datadog, clickhouse, cloudwatch, " +
          "generic_json)",
      );
    }
    if (!byKind.has(kind)) byKind.set(kind, backend);
  });
  return byKind;
}

/**
 * Validates a raw config with the schemas of the backends it lists (`backends`: their adapters);
 * the thrown Error names the first bad field (`sources[1].baseUrl: …`).
 */
export function loadSourcesConfig<B extends BackendSchema>(raw: unknown): SourcesConfig<B> {
  const backends = readBackends<B>(raw);
  const result = sourcesConfigSchema(backends).safeParse(raw);
  if (result.success) return { ...result.data, backends: [...backends.values()] };
  const issues = result.error.issues.slice(0, 3).map((issue) =>
    `${formatPath(issue.path)}: ${issue.message}`
  );
  throw new Error(`Invalid sources config: ${issues.join("; ")}`);
}

/**
 * The manifest's outgoingDomains: allowed non-loopback hosts, unique. The schema already holds
 * them to lower case and at most 10.
 */
export function outgoingDomains(config: Pick<SourcesConfig, "allowedHosts">): string[] {
  return [...new Set(config.allowedHosts.filter((host) => !isLoopbackHost(host)))];
}
