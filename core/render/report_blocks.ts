/**
 * The debug report as a Slack message, within Slack's limits whatever the input: ≤ 50 blocks,
 * header ≤ 150 chars, section text ≤ 3000, a cumulative text budget (Slack answers
 * `msg_blocks_too_long` above roughly 12,000 chars even under the per-block limits) and a plain
 * `text` fallback ≤ 40,000. Excerpt parts that do not fit are dropped from the oldest end (the newest lines are kept), and the report
 * says so. Every piece of input text is escaped; the requester mention is the only one built.
 */
import { type Block, blockTextLength, type ReportMessage } from "./blocks.ts";
import { codeBlockPieces } from "./code_blocks.ts";
import { type MaskCounts, maskingSummary } from "./masking_summary.ts";
import { escapeSlackText, inlineCode, plainLine } from "./slack_escape.ts";

export const REPORT_LIMITS = {
  maxBlocks: 50,
  maxHeaderChars: 150,
  maxSectionChars: 3000,
  maxTotalTextChars: 12_000,
  maxFallbackChars: 40_000,
} as const;

export type ReportLimits = { [K in keyof typeof REPORT_LIMITS]: number };

export interface ReportInput {
  service: string;
  environment: string;
  windowStart: Date;
  windowEnd: Date;
  /** Slack user id of the requester (`U…`/`W…`); anything else is shown as an unknown user. */
  requesterId: string;
  source?: string;
  /** Scrubbed excerpt chunks, oldest line first, newest last (as fetch_logs outputs them). */
  excerpt: readonly string[];
  lineCount: number;
  /** The excerpt is incomplete: a line, size or time limit stopped the read, or a partial result. */
  truncated: boolean;
  counts: MaskCounts;
  expiresAt: Date;
}

/** Longest service / environment / source shown; longer values are cut. */
const MAX_FIELD_CHARS = 100;
/** Room kept for the "N of M lines shown" note, which is only known after packing. */
const DROPPED_NOTE_RESERVE = 240;
const USER_ID = /^[UW][A-Z0-9]{2,32}$/;

export function buildReportMessage(
  input: ReportInput,
  limits: ReportLimits = REPORT_LIMITS,
): ReportMessage {
  const summary = maskingSummary(input.counts);
  const head: Block[] = [
    header(`Safe Debug: ${cut(input.service)} (${cut(input.environment)})`, limits.maxHeaderChars),
    section(infoText(input)),
    section(`:lock: ${escapeSlackText(summary)}`),
  ];
  const notes = readNotes(input);
  const expiry: Block = context([
    `:hourglass: This report expires ${slackDate(input.expiresAt)} and is then deleted.`,
  ]);

  const fixedText = [...head, expiry].reduce((n, b) => n + blockTextLength(b), 0) +
    notes.reduce((n, t) => n + t.length, 0);
  const fixedBlocks = head.length + 1 /* notes */ + 1 /* divider */ + 1 /* expiry */;
  let textRoom = limits.maxTotalTextChars - fixedText - DROPPED_NOTE_RESERVE;
  let blockRoom = limits.maxBlocks - fixedBlocks;

  const pieces = [...codeBlockPieces(input.excerpt, limits.maxSectionChars)];
  const totalLines = pieces.reduce((sum, piece) => sum + piece.lines, 0);
  const code: Block[] = [];
  let shownLines = 0;
  let complete = true;
  // When not everything fits, keep the newest lines: walk the pieces from the end.
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i];
    if (blockRoom < 1 || piece.text.length > textRoom) {
      complete = false;
      break;
    }
    code.unshift(section(piece.text));
    shownLines += piece.lines;
    blockRoom--;
    textRoom -= piece.text.length;
  }
  if (!complete) {
    notes.push(
      `:scissors: the newest ${shownLines} of ${totalLines} excerpt lines shown: Slack limits a message's ` +
        "size. Narrow the window or add a filter to see the rest.",
    );
  }
  if (totalLines === 0) code.push(section("_No log lines in this window._"));

  const blocks: Block[] = [...head];
  if (notes.length > 0) blocks.push(context(notes));
  blocks.push({ type: "divider" }, ...code, expiry);
  return { blocks, text: fallbackText(input, summary, limits.maxFallbackChars) };
}

function infoText(input: ReportInput): string {
  const requester = USER_ID.test(input.requesterId) ? `<@${input.requesterId}>` : "an unknown user";
  const lines = [
    `*Window:* ${slackDate(input.windowStart)} – ${slackDate(input.windowEnd)}`,
    `*Requested by:* ${requester}`,
    `*Lines:* ${Math.max(0, Math.trunc(input.lineCount))}${input.truncated ? " (truncated)" : ""}`,
  ];
  if (input.source !== undefined && input.source !== "") {
    lines.push(`*Source:* ${inlineCode(cut(input.source))}`);
  }
  return lines.join("\n");
}

function readNotes(input: ReportInput): string[] {
  if (!input.truncated) return [];
  return [
    ":warning: The excerpt is incomplete: a line, size or time limit stopped the read, or the " +
    "log source returned a partial result. Narrow the window or add a filter to see the rest.",
  ];
}

function fallbackText(input: ReportInput, summary: string, max: number): string {
  const text = plainLine(
    `Safe Debug report for ${cut(input.service)} (${cut(input.environment)}): ` +
      `${Math.max(0, Math.trunc(input.lineCount))} lines, ${summary}. ` +
      `Expires ${isoMinute(input.expiresAt)}.`,
  );
  return cut(text, max);
}

/** Slack's localised date token, with an ISO fallback for clients that cannot render it. */
export function slackDate(date: Date): string {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) return "an unknown time";
  return `<!date^${Math.floor(ms / 1000)}^{date_short_pretty} {time}|${isoMinute(date)}>`;
}

function isoMinute(date: Date): string {
  const ms = date.getTime();
  return Number.isFinite(ms) ? `${date.toISOString().slice(0, 16).replace("T", " ")} UTC` : "?";
}

function header(raw: string, max: number): Block {
  let text = plainLine(raw);
  if (text.length > max) {
    let keep = Math.min(raw.length, max);
    while (keep > 0 && plainLine(raw.slice(0, keep)).length + 1 > max) keep--;
    text = `${plainLine(raw.slice(0, keep))}…`;
  }
  return { type: "header", text: { type: "plain_text", text } };
}

function section(text: string): Block {
  return { type: "section", text: { type: "mrkdwn", text } };
}

function context(texts: string[]): Block {
  return { type: "context", elements: texts.map((text) => ({ type: "mrkdwn", text })) };
}

/** At most `max` UTF-16 units, ending in "…" when cut, never splitting a surrogate pair. */
function cut(text: string, max = MAX_FIELD_CHARS): string {
  if (text.length <= max) return text;
  let keep = max - 1;
  const last = text.charCodeAt(keep - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep--;
  return `${text.slice(0, keep)}…`;
}
