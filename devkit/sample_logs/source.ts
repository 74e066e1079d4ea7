/**
 * The sample log service as a log source, and the sources config that adds it to the team's:
 * what the demo, the tests and `slack run` read (functions/fetch_logs/local_sample.ts adds it
 * while SAMPLE_LOGS_URL is set in the function's env). A deployed fetch_logs bundle never holds
 * it: the build hook bundles functions/fetch_logs/local_sample_deployed.ts in its place. The
 * manifest names its loopback host as an outgoing domain only under LOCAL_SAMPLE_FLAG.
 */
import {
  isLoopbackHost,
  loadSourcesConfig,
  MAX_FETCH_BUDGET_MS,
  type SourcesConfig,
  type SourcesConfigInput,
} from "../../core/sources/mod.ts";
import { genericJson } from "../../core/sources/generic_json.ts";
import { SAMPLE_LOGS_TOKEN_ENV, SAMPLE_LOGS_URL_ENV } from "./env_names.ts";

export const SAMPLE_SOURCE_NAME = "sample";

/** Where the sample log service listens: also the outgoing domain `slack run` needs for it. */
export const SAMPLE_LOGS_HOST = "127.0.0.1";

/**
 * Set to 1 in the shell for `slack run` only (`SAFE_DEBUG_LOCAL_SAMPLE=1 slack run`): the
 * manifest then names SAMPLE_LOGS_HOST among its outgoing domains, so the local function may
 * reach the sample service. Never in `.env`: the CLI loads `.env` for `slack deploy` as well.
 */
export const LOCAL_SAMPLE_FLAG = "SAFE_DEBUG_LOCAL_SAMPLE";

/** The sample service's wire format (devkit/sample_logs/mod.ts) as a generic_json source. */
const SAMPLE_SOURCE: SourcesConfigInput["sources"][number] = {
  name: SAMPLE_SOURCE_NAME,
  kind: "generic_json",
  baseUrlEnv: SAMPLE_LOGS_URL_ENV,
  auth: { type: "bearer", tokenEnv: SAMPLE_LOGS_TOKEN_ENV },
  environments: ["production", "staging"],
  defaultWindow: "15m",
  maxWindow: "24h",
  maxLines: 300,
  maxBytes: 200_000,
  pageSize: 100,
  pathTemplate:
    "/v1/logs?service={service}&environment={environment}&start={start}&end={end}&limit={limit}",
  timeFormat: "rfc3339",
  itemsPath: "/items",
  fields: {
    timestamp: "/timestamp",
    message: "/message",
    level: "/level",
    attributes: { host: "/attributes/host", trace_id: "/attributes/trace_id" },
  },
  paging: { type: "cursor", cursorPath: "/next_cursor", cursorParam: "cursor" },
  services: {
    checkout: { value: "checkout" },
    auth: { value: "auth" },
    gateway: { value: "gateway" },
    billing: { value: "billing" },
  },
};

/**
 * The team's sources (none yet: `undefined`) with the sample source added as the default, its
 * loopback host allowed and its backend (generic_json) added to the team's. Throws, naming the
 * field, when they cannot be combined (a team source already named "sample", or already 20
 * sources or allowed hosts).
 */
export function withSampleSource(team: SourcesConfig | undefined): SourcesConfig {
  const hosts = team?.allowedHosts ?? [];
  return loadSourcesConfig({
    backends: [...(team?.backends ?? []), genericJson],
    defaultSource: SAMPLE_SOURCE_NAME,
    allowedHosts: hosts.includes(SAMPLE_LOGS_HOST) ? hosts : [...hosts, SAMPLE_LOGS_HOST],
    fetchBudgetMs: team?.fetchBudgetMs ?? MAX_FETCH_BUDGET_MS,
    sources: [...(team?.sources ?? []), SAMPLE_SOURCE],
  });
}

/**
 * The sample source alone: the config of tests that read the sample service directly. Marked
 * pure so that bundles, which never read it, do not validate it at load (fetch_logs' cold start).
 */
export const SAMPLE_SOURCES_CONFIG: SourcesConfig = /* @__PURE__ */ withSampleSource(undefined);

/**
 * Why a SAMPLE_LOGS_URL may not be read as the sample service, or undefined when it may: it
 * must be a plain http URL on this machine, so that an env var set by mistake in a deployed app
 * never sends the sample token to another host.
 */
export function sampleLogsUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${SAMPLE_LOGS_URL_ENV} is not a URL`;
  }
  if (parsed.protocol !== "http:" || !isLoopbackHost(parsed.hostname)) {
    return `${SAMPLE_LOGS_URL_ENV} must be the local sample log service ` +
      `(http://${SAMPLE_LOGS_HOST}:<port>, as \`deno task sample-logs\` prints it)`;
  }
  return undefined;
}
