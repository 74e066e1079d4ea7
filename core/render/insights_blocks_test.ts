import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { type Block, blockTextLength, type ReportMessage } from "./blocks.ts";
import { insightsBlocks } from "./insights_blocks.ts";
import { insightPattern, insightsOf, T0 } from "./insights_test_support.ts";
import { examplesExcerpt } from "./insights_excerpt.ts";
import { buildReportMessage, REPORT_LIMITS, type ReportInput } from "./report_blocks.ts";
import { renderBlocksForTerminal } from "./terminal.ts";

const ROOM = { chars: 5000, blocks: 8, maxSectionChars: 3000 };

const pattern = insightPattern;
const insights = insightsOf;

const text = (blocks: Block[]) =>
  blocks.map((b) =>
    b.type === "section" || b.type === "header"
      ? b.text.text
      : b.type === "context"
      ? b.elements.map((e) => e.text).join("\n")
      : "---"
  ).join("\n");

const base: ReportInput = {
  service: "checkout",
  environment: "production",
  windowStart: new Date(T0),
  windowEnd: new Date(T0 + 15 * 60_000),
  requesterId: "U012ABC",
  excerpt: ["2026-11-29T10:14:00.000Z INFO ok\n2026-11-29T10:14:01.000Z WARN slow"],
  lineCount: 2,
  truncated: false,
  counts: {},
  expiresAt: new Date(T0 + 3_600_000),
  account: {
    read: 300,
    outOfWindow: 0,
    repeated: 0,
    filtered: false,
    matched: 300,
    shown: 2,
    partial: false,
  },
};

function assertWithinLimits(m: ReportMessage) {
  ok(m.blocks.length <= REPORT_LIMITS.maxBlocks, `blocks ${m.blocks.length}`);
  const total = m.blocks.reduce((n, b) => n + blockTextLength(b), 0);
  ok(total <= REPORT_LIMITS.maxTotalTextChars, `total text ${total}`);
  for (const b of m.blocks) {
    if (b.type === "section") ok(b.text.text.length <= REPORT_LIMITS.maxSectionChars);
  }
}

/** Only the date tokens are Slack markup; everything else was escaped. */
function assertOnlyDates(blocks: Block[]) {
  for (const [token] of text(blocks).matchAll(/<[^>]*>/g)) {
    ok(/^<!date\^\d+\^\{[a-z_ {}]+\}\|[^<>|]+>$/.test(token) || token === "<@U012ABC>", token);
  }
}

Deno.test("what is counted, by level, the sparkline with error marks, then the patterns", () => {
  const blocks = insightsBlocks(insights([pattern("request <*> done")]), ROOM);
  const [overview, spark, patterns] = blocks.map((b) => b.type === "section" ? b.text.text : "");
  ok(overview.includes("counted over all 300 lines read in the window"), overview);
  ok(overview.includes("*By level:* *12 error* · 30 warn · 250 info · 8 debug"), overview);
  ok(overview.includes("one bar per minute from <!date^"), overview);
  strictEqual(spark, "```\n▁▂▅█▃\n  ^ ^\n```");
  ok(patterns.startsWith("*Top patterns* (errors first, then by count):"), patterns);
  ok(patterns.includes("• *3×* INFO `request &lt;*&gt; done`"), patterns);
  assertOnlyDates(blocks);

  const filtered = text(insightsBlocks(insights([], { filtered: true }), ROOM));
  ok(filtered.includes("the 300 lines of the window that match the filter"), filtered);
  ok(filtered.includes("matched against the masked lines"), filtered);
});

Deno.test("errors first, then by count, whatever order the insights came in", () => {
  const blocks = insightsBlocks(
    insights([
      pattern("a <*>", { count: 50 }),
      pattern("b <*>", { count: 2, level: "error" }),
      pattern("c <*>", { count: 90, level: "warn" }),
      pattern("d <*>", { count: 9, level: "error" }),
    ]),
    ROOM,
  );
  const order = [...text(blocks).matchAll(/`([a-d]) &lt;/g)].map((m) => m[1]);
  deepStrictEqual(order, ["d", "b", "c", "a"]);
});

Deno.test("hostile templates and examples cannot mention, link, format or break out of code", () => {
  const evil = "<!channel> <@U999> <https://x.test|y> *b* `code` &amp; ```";
  const blocks = insightsBlocks(
    insights([pattern(evil, { example: `${evil}\nsecond line` })]),
    ROOM,
  );
  assertOnlyDates(blocks);
  const shown = text(blocks);
  ok(shown.includes("&lt;!channel&gt;"), shown);
  ok(shown.includes("(and more lines)"), "a multi-line example shows its first line");
});

Deno.test("the comparison: new and rising marked, or said to be impossible", () => {
  const compared = text(insightsBlocks(
    insights([
      pattern("new <*>", { change: "new", previous: 0, level: "error" }),
      pattern("up <*>", { change: "rising", previous: 4, count: 40 }),
      pattern("same <*>", { previous: 3 }),
    ], { comparison: { state: "done", start: T0 - 900_000, end: T0, lines: 90, partial: true } }),
    ROOM,
  ));
  ok(
    compared.includes("*New in this window:* compared with the same length just before"),
    compared,
  );
  ok(compared.includes("90 lines): 1 listed pattern new, 1 listed pattern rising sharply."));
  ok(compared.includes("`new &lt;*&gt;` · :new: *new in this window*"), compared);
  ok(compared.includes("*rising* (4 before)"), compared);
  ok(compared.includes("Only part of that window was read"), compared);

  for (const reason of ["out_of_time", "source_error", "scrub_failed"] as const) {
    const failed = text(insightsBlocks(
      insights([pattern("x <*>")], { comparison: { state: "failed", reason } }),
      ROOM,
    ));
    ok(failed.includes("the comparison with the window just before could not be made"), failed);
    ok(failed.includes("no pattern is marked new or rising"), failed);
  }
  const off = text(insightsBlocks(insights([pattern("x <*>")]), ROOM));
  ok(!off.includes("New in this window"), off);
});

Deno.test("patterns that do not fit the room are counted, never cut off silently", () => {
  const many = Array.from({ length: 300 }, (_, i) => pattern(`${"word ".repeat(40)}<*> ${i}`));
  const room = { chars: 4000, blocks: 4, maxSectionChars: 3000 };
  const blocks = insightsBlocks(insights(many), room);
  ok(blocks.length <= room.blocks);
  ok(blocks.reduce((n, b) => n + blockTextLength(b), 0) <= room.chars);
  const shown = text(blocks);
  const listed = (shown.match(/^• /gm) ?? []).length;
  ok(listed > 0 && listed < 300, `${listed} listed`);
  ok(shown.includes(`_${300 - listed} more patterns not listed, to fit Slack's message size._`));
  deepStrictEqual(insightsBlocks(insights(many), { ...room, chars: 20 }), [], "no room: nothing");
});

Deno.test("a report with insights: above the excerpt, within Slack's limits with hundreds of patterns", () => {
  const many = Array.from(
    { length: 400 },
    (_, i) =>
      pattern(`<*> ${"&<>".repeat(70)} ${i}`, {
        example: "<".repeat(900),
        level: i % 2 ? "error" : "warn",
      }),
  );
  const excerpt = Array.from(
    { length: 40 },
    (_, c) =>
      Array.from(
        { length: 29 },
        (_, l) => `2026-11-29T10:00:00Z INFO c${c} l${l} ${"x".repeat(80)}`,
      )
        .join("\n"),
  );
  const m = buildReportMessage({
    ...base,
    excerpt,
    lineCount: 1160,
    account: { ...base.account!, read: 1160, matched: 1160, shown: 1160 },
    insights: insights(many, { lines: 1160 }),
  });
  assertWithinLimits(m);
  const types = m.blocks.map((b) =>
    b.type === "section" && b.text.text.startsWith("```\n2026") ? "code" : b.type
  );
  const firstCode = types.indexOf("code");
  const insightsAt = m.blocks.findIndex((b) =>
    b.type === "section" && b.text.text.includes("Log insights")
  );
  ok(insightsAt > 0 && insightsAt < firstCode, "the insights come before the excerpt");
  ok(text(m.blocks).includes("more patterns not listed"));
  ok(text(m.blocks).includes("c39 l28"), "the newest line is still shown");
});

Deno.test("excerpt of examples: kept from the start (errors first), and said to be one per pattern", () => {
  // 30 examples of 3 lines each, the most important first.
  const examples = Array.from({ length: 30 }, (_, i) => [
    `2026-11-29T10:00:00Z ERROR example ${i} ${"y".repeat(300)}`,
    `at frame ${i}`,
    `at frame ${i}b`,
  ]);
  const packed = examplesExcerpt(examples);
  strictEqual(packed.lineCount, 30);
  const chunkText = packed.chunks.join("\n");
  ok(chunkText.indexOf("example 0 ") < chunkText.indexOf("example 29 "), "read in their order");
  ok(chunkText.includes("\n  at frame 0\n"), "later lines indented");

  const limited = examplesExcerpt(examples, {
    maxChunkChars: 2900,
    maxChunkBytes: 3900,
    maxChunks: 2,
  });
  ok(limited.lineCount > 0 && limited.lineCount < 30);
  ok(limited.chunks.join("\n").includes("example 0 "), "the most important example is kept");
  ok(!limited.chunks.join("\n").includes("example 29 "), "the least important is left out");

  const m = buildReportMessage({
    ...base,
    excerpt: packed.chunks,
    lineCount: packed.lineCount,
    excerptMode: "patterns",
    account: { ...base.account!, shown: packed.lineCount },
    insights: insights(Array.from({ length: 30 }, (_, i) => pattern(`example ${i} <*>`)), {
      patternCount: 45,
    }),
  }, { ...REPORT_LIMITS, maxTotalTextChars: 9000 });
  const shown = text(m.blocks);
  ok(shown.includes("example 0 "), "the first example is kept when the message is full");
  ok(!shown.includes("example 29 y"), "the last is dropped");
  const account = /\*Lines:\* 300 read · (\d+) shown \(one example per pattern\)/.exec(shown);
  ok(account, shown.slice(0, 600));
  const examplesShown = (shown.match(/^2026-11-29T10:00:00Z ERROR example/gm) ?? []).length;
  strictEqual(Number(account![1]), examplesShown);
  ok(
    shown.includes(
      `:mag: The excerpt shows one example line per pattern, errors first, then by count; ${
        45 - examplesShown
      } more patterns have no example shown, to fit Slack's message size.`,
    ),
    shown,
  );
  ok(!shown.includes("oldest"), "no word of oldest lines left out: the excerpt is not by time");
});

Deno.test("the terminal shows the insights as Slack would: `<*>`, bars in a box, times", () => {
  const { blocks } = buildReportMessage({
    ...base,
    insights: insights([pattern("user <*> logged in", { level: "error", count: 12 })]),
  });
  const out = renderBlocksForTerminal(blocks, { width: 60 });
  ok(out.includes("📊 Log insights, counted over all 300 lines read in the window"), out);
  ok(out.includes("│ ▁▂▅█▃\n│   ^ ^"), out);
  ok(out.includes("• 12× ERROR `user <*> logged in`"), out);
  ok(out.includes("10:01 UTC – 10:10 UTC · e.g. `user 7 logged in`"), out);
  ok(!out.includes("&lt;") && !out.includes("<!date"), out);
});
