/**
 * The top patterns are listed errors first, then by count, the order given breaking ties, for
 * generated patterns of every level and many equal counts.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../../devkit/sample_logs/random.ts";
import type { InsightPattern, ReportInsights } from "./insights.ts";
import { insightsBlocks } from "./insights_blocks.ts";
import { insightPattern, insightsOf } from "./insights_test_support.ts";

const WIDE = { chars: 100_000, blocks: 50, maxSectionChars: 100_000 };

/** A pattern with no times and no example. */
function pattern(template: string, count: number, level: InsightPattern["level"]): InsightPattern {
  return insightPattern(template, { count, level, first: null, last: null, example: "" });
}

/** The insights of 100 lines with `patterns` and `levels`, no sparkline. */
function insightsWith(patterns: InsightPattern[], levels: ReportInsights["levels"]) {
  return insightsOf(patterns, { lines: 100, levels, sparkline: null });
}

Deno.test("insights order: errors first, then by count, then as given", () => {
  const random = seededRandom(0x0dd);
  for (let round = 0; round < 100; round++) {
    const patterns = Array.from({ length: 1 + random.int(25) }, (_, i) =>
      pattern(
        `pattern${i}x <*>`,
        1 + random.int(4),
        random.pick(["error", "warn", "info", "debug", "unknown"] as const),
      ));
    const insights = insightsWith(patterns, { error: 1, warn: 1, info: 1, debug: 1, unknown: 1 });
    const text = insightsBlocks(insights, WIDE).map((b) => b.type === "section" ? b.text.text : "")
      .join("\n");
    const listed = [...text.matchAll(/pattern(\d+)x/g)].map((m) => Number(m[1]));
    const expected = patterns.map((p, i) => ({ p, i })).sort((a, b) =>
      Number(b.p.level === "error") - Number(a.p.level === "error") || b.p.count - a.p.count ||
      a.i - b.i
    ).map(({ i }) => i);
    deepStrictEqual(listed, expected, `round ${round}`);
  }
});

Deno.test("insights order: the heading opens the first patterns section only, and the next sections open with a pattern", () => {
  const patterns = Array.from(
    { length: 30 },
    (_, i) => pattern(`pattern${i}x <*> ${"w".repeat(40)}`, 30 - i, "info"),
  );
  const insights = insightsWith(patterns, { error: 0, warn: 0, info: 100, debug: 0, unknown: 0 });
  const texts = insightsBlocks(insights, { chars: 100_000, blocks: 50, maxSectionChars: 400 })
    .map((b) => b.type === "section" ? b.text.text : "");
  const sections = texts.slice(1);
  deepStrictEqual(sections.length > 2, true, `${sections.length} pattern sections`);
  deepStrictEqual(sections[0].startsWith("*Top patterns*"), true, sections[0]);
  for (const text of sections.slice(1)) {
    deepStrictEqual(text.startsWith("• "), true, JSON.stringify(text));
  }
  deepStrictEqual(texts.join("\n").split("*Top patterns*").length, 2);
  deepStrictEqual([...texts.join("\n").matchAll(/pattern(\d+)x/g)].length, 30);
});
