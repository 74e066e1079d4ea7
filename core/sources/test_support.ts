/** Helpers for the adapter tests: a one-source config pointed at a fake, and real-clock deps. */
import { loadSourcesConfig, type SourcesConfig } from "./config.ts";
import type { SourceDeps } from "./types.ts";

/** Fast retries so the retry tests finish quickly; everything else as configured. */
export const FAST_RETRY = { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 };

export function oneSourceConfig(
  source: Record<string, unknown>,
  baseUrl: string,
  budgetMs = 10_000,
): SourcesConfig {
  return loadSourcesConfig({
    defaultSource: source.name,
    allowedHosts: ["127.0.0.1"],
    fetchBudgetMs: budgetMs,
    sources: [{ retry: FAST_RETRY, ...source, baseUrl }],
  });
}

export function deps(env: Record<string, string> = {}): SourceDeps {
  return { fetch, env, now: Date.now };
}

/** A fixed past window, well inside the default 24 h maximum. */
export const WINDOW = "2025-06-01T10:00:00Z/2025-06-01T10:15:00Z";
export const WINDOW_START_MS = Date.parse("2025-06-01T10:00:00Z");
