import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { blockTextLength } from "./blocks.ts";
import type { LineAccount } from "../line_account.ts";
import { buildReportMessage, REPORT_LIMITS, slackDate } from "./report_blocks.ts";
import type { Block, ReportMessage } from "./blocks.ts";
import { reportInput } from "./test_report.ts";

const base = reportInput({
  excerpt: ["10:14 INFO ok\n10:13 WARN slow"],
  lineCount: 2,
  counts: { email: 12, "aws-access-key-id": 2 },
});

const allText = (m: ReportMessage) =>
  m.blocks.map((b) =>
    b.type === "header" || b.type === "section"
      ? b.text.text
      : b.type === "context"
      ? b.elements.map((e) => e.text).join("\n")
      : ""
  ).join("\n");

/** Every Slack limit the report promises. */
function assertWithinLimits(m: ReportMessage) {
  ok(m.blocks.length <= REPORT_LIMITS.maxBlocks, `blocks ${m.blocks.length}`);
  const total = m.blocks.reduce((n, b) => n + blockTextLength(b), 0);
  ok(total <= REPORT_LIMITS.maxTotalTextChars, `total text ${total}`);
  for (const b of m.blocks) {
    if (b.type === "header") ok(b.text.text.length <= REPORT_LIMITS.maxHeaderChars);
    if (b.type === "section") ok(b.text.text.length <= REPORT_LIMITS.maxSectionChars);
  }
  ok(m.text.length > 0 && m.text.length <= REPORT_LIMITS.maxFallbackChars);
}

/** No mention, link or special token other than the requester and date tokens. */
function assertOnlyBuiltMarkup(m: ReportMessage, requester = "U012ABC") {
  const tokens = [...(allText(m) + m.text).matchAll(/<[^>]*>/g)].map((x) => x[0]);
  for (const t of tokens) {
    ok(
      t === `<@${requester}>` || /^<!date\^\d+\^\{date_short_pretty\} \{time\}\|[^<>|]+>$/.test(t),
      t,
    );
  }
}

const codeSections = (m: ReportMessage) =>
  m.blocks.filter((b): b is Extract<Block, { type: "section" }> =>
    b.type === "section" && b.text.text.startsWith("```")
  );

Deno.test("a normal report: header, requester, summary, code, expiry", () => {
  const m = buildReportMessage(base);
  assertWithinLimits(m);
  assertOnlyBuiltMarkup(m);
  deepStrictEqual(m.blocks[0], {
    type: "header",
    text: { type: "plain_text", text: "Safe Debug: checkout (production)" },
  });
  const text = allText(m);
  ok(text.includes("<@U012ABC>"));
  ok(text.includes("12 emails, 2 AWS access key IDs masked"));
  ok(text.includes(slackDate(base.expiresAt)));
  ok(text.includes("<!date^1795946400^{date_short_pretty} {time}|2026-11-29 10:00 UTC>"));
  deepStrictEqual(codeSections(m).map((b) => b.text.text), [
    "```\n10:14 INFO ok\n10:13 WARN slow\n```",
  ]);
  ok(!text.includes(":warning:") && !text.includes(":scissors:"));
  ok(m.text.includes("checkout") && m.text.includes("12 emails"));
  ok(!m.text.includes("10:14 INFO"), "the notification text carries no log text");
});

Deno.test("nothing masked, empty excerpt and truncation are all said", () => {
  const m = buildReportMessage({ ...base, counts: {}, excerpt: [], lineCount: 0, truncated: true });
  const text = allText(m);
  ok(text.includes("nothing masked"));
  ok(text.includes("No log lines in this window"));
  ok(text.includes("*Lines:* 0 shown, more not shown"), text);
  ok(text.includes(":warning: The excerpt is incomplete"));
  ok(m.text.includes("0 lines shown"), m.text);
  assertOnlyBuiltMarkup(m);
});

const account: LineAccount = {
  read: 524,
  outOfWindow: 0,
  repeated: 0,
  filtered: true,
  matched: 300,
  shown: 2,
  stoppedBy: "line_limit",
  partial: false,
};

Deno.test("with fetch_logs' account: lines read, matching and shown, and why some are missing", () => {
  const m = buildReportMessage({ ...base, account });
  assertWithinLimits(m);
  const text = allText(m);
  ok(text.includes("*Lines:* 524 read · 300 match the filter · 2 shown"), text);
  ok(text.includes("2 AWS access key IDs masked in the 524 lines read"), text);
  ok(text.includes(":warning: The read stopped at the line limit"), text);
  ok(
    text.includes(
      ":scissors: The 298 oldest matching lines are left out to fit Slack's message size",
    ),
    text,
  );
  ok(!text.includes("truncated") && !text.includes("excerpt lines"), text);
  ok(m.text.includes("2 lines shown") && m.text.includes("in the 524 lines read"), m.text);

  const whole = allText(buildReportMessage({
    ...base,
    account: { ...account, read: 2, filtered: false, matched: 2, stoppedBy: undefined },
  }));
  ok(whole.includes("*Lines:* 2 read · 2 shown"), whole);
  ok(!whole.includes(":warning:") && !whole.includes(":scissors:"), whole);
});

Deno.test("lines left out for the message's size are counted in log lines, not text lines", () => {
  // 1000 records of three text lines each (the later two indented, as fetch_logs writes them).
  const records = Array.from(
    { length: 1000 },
    (_, i) =>
      `2026-11-29T10:00:00.${
        String(i).padStart(3, "0")
      }Z ERROR failure ${i}\n  cause ${i}\n  at frame ${i}`,
  );
  const chunks: string[] = [];
  for (let i = 0; i < records.length; i += 25) chunks.push(records.slice(i, i + 25).join("\n"));
  const m = buildReportMessage({
    ...base,
    excerpt: chunks,
    lineCount: 1000,
    account: {
      ...account,
      read: 1000,
      filtered: false,
      matched: 1000,
      shown: 1000,
      stoppedBy: undefined,
    },
  });
  assertWithinLimits(m);
  const shownText = codeSections(m).map((b) => b.text.text.slice(4, -4)).join("\n").split("\n");
  const starts = shownText.filter((line) => /^2026-/.test(line)).length;
  const partial = /^2026-/.test(shownText[0]) ? 0 : 1;
  const shown = starts + partial;
  ok(shown > 50 && shown < 1000, `${shown} records shown`);
  const text = allText(m);
  ok(text.includes(`*Lines:* 1000 read · ${shown} shown`), text);
  ok(
    text.includes(
      `:scissors: The ${1000 - shown} oldest lines are left out to fit Slack's message size`,
    ),
    text,
  );
  ok(shownText.at(-1)!.includes("at frame 999"), "the newest line is kept");
});

Deno.test("hostile names and excerpt cannot mention, link, format or close the block", () => {
  const evil = "<!channel> <@U999> <https://evil.example|click> *b* _i_ ~s~ ``` &amp;";
  const m = buildReportMessage({
    ...base,
    service: evil,
    environment: evil,
    source: evil,
    requesterId: "<!here>",
    excerpt: [`${evil}\n${"`".repeat(50)}\n${evil}`],
  });
  assertWithinLimits(m);
  assertOnlyBuiltMarkup(m, "none");
  ok(allText(m).includes("an unknown user"));
  for (const b of codeSections(m)) {
    strictEqual(b.text.text.indexOf("``", 3), b.text.text.length - 3);
  }
});

Deno.test("a huge header is cut to 150 chars, escaping included", () => {
  const m = buildReportMessage({ ...base, service: "<".repeat(400), environment: "&".repeat(400) });
  const header = m.blocks[0];
  ok(header.type === "header" && header.text.text.length <= 150 && header.text.text.endsWith("…"));
  ok(header.type === "header" && !/&(l|lt|a|am|amp)?…$/.test(header.text.text));
});

Deno.test("40 full chunks of `<` lines: limits hold and the drop is announced", () => {
  const chunk = Array.from({ length: 29 }, () => "<".repeat(99)).join("\n"); // 2,899 chars
  const excerpt = Array.from({ length: 40 }, () => chunk);
  const m = buildReportMessage({ ...base, excerpt, lineCount: 1160 });
  assertWithinLimits(m);
  const shown = codeSections(m).length;
  ok(shown >= 3, `some excerpt shown (${shown})`);
  const note = /:scissors: The (\d+) oldest lines are left out to fit Slack's message size/.exec(
    allText(m),
  );
  ok(note, "drop notice present");
  const shownLines = codeSections(m).reduce((n, b) => n + b.text.text.split("\n").length - 2, 0);
  strictEqual(1160 - Number(note?.[1]), shownLines);
  ok(allText(m).includes(`*Lines:* ${shownLines} shown, more not shown`));
  const last = m.blocks[m.blocks.length - 1];
  ok(last.type === "context" && last.elements[0].text.includes("expires"), "expiry is kept");
});

Deno.test("when the excerpt does not fit, the newest lines are kept and the oldest dropped", () => {
  const chunks = Array.from(
    { length: 40 },
    (_, c) =>
      Array.from({ length: 29 }, (_, l) => `chunk${c}-line${l} ${"x".repeat(80)}`).join("\n"),
  );
  const m = buildReportMessage({ ...base, excerpt: chunks, lineCount: 1160 });
  assertWithinLimits(m);
  const shownText = codeSections(m).map((b) => b.text.text).join("\n");
  ok(shownText.includes("chunk39-line28"), "the newest line is shown");
  ok(!shownText.includes("chunk0-line0 "), "the oldest line is dropped");
  ok(
    shownText.indexOf("chunk38-") < shownText.indexOf("chunk39-"),
    "oldest first in reading order",
  );
});

Deno.test("many tiny lines and one giant line stay within 50 blocks and the text budget", () => {
  for (
    const excerpt of [
      Array.from({ length: 500 }, (_, i) => `${i}`),
      ["x".repeat(200_000)],
      Array.from({ length: 40 }, () => "a\n".repeat(1400)),
    ]
  ) {
    const m = buildReportMessage({ ...base, excerpt, lineCount: 999_999 });
    assertWithinLimits(m);
    ok(allText(m).includes(":scissors:"));
  }
});

Deno.test("a tighter custom budget is honoured", () => {
  const limits = { ...REPORT_LIMITS, maxBlocks: 8, maxTotalTextChars: 3000 };
  const m = buildReportMessage({
    ...base,
    excerpt: Array.from({ length: 20 }, () => "y".repeat(500)),
  }, limits);
  ok(m.blocks.length <= 8);
  ok(m.blocks.reduce((n, b) => n + blockTextLength(b), 0) <= 3000);
});

Deno.test("an invalid date shows as unknown instead of a broken token", () => {
  strictEqual(slackDate(new Date(NaN)), "an unknown time");
});
