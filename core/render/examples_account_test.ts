/**
 * The account of an excerpt of examples (one per pattern) when the message cannot hold them all,
 * with generated examples and budgets: the most important examples are kept, the count shown is
 * the examples whose start is shown, the patterns without an example are counted in the right
 * grammar, and a last example shown without its end says so. The same with and without
 * fetch_logs' account of lines.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../devkit/sample_logs/random.ts";
import type { LineAccount } from "../line_account.ts";
import type { ReportMessage } from "./blocks.ts";
import type { ReportInsights } from "./insights.ts";
import { examplesExcerpt } from "./insights_excerpt.ts";
import { buildReportMessage, REPORT_LIMITS, type ReportInput } from "./report_blocks.ts";
import { reportInput } from "./test_report.ts";

const random = seededRandom(0xe8a);
const base = reportInput({
  excerpt: [],
  lineCount: 0,
});
const account: LineAccount = {
  read: 500,
  outOfWindow: 0,
  repeated: 0,
  filtered: false,
  matched: 500,
  shown: 0,
  partial: false,
};

function insights(found: number): ReportInsights {
  return {
    lines: 500,
    filtered: false,
    levels: { error: 500, warn: 0, info: 0, debug: 0, unknown: 0 },
    sparkline: null,
    patterns: [],
    patternCount: found,
    comparison: { state: "off" },
  };
}

/** The code blocks' text lines, in order (every line here fits a block whole). */
function shownLines(m: ReportMessage): string[] {
  return m.blocks.flatMap((b) =>
    b.type === "section" && b.text.text.startsWith("```")
      ? b.text.text.slice(4, -4).split("\n")
      : []
  );
}

const everything = (m: ReportMessage) =>
  m.blocks.map((b) =>
    b.type === "section"
      ? b.text.text
      : b.type === "context"
      ? b.elements.map((e) => e.text).join("\n")
      : ""
  ).join("\n");

Deno.test("examples account: kept from the most important, counted by starts, the rest counted as without example", () => {
  for (let round = 0; round < 60; round++) {
    const examples = Array.from({ length: 5 + random.int(40) }, (_, i) => [
      `2026-11-29T10:00:00Z ERROR example ${i} ${"y".repeat(50 + random.int(400))}`,
      ...Array.from(
        { length: random.int(4) },
        (_, k) => `at frame ${i}.${k} ${"z".repeat(random.int(300))}`,
      ),
    ]);
    const packed = examplesExcerpt(examples);
    const found = packed.lineCount + random.pick([0, 1, 2, random.int(50)]);
    const withAccount = random.int(2) === 0;
    const m = buildReportMessage({
      ...base,
      excerpt: packed.chunks,
      lineCount: packed.lineCount,
      excerptMode: "patterns",
      insights: insights(found),
      ...(withAccount ? { account: { ...account, shown: packed.lineCount } } : {}),
    }, { ...REPORT_LIMITS, maxTotalTextChars: 3000 + random.int(9000) });
    const lines = shownLines(m);
    const starts = lines.filter((l) => l.startsWith("2026-")).length;
    // The most important first: example 0, 1, … in order, none skipped.
    lines.filter((l) => l.startsWith("2026-")).forEach((l, i) =>
      ok(l.includes(`example ${i} `), l)
    );
    const text = everything(m);
    const more = !withAccount && starts < packed.lineCount ? ", more not shown" : "";
    const lineWords = `${starts} shown${more} (one example per pattern)`;
    ok(text.includes(lineWords), `round ${round}: ${lineWords}\n${text.slice(0, 400)}`);
    const without = found - starts;
    const note = without === 0
      ? ":mag: The excerpt shows one example line per pattern, errors first, then by count."
      : `:mag: The excerpt shows one example line per pattern, errors first, then by count; ${without} more ${
        without === 1 ? "pattern has" : "patterns have"
      } no example shown, to fit Slack's message size.`;
    ok(text.includes(note), `round ${round}: ${without} without\n${text.slice(0, 900)}`);
    // The last example shown is whole, or the report says its end is left out.
    const last = lines.findLastIndex((l) => l.startsWith("2026-"));
    const shownOfLast = lines.length - last;
    const example = last < 0 ? undefined : examples[starts - 1];
    const cutShort = example !== undefined && shownOfLast < example.length;
    strictEqual(
      text.includes(":scissors: The end of the last example shown is left out"),
      cutShort,
      `round ${round}: ${shownOfLast} of ${example?.length} lines of the last example`,
    );
    ok(!text.includes("oldest"), `round ${round}`);
  }
});

Deno.test("examples account: what was not read is said, with or without fetch_logs' account", () => {
  const examples = [["2026-11-29T10:00:00Z ERROR boom"]];
  const packed = examplesExcerpt(examples);
  const build = (extra: Partial<ReportInput>) =>
    everything(buildReportMessage({
      ...base,
      excerpt: packed.chunks,
      lineCount: 1,
      excerptMode: "patterns",
      insights: insights(1),
      ...extra,
    }));
  ok(build({ truncated: true }).includes(":warning: The excerpt is incomplete"));
  ok(!build({ truncated: false }).includes(":warning:"));
  const stopped = build({ account: { ...account, shown: 1, stoppedBy: "line_limit" } });
  ok(stopped.includes(":warning:"), stopped);
  ok(!build({ account: { ...account, shown: 1 } }).includes(":warning:"));
  // Without insights, the lines shown are the patterns found.
  const noInsights = everything(buildReportMessage({
    ...base,
    excerpt: packed.chunks,
    lineCount: 3,
    excerptMode: "patterns",
  }, REPORT_LIMITS));
  ok(noInsights.includes("one example line per pattern, errors first, then by count."), noInsights);
});
