import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { blockTextLength, type ReportBlock } from "./blocks.ts";
import { buildReportMessage, REPORT_LIMITS } from "./report_blocks.ts";
import {
  CONTROLS_BLOCK_ID,
  controlsBlock,
  EXPIRY_BLOCK_ID,
  EXTEND_ACTION,
  fallbackWithExpiry,
  PURGE_NOW_ACTION,
  withControls,
  withExpiry,
} from "./report_controls.ts";
import { slackDate } from "./report_dates.ts";
import { renderBlocksForTerminal } from "./terminal.ts";
import { reportInput } from "./test_report.ts";

const SESSION = "0b6f3c52-8a8e-4f0e-9d7e-3c3f1f6f2a10";
const base = reportInput({
  excerpt: ["2026-11-29T10:14:00Z INFO ok", "2026-11-29T10:13:00Z WARN slow"],
  lineCount: 2,
  counts: { email: 3 },
  controls: { sessionId: SESSION, extendMinutes: 60 },
});

/** Block Kit's limits for an actions block of buttons (block and element references). */
function assertButtonsWithinLimits(block: ReportBlock) {
  if (block.type !== "actions") throw new Error(`not an actions block: ${block.type}`);
  ok(block.block_id.length <= 255);
  ok(block.elements.length >= 1 && block.elements.length <= 25);
  for (const button of block.elements) {
    ok(button.action_id.length <= 255);
    ok(button.text.type === "plain_text" && button.text.text.length <= 75, button.text.text);
    ok(button.value.length <= 2000);
    if (button.confirm) {
      ok(button.confirm.title.text.length <= 100);
      ok(button.confirm.text.text.length <= 300);
      ok(button.confirm.confirm.text.length <= 30);
      ok(button.confirm.deny.text.length <= 30);
    }
  }
}

Deno.test("a report with buttons ends with the expiry line then Purge now / Extend, within Block Kit's limits", () => {
  const { blocks } = withControls(buildReportMessage(base), base.controls!);
  const [expiry, controls] = blocks.slice(-2);
  strictEqual(expiry.type === "context" && expiry.block_id, EXPIRY_BLOCK_ID);
  ok(JSON.stringify(expiry).includes(slackDate(base.expiresAt)));
  strictEqual(controls.type === "actions" && controls.block_id, CONTROLS_BLOCK_ID);
  assertButtonsWithinLimits(controls);
  if (controls.type !== "actions") return;
  deepStrictEqual(controls.elements.map((b) => [b.action_id, b.value, b.text.text]), [
    [PURGE_NOW_ACTION, SESSION, "Purge now"],
    [EXTEND_ACTION, SESSION, "Extend by 60 min"],
  ]);
  ok(controls.elements[0].confirm, "Purge now asks to confirm");
  const { blocks: without } = buildReportMessage({ ...base, controls: undefined });
  ok(!JSON.stringify(without).includes(CONTROLS_BLOCK_ID), "no buttons unless asked");
  // The block kept for the buttons is the only difference in size.
  strictEqual(buildReportMessage(base).blocks.length, without.length);
});

Deno.test("the buttons' block is reserved: a report as long as allowed still fits the block and text limits", () => {
  // Many short excerpt pieces: the block limit, not the text, decides how many are shown.
  const excerpt = Array.from(
    { length: 40 },
    (_, i) => `2026-11-29T10:${String(i).padStart(2, "0")}:00Z INFO line ${i}`,
  );
  for (const maxBlocks of [8, 12, REPORT_LIMITS.maxBlocks]) {
    const limits = { ...REPORT_LIMITS, maxBlocks, maxSectionChars: 60 };
    const message = withControls(
      buildReportMessage({ ...base, excerpt, lineCount: 40 }, limits),
      base.controls!,
    );
    ok(message.blocks.length <= maxBlocks, `${message.blocks.length} blocks > ${maxBlocks}`);
    const text = message.blocks.reduce((n, b) => n + blockTextLength(b), 0);
    ok(text <= REPORT_LIMITS.maxTotalTextChars);
    strictEqual(message.blocks.at(-1)?.type, "actions", "the buttons are never the part cut");
  }
});

Deno.test("a longest session id and step still make valid buttons", () => {
  assertButtonsWithinLimits(controlsBlock("a".repeat(100), 10_080));
});

Deno.test("withExpiry replaces only the expiry line of a posted report; fallbackWithExpiry its sentence", () => {
  const posted = withControls(buildReportMessage(base), base.controls!);
  const later = new Date("2026-11-29T12:15:00Z");
  const blocks = withExpiry(posted.blocks, later)!;
  strictEqual(blocks.length, posted.blocks.length);
  const changed = blocks.flatMap((b, i) =>
    JSON.stringify(b) === JSON.stringify(posted.blocks[i]) ? [] : [i]
  );
  deepStrictEqual(changed, [posted.blocks.length - 2]);
  ok(JSON.stringify(blocks).includes(slackDate(later)));
  ok(!JSON.stringify(blocks).includes(slackDate(base.expiresAt)));
  strictEqual(withExpiry([{ type: "divider" }], later), undefined, "no expiry line: nothing to do");
  ok(posted.text.includes("Expires 2026-11-29 11:15 UTC."), posted.text);
  strictEqual(
    fallbackWithExpiry(posted.text, later),
    posted.text.replace("Expires 2026-11-29 11:15 UTC.", "Expires 2026-11-29 12:15 UTC."),
  );
});

Deno.test("in the terminal the buttons are drawn as labels, control characters removed", () => {
  const posted = withControls(buildReportMessage(base), base.controls!);
  const drawn = renderBlocksForTerminal(posted.blocks);
  strictEqual(drawn.split("\n").at(-1), "[ Purge now ]  [ Extend by 60 min ]");
  const hostile = [{
    type: "actions",
    elements: [{ type: "button", text: { type: "plain_text", text: "Go\x1b[2J\x07" } }],
  }];
  strictEqual(renderBlocksForTerminal(hostile), "[ Go[2J ]");
});
