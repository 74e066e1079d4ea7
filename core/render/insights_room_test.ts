/**
 * The insights sections at their edges, with generated inputs: the room given (characters,
 * blocks, section size) is used up to its last character and never past it, times carry their
 * date exactly when the insights span a day or more, and each pattern line says what it saw
 * (first and last minute, example, cut texts) in the words a reader relies on.
 */
import { ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../devkit/sample_logs/random.ts";
import type { Block } from "./blocks.ts";
import type { InsightPattern, ReportInsights } from "./insights.ts";
import { insightsBlocks } from "./insights_blocks.ts";
import { insightPattern, insightsOf, T0 } from "./insights_test_support.ts";

const random = seededRandom(0x5ec);
const DAY = 86_400_000;
const WIDE = { chars: 100_000, blocks: 50, maxSectionChars: 100_000 };

function pattern(i: number, extra: Partial<InsightPattern> = {}): InsightPattern {
  return insightPattern(`worker <*> finished job ${i}${"x".repeat(random.int(40))}`, {
    count: 1 + random.int(50),
    level: random.pick(["error", "warn", "info", "debug", "unknown"] as const),
    example: `worker 7 finished job ${i}`,
    ...extra,
  });
}

const insights = insightsOf;

const texts = (blocks: Block[]) => blocks.map((b) => (b.type === "section" ? b.text.text : ""));
const all = (blocks: Block[]) => texts(blocks).join("\n");
const used = (blocks: Block[]) => texts(blocks).reduce((n, t) => n + t.length, 0);

Deno.test("insights room: the overview fits in exactly its length, and not in one character less", () => {
  for (let round = 0; round < 20; round++) {
    const ins = insights([], { sparkline: null, lines: random.int(1000) });
    const overview = texts(insightsBlocks(ins, WIDE))[0];
    for (
      const room of [{ ...WIDE, chars: overview.length }, {
        ...WIDE,
        maxSectionChars: overview.length,
      }]
    ) {
      strictEqual(all(insightsBlocks(ins, room)), overview);
    }
    strictEqual(insightsBlocks(ins, { ...WIDE, chars: overview.length - 1 }).length, 0);
    strictEqual(insightsBlocks(ins, { ...WIDE, maxSectionChars: overview.length - 1 }).length, 0);
    strictEqual(insightsBlocks(ins, { ...WIDE, blocks: 0 }).length, 0);
  }
});

Deno.test("insights room: without room for the bars, the overview does not promise them", () => {
  const ins = insights([]);
  const [overview, bars] = texts(insightsBlocks(ins, WIDE));
  ok(overview.includes("*Lines over time*"), overview);
  // One block: the overview alone, rewritten without the bars' line.
  const one = texts(insightsBlocks(ins, { ...WIDE, blocks: 1 }));
  strictEqual(one.length, 1);
  ok(!one[0].includes("Lines over time") && !one.join("").includes("▁"), one[0]);
  // Room for the overview and the bars to the character, and one less.
  const both = overview.length + bars.length;
  strictEqual(texts(insightsBlocks(ins, { ...WIDE, chars: both })).length, 2);
  const short = texts(insightsBlocks(ins, { ...WIDE, chars: both - 1 }));
  strictEqual(short.length, 1);
  ok(!short[0].includes("Lines over time"), short[0]);
});

Deno.test("insights room: any room is kept to, and every pattern is listed or counted as not listed", () => {
  for (let round = 0; round < 200; round++) {
    const patterns = Array.from({ length: random.int(30) }, (_, i) => pattern(i));
    const found = patterns.length + random.int(3) * random.int(20);
    const ins = insights(patterns, { patternCount: found });
    const room = {
      chars: 300 + random.int(4000),
      blocks: 1 + random.int(8),
      maxSectionChars: 300 + random.int(3000),
    };
    const blocks = insightsBlocks(ins, room);
    ok(blocks.length <= room.blocks, `round ${round}: ${blocks.length} blocks`);
    ok(used(blocks) <= room.chars, `round ${round}: ${used(blocks)} > ${room.chars}`);
    for (const t of texts(blocks)) ok(t.length <= room.maxSectionChars, `round ${round}`);
    const text = all(blocks);
    const listed = (text.match(/^• /gm) ?? []).length;
    const more = /_(\d+) more patterns? not listed/.exec(text);
    // Once the patterns section is shown, every pattern is listed or counted as not listed.
    if (text.includes("*Top patterns*")) {
      strictEqual(listed + Number(more?.[1] ?? 0), found, `round ${round}: ${text}`);
    } else ok(listed === 0 && more === null, `round ${round}`);
    // With room for everything, everything is listed.
    const wide = all(insightsBlocks(ins, WIDE));
    strictEqual((wide.match(/^• /gm) ?? []).length, patterns.length);
    if (found > patterns.length) {
      ok(wide.includes(`_${found - patterns.length} more pattern`), `round ${round}`);
    } else ok(!wide.includes("not listed"), `round ${round}`);
  }
});

Deno.test("insights room: times carry their date exactly when the insights span a day or more", () => {
  for (const span of [0, 60_000, DAY - 60_000, DAY - 1, DAY, DAY + 1, 3 * DAY]) {
    for (const where of ["pattern", "sparkline", "comparison"] as const) {
      const p = pattern(1, { first: T0, last: T0 + 60_000 });
      const extra: Partial<ReportInsights> = { sparkline: null };
      if (where === "pattern") [p.first, p.last] = [T0 + 60_000 - span, T0 + 60_000];
      if (where === "sparkline") {
        extra.sparkline = { start: T0 + span, minutesPerBar: 1, bars: "▁", errors: " " };
      }
      if (where === "comparison") {
        // The pattern's last time is T0 + 1 min: the span reaches back from there.
        const start = T0 + 60_000 - span;
        extra.comparison = { state: "done", start, end: T0, lines: 3, partial: false };
      }
      const text = all(insightsBlocks(insights([p], extra), WIDE));
      const dated = text.includes("^{date_short} {time}|2026-11-");
      const plain = /\^\{time\}\|\d\d:\d\d UTC>/.test(text);
      strictEqual(dated, span >= DAY, `${where} over ${span} ms: ${text}`);
      strictEqual(plain, span < DAY, `${where} over ${span} ms: ${text}`);
    }
  }
  const none = insights([pattern(1, { first: null, last: null })], { sparkline: null });
  ok(!all(insightsBlocks(none, WIDE)).includes("<!date^"));
});

Deno.test("insights room: a pattern line says when it was seen, its example's first line, cut texts", () => {
  const line = (p: InsightPattern) => all(insightsBlocks(insights([p], { sparkline: null }), WIDE));
  const token = (ms: number) => `<!date^${Math.floor(ms / 1000)}^{time}|`;
  // First and last in the same minute: one time; in different minutes: a range; none: nothing.
  const same = line(pattern(1, { first: T0 + 1_000, last: T0 + 59_000 }));
  ok(same.includes(token(T0 + 1_000)) && !same.includes(" – "), same);
  const range = line(pattern(1, { first: T0 + 59_000, last: T0 + 60_000 }));
  ok(range.includes(`${token(T0 + 59_000)}`) && range.includes(" – "), range);
  ok(!line(pattern(1, { first: null, last: null })).includes("<!date^"));
  ok(line(pattern(1, { first: T0, last: null })).includes(token(T0)));
  // The example's first line only, saying there are more; none when there is no example.
  const multi = line(pattern(1, { example: "boom\n  at frame 1" }));
  ok(multi.includes("e.g. `boom` (and more lines)") && !multi.includes("frame"), multi);
  ok(
    line(pattern(1, { example: "boom" })).includes("e.g. `boom`\n") ||
      line(pattern(1, { example: "boom" })).endsWith("e.g. `boom`"),
  );
  ok(!line(pattern(1, { example: "" })).includes("e.g."));
  // Levels: errors bold, others upper case.
  ok(line(pattern(1, { level: "error" })).includes("×* *ERROR* `"));
  ok(line(pattern(1, { level: "warn" })).includes("×* WARN `"));
  // Texts cut: a template at 240 characters, an example at 200, pairs and entities whole.
  for (let round = 0; round < 100; round++) {
    const length = 195 + random.int(50);
    const chars = Array.from(
      { length },
      () => random.pick(["a", "🙂", "&amp;", "&lt;", "b", "\u{10000}", "\u{10FFFF}"]),
    );
    const text = chars.join("");
    for (const field of ["template", "example"] as const) {
      const max = field === "template" ? 240 : 200;
      const shown = line(pattern(1, { [field]: text }));
      const code = field === "template"
        ? /×\* \S+ `([^`]*)`/.exec(shown)
        : /e\.g\. `([^`]*)`/.exec(shown);
      ok(code, shown);
      const got = code![1];
      if (text.length <= max) {
        strictEqual(got, text.replaceAll(/&(?!amp;|lt;|gt;)/g, "&amp;"));
        continue;
      }
      ok(got.endsWith("…"), got);
      const kept = got.slice(0, -1);
      ok(text.startsWith(kept) && kept.length <= max - 1, `${field}: ${kept.length}`);
      // As long as allowed: the next whole item would not have fitted.
      let whole = 0, n = 0;
      while (n < chars.length && whole + chars[n].length <= max - 1) whole += chars[n++].length;
      strictEqual(kept.length, whole, `${field} of ${text.length}`);
    }
  }
});

Deno.test("insights room: the overview counts by level, per-bar minutes and error marks in words", () => {
  const overview = (extra: Partial<ReportInsights>) =>
    texts(insightsBlocks(insights([], extra), WIDE))[0];
  const levels = overview({ levels: { error: 2, warn: 0, info: 5, debug: 0, unknown: 1 } });
  ok(levels.includes("*By level:* *2 error* · 5 info · 1 without a level"), levels);
  ok(
    overview({ levels: { error: 0, warn: 0, info: 0, debug: 0, unknown: 0 } }).includes(
      "*By level:* no lines",
    ),
  );
  ok(
    overview({ filtered: true }).includes("over the 300 lines of the window that match the filter"),
  );
  ok(overview({}).includes("over all 300 lines read in the window"));
  const spark = (minutesPerBar: number, errors: string) =>
    overview({ sparkline: { start: T0, minutesPerBar, bars: "▁▂▃", errors } });
  ok(spark(1, "  ^").includes("one bar per minute from "), spark(1, "  ^"));
  ok(spark(5, "  ^").includes("one bar per 5 minutes from "));
  ok(spark(1, "  ^").endsWith(" (`^` under a bar: errors in it):"));
  ok(spark(1, "   ").endsWith(", no errors:"));
  const bars = texts(
    insightsBlocks(
      insights([], { sparkline: { start: T0, minutesPerBar: 1, bars: "▁▂▃", errors: "   " } }),
      WIDE,
    ),
  )[1];
  strictEqual(bars, "```\n▁▂▃\n```");
  ok(
    insightsBlocks(
      insights([], { sparkline: { start: T0, minutesPerBar: 1, bars: "", errors: "" } }),
      WIDE,
    ).length === 1,
  );
});

Deno.test("insights room: the comparison names what is new and rising, and a partial read", () => {
  const done = { state: "done" as const, start: T0 - 900_000, end: T0, lines: 40, partial: false };
  const text = (patterns: InsightPattern[], extra: Partial<ReportInsights> = {}) =>
    all(insightsBlocks(insights(patterns, { comparison: done, ...extra }), WIDE));
  ok(text([pattern(1)]).includes(": no listed pattern is new or rising."));
  ok(text([pattern(1, { change: "new" })]).includes(": 1 listed pattern new."));
  ok(
    text([pattern(1, { change: "rising", previous: 2 })]).includes(
      ": 1 listed pattern rising sharply.",
    ),
  );
  ok(
    text([pattern(1, { change: "new" }), pattern(2, { change: "rising" })]).includes(
      ": 1 listed pattern new, 1 listed pattern rising sharply.",
    ),
  );
  ok(text([pattern(1)], { filtered: true }).includes("40 lines matching)"));
  ok(!text([pattern(1)]).includes("matching)"));
  ok(
    text([pattern(1)], { comparison: { ...done, partial: true } }).includes(
      "Only part of that window was read",
    ),
  );
  ok(!text([pattern(1)]).includes("Only part"));
  ok(text([pattern(1)]).includes("new and rising ones marked"));
  ok(!all(insightsBlocks(insights([pattern(1)]), WIDE)).includes("new and rising ones marked"));
  ok(text([pattern(1, { change: "rising", previous: null })]).includes("*rising* (0 before)"));
});
