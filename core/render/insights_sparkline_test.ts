/**
 * The sparkline of a report's insights at its edges: a window of whole minutes has one bar a
 * minute (the minute at its end is outside it), a window inside one minute still has its one
 * bar, and a summary with no sparkline gives insights without one.
 */
import { strictEqual } from "@node/assert";
import { scrubRecords } from "../excerpt.ts";
import { PatternSummarizer } from "../patterns/mod.ts";
import { createScrubber } from "../scrub/mod.ts";
import type { LogRecord } from "../sources/types.ts";
import { insightsOf, mineScrubbedWindow } from "./insights.ts";

const T0 = Date.UTC(2026, 10, 29, 10, 0, 0);
const MINUTE = 60_000;
const scrubber = createScrubber();

const record = (ms: number, message: string): LogRecord => ({
  time: new Date(ms).toISOString(),
  level: "info",
  message,
  attributes: {},
});

function sparklineOf(window: { start: number; end: number }, times: number[]) {
  const records = times.toSorted((a, b) => b - a).map((t, i) => record(t, `tick ${i}`));
  const { matching } = scrubRecords(records, scrubber);
  const { summary } = mineScrubbedWindow({ records, matching }, window);
  return insightsOf(summary, false, { state: "off" }).sparkline;
}

Deno.test("a window of whole minutes has a bar for each of its minutes, none for the one at its end", () => {
  for (const minutes of [1, 5, 30]) {
    const end = T0 + minutes * MINUTE;
    const spark = sparklineOf({ start: T0, end }, [T0, end - 1]);
    strictEqual(spark?.bars.length, minutes, `${minutes} minutes`);
    strictEqual(spark?.start, T0);
  }
});

Deno.test("a window inside one minute still has its one bar", () => {
  const spark = sparklineOf({ start: T0 + 10_000, end: T0 + 40_000 }, [T0 + 20_000]);
  strictEqual(spark?.bars, "█");
});

Deno.test("a summary without a sparkline gives insights without one", () => {
  // No window and no line: nothing to draw.
  const summary = new PatternSummarizer({}).summary();
  strictEqual(summary.sparkline, null);
  strictEqual(insightsOf(summary, false, { state: "off" }).sparkline, null);
});
