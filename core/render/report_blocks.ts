/**
 * The debug report as a Slack message, within Slack's limits whatever the input: ≤ 50 blocks,
 * header ≤ 150 chars, section text ≤ 3000, a cumulative text budget (Slack answers
 * `msg_blocks_too_long` above roughly 12,000 chars even under the per-block limits) and a plain
 * `text` fallback ≤ 40,000. Excerpt parts that do not fit are dropped from the oldest end (the
 * newest lines are kept), and the report says so in the same account of lines as the rest of it
 * (core/line_account.ts): one log line is one record, however many text lines it spans. Every
 * piece of input text is escaped; the requester mention is the only one built.
 *
 * With insights (core/render/insights.ts), they come first, above the excerpt, within a share of
 * the message's room. The excerpt shows either the newest lines (the oldest are dropped when they
 * do not fit) or one example per pattern, errors first (the last are dropped).
 */
import { isRecordStart } from "../excerpt.ts";
import { accountLine, type LineAccount, lines, shortfalls } from "../line_account.ts";
import { type Block, blockTextLength, type ReportMessage } from "./blocks.ts";
import { type CodeBlockPiece, codeBlockPieces } from "./code_blocks.ts";
import { counted } from "./counted.ts";
import type { ReportInsights } from "./insights.ts";
import { insightsBlocks } from "./insights_blocks.ts";
import type { ExcerptMode } from "./insights_excerpt.ts";
import { type MaskCounts, maskingSummary } from "./masking_summary.ts";
import { controlsBlock, expiryBlock } from "./report_controls.ts";
import { isoMinute, slackDate } from "./report_dates.ts";
import { escapeSlackText, inlineCode, plainLine } from "./slack_escape.ts";

export { slackDate };

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
  /** Log lines (records) the excerpt holds. */
  lineCount: number;
  /** The excerpt is incomplete: a line, size or time limit stopped the read, or a partial result. */
  truncated: boolean;
  /** fetch_logs' account of the lines read, matched and shown; without it, lineCount alone. */
  account?: LineAccount;
  counts: MaskCounts;
  expiresAt: Date;
  /** Counts by level, lines per minute and top patterns, shown above the excerpt. */
  insights?: ReportInsights;
  /** What the excerpt holds: the newest lines (default) or one example per pattern. */
  excerptMode?: ExcerptMode;
  /** Purge now / Extend buttons for this session (its step waits for clicks): the report keeps
   * a block for them, which `withControls` (report_controls.ts) adds under the expiry line. */
  controls?: { sessionId: string; extendMinutes: number };
}

/** The insights take at most this many characters of the message's text… */
export const MAX_INSIGHTS_CHARS = 5_000;
/** …and at most this share of the room left for insights and excerpt together… */
const INSIGHTS_SHARE = 0.5;
/** …and at most this many blocks. */
const MAX_INSIGHTS_BLOCKS = 8;

/** Longest service / environment / source shown; longer values are cut. */
const MAX_FIELD_CHARS = 100;
/** Room kept for the "lines left out" note and counts, which are only known after packing. */
const DROPPED_NOTE_RESERVE = 300;
const USER_ID = /^[UW][A-Z0-9]{2,32}$/;

export function buildReportMessage(
  input: ReportInput,
  limits: ReportLimits = REPORT_LIMITS,
): ReportMessage {
  const summary = maskingSummary(input.counts) +
    (input.account ? ` in the ${lines(input.account.read)} read` : "");
  const lineCount = Math.max(0, Math.trunc(input.lineCount));
  const head: Block[] = [
    header(`Safe Debug: ${cut(input.service)} (${cut(input.environment)})`, limits.maxHeaderChars),
    section(infoText(input, lineCount)),
    section(`:lock: ${escapeSlackText(summary)}`),
  ];
  const notes = lineNotes(input, lineCount);
  const expiry = expiryBlock(input.expiresAt);
  const controls = input.controls
    ? [controlsBlock(input.controls.sessionId, input.controls.extendMinutes)]
    : [];

  const fixedText = [...head, expiry, ...controls].reduce((n, b) => n + blockTextLength(b), 0) +
    notes.reduce((n, t) => n + t.length, 0);
  const fixedBlocks = head.length + 1 /* notes */ + 1 /* divider */ + 1 /* expiry */ +
    controls.length;
  let textRoom = limits.maxTotalTextChars - fixedText - DROPPED_NOTE_RESERVE;
  let blockRoom = limits.maxBlocks - fixedBlocks;

  // The insights first, in their share of the room; at least one block is left for the excerpt.
  const insights = input.insights
    ? insightsBlocks(input.insights, {
      chars: Math.min(MAX_INSIGHTS_CHARS, Math.floor(textRoom * INSIGHTS_SHARE)),
      blocks: Math.min(MAX_INSIGHTS_BLOCKS, blockRoom - 1),
      maxSectionChars: limits.maxSectionChars,
    })
    : [];
  textRoom -= insights.reduce((n, b) => n + blockTextLength(b), 0);
  blockRoom -= insights.length;

  const pieces = [...codeBlockPieces(input.excerpt, limits.maxSectionChars)];
  const totalLines = pieces.reduce((sum, piece) => sum + piece.lines, 0);
  const examples = input.excerptMode === "patterns";
  const kept: CodeBlockPiece[] = [];
  let shownLines = 0;
  let complete = true;
  // When not everything fits, keep the newest lines (walk the pieces from the end), or the
  // examples of the most important patterns (from the start).
  for (let n = 0; n < pieces.length; n++) {
    const piece = pieces[examples ? n : pieces.length - 1 - n];
    if (blockRoom < 1 || piece.text.length > textRoom) {
      complete = false;
      break;
    }
    if (examples) kept.push(piece);
    else kept.unshift(piece);
    shownLines += piece.lines;
    blockRoom--;
    textRoom -= piece.text.length;
  }
  const code: Block[] = kept.map((piece) => section(piece.text));
  // The account is told once, in log lines: what the message could not hold is left out too.
  let shown = lineCount;
  if (!complete && examples) {
    const { records, cutShort } = recordsKept(input.excerpt, shownLines, kept.at(-1));
    shown = Math.min(lineCount, records);
    head[1] = section(infoText(input, shown));
    notes.splice(0, notes.length, ...lineNotes(input, shown));
    if (cutShort) {
      notes.push(
        ":scissors: The end of the last example shown is left out to fit Slack's message size.",
      );
    }
  } else if (!complete) {
    shown = Math.max(0, lineCount - recordsLeftOut(input.excerpt, totalLines - shownLines));
    head[1] = section(infoText(input, shown));
    notes.splice(0, notes.length, ...lineNotes(input, shown));
    if (shown === lineCount) {
      // Only the start of one long line (a huge line or stack trace) did not fit.
      notes.push(
        ":scissors: The start of the oldest line shown is left out to fit Slack's " +
          "message size.",
      );
    }
  }
  if (totalLines === 0) code.push(section("_No log lines in this window._"));

  const blocks: Block[] = [...head];
  if (notes.length > 0) blocks.push(context(notes));
  blocks.push(...insights, { type: "divider" }, ...code, expiry);
  return { blocks, text: fallbackText(input, shown, summary, limits.maxFallbackChars) };
}

/**
 * How many log lines (records) the first `droppedLines` text lines of the excerpt take out
 * entirely: the record starts among them, less the one whose later lines are still shown.
 */
function recordsLeftOut(excerpt: readonly string[], droppedLines: number): number {
  const textLines = excerpt.filter((chunk) => chunk !== "").flatMap((chunk) => chunk.split("\n"));
  let starts = 0;
  for (const line of textLines.slice(0, droppedLines)) if (isRecordStart(line)) starts++;
  const firstShown = textLines[droppedLines];
  const splitRecord = firstShown !== undefined && !isRecordStart(firstShown) && starts > 0;
  return starts - (splitRecord ? 1 : 0);
}

/**
 * How many log lines (records) the first `keptLines` text lines of the excerpt show, counting
 * one whose start is shown but whose end is not (`cutShort`): the last kept piece ended inside it.
 */
function recordsKept(
  excerpt: readonly string[],
  keptLines: number,
  lastKept: CodeBlockPiece | undefined,
): { records: number; cutShort: boolean } {
  const textLines = excerpt.filter((chunk) => chunk !== "").flatMap((chunk) => chunk.split("\n"));
  let records = 0;
  for (const line of textLines.slice(0, keptLines)) if (isRecordStart(line)) records++;
  const next = textLines[keptLines];
  const insideLine = lastKept !== undefined && lastKept.lines === 0;
  const insideRecord = next !== undefined && !isRecordStart(next) && records > 0;
  if (insideLine && next !== undefined && isRecordStart(next)) records++;
  return { records, cutShort: insideLine || insideRecord };
}

/** The account with `shown` as the message shows it. */
function accountShown(account: LineAccount, shown: number): LineAccount {
  return { ...account, shown: Math.min(shown, account.shown) };
}

function infoText(input: ReportInput, shown: number): string {
  const requester = USER_ID.test(input.requesterId) ? `<@${input.requesterId}>` : "an unknown user";
  const account =
    (input.account
      ? accountLine(accountShown(input.account, shown))
      : `${shown} shown${input.truncated || shown < input.lineCount ? ", more not shown" : ""}`) +
    (input.excerptMode === "patterns" ? " (one example per pattern)" : "");
  const text = [
    `*Window:* ${slackDate(input.windowStart)} – ${slackDate(input.windowEnd)}`,
    `*Requested by:* ${requester}`,
    `*Lines:* ${account}`,
  ];
  if (input.source !== undefined && input.source !== "") {
    text.push(`*Source:* ${inlineCode(cut(input.source))}`);
  }
  return text.join("\n");
}

/** Every way the report falls short of the window, in the account's words. */
function lineNotes(input: ReportInput, shown: number): string[] {
  if (input.excerptMode === "patterns") return exampleNotes(input, shown);
  if (input.account) {
    return shortfalls(accountShown(input.account, shown)).map((note) =>
      `${note.kind === "left_out" ? ":scissors:" : ":warning:"} ${note.text}`
    );
  }
  const notes: string[] = [];
  if (input.truncated) {
    notes.push(
      ":warning: The excerpt is incomplete: a line, size or time limit stopped the read, or the " +
        "log source returned a partial result. Narrow the window or add a filter to see the rest.",
    );
  }
  const leftOut = Math.max(0, Math.trunc(input.lineCount)) - shown;
  if (leftOut > 0) {
    notes.push(
      `:scissors: ${
        leftOut === 1 ? "The oldest line is" : `The ${leftOut} oldest lines are`
      } left out to fit Slack's message size. Narrow the window or add a filter to see ${
        leftOut === 1 ? "it" : "them"
      }.`,
    );
  }
  return notes;
}

/**
 * For an excerpt of one example per pattern: the read's shortfalls (lines not read), what the
 * excerpt is, and how many patterns have no example shown (matching lines not shown are by
 * design, not a shortfall).
 */
function exampleNotes(input: ReportInput, shown: number): string[] {
  const notes = input.account
    ? shortfalls(input.account).filter((note) => note.kind === "read").map((note) =>
      `:warning: ${note.text}`
    )
    : input.truncated
    ? [
      ":warning: The excerpt is incomplete: a limit stopped the read, or the log source " +
      "returned a partial result, or examples were left out to fit Slack's message size.",
    ]
    : [];
  const found = input.insights?.patternCount ?? Math.max(0, Math.trunc(input.lineCount));
  const without = Math.max(0, found - shown);
  notes.push(
    ":mag: The excerpt shows one example line per pattern, errors first, then by count" +
      (without > 0
        ? `; ${counted(without, "more pattern")} ${
          without === 1 ? "has" : "have"
        } no example shown, to fit Slack's message size.`
        : "."),
  );
  return notes;
}

function fallbackText(input: ReportInput, shown: number, summary: string, max: number): string {
  const text = plainLine(
    `Safe Debug report for ${cut(input.service)} (${cut(input.environment)}): ` +
      `${lines(shown)} shown, ${summary}. ` +
      `Expires ${isoMinute(input.expiresAt)}.`,
  );
  return cut(text, max);
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
