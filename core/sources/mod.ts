/**
 * Log sources: config, time windows and `fetchLogs` over the backends a config lists. Each
 * backend's adapter is imported from its own module (`loki` from ./loki.ts …), never from here,
 * so that a bundle carries only the backends its config names.
 */
import type { SourceBackend } from "./backend.ts";
import type {
  SourcesConfig as SourcesConfigOf,
  SourcesConfigInput as SourcesConfigInputOf,
} from "./config.ts";
import { loadSourcesConfig as loadWith } from "./config.ts";
export {
  isLoopbackHost,
  MAX_FETCH_BUDGET_MS,
  outgoingDomains,
  type SourceConfig,
  type SourceKind,
} from "./config.ts";
export type { SourceBackend } from "./backend.ts";

/** A loaded sources config with its backends' adapters. */
export type SourcesConfig = SourcesConfigOf<SourceBackend>;
/** A sources config as written, with the adapters of the backends its sources use. */
export type SourcesConfigInput = SourcesConfigInputOf<SourceBackend>;

/** Validates a sources config against the backends it lists; the Error names the first bad field. */
export function loadSourcesConfig(raw: unknown): SourcesConfig {
  return loadWith<SourceBackend>(raw);
}
export { parseDuration, parseWindow, type WindowLimits } from "./window.ts";
export { fetchLogs, type FetchRequest, type FetchResult } from "./fetch_logs.ts";
export { checkFilter, MAX_FILTER_CHARS } from "./filter.ts";
export {
  type LogQuery,
  type LogRecord,
  type LogResult,
  LogSourceError,
  type ReadStop,
  type SourceDeps,
  type Timers,
} from "./types.ts";
