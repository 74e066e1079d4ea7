/**
 * What Slack checks of a report's buttons (Block Kit's button and confirmation dialog objects),
 * and where a posted report's expiry line is found when its deadline moves: at any of the 50
 * blocks Slack keeps, never a block that is not it, never past the 50th.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { blockTextLength } from "./blocks.ts";
import {
  controlsBlock,
  EXPIRY_BLOCK_ID,
  expiryBlock,
  EXTEND_ACTION,
  PURGE_NOW_ACTION,
  withExpiry,
} from "./report_controls.ts";
import { slackDate } from "./report_dates.ts";

/** `value` as an object, or a failure naming where it is. */
function object(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new Error(`${where}: not an object`);
  }
  return value as Record<string, unknown>;
}

/** A Block Kit plain_text object: Slack refuses any other type where only plain text is allowed. */
function assertPlainText(text: unknown, max: number, where: string) {
  const value = object(text, where);
  strictEqual(value.type, "plain_text", `${where}: type`);
  ok(typeof value.text === "string" && value.text.length >= 1 && value.text.length <= max, where);
}

/** Block Kit's button element, with its confirmation dialog when it has one. */
function assertButton(button: unknown, where: string) {
  const value = object(button, where);
  strictEqual(value.type, "button", `${where}: type`);
  ok(typeof value.action_id === "string" && /^[a-z_]{1,255}$/.test(value.action_id), where);
  assertPlainText(value.text, 75, `${where}/text`);
  if (value.style !== undefined) ok(["primary", "danger"].includes(value.style as string), where);
  if (value.confirm !== undefined) {
    const confirm = object(value.confirm, `${where}/confirm`);
    assertPlainText(confirm.title, 100, `${where}/confirm/title`);
    assertPlainText(confirm.text, 300, `${where}/confirm/text`);
    assertPlainText(confirm.confirm, 30, `${where}/confirm/confirm`);
    assertPlainText(confirm.deny, 30, `${where}/confirm/deny`);
    if (confirm.style !== undefined) {
      ok(["primary", "danger"].includes(confirm.style as string), `${where}/confirm/style`);
    }
  }
}

Deno.test("Purge now and Extend are Block Kit buttons: plain-text labels, distinct action ids, Purge now red and confirmed in red", () => {
  const block = controlsBlock("0b6f3c52-8a8e-4f0e-9d7e-3c3f1f6f2a10", 60);
  block.elements.forEach((button, i) => assertButton(button, `/elements/${i}`));
  const [purge, extend] = block.elements;
  deepStrictEqual([purge.action_id, extend.action_id], [PURGE_NOW_ACTION, EXTEND_ACTION]);
  ok(
    new Set<string>([PURGE_NOW_ACTION, EXTEND_ACTION]).size === 2,
    "a click must tell which button",
  );
  // The destructive button and its dialog are marked as such.
  strictEqual(purge.style, "danger");
  strictEqual(purge.confirm?.style, "danger");
  strictEqual(extend.style, undefined);
  strictEqual(extend.confirm, undefined);
});

function postedReport(blocks: number, expiryAt: number): unknown[] {
  return Array.from(
    { length: blocks },
    (_, i) =>
      i === expiryAt
        ? expiryBlock(new Date("2026-11-29T11:15:00Z"))
        : { type: "section", block_id: `b${i}`, text: { type: "mrkdwn", text: `line ${i}` } },
  );
}

Deno.test("the expiry line is replaced wherever it stands among the 50 blocks Slack keeps, and only it", () => {
  const later = new Date("2026-11-29T12:15:00Z");
  for (let at = 0; at < 50; at++) {
    const posted = postedReport(50, at);
    const blocks = withExpiry(posted, later);
    if (blocks === undefined) throw new Error(`expiry line at block ${at} not found`);
    strictEqual(blocks.length, 50);
    blocks.forEach((block, i) => {
      if (i === at) deepStrictEqual(block, expiryBlock(later));
      else deepStrictEqual(block, posted[i], `block ${i} changed (expiry line at ${at})`);
    });
    ok(JSON.stringify(blocks[at]).includes(slackDate(later)));
  }
});

Deno.test("an expiry line past the 50th block is not read; what is not a block with its id is never taken for it", () => {
  const later = new Date("2026-11-29T12:15:00Z");
  strictEqual(withExpiry(postedReport(51, 50), later), undefined);
  strictEqual(withExpiry(postedReport(60, 55), later), undefined);
  const junk = [null, 7, "report_expiry", [EXPIRY_BLOCK_ID], { block_id: "other" }, {}];
  strictEqual(withExpiry(junk, later), undefined);
  const blocks = withExpiry([...junk, expiryBlock(new Date(0))], later);
  deepStrictEqual(blocks, [...junk, expiryBlock(later)]);
});

Deno.test("the buttons' labels count toward the report's text, each once", () => {
  for (const minutes of [1, 60, 10_080]) {
    const block = controlsBlock("0b6f3c52-8a8e-4f0e-9d7e-3c3f1f6f2a10", minutes);
    strictEqual(blockTextLength(block), "Purge now".length + `Extend by ${minutes} min`.length);
  }
});
