/** `fetchLogs`: picks the source, checks the request against its config, runs its adapter. */
import type { LogQuery, LogResult, SourceDeps, Timers } from "./types.ts";
import { LogSourceError } from "./types.ts";
import {
  addBackendHint,
  baseUrlProblem,
  configuredBaseUrl,
  type SourceConfig,
  type SourcesConfig,
} from "./config.ts";
import type { SourceBackend } from "./backend.ts";
import { type AdapterContext, basicCredentials, secretNames } from "./context.ts";
import { cleanDetail, sourceError } from "./http.ts";
import { parseDuration, parseWindow } from "./window.ts";

export interface FetchRequest {
  /** Source name; the config's defaultSource when omitted. */
  source?: string;
  service: string;
  environment: string;
  /** `15m`, `2h`, `<ISO>/<ISO>`, `<ISO>` or empty for the source's default window. */
  window: string;
  /** Capped at the source's maxLines. */
  maxLines?: number;
}

export type FetchResult = LogResult & { source: string; start: Date; end: Date };

/** The global setTimeout and clearTimeout (called on globalThis, as a Timers). */
const GLOBAL_TIMERS: Timers = globalThis;

/** Reads with the adapter of the source's backend, one of those the config was loaded with. */
function runAdapter(
  config: SourcesConfig<SourceBackend>,
  source: SourceConfig,
  query: LogQuery,
  ctx: AdapterContext,
): Promise<LogResult> {
  const backend = config.backends.find((candidate) => candidate.kind === source.kind);
  if (!backend) {
    throw sourceError(
      source.name,
      `no ${source.kind} backend is configured: ${addBackendHint(source.kind)}`,
      "config",
    );
  }
  return backend.read(source, query, ctx);
}

/**
 * A source, service or environment the config does not name: the name asked for (cleaned, cut
 * to 40 characters), where it was looked for, and up to 20 names that would work.
 */
function unknownName(what: string, name: string, where: string, known: string[]): LogSourceError {
  return new LogSourceError(
    `Unknown ${what} "${cleanDetail(name, []).slice(0, 40)}"${where}, known: ${
      known.slice(0, 20).join(", ")
    }.`,
    "config",
  );
}

function pickSource(config: SourcesConfig, name: string | undefined): SourceConfig {
  const wanted = name?.trim() || config.defaultSource;
  const source = config.sources.find((candidate) => candidate.name === wanted);
  if (!source) {
    throw unknownName("log source", wanted, "", config.sources.map((s) => s.name));
  }
  return source;
}

function resolveBaseUrl(config: SourcesConfig, source: SourceConfig, deps: SourceDeps): URL {
  const configured = configuredBaseUrl(source);
  const fromEnv = source.baseUrlEnv ? deps.env[source.baseUrlEnv] : undefined;
  const base = fromEnv || configured;
  if (!base) {
    throw sourceError(
      source.name,
      `its base URL comes from the env var ${source.baseUrlEnv}, which is not set`,
      "config",
    );
  }
  const problem = baseUrlProblem(base, config.allowedHosts);
  if (problem) throw sourceError(source.name, `the base URL ${problem}`, "config");
  return new URL(base);
}

function resolveSecrets(source: SourceConfig, deps: SourceDeps): Record<string, string> {
  const secrets: Record<string, string> = {};
  for (const name of secretNames(source)) {
    const value = deps.env[name];
    if (!value) {
      throw sourceError(
        source.name,
        `the secret ${name} is not set in the function's env (slack env add ${name} …)`,
        "config",
      );
    }
    secrets[name] = value;
  }
  return secrets;
}

export async function fetchLogs(
  config: SourcesConfig<SourceBackend>,
  request: FetchRequest,
  deps: SourceDeps,
): Promise<FetchResult> {
  const source = pickSource(config, request.source);
  const inSource = ` for source "${source.name}"`;
  if (!Object.hasOwn(source.services, request.service)) {
    throw unknownName("service", request.service, inSource, Object.keys(source.services));
  }
  if (!source.environments.includes(request.environment)) {
    throw unknownName("environment", request.environment, inSource, source.environments);
  }
  const now = deps.now();
  let window: { start: Date; end: Date };
  try {
    window = parseWindow(request.window, {
      defaultWindowMs: parseDuration(source.defaultWindow),
      maxWindowMs: parseDuration(source.maxWindow),
    }, now);
  } catch (error) {
    throw new LogSourceError((error as Error).message, "bad_query");
  }
  const secrets = resolveSecrets(source, deps);
  const baseUrl = resolveBaseUrl(config, source, deps);
  const requested = request.maxLines ?? source.maxLines;
  const query: LogQuery = {
    service: request.service,
    environment: request.environment,
    start: window.start,
    end: window.end,
    maxLines: Math.max(1, Math.min(source.maxLines, Math.floor(requested) || 1)),
    maxBytes: source.maxBytes,
    deadline: now + config.fetchBudgetMs,
  };
  const ctx: AdapterContext = {
    baseUrl,
    secrets,
    http: {
      sourceName: source.name,
      origin: baseUrl.origin,
      fetch: deps.fetch,
      now: deps.now,
      timers: deps.timers ?? GLOBAL_TIMERS,
      deadline: query.deadline,
      budgetMs: config.fetchBudgetMs,
      timeoutMs: source.requestTimeoutMs,
      retry: source.retry,
      secrets: secretValues(secrets),
      maxResponseBytes: source.maxResponseBytes,
    },
  };
  const result = await runAdapter(config, source, query, ctx);
  return { ...result, source: source.name, start: window.start, end: window.end };
}

/** Raw secret values plus the Basic-auth encodings they may appear in. */
function secretValues(secrets: Record<string, string>): string[] {
  const values = Object.values(secrets);
  const encoded = values.flatMap((user) =>
    values.map((password) => basicCredentials(user, password))
  );
  return [...values, ...encoded];
}
