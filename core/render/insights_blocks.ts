/**
 * The insights at the top of a report as Block Kit sections, within the room the report gives
 * them (characters and blocks): what the counts are counted over, lines by level, lines per minute
 * as a sparkline with the bars that had errors marked, whether the previous window was compared,
 * and the top patterns (errors first, then by count) with count, level, first and last seen, one
 * example, and a mark when new or rising. Patterns that do not fit are counted, never cut off
 * silently. Every text from the insights is escaped (templates hold `<*>`); the insights are
 * untrusted (a workflow can wire anything), so nothing here assumes their order or sizes.
 */
import type { Block } from "./blocks.ts";
import type { InsightPattern, ReportInsights } from "./insights.ts";
import { entitySafeEnd, inlineCode } from "./slack_escape.ts";
import { LEVELS } from "../patterns/levels.ts";
import { counted } from "./counted.ts";

export interface InsightsRoom {
  /** Characters of text the blocks may hold in all. */
  chars: number;
  blocks: number;
  /** Characters one section may hold. */
  maxSectionChars: number;
}

/** Templates and examples are shown cut to these many characters (before escaping). */
const TEMPLATE_CHARS = 240;
const EXAMPLE_CHARS = 200;
/** Room kept for the closing "N more patterns not listed" line. */
const MORE_LINE_RESERVE = 80;
const DAY_MS = 86_400_000;

const FAILURES: Record<string, string> = {
  out_of_time: "the time for reading logs ran out before that window was read",
  source_error: "the log source could not return that window",
  scrub_failed: "that window's lines could not be scrubbed",
};

/**
 * The insights sections, in order: overview (what was counted, by level, comparison), the
 * sparkline, then the patterns. Empty when not even the overview fits.
 */
export function insightsBlocks(insights: ReportInsights, room: InsightsRoom): Block[] {
  const blocks: Block[] = [];
  let chars = room.chars;
  const add = (text: string): boolean => {
    if (blocks.length >= room.blocks || text.length > chars || text.length > room.maxSectionChars) {
      return false;
    }
    blocks.push({ type: "section", text: { type: "mrkdwn", text } });
    chars -= text.length;
    return true;
  };
  const sparkline = sparklineText(insights);
  const spans = spanOf(insights);
  if (!add(overviewText(insights, sparkline !== undefined, spans))) return [];
  if (sparkline !== undefined && !add(sparkline)) {
    // Without its bars, the overview's last line would promise what is not there.
    blocks.pop();
    chars = room.chars;
    if (!add(overviewText(insights, false, spans))) return [];
  }

  const patterns = byImportance(insights.patterns);
  const total = Math.max(insights.patternCount, patterns.length);
  if (total === 0 || blocks.length >= room.blocks) return blocks;
  const heading = `*Top patterns* (errors first, then by count${
    insights.comparison.state === "done" ? "; new and rising ones marked" : ""
  }):`;
  // The section being filled: the heading (first section only) and its pattern entries.
  let head: string | undefined = heading;
  let entries: string[] = [];
  const sectionText = (tail: string[] = []) =>
    [...(head === undefined ? [] : [head]), ...entries, ...tail].join("\n");
  let listed = 0;
  for (const pattern of patterns) {
    const entry = patternText(pattern, spans);
    const textRoom = chars - MORE_LINE_RESERVE;
    if (sectionText([entry]).length <= Math.min(room.maxSectionChars, textRoom)) {
      entries.push(entry);
      listed++;
      continue;
    }
    // This section is full: the pattern starts the next one, if a block and the text are left.
    const section = sectionText();
    const next = blocks.length + 2 <= room.blocks && entry.length <= room.maxSectionChars &&
      section.length + entry.length <= textRoom;
    if (!next || !add(section)) break;
    head = undefined;
    entries = [entry];
    listed++;
  }
  // Patterns not listed are always said: the closing line goes in the last section, which gives
  // back its last entries when the line does not fit beside them (the line is then counted again).
  const moreLine = (more: number) =>
    `_${counted(more, "more pattern")} not listed, to fit Slack's message size._`;
  while (total - listed > 0) {
    const withLine = sectionText([moreLine(total - listed)]);
    if (withLine.length <= Math.min(room.maxSectionChars, chars) || entries.length === 0) break;
    entries.pop();
    listed--;
  }
  const more = total - listed;
  const tail = more > 0 ? [moreLine(more)] : [];
  if (entries.length > 0 || more > 0) add(sectionText(tail));
  return blocks;
}

/** Errors first, then by count; stable otherwise (the order given). */
function byImportance(patterns: readonly InsightPattern[]): InsightPattern[] {
  return patterns
    .map((pattern, i) => ({ pattern, i }))
    .sort((a, b) =>
      Number(b.pattern.level === "error") - Number(a.pattern.level === "error") ||
      b.pattern.count - a.pattern.count || a.i - b.i
    )
    .map(({ pattern }) => pattern);
}

/** Whether times need their date: the insights span more than a day. */
function spanOf(insights: ReportInsights): { withDate: boolean } {
  const times = insights.patterns.flatMap((p) => [p.first, p.last])
    .filter((t): t is number => t !== null);
  if (insights.sparkline) times.push(insights.sparkline.start);
  if (insights.comparison.state === "done") times.push(insights.comparison.start);
  if (times.length === 0) return { withDate: false };
  return { withDate: Math.max(...times) - Math.min(...times) >= DAY_MS };
}

function overviewText(
  insights: ReportInsights,
  withSparkline: boolean,
  spans: { withDate: boolean },
): string {
  const lines = insights.filtered
    ? `the ${counted(insights.lines, "line")} of the window that match the filter ` +
      "(matched against the masked lines)"
    : `all ${counted(insights.lines, "line")} read in the window`;
  const levels = LEVELS.filter((level) => insights.levels[level] > 0).map((level) =>
    level === "error"
      ? `*${insights.levels[level]} ${level}*`
      : `${insights.levels[level]} ${level === "unknown" ? "without a level" : level}`
  );
  const text = [
    `:bar_chart: *Log insights*, counted over ${lines}`,
    `*By level:* ${levels.length > 0 ? levels.join(" · ") : "no lines"}`,
  ];
  const comparison = comparisonText(insights, spans);
  if (comparison) text.push(comparison);
  const spark = insights.sparkline;
  if (withSparkline && spark) {
    const per = spark.minutesPerBar === 1 ? "minute" : counted(spark.minutesPerBar, "minute");
    text.push(
      `*Lines over time*, one bar per ${per} from ${time(spark.start, spans)}` +
        (spark.errors.includes("^") ? " (`^` under a bar: errors in it):" : ", no errors:"),
    );
  }
  return text.join("\n");
}

function comparisonText(insights: ReportInsights, spans: { withDate: boolean }): string {
  const c = insights.comparison;
  if (c.state === "off") return "";
  if (c.state === "failed") {
    return `:warning: *New in this window:* the comparison with the window just before could ` +
      `not be made (${FAILURES[c.reason] ?? "it failed"}), so no pattern is marked new or rising.`;
  }
  const fresh = insights.patterns.filter((p) => p.change === "new").length;
  const rising = insights.patterns.filter((p) => p.change === "rising").length;
  const found = fresh + rising === 0 ? "no listed pattern is new or rising" : [
    fresh > 0 ? `${counted(fresh, "listed pattern")} new` : "",
    rising > 0 ? `${counted(rising, "listed pattern")} rising sharply` : "",
  ].filter((part) => part !== "").join(", ");
  const partial = c.partial
    ? " Only part of that window was read (a limit stopped the read), so a pattern marked new " +
      "may have occurred in the part not read."
    : "";
  return `*New in this window:* compared with the same length just before (${
    time(c.start, spans)
  } – ${time(c.end, spans)}, ${counted(c.lines, "line")}${
    insights.filtered ? " matching" : ""
  }): ${found}.${partial}`;
}

/** The sparkline as a code block (bars, then the error marks under them), if there is one. */
function sparklineText(insights: ReportInsights): string | undefined {
  const spark = insights.sparkline;
  if (!spark || spark.bars.length === 0) return undefined;
  const marks = spark.errors.trimEnd();
  // Only bar characters, spaces and `^`: nothing to escape, nothing that could close the block.
  return `\`\`\`\n${spark.bars}${marks === "" ? "" : `\n${marks}`}\n\`\`\``;
}

function patternText(p: InsightPattern, spans: { withDate: boolean }): string {
  const change = p.change === "new"
    ? " · :new: *new in this window*"
    : p.change === "rising"
    ? ` · :chart_with_upwards_trend: *rising* (${p.previous ?? 0} before)`
    : "";
  const level = p.level === "error" ? "*ERROR*" : p.level.toUpperCase();
  const seen = p.first === null
    ? ""
    : p.last === null || sameMinute(p.first, p.last)
    ? `${time(p.first, spans)} · `
    : `${time(p.first, spans)} – ${time(p.last, spans)} · `;
  // A record of several lines (a stack trace, cut on its way here): its first line only.
  const newline = p.example.indexOf("\n");
  const firstLine = newline === -1 ? p.example : p.example.slice(0, newline);
  const example = p.example === ""
    ? ""
    : `e.g. ${inlineCode(cutShown(firstLine, EXAMPLE_CHARS))}${
      newline === -1 ? "" : " (and more lines)"
    }`;
  return `• *${p.count}×* ${level} ${inlineCode(cutShown(p.template, TEMPLATE_CHARS))}${change}\n` +
    `      ${seen}${example}`.trimEnd();
}

/**
 * At most `max` characters (before escaping), ending in "…" when cut; never inside an entity of
 * text that came escaped, nor inside a surrogate pair.
 */
function cutShown(text: string, max: number): string {
  if (text.length <= max) return text;
  let keep = entitySafeEnd(text, max - 1);
  const last = text.charCodeAt(keep - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep--;
  return `${text.slice(0, keep)}…`;
}

function sameMinute(a: number, b: number): boolean {
  return Math.floor(a / 60_000) === Math.floor(b / 60_000);
}

/** Slack's localised time token (with the date when the insights span days), ISO fallback. */
function time(ms: number, spans: { withDate: boolean }): string {
  const date = new Date(ms);
  if (!Number.isFinite(date.getTime())) return "an unknown time";
  const iso = date.toISOString();
  const fallback = spans.withDate
    ? `${iso.slice(0, 16).replace("T", " ")} UTC`
    : `${iso.slice(11, 16)} UTC`;
  const format = spans.withDate ? "{date_short} {time}" : "{time}";
  return `<!date^${Math.floor(ms / 1000)}^${format}|${fallback}>`;
}
