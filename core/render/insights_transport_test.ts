import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { utf8Length } from "../excerpt.ts";
import type { InsightPattern, ReportInsights } from "./insights.ts";
import {
  decodeInsights,
  encodeInsights,
  MAX_INSIGHTS_BYTES,
  MAX_SENT_EXAMPLE_CHARS,
  MAX_SENT_TEMPLATE_CHARS,
} from "./insights_transport.ts";
import { escapeSlackText } from "./slack_escape.ts";

const T0 = Date.UTC(2026, 10, 29, 10, 0, 0);

function pattern(i: number, extra: Partial<InsightPattern> = {}): InsightPattern {
  return {
    template: `user <*> failed to pay order <*> with code ${i}`,
    count: 10,
    level: i % 3 === 0 ? "error" : "info",
    first: T0,
    last: T0 + 60_000,
    example: `user [REDACTED:email-address] failed to pay order 7 with code ${i} & <retry>`,
    previous: null,
    change: null,
    ...extra,
  };
}

function insights(patterns: InsightPattern[]): ReportInsights {
  const lines = patterns.reduce((n, p) => n + p.count, 0);
  const errors = patterns.filter((p) => p.level === "error").reduce((n, p) => n + p.count, 0);
  return {
    lines,
    filtered: false,
    levels: { error: errors, warn: 0, info: lines - errors, debug: 0, unknown: 0 },
    sparkline: { start: T0, minutesPerBar: 1, bars: "▁▃█", errors: "  ^" },
    patterns,
    patternCount: patterns.length,
    comparison: { state: "off" },
  };
}

/** As a function's output carries it: escaped (functions/safe_result.ts). */
const asOutput = (json: string) => escapeSlackText(json);

Deno.test("insights survive the trip through an escaped output: same texts, `<*>` included", () => {
  // A log's odd times (1970 here) are carried as they are, not refused.
  const sent = insights([pattern(0, { first: 0 }), pattern(1, { change: "new", previous: 0 })]);
  const output = asOutput(encodeInsights(sent));
  ok(output.includes("&lt;*&gt;") && !output.includes("<"), "escaped on the way");
  deepStrictEqual(decodeInsights(output), sent);
  // Escaping it again (a later step) changes nothing: escaping is idempotent.
  deepStrictEqual(decodeInsights(asOutput(output)), sent);
});

Deno.test("hundreds of patterns: the top ones that fit 4,000 bytes once escaped, the rest counted", () => {
  const many = Array.from({ length: 500 }, (_, i) =>
    pattern(i, {
      template: `<*> ${"<*> & ".repeat(60)} ${i}`,
      example: "é<>&".repeat(100),
    }));
  const output = asOutput(encodeInsights(insights(many)));
  ok(utf8Length(output) <= MAX_INSIGHTS_BYTES, `${utf8Length(output)} bytes`);
  const read = decodeInsights(output) as ReportInsights;
  ok(!("problem" in read));
  ok(read.patterns.length >= 2, `${read.patterns.length} patterns sent`);
  strictEqual(read.patternCount, 500, "how many were found in all");
  deepStrictEqual(
    read.patterns.map((p) => p.count),
    many.slice(0, read.patterns.length).map((p) => p.count),
  );
  for (const p of read.patterns) {
    ok(p.template.length <= MAX_SENT_TEMPLATE_CHARS && p.template.endsWith("…"));
    ok(p.example.length <= MAX_SENT_EXAMPLE_CHARS && p.example.endsWith("…"));
  }
});

Deno.test("a cut never splits a surrogate pair", () => {
  const sent = insights([pattern(0, { template: "😀".repeat(300), example: "😀".repeat(300) })]);
  const read = decodeInsights(encodeInsights(sent)) as ReportInsights;
  ok(
    !/[\ud800-\udbff](?![\udc00-\udfff])/.test(
      read.patterns[0].template + read.patterns[0].example,
    ),
  );
});

Deno.test("what a workflow could wire instead is refused, whole, without echoing it", () => {
  const good = JSON.parse(encodeInsights(insights([pattern(0)])));
  const bad: [string, unknown][] = [
    ["not JSON", "AKIAQ3EGUSBKHZXWJ4PN {"],
    ["another version", { ...good, v: 2 }],
    ["levels not adding up", { ...good, lines: good.lines + 1 }],
    ["a pattern larger than the lines", {
      ...good,
      patterns: [{ ...good.patterns[0], n: good.lines + 1 }],
    }],
    ["more listed than found", { ...good, found: 0 }],
    ["bars of other characters", { ...good, spark: { ...good.spark, bars: "<!channel>" } }],
    ["marks not under the bars", { ...good, spark: { ...good.spark, errors: "^" } }],
    ["a level of its own", { ...good, patterns: [{ ...good.patterns[0], l: "fatal" }] }],
    ["a huge template", { ...good, patterns: [{ ...good.patterns[0], t: "x".repeat(5000) }] }],
    ["a failure reason of its own", { ...good, compare: { state: "failed", reason: "<@U1>" } }],
    ["too many patterns", {
      ...good,
      found: 1000,
      patterns: Array.from({ length: 101 }, () => good.patterns[0]),
    }],
  ];
  for (const [what, value] of bad) {
    const json = typeof value === "string" ? value : JSON.stringify(value);
    const read = decodeInsights(json);
    ok("problem" in read, what);
    ok(!JSON.stringify(read).includes("AKIA") && !JSON.stringify(read).includes("<@"), what);
  }
});
