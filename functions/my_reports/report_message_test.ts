/**
 * Extend from "My debug reports" reads the report back to rewrite its expiry line: only the
 * app's own message at exactly the report's ts, with its expiry line, within Slack's 50 blocks,
 * counts. Every other answer (refused, malformed, someone else's message, another ts) is no
 * report, whatever it holds: Slack's answer is input like any other.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { EXPIRY_BLOCK_ID } from "../../core/render/report_controls.ts";
import type { SlackClient, SlackResponse } from "../../slack/web_api.ts";
import type { PurgeSession } from "../purge_reports/session_record.ts";
import { readReportMessage } from "./report_message.ts";

const TS = "1764000000.000100";
const SESSION = { channel: "C05PRODDBG1", message_ts: TS } as PurgeSession;
const EXPIRY = { type: "context", block_id: EXPIRY_BLOCK_ID, elements: [] };
const BODY = { type: "section", block_id: "excerpt", text: { type: "mrkdwn", text: "x" } };
const REPORT = { ts: TS, bot_id: "B05SAFEDBG1", text: "Safe Debug report", blocks: [BODY, EXPIRY] };

/** A client whose conversations.history answers `answer`, recording what it was asked. */
function answering(answer: unknown): SlackClient & { asked: unknown[] } {
  const asked: unknown[] = [];
  return {
    baseUrl: "http://127.0.0.1:9/api/",
    asked,
    call: (method: string, args?: Record<string, unknown>) => {
      asked.push([method, args]);
      return Promise.resolve(answer as SlackResponse);
    },
  };
}

Deno.test("report read back: the app's own message at the report's ts, with its expiry line", async () => {
  const client = answering({ ok: true, messages: [REPORT] });
  deepStrictEqual(await readReportMessage(client, SESSION), {
    text: REPORT.text,
    blocks: REPORT.blocks,
  });
  // Exactly that one message is asked for.
  deepStrictEqual(client.asked, [[
    "conversations.history",
    { channel: "C05PRODDBG1", latest: TS, oldest: TS, inclusive: true, limit: 1 },
  ]]);
  const fifty = [...Array.from({ length: 49 }, () => BODY), EXPIRY];
  deepStrictEqual(
    await readReportMessage(
      answering({ ok: true, messages: [{ ...REPORT, blocks: fifty }] }),
      SESSION,
    ),
    { text: REPORT.text, blocks: fifty },
  );
});

Deno.test("report read back: any other answer is no report", async () => {
  const answers: [string, unknown][] = [
    ["refused", { ok: false, error: "channel_not_found", messages: [REPORT] }],
    ["no messages", { ok: true }],
    ["messages not a list", { ok: true, messages: { 0: REPORT } }],
    ["no message", { ok: true, messages: [] }],
    ["a null message", { ok: true, messages: [null] }],
    ["a text message", { ok: true, messages: ["report"] }],
    ["another ts", { ok: true, messages: [{ ...REPORT, ts: "1764000000.000101" }] }],
    ["a person's message", { ok: true, messages: [{ ...REPORT, bot_id: undefined }] }],
    ["an empty bot id", { ok: true, messages: [{ ...REPORT, bot_id: "" }] }],
    ["a bot id not text", { ok: true, messages: [{ ...REPORT, bot_id: 7 }] }],
    ["no text", { ok: true, messages: [{ ...REPORT, text: undefined }] }],
    ["no blocks", { ok: true, messages: [{ ...REPORT, blocks: undefined }] }],
    ["blocks not a list", { ok: true, messages: [{ ...REPORT, blocks: { 0: EXPIRY } }] }],
    ["51 blocks", {
      ok: true,
      messages: [{ ...REPORT, blocks: [...Array.from({ length: 50 }, () => BODY), EXPIRY] }],
    }],
    ["no expiry line", { ok: true, messages: [{ ...REPORT, blocks: [BODY] }] }],
    ["a null block", { ok: true, messages: [{ ...REPORT, blocks: [null, BODY] }] }],
    ["an expiry id as text", { ok: true, messages: [{ ...REPORT, blocks: [EXPIRY_BLOCK_ID] }] }],
  ];
  for (const [what, answer] of answers) {
    strictEqual(await readReportMessage(answering(answer), SESSION), undefined, what);
  }
});
