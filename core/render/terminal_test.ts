import { ok, strictEqual } from "@node/assert";
import { buildReportMessage } from "./report_blocks.ts";
import { renderBlocksForTerminal, slackToDisplay } from "./terminal.ts";

Deno.test("a report renders readably: header, fallback dates, mention, framed code", () => {
  const { blocks } = buildReportMessage({
    service: "checkout",
    environment: "prod",
    windowStart: new Date("2026-11-29T10:00:00Z"),
    windowEnd: new Date("2026-11-29T10:15:00Z"),
    requesterId: "U012ABC",
    excerpt: ["GET /a <b> & ```"],
    lineCount: 1,
    truncated: false,
    counts: { email: 1 },
    expiresAt: new Date("2026-11-29T11:15:00Z"),
  });
  const out = renderBlocksForTerminal(blocks, { width: 40, userNames: { U012ABC: "maya" } });
  const lines = out.split("\n");
  strictEqual(lines[0], "Safe Debug: checkout (prod)");
  ok(lines[1].startsWith("═"));
  ok(out.includes("Window: 2026-11-29 10:00 UTC – 2026-11-29 10:15 UTC"));
  ok(out.includes("Requested by: @maya"));
  ok(out.includes("│ GET /a <b> & ```"), out);
  ok(out.includes("1 email masked"));
  ok(!out.includes("&lt;") && !out.includes("<!date"));
});

Deno.test("color draws *bold* outside code only", () => {
  const out = renderBlocksForTerminal([
    { type: "section", text: { type: "mrkdwn", text: "*Lines:* 2" } },
    { type: "section", text: { type: "mrkdwn", text: "```\n*kept*\n```" } },
  ], { color: true });
  ok(out.includes("\x1b[1mLines:\x1b[0m 2"));
  ok(out.includes("*kept*"));
});

Deno.test("control characters and unknown shapes cannot break the terminal", () => {
  const out = renderBlocksForTerminal([
    { type: "section", text: { type: "mrkdwn", text: "a\x1b[31mred\x07\u009b" } },
    { type: "image" },
    "junk",
    null,
  ]);
  for (const c of ["\x1b", "\x07", "\u009b"]) ok(!out.includes(c));
  ok(out.includes("[image block]") && out.includes("[unknown block]"));
  strictEqual(renderBlocksForTerminal("not an array"), "");
  strictEqual(
    renderBlocksForTerminal([{ type: "divider" }, { type: "divider" }], { maxBlocks: 1 }).split(
      "\n",
    )[1],
    "[1 more blocks]",
  );
});

Deno.test("slackToDisplay shows what a Slack client would", () => {
  strictEqual(slackToDisplay("<@U1> <@U2>", { U1: "maya" }), "@maya @U2");
  strictEqual(
    slackToDisplay("<!here> <#C1|debug> <https://x.test|x> &amp;lt;"),
    "@here #C1 x (https://x.test) &lt;",
  );
});

Deno.test("the account of lines reads the same in the terminal as in Slack", () => {
  const { blocks } = buildReportMessage({
    service: "checkout",
    environment: "prod",
    windowStart: new Date("2026-11-29T10:00:00Z"),
    windowEnd: new Date("2026-11-29T10:15:00Z"),
    requesterId: "U012ABC",
    excerpt: ["2026-11-29T10:14:00.000Z ERROR timeout\n  at db.query"],
    lineCount: 1,
    truncated: true,
    counts: { "email-address-url-encoded": 1 },
    expiresAt: new Date("2026-11-29T11:15:00Z"),
    account: {
      read: 300,
      outOfWindow: 0,
      repeated: 0,
      filtered: true,
      matched: 1,
      shown: 1,
      stoppedBy: "line_limit",
      partial: false,
    },
  });
  const out = renderBlocksForTerminal(blocks, { width: 60 });
  ok(out.includes("Lines: 300 read · 1 matches the filter · 1 shown"), out);
  ok(out.includes("1 email address (URL-encoded) masked in the 300 lines read"), out);
  ok(out.includes("The read stopped at the line limit"), out);
  ok(out.includes("│   at db.query"), "a record's later lines stay indented");
});
