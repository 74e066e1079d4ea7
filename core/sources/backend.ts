/**
 * A log backend's adapter: its kind, the schema of one source of that kind and its reader. Each
 * backend's module exports one (`loki` from ./loki.ts …); a sources config lists those it uses in
 * `backends`, so a function bundle carries only them.
 */
import type * as z from "../zod.ts";
import type { SourceConfig } from "./config.ts";
import type { AdapterContext } from "./context.ts";
import type { LogQuery, LogResult } from "./types.ts";

export interface SourceBackend<S extends SourceConfig = SourceConfig> {
  readonly kind: S["kind"];
  /** The schema of one source of this kind, built on first use. */
  configSchema(): z.ZodMiniType<S>;
  /** Reads the query's window from `source`, within the query's budgets. */
  read(source: S, query: LogQuery, ctx: AdapterContext): Promise<LogResult>;
}
