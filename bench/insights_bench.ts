/**
 * The report's log insights as fetch_logs builds them (`deno task bench`): 5,000 records already
 * scrubbed (scrubbing is the excerpt's cost, paid once for both), mined into the summary,
 * turned into the insights and encoded for the step's output; with the previous window's 5,000
 * too; and the report's blocks drawn from them. The records are synthetic and deterministic.
 */
import { scrubRecords } from "../core/excerpt.ts";
import { insightsOf, mineScrubbedWindow } from "../core/render/insights.ts";
import { examplesExcerpt } from "../core/render/insights_excerpt.ts";
import { decodeInsights, encodeInsights } from "../core/render/insights_transport.ts";
import { buildReportMessage } from "../core/render/report_blocks.ts";
import { createScrubber } from "../core/scrub/mod.ts";
import type { LogRecord } from "../core/sources/types.ts";
import { randomSource } from "../core/patterns/testdata/styles.ts";

const r = randomSource(11);
const T0 = Date.UTC(2025, 5, 3, 10, 0, 0);
const HOUR = 3_600_000;
const SERVICES = ["api", "auth", "billing", "worker", "search"];

function sampleRecord(time: number, i: number): LogRecord {
  const attributes = { host: `${r.pick(SERVICES)}-${r.hex(4)}`, trace_id: r.hex(16) };
  const at = new Date(time).toISOString();
  switch (i % 6) {
    case 0:
      return {
        time: at,
        level: "info",
        message: JSON.stringify({
          msg: r.pick(["request completed", "cache miss", "job finished"]),
          request_id: r.uuid(),
          duration_ms: r.int(1, 2000),
        }),
        attributes,
      };
    case 1:
      return {
        time: at,
        level: "info",
        message: `${r.pick(["GET", "POST"])} /v2/orders/${r.int(1, 99999)} ${
          r.pick([200, 201, 404])
        } ${r.int(1, 900)}ms`,
        attributes,
      };
    case 2:
      return {
        time: at,
        level: "warn",
        message: `rate-limit bucket=${r.pick(SERVICES)}:${r.uuid()} remaining=${r.int(0, 99)}`,
        attributes,
      };
    case 3:
      return {
        time: at,
        level: "debug",
        message: `sql: SELECT id FROM orders WHERE account_id = $1 -- params=[${r.int(1, 99999)}]`,
        attributes,
      };
    case 4:
      return {
        time: at,
        level: "info",
        message: `login ok user=${r.pick(["ana", "bo", "cy"])}.${r.hex(4)}@example.com ip=10.0.${
          r.int(0, 255)
        }.${r.int(0, 255)}`,
        attributes,
      };
    default:
      return {
        time: at,
        level: "error",
        message: `TypeError: Cannot read properties of undefined (reading '${
          r.pick(["id", "user", "items"])
        }')\n    at handler (file:///app/src/users.ts:${r.int(1, 300)}:${r.int(1, 40)})`,
        attributes,
      };
  }
}

/** Newest first, as sources return them: 5,000 over an hour. */
const window = (start: number) =>
  Array.from({ length: 5_000 }, (_, i) => sampleRecord(start + HOUR - 1 - i * 720, i));
const scrubber = createScrubber();
const records = window(T0);
const previousRecords = window(T0 - HOUR);
const current = { records, matching: scrubRecords(records, scrubber).matching };
const previous = {
  records: previousRecords,
  matching: scrubRecords(previousRecords, scrubber).matching,
};
const span = { start: T0, end: T0 + HOUR };

Deno.bench(
  "insights: 5,000 scrubbed records mined, encoded for the output",
  { group: "app" },
  () => {
    const { summary } = mineScrubbedWindow(current, span);
    encodeInsights(insightsOf(summary, false, { state: "off" }));
  },
);

Deno.bench(
  "insights: and the previous window's 5,000, new and rising marked",
  { group: "app" },
  () => {
    const { summary } = mineScrubbedWindow(current, span, { previous });
    encodeInsights(
      insightsOf(summary, false, {
        state: "done",
        start: T0 - HOUR,
        end: T0,
        lines: 5_000,
        partial: false,
      }),
    );
  },
);

const mined = mineScrubbedWindow(current, span);
const json = encodeInsights(insightsOf(mined.summary, false, { state: "off" }));
const examples = examplesExcerpt(mined.examples);

Deno.bench("insights: read back and drawn in the report, one example per pattern", () => {
  const insights = decodeInsights(json);
  if ("problem" in insights) throw new Error(insights.problem);
  buildReportMessage({
    service: "api",
    environment: "production",
    windowStart: new Date(span.start),
    windowEnd: new Date(span.end),
    requesterId: "U012ABC",
    excerpt: examples.chunks,
    lineCount: examples.lineCount,
    truncated: false,
    counts: {},
    expiresAt: new Date(span.end + HOUR),
    insights,
    excerptMode: "patterns",
  });
});
