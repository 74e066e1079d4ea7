/**
 * How a report shares Slack's room between its parts, with generated inputs: whatever the head
 * (long names, many kinds masked, notes), the insights (up to 60 patterns) and the excerpt, the
 * message keeps to its block, section and text limits; the insights take at most 8 blocks, 5,000
 * characters and half the text room, and always leave the excerpt a block; by default a report
 * of many short lines uses all 50 blocks Slack allows. What is shown is counted in the same
 * words: nothing shown is "0 shown", a note appears once, and an excerpt of examples names the
 * patterns without one.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../devkit/sample_logs/random.ts";
import { validateBlocks } from "../../devkit/slack_emulator/limits.ts";
import { type Block, blockTextLength, type ReportMessage } from "./blocks.ts";
import type { InsightPattern, ReportInsights } from "./insights.ts";
import { buildReportMessage, MAX_INSIGHTS_CHARS, REPORT_LIMITS } from "./report_blocks.ts";
import { reportInput } from "./test_report.ts";

const random = seededRandom(0x400);
const T0 = Date.UTC(2026, 10, 29, 10, 0, 0);

function pattern(i: number, pad: number): InsightPattern {
  return {
    template: `job <*> step ${i} ${"w".repeat(random.int(pad))}`,
    count: 1 + random.int(500),
    level: random.pick(["error", "warn", "info"] as const),
    first: T0 + 60_000,
    last: T0 + 600_000,
    example: `job 7 step ${i}`,
    previous: null,
    change: null,
  };
}

function insights(count: number, pad = 200): ReportInsights {
  const patterns = Array.from({ length: count }, (_, i) => pattern(i, pad));
  return {
    lines: 5000,
    filtered: false,
    levels: { error: 100, warn: 900, info: 4000, debug: 0, unknown: 0 },
    sparkline: { start: T0, minutesPerBar: 1, bars: "▁▂▅█▃", errors: "  ^ ^" },
    patterns,
    patternCount: count,
    comparison: { state: "off" },
  };
}

const text = (b: Block) =>
  b.type === "section" || b.type === "header"
    ? b.text.text
    : b.type === "context"
    ? b.elements.map((e) => e.text).join("\n")
    : "";
const all = (m: ReportMessage) => m.blocks.map(text).join("\n");
const total = (m: ReportMessage) => m.blocks.reduce((n, b) => n + blockTextLength(b), 0);
const isCode = (b: Block) => b.type === "section" && b.text.text.startsWith("```");
/** The insights' sections: after the head and its notes, before the divider. */
function insightBlocks(m: ReportMessage): Block[] {
  const divider = m.blocks.findIndex((b) => b.type === "divider");
  return m.blocks.slice(3, divider).filter((b) => b.type === "section");
}

Deno.test("report room: generated heads, insights and excerpts keep to every limit, insights to their share", () => {
  for (let round = 0; round < 120; round++) {
    const limits = random.next() < 0.3 ? REPORT_LIMITS : {
      ...REPORT_LIMITS,
      maxBlocks: 7 + random.int(44),
      maxSectionChars: 200 + random.int(2800),
      maxTotalTextChars: 3000 + random.int(9000),
    };
    const counts = Object.fromEntries(
      Array.from({ length: random.int(30) }, (_, i) => [`detector-${i}`, 1 + random.int(999)]),
    );
    const lines = 1 + random.int(400);
    const m = buildReportMessage(
      reportInput({
        service: "s".repeat(1 + random.int(150)),
        environment: "e".repeat(1 + random.int(150)),
        source: "src".repeat(random.int(40)),
        counts,
        truncated: random.next() < 0.5,
        insights: insights(random.int(60)),
        excerpt: [
          Array.from({ length: lines }, (_, i) => `line ${i} ${"y".repeat(random.int(120))}`).join(
            "\n",
          ),
        ],
        lineCount: lines,
      }),
      limits,
    );
    const where = `round ${round} ${JSON.stringify(limits)}`;
    ok(m.blocks.length <= limits.maxBlocks, `${where}: ${m.blocks.length} blocks`);
    ok(total(m) <= limits.maxTotalTextChars, `${where}: ${total(m)} characters`);
    for (const b of [...m.blocks.filter(isCode), ...insightBlocks(m)]) {
      ok(blockTextLength(b) <= limits.maxSectionChars, where);
    }
    // The text counted against the budget is what Slack counts (the emulator's count).
    if (limits === REPORT_LIMITS) strictEqual(total(m), validateBlocks(m.blocks, "message"), where);
    const ins = insightBlocks(m);
    const insText = ins.reduce((n, b) => n + blockTextLength(b), 0);
    ok(ins.length <= 8, `${where}: ${ins.length} insights blocks`);
    ok(insText <= MAX_INSIGHTS_CHARS, `${where}: ${insText} insights characters`);
    ok(insText <= limits.maxTotalTextChars / 2, `${where}: insights take over half the room`);
    // The excerpt always has a block of its own: its newest line is short enough to be shown.
    ok(m.blocks.some(isCode), `${where}: no excerpt shown`);
  }
});

Deno.test("report room: with sections of 300 characters, the insights fill exactly 8 blocks", () => {
  const limits = { ...REPORT_LIMITS, maxSectionChars: 300 };
  const m = buildReportMessage(reportInput({ insights: insights(60, 10) }), limits);
  strictEqual(insightBlocks(m).length, 8);
  ok(m.blocks.some(isCode));
});

Deno.test("report room: with one or two blocks to share, the insights leave one for the excerpt", () => {
  for (const maxBlocks of [7, 8]) {
    const limits = { ...REPORT_LIMITS, maxBlocks, maxSectionChars: 300 };
    const m = buildReportMessage(
      // Incomplete: the notes' block is there too.
      reportInput({
        insights: insights(60, 10),
        excerpt: ["a\nb\nc"],
        lineCount: 3,
        truncated: true,
      }),
      limits,
    );
    strictEqual(m.blocks.length, maxBlocks, `${maxBlocks} blocks`);
    strictEqual(m.blocks.filter(isCode).length, 1, `${maxBlocks} blocks`);
  }
});

Deno.test("report room: by default a report of many short lines uses all 50 blocks Slack allows", () => {
  const excerpt = Array.from(
    { length: 60 },
    (_, i) => `2026-11-29T10:00:${i % 60}Z INFO ${"z".repeat(2800)}`,
  );
  const m = buildReportMessage(reportInput({ excerpt, lineCount: 60 }));
  ok(total(m) <= REPORT_LIMITS.maxTotalTextChars);
  const small = Array.from({ length: 60 }, (_, i) => `2026-11-29T10:00:${i % 60}Z INFO ok`);
  // Pieces of one line each: one block per line, as many as fit.
  const many = buildReportMessage(reportInput({ excerpt: small, lineCount: 60 }), {
    ...REPORT_LIMITS,
    maxSectionChars: 40,
  });
  strictEqual(many.blocks.length, 50);
  validateBlocks(many.blocks, "message");
});

Deno.test("report room: when no line fits, the report says 0 shown and counts every line left out", () => {
  const excerpt = Array.from({ length: 3 }, (_, i) => `line ${i} ${"q".repeat(2500)}`);
  const m = buildReportMessage(reportInput({ excerpt, lineCount: 3 }), {
    ...REPORT_LIMITS,
    maxTotalTextChars: 2400,
  });
  ok(!m.blocks.some(isCode));
  ok(all(m).includes("*Lines:* 0 shown, more not shown"), all(m));
  ok(all(m).includes("The 3 oldest lines are left out"), all(m));
});

Deno.test("report room: each note is said once when the excerpt is cut and the read was incomplete", () => {
  const excerpt = Array.from({ length: 40 }, (_, i) => `line ${i} ${"q".repeat(900)}`);
  for (const excerptMode of ["newest", "patterns"] as const) {
    const m = buildReportMessage(
      reportInput({ excerpt, lineCount: 40, truncated: true, excerptMode }),
    );
    const notes = m.blocks.filter((b) => b.type === "context").flatMap((b) =>
      b.type === "context" ? b.elements.map((e) => e.text) : []
    );
    strictEqual(new Set(notes).size, notes.length, `${excerptMode}: ${notes.join(" | ")}`);
    strictEqual(notes.filter((n) => n.startsWith(":warning:")).length, 1, excerptMode);
  }
});

Deno.test("report room: an excerpt of examples without insights counts its lines as the patterns", () => {
  const empty = all(
    buildReportMessage(reportInput({ excerpt: [], lineCount: 0, excerptMode: "patterns" })),
  );
  ok(empty.includes("one example line per pattern, errors first, then by count."), empty);
  const examples = Array.from(
    { length: 40 },
    (_, i) => `2026-11-29T10:00:00Z ERROR example ${i} ${"q".repeat(900)}`,
  );
  const cut = all(
    buildReportMessage(reportInput({ excerpt: examples, lineCount: 40, excerptMode: "patterns" })),
  );
  const more = /; (\d+) more patterns have no example shown/.exec(cut);
  ok(more !== null, cut);
  const shown = /\*Lines:\* (\d+) shown/.exec(cut);
  strictEqual(Number(more?.[1]) + Number(shown?.[1]), 40);
});
