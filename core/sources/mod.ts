/** Log sources: config, time windows and `fetchLogs` over every supported backend. */
export {
  isLoopbackHost,
  loadSourcesConfig,
  MAX_FETCH_BUDGET_MS,
  outgoingDomains,
  type SourceConfig,
  type SourceKind,
  type SourcesConfig,
  type SourcesConfigInput,
} from "./config.ts";
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
