import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { scrubRecords } from "../excerpt.ts";
import { createScrubber } from "../scrub/mod.ts";
import type { LogRecord } from "../sources/types.ts";
import { insightsOf, minedRecord, mineScrubbedWindow } from "./insights.ts";

const T0 = Date.UTC(2026, 10, 29, 10, 0, 0);
const MINUTE = 60_000;

function record(ms: number, level: string, message: string, host = "checkout-1"): LogRecord {
  return {
    time: new Date(ms).toISOString(),
    level,
    message,
    attributes: { host, trace_id: `t${ms}` },
  };
}

/** Records newest first, as sources return them. */
const newestFirst = (records: LogRecord[]) =>
  records.toSorted((a, b) => Date.parse(b.time) - Date.parse(a.time));

Deno.test("minedRecord: the message as scrubbed, without the time, level and attributes around it", () => {
  const r = record(T0, "error", "payment failed for order 7");
  deepStrictEqual(
    minedRecord(r, [`${r.time} ERROR payment failed for order 7 host=checkout-1 trace_id=t1`]),
    { text: "payment failed for order 7", time: r.time, level: "error" },
  );
  // A multi-line record keeps its later lines; the attributes end its last line.
  deepStrictEqual(
    minedRecord(r, [`${r.time} ERROR boom`, "  at f (a.ts:1)", "  at g host=x trace_id=y"]).text,
    "boom\n  at f (a.ts:1)\n  at g",
  );
  // When scrubbing changed the start, the whole scrubbed line is mined, its level from its words.
  deepStrictEqual(minedRecord(r, ["[REDACTED:x] ERROR payment failed"]), {
    text: "[REDACTED:x] ERROR payment failed",
  });
});

Deno.test("lines differing only in a secret give one template with a placeholder, never a value", () => {
  const keys = ["AKIAQ3EGUSBKHZXWJ4PN", "AKIAZ3MQ7XK2LP4RTW5N", "AKIAJ7W2XQ4LMN5PRS3T"];
  const records = newestFirst(
    keys.map((key, i) =>
      record(T0 + i * MINUTE, "error", `upload failed with key ${key} for jane.doe@example.com`)
    ),
  );
  const scrubbed = scrubRecords(records, createScrubber());
  const { summary } = mineScrubbedWindow({ records, matching: scrubbed.matching }, {
    start: T0,
    end: T0 + 15 * MINUTE,
  });
  strictEqual(summary.patterns.length, 1);
  strictEqual(summary.patterns[0].template, "upload failed with key <*> for <*>");
  ok(summary.patterns[0].example.includes("[REDACTED:aws-access-key-id]"));
  const all = JSON.stringify(summary);
  for (const secret of [...keys, "jane.doe", "example.com"]) {
    ok(!all.includes(secret), `the insights hold ${secret}`);
  }
});

Deno.test("only the records whose scrubbed text matched are counted; the example is the first line", () => {
  const records = newestFirst([
    record(T0, "info", "cache miss for key 1"),
    record(T0 + MINUTE, "error", "disk full on /dev/sda"),
    record(T0 + 2 * MINUTE, "info", "cache miss for key 2"),
    record(T0 + 3 * MINUTE, "warn", "password=cachemiss12 rotated"),
  ]);
  const scrubbed = scrubRecords(records, createScrubber(), "cache");
  const { summary, examples } = mineScrubbedWindow(
    { records, matching: scrubbed.matching },
    { start: T0, end: T0 + 5 * MINUTE },
  );
  strictEqual(summary.total, 2, "the password line matched only in its raw text");
  deepStrictEqual(summary.levels, { error: 0, warn: 0, info: 2, debug: 0, unknown: 0 });
  deepStrictEqual(summary.patterns.map((p) => [p.template, p.count]), [[
    "cache miss for key <*>",
    2,
  ]]);
  strictEqual(summary.patterns[0].firstSeen, T0);
  strictEqual(summary.patterns[0].lastSeen, T0 + 2 * MINUTE);
  deepStrictEqual(examples, [[
    `${records[3].time} INFO cache miss for key 1 host=checkout-1 trace_id=t${T0}`,
  ]]);
});

Deno.test("the sparkline spans [start, end): a line at the first instant is in the first bar, one just before the end in the last", () => {
  const start = T0 + 30_000; // mid-minute
  const end = start + 5 * MINUTE;
  const records = newestFirst([
    record(start, "info", "tick"),
    record(end - 1, "error", "tock"),
  ]);
  const scrubbed = scrubRecords(records, createScrubber());
  const insights = insightsOf(
    mineScrubbedWindow({ records, matching: scrubbed.matching }, { start, end }).summary,
    false,
    { state: "off" },
  );
  const spark = insights.sparkline!;
  strictEqual(spark.start, T0, "bars start at the minute the window starts in");
  strictEqual(spark.bars.length, 6, "10:00:30 to 10:05:30 touches six minutes");
  strictEqual(spark.bars[0], "█");
  strictEqual(spark.bars.at(-1), "█");
  strictEqual(spark.bars.slice(1, -1), "▁▁▁▁");
  strictEqual(spark.errors, "     ^");
});

Deno.test("with the previous window: patterns absent there are new, ones that rose sharply are rising", () => {
  const current: LogRecord[] = [];
  const previous: LogRecord[] = [];
  for (let i = 0; i < 40; i++) {
    current.push(record(T0 + i * 1000, "warn", `slow query took ${i}ms`));
    current.push(record(T0 + i * 1000 + 1, "info", `request ${i} done`));
  }
  for (let i = 0; i < 5; i++) {
    current.push(record(T0 + i * 1000 + 2, "error", `connection to db-${i} refused`));
    previous.push(record(T0 - MINUTE + i * 1000, "warn", `slow query took ${i}ms`));
  }
  for (let i = 0; i < 40; i++) {
    previous.push(record(T0 - MINUTE + i * 1000 + 1, "info", `request ${i} done`));
  }
  const scrubber = createScrubber();
  const window = (records: LogRecord[]) => ({
    records: newestFirst(records),
    matching: scrubRecords(newestFirst(records), scrubber).matching,
  });
  const mined = mineScrubbedWindow(window(current), { start: T0, end: T0 + MINUTE }, {
    previous: window(previous),
  });
  const insights = insightsOf(mined.summary, false, {
    state: "done",
    start: T0 - MINUTE,
    end: T0,
    lines: 45,
    partial: false,
  });
  deepStrictEqual(
    insights.patterns.map((p) => [p.template, p.level, p.count, p.previous, p.change]),
    [
      ["connection to db-<*> refused", "error", 5, 0, "new"],
      ["slow query took <*>", "warn", 40, 5, "rising"],
      ["request <*> done", "info", 40, 40, null],
    ],
  );
  // Without a comparison nothing is marked, and no previous count is claimed.
  const alone = insightsOf(mined.summary, false, { state: "off" });
  ok(alone.patterns.every((p) => p.change === null && p.previous === null));
});
