/**
 * The insights value between steps at every bound, with generated cases: the reader takes each
 * field up to its limit and refuses one past it (a Workflow Builder author can wire any text into
 * the input), the writer keeps exactly the top patterns that fit the byte budget once escaped,
 * and a cut text never splits a surrogate pair and keeps as much as fits.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../devkit/sample_logs/random.ts";
import { utf8Length } from "../excerpt.ts";
import type { InsightPattern, ReportInsights } from "./insights.ts";
import { cutText, decodeInsights, encodeInsights } from "./insights_transport.ts";
import { escapeSlackText } from "./slack_escape.ts";

const random = seededRandom(0x1a5);
const T0 = Date.UTC(2026, 10, 29, 10, 0, 0);

function pattern(i: number): InsightPattern {
  return {
    template: `job <*> step ${i} & <retry> ${"x".repeat(random.int(30))}`,
    count: 1 + random.int(5),
    level: random.pick(["error", "warn", "info", "debug", "unknown"] as const),
    first: T0,
    last: T0 + 60_000 * random.int(10),
    example: `job 7 step ${i} <@U1> ${"é".repeat(random.int(10))}`,
    previous: random.pick([null, 3]),
    change: random.pick([null, "new", "rising"] as const),
  };
}

function insights(patterns: InsightPattern[]): ReportInsights {
  const levels = { error: 0, warn: 0, info: 0, debug: 0, unknown: 0 };
  for (const p of patterns) levels[p.level] += p.count;
  return {
    lines: patterns.reduce((n, p) => n + p.count, 0),
    filtered: false,
    levels,
    sparkline: { start: T0, minutesPerBar: 1, bars: "▁▃█", errors: "  ^" },
    patterns,
    patternCount: patterns.length,
    comparison: { state: "off" },
  };
}

const escapedBytes = (json: string) => utf8Length(escapeSlackText(json));

/** A valid wire value (as encodeInsights writes it) to vary one field of. */
const good = () => JSON.parse(encodeInsights(insights([pattern(1), pattern(2)])));
const accepted = (value: unknown) => !("problem" in decodeInsights(JSON.stringify(value)));

Deno.test("transport limits: texts of 1 to 1000 characters, counts from 1, bars and marks of 1 to 120", () => {
  const g = good();
  const withPattern = (change: Record<string, unknown>) => ({
    ...g,
    patterns: [{ ...g.patterns[0], ...change }, g.patterns[1]],
  });
  const spark = (bars: string, errors: string) => ({
    ...g,
    spark: { ...g.spark, bars, errors },
  });
  const cases: [string, unknown, boolean][] = [
    ["template of 1", withPattern({ t: "x" }), true],
    ["empty template", withPattern({ t: "" }), false],
    ["template of 1000", withPattern({ t: "x".repeat(1000) }), true],
    ["template of 1001", withPattern({ t: "x".repeat(1001) }), false],
    ["example of 1000", withPattern({ e: "y".repeat(1000) }), true],
    ["example of 1001", withPattern({ e: "y".repeat(1001) }), false],
    ["count of 1", withPattern({ n: 1 }), true],
    ["count of 0", withPattern({ n: 0 }), false],
    ["rising", withPattern({ c: "rising" }), true],
    ["new", withPattern({ c: "new" }), true],
    ["another change", withPattern({ c: "" }), false],
    ["one minute a bar", { ...g, spark: { ...g.spark, minutesPerBar: 1 } }, true],
    ["no minute a bar", { ...g, spark: { ...g.spark, minutesPerBar: 0 } }, false],
    ["100 000 minutes a bar", { ...g, spark: { ...g.spark, minutesPerBar: 100_000 } }, true],
    ["100 001 minutes a bar", { ...g, spark: { ...g.spark, minutesPerBar: 100_001 } }, false],
    ["one bar", spark("█", "^"), true],
    ["no bar", spark("", ""), false],
    ["120 bars", spark("▁".repeat(120), " ".repeat(120)), true],
    ["121 bars", spark("▁".repeat(121), " ".repeat(121)), false],
    ["no spark", { ...g, spark: null }, true],
  ];
  // Anything before or after the bars or the marks, of the same length.
  for (const h of ["<", "x", "\n", "&", "*"]) {
    cases.push([`bars with ${h} after`, spark("▁▃" + h, "   "), false]);
    cases.push([`bars with ${h} before`, spark(h + "▁▃", "   "), false]);
    cases.push([`marks with ${h} after`, spark("▁▃█", "  " + h), false]);
    cases.push([`marks with ${h} before`, spark("▁▃█", h + "  "), false]);
  }
  for (const [what, value, ok_] of cases) strictEqual(accepted(value), ok_, what);
});

Deno.test("transport limits: up to 100 patterns read, every comparison the writer can send", () => {
  const g = good();
  const many = (n: number) => ({
    ...g,
    lines: n,
    levels: { error: 0, warn: 0, info: n, debug: 0, unknown: 0 },
    found: n,
    // Short patterns, so that 101 of them stay within the reader's byte limit.
    patterns: Array.from(
      { length: n },
      () => ({ ...g.patterns[0], t: "x", e: "", n: 1, l: "info" }),
    ),
  });
  ok(accepted(many(100)), "100 patterns");
  ok(!accepted(many(101)), "101 patterns");
  // The reasons fetch_logs sends, as literals (a reason lost from the list would be refused).
  for (const reason of ["out_of_time", "source_error", "scrub_failed"]) {
    ok(accepted({ ...g, compare: { state: "failed", reason } }), reason);
  }
  const done = { state: "done", start: T0 - 3_600_000, end: T0, lines: 4, partial: true };
  ok(accepted({ ...g, compare: done }), "a comparison done");
  ok(!accepted({ ...g, compare: { ...done, state: "" } }), "a comparison of no state");
});

Deno.test("transport limits: JSON up to 15 600 bytes is read, one byte more is refused unread", () => {
  const json = JSON.stringify(good());
  const padded = (bytes: number) => json + " ".repeat(bytes - utf8Length(json));
  ok(!("problem" in decodeInsights(padded(15_600))), "15 600 bytes");
  deepStrictEqual(decodeInsights(padded(15_601)), { problem: "is too long" });
});

Deno.test("transport limits: exactly the top patterns that fit the budget once escaped are kept", () => {
  for (let round = 0; round < 30; round++) {
    const all = Array.from({ length: 2 + random.int(20) }, (_, i) => pattern(i));
    const max = 1 + random.int(all.length + 3);
    const top = all.slice(0, max);
    // The size of each prefix, as the writer would send it with room for everything.
    const sizes = top.map((_, k) => escapedBytes(encodeInsights(insights(all), 1e9, k)));
    sizes.push(escapedBytes(encodeInsights(insights(all), 1e9, top.length)));
    for (let k = 0; k < sizes.length; k++) {
      // A budget of exactly k patterns' size keeps k; one byte less keeps k − 1.
      for (const [budget, want] of [[sizes[k], k], [sizes[k] - 1, k - 1]]) {
        if (want < 0) continue;
        const json = encodeInsights(insights(all), budget, max);
        ok(escapedBytes(json) <= budget, `round ${round}: ${escapedBytes(json)} > ${budget}`);
        strictEqual(JSON.parse(json).patterns.length, want, `round ${round}, budget ${budget}`);
        strictEqual(JSON.parse(json).found, all.length);
      }
    }
  }
});

Deno.test("transport limits: no patterns are sent when none may be", () => {
  const all = Array.from({ length: 5 }, (_, i) => pattern(i));
  for (const max of [0, -1, -20]) {
    deepStrictEqual(JSON.parse(encodeInsights(insights(all), 1e9, max)).patterns, []);
  }
});

Deno.test("transport limits: a cut keeps the longest prefix that fits with …, never half a pair", () => {
  // Pairs at both ends of the high-surrogate range (U+10000, U+10FFFF) as well.
  const alphabet = ["a", "b", "&", "<", "é", "🙂", "𝔸", "\u{10000}", "\u{10FFFF}"];
  for (let round = 0; round < 300; round++) {
    const text = Array.from({ length: random.int(12) }, () => random.pick(alphabet)).join("");
    for (let max = 1; max <= text.length + 1; max++) {
      const cut = cutText(text, max);
      if (text.length <= max) {
        strictEqual(cut, text);
        continue;
      }
      ok(cut.endsWith("…") && cut.length <= max, `${JSON.stringify(text)} at ${max}: ${cut}`);
      const kept = cut.slice(0, -1);
      ok(text.startsWith(kept), `${JSON.stringify(text)} at ${max}: ${cut}`);
      ok(!/[\ud800-\udbff]$/.test(kept), `half a pair: ${JSON.stringify(cut)}`);
      // As long as possible: max − 1 units, one fewer only to keep a pair whole.
      const pairAtEnd = /[\ud800-\udbff]/.test(text[max - 2] ?? "");
      strictEqual(kept.length, pairAtEnd ? max - 2 : max - 1, `${JSON.stringify(text)} at ${max}`);
    }
  }
});
