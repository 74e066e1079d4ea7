/**
 * Insights for the render tests: a pattern and a window's insights with everyday values, each
 * field overridable, so a test writes only what it is about.
 */
import type { InsightPattern, ReportInsights } from "./insights.ts";

/** The window's start in these tests: 2026-11-29 10:00 UTC. */
export const T0 = Date.UTC(2026, 10, 29, 10, 0, 0);

/** `template` seen 3 times at info, first a minute after T0 and last 10 minutes after; `extra` over it. */
export function insightPattern(
  template: string,
  extra: Partial<InsightPattern> = {},
): InsightPattern {
  return {
    template,
    count: 3,
    level: "info",
    first: T0 + 60_000,
    last: T0 + 600_000,
    example: template.replaceAll("<*>", "7"),
    previous: null,
    change: null,
    ...extra,
  };
}

/** The insights of a 300-line window with `patterns`, a sparkline and no comparison; `extra` over it. */
export function insightsOf(
  patterns: InsightPattern[],
  extra: Partial<ReportInsights> = {},
): ReportInsights {
  return {
    lines: 300,
    filtered: false,
    levels: { error: 12, warn: 30, info: 250, debug: 8, unknown: 0 },
    sparkline: { start: T0, minutesPerBar: 1, bars: "▁▂▅█▃", errors: "  ^ ^" },
    patterns,
    patternCount: patterns.length,
    comparison: { state: "off" },
    ...extra,
  };
}
