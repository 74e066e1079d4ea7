/**
 * The one shape every log backend adapter reads into, and the request it answers.
 * Nothing here knows about Slack.
 */

/** One log line, normalised. Raw backend objects never leave the adapter. */
export interface LogRecord {
  /** ISO-8601 UTC, millisecond precision at least (`2026-11-29T10:00:00.123Z`). */
  time: string;
  /** Nanoseconds since the epoch as a decimal string, where the backend gives them. */
  timeNs?: string;
  /** Lower-case level where known: `error`, `warn`, `info`, `debug`. */
  level?: string;
  message: string;
  /** Label / field values worth showing (`pod`, `trace_id` …). Scrubbed like the message. */
  attributes: Record<string, string>;
}

/** What `fetch_logs` asks a source for. All bounds are already validated and clamped. */
export interface LogQuery {
  service: string;
  environment: string;
  /** Inclusive start, exclusive end. */
  start: Date;
  end: Date;
  /** Stop after this many records … */
  maxLines: number;
  /** … or this many bytes of message text … */
  maxBytes: number;
  /** … or at this wall-clock instant (epoch ms), whichever comes first. */
  deadline: number;
}

/** What stopped a read before every line of the window was read or could be kept. */
export type ReadStop = "line_limit" | "byte_limit" | "time_limit" | "page_limit" | "repeated_page";

export interface LogResult {
  /**
   * Newest first by timestamp (ties in the backend's order), all inside [start, end), none
   * repeated: the newest lines read, within the line and byte budgets (see readPages).
   */
  records: LogRecord[];
  /** True when a line, byte, page or time budget, or a paging loop, left lines of the window out. */
  truncated: boolean;
  /** Set exactly when `truncated`: the budget (or loop) that left lines out. */
  stoppedBy?: ReadStop;
  /**
   * Secret-free notices that the result is partial: a backend's own (ES shard failures, Datadog
   * timeout), a paging loop that was stopped, or an oldest-first read that stopped early.
   */
  partial?: string;
  /** How many HTTP pages were read. */
  pages: number;
  /** Records the backend returned stamped outside [start, end): dropped, not shown. */
  outOfWindow: number;
  /** Records a later page repeated from an earlier one: dropped, each line is shown once. */
  repeated: number;
}

/** Timer functions, injected so that tests can run the time budgets on a virtual clock. */
export interface Timers {
  /** Returns a handle for clearTimeout. */
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** What an adapter may use from its environment; injected so tests need no globals. */
export interface SourceDeps {
  fetch: typeof fetch;
  /** Secrets by name, from the Slack function's `env` (never `Deno.env`). */
  env: Record<string, string | undefined>;
  now: () => number;
  /** The global setTimeout/clearTimeout when omitted. Give `now` from the same clock. */
  timers?: Timers;
}

/** Raised for every failure a person should read: message says what and what to do; never a secret. */
export class LogSourceError extends Error {
  constructor(
    message: string,
    /** Machine-readable: `auth`, `not_found`, `bad_query`, `rate_limited`, `unavailable`, `timeout`, `malformed`, `config`. */
    readonly code: string,
  ) {
    super(message);
    this.name = "LogSourceError";
  }
}
