import { ok, strictEqual } from "@node/assert";
import { buildReportMessage } from "./report_blocks.ts";
import { fromSlack, renderBlocksForTerminal } from "./terminal.ts";

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
  const out = renderBlocksForTerminal(blocks, { width: 40 });
  const lines = out.split("\n");
  strictEqual(lines[0], "Safe Debug: checkout (prod)");
  ok(lines[1].startsWith("═"));
  ok(out.includes("*Window:* 2026-11-29 10:00 UTC – 2026-11-29 10:15 UTC"));
  ok(out.includes("@U012ABC"));
  ok(out.includes("│ GET /a <b> & ```"), out);
  ok(out.includes("1 email masked"));
  ok(!out.includes("&lt;") && !out.includes("<!date"));
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

Deno.test("fromSlack shows what a Slack client would", () => {
  strictEqual(
    fromSlack("<!here> <#C1|debug> <https://x.test|x> &amp;lt;"),
    "@here #C1 x (https://x.test) &lt;",
  );
});
