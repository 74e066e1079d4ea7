import { deepStrictEqual as assertEquals, ok as assert } from "@node/assert";
import { createScrubber } from "../scrub/mod.ts";
import { type LogRecord, minePatterns, type PatternOptions, PatternSummarizer } from "./summary.ts";
import { MinuteCounts } from "./minute_counts.ts";

const T0 = Date.UTC(2025, 5, 3, 10, 0, 0);
const MINUTE = 60_000;

Deno.test("counts lines by level over every line, from the level field or the text", () => {
  const summary = minePatterns([
    { text: "disk full", level: "ERROR" },
    { text: "2025-06-03T10:00:00Z WARN slow query took 3s" },
    { text: '{"level":"info","msg":"ok"}' },
    { text: 'GET /api/orders/7 HTTP/1.1" 503 12' },
    { text: "plain words" },
  ]);
  assertEquals(summary.total, 5);
  assertEquals(summary.levels, { error: 2, warn: 1, info: 1, debug: 0, unknown: 1 });
});

Deno.test("patterns: errors first, then by count; with first and last seen and an example", () => {
  const records: LogRecord[] = [];
  for (let i = 0; i < 6; i++) {
    records.push({ text: `cache miss for key k${i}`, level: "info", time: T0 + i * MINUTE });
  }
  for (let i = 0; i < 3; i++) {
    records.push({ text: `disk full on /dev/sd${i}`, level: "error", time: T0 + i * MINUTE });
  }
  for (let i = 0; i < 9; i++) {
    records.push({ text: `slow request ${i}ms`, level: "warn", time: T0 + i * MINUTE });
  }
  const summary = minePatterns(records);
  assertEquals(summary.patterns.map((p) => [p.template, p.level, p.count]), [
    ["disk full on /dev/<*>", "error", 3],
    ["slow request <*>", "warn", 9],
    ["cache miss for key <*>", "info", 6],
  ]);
  const disk = summary.patterns[0];
  assertEquals([disk.firstSeen, disk.lastSeen, disk.firstLine, disk.lastLine], [
    T0,
    T0 + 2 * MINUTE,
    7,
    9,
  ]);
  assertEquals(disk.example, "disk full on /dev/sd0");
});

Deno.test("one template at two levels is two patterns", () => {
  const summary = minePatterns([
    { text: "request done", level: "info" },
    { text: "request done", level: "error" },
    { text: "request done", level: "info" },
  ]);
  assertEquals(summary.patterns.map((p) => [p.level, p.count]), [["error", 1], ["info", 2]]);
});

Deno.test("a record of several lines is grouped by its first line and keeps them in its example", () => {
  const trace = (frame: number) =>
    `TypeError: x is undefined\n    at f (app.ts:${frame}:1)\n    at g (app.ts:9:9)`;
  const summary = minePatterns([{ text: trace(1), level: "error" }, {
    text: trace(2) + "\n    at h",
    level: "error",
  }]);
  assertEquals(summary.patterns.length, 1);
  assertEquals(summary.patterns[0].template, "TypeError: x is undefined");
  assertEquals(summary.patterns[0].example, trace(1));
});

Deno.test("sparkline: one bar a minute across the window, empty minutes lowest, errors marked", () => {
  const window = { start: T0, end: T0 + 5 * MINUTE };
  const summary = minePatterns([
    { text: "a", time: T0, level: "info" }, // the window's first instant
    { text: "a", time: T0 + 1 * MINUTE + 5, level: "info" },
    { text: "a", time: T0 + 1 * MINUTE + 6, level: "info" },
    { text: "b", time: T0 + 3 * MINUTE, level: "error" },
    { text: "a", time: T0 + 5 * MINUTE, level: "info" }, // its last instant: the last bar
    { text: "a", time: T0 + 5 * MINUTE + 1, level: "info" }, // after it: not drawn
    { text: "a", time: T0 - 1, level: "info" }, // before it: not drawn
  ], { window });
  const spark = summary.sparkline!;
  assertEquals(spark.buckets.map((b) => b.lines), [1, 2, 0, 1, 1]);
  assertEquals(spark.bars, "▅█▁▅▅");
  assertEquals(spark.errorMarks, "   ^ ");
  assertEquals(spark.outside, 2);
  assertEquals(spark.buckets[0].start, T0);
});

Deno.test("sparkline: a long window has several minutes per bar and at most maxBars bars", () => {
  const window = { start: T0, end: T0 + 180 * MINUTE };
  const records = Array.from({ length: 180 }, (_, i) => ({ text: "tick", time: T0 + i * MINUTE }));
  const spark = minePatterns(records, { window, maxBars: 60 }).sparkline!;
  assertEquals(spark.minutesPerBar, 3);
  assertEquals(spark.bars.length, 60);
  assertEquals(spark.bars, "█".repeat(60));
});

Deno.test("sparkline: without a window it spans the records' minutes; none without times", () => {
  const spark = minePatterns([
    { text: "a", time: "2025-06-03T10:00:30Z" },
    { text: "a", time: "2025-06-03T10:03:10Z" },
  ]).sparkline!;
  assertEquals(spark.bars.length, 4);
  assertEquals(spark.bars, "█▁▁█");
  assertEquals(minePatterns([{ text: "a" }]).sparkline, null);
});

Deno.test("sparkline: a summarizer counts lines over its window, or the timeline it is given", () => {
  const records = [
    { text: "a", time: "2025-06-03T10:00:30Z", level: "error" },
    { text: "a", time: "2025-06-03T10:03:10Z" },
  ];
  const drawn = (options: PatternOptions) => {
    const summarizer = new PatternSummarizer(options);
    for (const record of records) summarizer.add(record);
    return summarizer.summary().sparkline;
  };
  assertEquals(drawn({}), null);
  assertEquals(drawn({ timeline: new MinuteCounts() }), minePatterns(records).sparkline);
  assertEquals(drawn({ timeline: new MinuteCounts() })?.errorMarks, "^   ");
  const window = { start: T0, end: T0 + 10 * MINUTE };
  assertEquals(drawn({ window, timeline: new MinuteCounts() })?.bars.length, 10);
});

Deno.test("patterns absent from the previous window are new; ones that rose sharply are rising", () => {
  const previous = [
    ...Array.from({ length: 5 }, (_, i) => ({ text: `payment ${i} retried`, level: "warn" })),
    ...Array.from({ length: 10 }, (_, i) => ({ text: `user ${i} logged in`, level: "info" })),
  ];
  const records = [
    ...Array.from({ length: 30 }, (_, i) => ({ text: `payment ${i} retried`, level: "warn" })),
    ...Array.from({ length: 12 }, (_, i) => ({ text: `user ${i} logged in`, level: "info" })),
    { text: "disk full on /dev/sda1", level: "error" },
  ];
  const summary = minePatterns(records, { previous });
  assert(summary.compared);
  const change = Object.fromEntries(
    summary.patterns.map((p) => [p.template, [p.change, p.previousCount]]),
  );
  assertEquals(change, {
    "disk full on /dev/<*>": ["new", 0],
    "payment <*> retried": ["rising", 5],
    "user <*> logged in": [null, 10],
  });
  assertEquals(minePatterns(records).patterns[0].change, null);
});

Deno.test("the pattern list is bounded and says how many there were", () => {
  // Ten kinds of lines: "happened", "x happened", "x x happened", …
  const records = Array.from(
    { length: 50 },
    (_, i) => ({ text: `${"x ".repeat(i % 10)}happened` }),
  );
  const summary = minePatterns(records, { maxPatterns: 3, maxExampleChars: 5 });
  assertEquals(summary.patterns.length, 3);
  assertEquals(summary.patternCount, 10);
  for (const p of summary.patterns) assert(p.example.length <= 5);
});

Deno.test("lines that differ only in their secrets give one template that holds no secret", () => {
  const secrets = [
    "ghp_0123456789abcdefghijABCDEFGHIJ012345",
    "ghp_ZYXWVUTSRQPONMLKJIHGzyxwvutsrqpon987",
    "ghp_aaaaBBBBccccDDDDeeeeFFFFggggHHHH1111",
  ];
  const scrubber = createScrubber();
  const records = secrets.map((s) => ({
    text: scrubber.scrub(`deploy failed: token=${s} user=ops@example.com`).text,
    level: "error",
  }));
  const summary = minePatterns(records);
  assertEquals(summary.patterns.length, 1);
  const { template, example } = summary.patterns[0];
  assertEquals(template, "deploy failed: token=<*> user=<*>");
  const output = JSON.stringify(summary);
  for (const secret of [...secrets, "ops@example.com", "ops", "example.com"]) {
    assert(!output.includes(secret), `the summary holds ${secret}`);
  }
  assert(example.includes("[REDACTED:"));
});

Deno.test("past maxShapes, lines still count at their own level", () => {
  const records = [
    { text: "alpha one" },
    { text: "INFO beta two" },
    { text: "ERROR gamma three" },
    { text: "WARN delta four" },
  ];
  const summary = minePatterns(records, { maxShapes: 1 });
  assertEquals(summary.levels, { error: 1, warn: 1, info: 1, debug: 0, unknown: 1 });
});
