/**
 * Edges of the rendering helpers that the report tests reach only in passing: code blocks cut
 * before a pair at either end of the surrogate range, an empty first line shown, the text
 * budget counting context blocks, every block valid Block Kit, the 50 blocks a message may hold
 * used to the last, the masking summary's eight named kinds, and what is mined from a record.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../devkit/sample_logs/random.ts";
import { validateBlocks } from "../../devkit/slack_emulator/limits.ts";
import type { LogRecord } from "../sources/types.ts";
import { blockTextLength } from "./blocks.ts";
import { codeBlockPieces } from "./code_blocks.ts";
import { minedRecord } from "./insights.ts";
import { insightsBlocks } from "./insights_blocks.ts";
import { maskingSummary, parseMaskCounts } from "./masking_summary.ts";
import { buildReportMessage } from "./report_blocks.ts";
import { reportInput } from "./test_report.ts";

const random = seededRandom(0xed6);
const FENCE = (body: string) => "```\n" + body + "\n```";
const base = reportInput({
  counts: { "email-address": 2 },
});

Deno.test("render edges: a long line is never cut inside a pair, at either end of the surrogate range", () => {
  for (const pair of ["\u{10000}", "\u{10FFFF}", "🙂"]) {
    for (let at = 0; at < 12; at++) {
      // The pair straddles every position around the block's end (room: 20 - 8 fence = 12).
      const line = "a".repeat(at) + pair + "b".repeat(30);
      const pieces = [...codeBlockPieces([line], 20)];
      for (const p of pieces) {
        ok(p.text.length <= 20, p.text);
        ok(!/[\ud800-\udbff]\n```$/.test(p.text), `${at}: ${JSON.stringify(p.text)}`);
        ok(!/^```\n[\udc00-\udfff]/.test(p.text), `${at}: ${JSON.stringify(p.text)}`);
      }
      strictEqual(pieces.map((p) => p.text.slice(4, -4)).join(""), line);
    }
  }
});

Deno.test("render edges: an empty line that starts a block is shown as a space, and counted", () => {
  const pieces = [...codeBlockPieces(["\n" + "x".repeat(30)], 20)];
  deepStrictEqual(pieces[0], { text: FENCE(" "), lines: 1 });
  strictEqual(pieces.reduce((n, p) => n + p.lines, 0), 2);
});

Deno.test("render edges: the text budget counts every text of a context block", () => {
  for (let round = 0; round < 20; round++) {
    const texts = Array.from({ length: 1 + random.int(5) }, () => "t".repeat(random.int(50)));
    const block = {
      type: "context" as const,
      elements: texts.map((text) => ({ type: "mrkdwn" as const, text })),
    };
    strictEqual(blockTextLength(block), texts.reduce((n, t) => n + t.length, 0));
  }
  strictEqual(blockTextLength({ type: "divider" }), 0);
});

Deno.test("render edges: every report and insights block is valid Block Kit, text typed as mrkdwn", () => {
  const insights = {
    lines: 3,
    filtered: false,
    levels: { error: 1, warn: 0, info: 2, debug: 0, unknown: 0 },
    sparkline: { start: Date.UTC(2026, 10, 29, 10), minutesPerBar: 1, bars: "▁█", errors: " ^" },
    patterns: [{
      template: "boom <*>",
      count: 3,
      level: "error" as const,
      first: null,
      last: null,
      example: "boom 7",
      previous: null,
      change: null,
    }],
    patternCount: 4,
    comparison: { state: "off" as const },
  };
  const m = buildReportMessage({ ...base, truncated: true, insights });
  validateBlocks(m.blocks, "message");
  for (const b of m.blocks) {
    if (b.type === "section") strictEqual(b.text.type, "mrkdwn");
    if (b.type === "context") { for (const e of b.elements) strictEqual(e.type, "mrkdwn"); }
  }
  const blocks = insightsBlocks(insights, { chars: 5000, blocks: 8, maxSectionChars: 3000 });
  ok(blocks.length >= 3);
  for (const b of blocks) ok(b.type === "section" && b.text.type === "mrkdwn");
});

Deno.test("render edges: an excerpt too long for one message fills Slack's 50 blocks, not one more", () => {
  // Short lines, one block each: far more than 50 blocks' worth.
  const lines = Array.from({ length: 300 }, (_, i) => `10:${i} INFO line ${i} ${"x".repeat(2900)}`);
  const m = buildReportMessage(
    { ...base, excerpt: lines, lineCount: lines.length },
    {
      maxBlocks: 50,
      maxHeaderChars: 150,
      maxSectionChars: 3000,
      maxTotalTextChars: 1e9,
      maxFallbackChars: 40_000,
    },
  );
  strictEqual(m.blocks.length, 50);
  validateBlocks(m.blocks, "message");
});

Deno.test("render edges: the summary names the eight largest kinds, then counts the rest", () => {
  const ids = [
    "email-address",
    "ipv4-address",
    "aws-access-key-id",
    "payment-card",
    "us-ssn",
    "iban",
    "jwt",
    "uk-nino",
    "mac-address",
    "phone-number",
  ];
  for (let kinds = 1; kinds <= ids.length; kinds++) {
    const counts = Object.fromEntries(ids.slice(0, kinds).map((id, i) => [id, 100 - i]));
    const summary = maskingSummary(counts);
    const named = summary.replace(/,? and \d+ more kinds?/, "").split(", ").length;
    strictEqual(named, Math.min(kinds, 8), summary);
    if (kinds === 9) ok(summary.endsWith(", and 1 more kind masked"), summary);
    if (kinds === 10) ok(summary.endsWith(", and 2 more kinds masked"), summary);
    if (kinds <= 8) ok(!summary.includes("more kind"), summary);
  }
});

Deno.test("render edges: a record's attributes are left out of what is mined, whatever they are", () => {
  const record = (attributes: Record<string, string>, level = "info"): LogRecord => ({
    time: "2026-11-29T10:00:00.000Z",
    level,
    message: "m",
    attributes,
  });
  // One attribute is enough to be cut; none leaves a line saying `undefined=` whole.
  strictEqual(
    minedRecord(record({ host: "a" }), ["2026-11-29T10:00:00.000Z INFO job done host=a"]).text,
    "job done",
  );
  strictEqual(
    minedRecord(record({}), ["2026-11-29T10:00:00.000Z INFO value undefined=1"]).text,
    "value undefined=1",
  );
  // A record with no level: its line starts with the time alone.
  deepStrictEqual(minedRecord(record({}, ""), ["2026-11-29T10:00:00.000Z job done"]), {
    text: "job done",
    time: "2026-11-29T10:00:00.000Z",
    level: "",
  });
  // A line of attributes only (the message was empty): nothing is left of it.
  strictEqual(minedRecord(record({ host: "a" }), [" host=a"]).text, "");
  // No record, or no lines: the lines as they are.
  strictEqual(minedRecord(undefined, ["a host=b"]).text, "a host=b");
  strictEqual(minedRecord(record({ host: "a" }), []).text, "");
});

Deno.test("render edges: detector ids whose words are one character long are taken", () => {
  for (const id of ["a", "a-b", "x-key", "ab-c", "a-b-c-d", "9-x"]) {
    deepStrictEqual(parseMaskCounts(JSON.stringify({ [id]: 1 })), { [id]: 1 }, id);
  }
});

/** The mrkdwn of every section and context block, joined. */
const allText = (blocks: readonly { type: string }[]) => JSON.stringify(blocks);

Deno.test("render edges: the header block stays first and the account is told once, whatever was cut", () => {
  const lines = Array.from({ length: 40 }, (_, i) => `10:${i} INFO line ${i} ${"x".repeat(2000)}`);
  for (const excerptMode of ["newest", "patterns"] as const) {
    for (const truncated of [false, true]) {
      const m = buildReportMessage({
        ...base,
        excerpt: lines,
        lineCount: lines.length,
        truncated,
        excerptMode,
      });
      strictEqual(m.blocks[0].type, "header", excerptMode);
      const info = m.blocks[1];
      ok(info.type === "section" && info.text.text.startsWith("*Window:*"), excerptMode);
      const text = allText(m.blocks);
      strictEqual(text.split("*Lines:*").length, 2, `${excerptMode}: one account`);
      strictEqual(
        text.split(":scissors:").length <= 2,
        true,
        `${excerptMode}: one note of lines left out`,
      );
      strictEqual(
        text.includes("(one example per pattern)"),
        excerptMode === "patterns",
        `${excerptMode}: the excerpt said to be examples only when it is`,
      );
      validateBlocks(m.blocks, "message");
    }
  }
});

Deno.test("render edges: a report with nothing to note has no empty context block; no lines, nothing left out", () => {
  const m = buildReportMessage({ ...base, excerpt: [], lineCount: 0 });
  validateBlocks(m.blocks, "message");
  for (const b of m.blocks) {
    if (b.type === "context") ok(b.elements.length > 0 && b.elements[0].text !== "");
  }
  const text = allText(m.blocks);
  ok(!text.includes(":scissors:") && !text.includes("left out"), text);
  ok(text.includes("_No log lines in this window._"), text);
});

Deno.test("render edges: an expiry that is not a date reads as ? in the notification text", () => {
  const m = buildReportMessage({ ...base, expiresAt: new Date(NaN) });
  ok(m.text.endsWith("Expires ?."), m.text);
});

Deno.test("render edges: a header of exactly 150 characters is whole; a source cut never leaves half a pair", () => {
  // "Safe Debug: " + service + " (prod)" is 150 characters.
  const service = "s".repeat(150 - "Safe Debug:  (prod)".length);
  const m = buildReportMessage({ ...base, service: service.slice(0, 100), environment: "prod" });
  ok(m.blocks[0].type === "header" && !m.blocks[0].text.text.endsWith("…"));
  const exact = buildReportMessage({
    ...base,
    service: "s".repeat(100),
    environment: "e".repeat(150 - "Safe Debug: ".length - 100 - 3),
  });
  ok(exact.blocks[0].type === "header");
  strictEqual(exact.blocks[0].type === "header" && exact.blocks[0].text.text.length, 150);
  ok(exact.blocks[0].type === "header" && !exact.blocks[0].text.text.endsWith("…"));
  for (const pair of ["\u{10000}", "\u{10FFFF}"]) {
    const source = "a".repeat(98) + pair + "b";
    const shown = allText(buildReportMessage({ ...base, source }).blocks);
    ok(shown.includes(`*Source:* \`${"a".repeat(98)}…\``), JSON.stringify(pair));
  }
});

Deno.test("render edges: insights with one level, ties kept in order, no empty lines, bad times unknown", () => {
  const p = (i: number, extra = {}) => ({
    template: `job ${i} <*>`,
    count: 3,
    level: "info" as const,
    first: Date.UTC(2026, 10, 29, 10),
    last: Date.UTC(2026, 10, 29, 10),
    example: "",
    previous: null,
    change: null,
    ...extra,
  });
  const insights = (patterns: ReturnType<typeof p>[], extra = {}) => ({
    lines: 5,
    filtered: false,
    levels: { error: 0, warn: 0, info: 5, debug: 0, unknown: 0 },
    sparkline: null,
    patterns,
    patternCount: patterns.length,
    comparison: { state: "off" as const },
    ...extra,
  });
  const room = { chars: 100_000, blocks: 50, maxSectionChars: 100_000 };
  const text = (ins: ReturnType<typeof insights>) =>
    insightsBlocks(ins, room).map((b) => (b.type === "section" ? b.text.text : "")).join("\n");
  ok(text(insights([])).includes("*By level:* 5 info"), text(insights([])));
  ok(!text(insights([p(1)])).includes("\n\n"), "no empty line in the overview");
  const order = text(insights([p(0), p(1), p(2), p(3)]));
  ok(
    order.indexOf("job 0") < order.indexOf("job 1") &&
      order.indexOf("job 2") < order.indexOf("job 3"),
  );
  ok(!text(insights([p(1)])).includes("*rising*"), "no change, no mark");
  ok(text(insights([p(1, { first: NaN, last: NaN })])).includes("an unknown time"));
  // A template of exactly 240 characters is shown whole.
  ok(text(insights([p(1, { template: "t".repeat(240) })])).includes(`\`${"t".repeat(240)}\``));
  // Spanning days: the fallback has the date and the minute.
  const days = text(insights([p(1, { last: Date.UTC(2026, 10, 30, 10, 7) })]));
  ok(/\|2026-11-30 10:07 UTC>/.test(days), days);
});
