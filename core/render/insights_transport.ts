/**
 * The report's insights as one string value between workflow steps: JSON that fits Slack's
 * 4,000-byte limit for a value EVEN ONCE SLACK-ESCAPED (a function's string outputs are escaped,
 * and `<*>` grows to `&lt;*&gt;`). Templates and examples are cut to a bound, the top patterns
 * that fit are kept, and the JSON says how many patterns were found in all, so a report can say
 * how many were left out. Escaping keeps the JSON valid (`&`, `<`, `>` are not JSON syntax), and
 * reading it back undoes it: texts come back as the miner wrote them (`<*>`, so scrubbing them
 * again sees a placeholder, not a value), and every renderer escapes them.
 *
 * The reader treats the JSON as untrusted (a Workflow Builder author can wire any text into the
 * input): it is parsed with bounds on every field and refused whole when anything is off.
 */
import * as z from "../zod.ts";
import { once } from "../once.ts";
import { utf8Length } from "../excerpt.ts";
import { LEVELS } from "../patterns/levels.ts";
import {
  type Comparison,
  COMPARISON_FAILURES,
  type InsightPattern,
  type ReportInsights,
} from "./insights.ts";
import { escapeSlackText } from "./slack_escape.ts";

/** Bytes the escaped JSON may take (Slack's value limit is 4,000; a margin is kept). */
export const MAX_INSIGHTS_BYTES = 3_900;
/** Templates and examples are cut to these many characters before sending. */
export const MAX_SENT_TEMPLATE_CHARS = 200;
export const MAX_SENT_EXAMPLE_CHARS = 160;
/** Patterns sent at most (fewer when they do not fit). */
export const MAX_SENT_PATTERNS = 15;

/** The wire shape: short keys, as every byte counts. */
interface WirePattern {
  t: string;
  n: number;
  l: string;
  f: number | null;
  z: number | null;
  e: string;
  p: number | null;
  c: "new" | "rising" | null;
}

/** At most `max` UTF-16 units, ending in "…" when cut, never splitting a surrogate pair. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let keep = Math.max(0, max - 1);
  const last = text.charCodeAt(keep - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep--;
  return `${text.slice(0, keep)}…`;
}

function wirePattern(p: InsightPattern): WirePattern {
  return {
    t: cutText(p.template, MAX_SENT_TEMPLATE_CHARS),
    n: p.count,
    l: p.level,
    f: p.first,
    z: p.last,
    e: cutText(p.example, MAX_SENT_EXAMPLE_CHARS),
    p: p.previous,
    c: p.change,
  };
}

/** Bytes of `json` once Slack-escaped, as a function's output carries it. */
function escapedBytes(json: string): number {
  return utf8Length(escapeSlackText(json));
}

/**
 * The insights as JSON that fits `maxBytes` once Slack-escaped: the top patterns that fit (at
 * most `maxPatterns`), each cut to a bound; the rest are counted in `patternCount` only.
 */
export function encodeInsights(
  insights: ReportInsights,
  maxBytes = MAX_INSIGHTS_BYTES,
  maxPatterns = MAX_SENT_PATTERNS,
): string {
  const base = {
    v: 1,
    lines: insights.lines,
    filtered: insights.filtered,
    levels: insights.levels,
    spark: insights.sparkline,
    found: insights.patternCount,
    compare: insights.comparison,
  };
  const empty = escapedBytes(JSON.stringify({ ...base, patterns: [] }));
  const kept: WirePattern[] = [];
  let bytes = empty;
  for (const pattern of insights.patterns.slice(0, Math.max(0, maxPatterns))) {
    const wire = wirePattern(pattern);
    const more = escapedBytes(JSON.stringify(wire)) + (kept.length > 0 ? 1 : 0);
    if (bytes + more > maxBytes) break;
    kept.push(wire);
    bytes += more;
  }
  let json = JSON.stringify({ ...base, patterns: kept });
  // Measured piece by piece above; the whole is measured again to be sure.
  while (escapedBytes(json) > maxBytes && kept.length > 0) {
    kept.pop();
    json = JSON.stringify({ ...base, patterns: kept });
  }
  return json;
}

/** Room for the bounded texts above once escaped (each `<` may have grown to `&lt;`). */
const MAX_READ_TEXT_CHARS = 1_000;

/**
 * The wire form's schema, built on first use: only post_debug_report reads insights, and
 * fetch_logs, which writes them, never does.
 */
const wireInsightsSchema = /* @__PURE__ */ once(() => {
  /**
   * `schema`'s value, or null (as z.nullable, one small check: zod's nullable adds 0.6 KB to a
   * bundle); a missing key is refused as it is by z.nullable.
   */
  const orNull = <T>(schema: z.ZodMiniType<T>) =>
    z.converted(z.unknown(), (value, payload): T | null => {
      if (value === null) return null;
      const parsed = schema.safeParse(value);
      return parsed.success ? parsed.data : z.refuse(payload, "not a value of this field");
    });
  const count = z.number().check(z.integer(), z.gte(0), z.lte(1_000_000_000));
  /** Epoch ms that a Date can hold (a log's own times may be odd; they are shown as given). */
  const instant = z.number().check(z.integer(), z.gte(-8.64e15), z.lte(8.64e15));
  const level = z.enum(LEVELS);

  const WirePatternSchema = z.object({
    t: z.string().check(z.minLength(1), z.maxLength(MAX_READ_TEXT_CHARS)),
    n: count.check(z.gte(1)),
    l: level,
    f: orNull(instant),
    z: orNull(instant),
    e: z.string().check(z.maxLength(MAX_READ_TEXT_CHARS)),
    p: orNull(count),
    c: z.literal(["new", "rising", null]),
  });

  const SparkSchema = z.object({
    start: instant,
    minutesPerBar: z.number().check(z.integer(), z.gte(1), z.lte(100_000)),
    bars: z.string().check(z.regex(/^[▁▂▃▄▅▆▇█]{1,120}$/)),
    errors: z.string().check(z.regex(/^[ ^]{1,120}$/)),
  }).check(z.refine((spark) => spark.bars.length === spark.errors.length, {
    message: "the error marks must be as long as the bars",
  }));

  /**
   * Each state's fields, read by the state (as z.discriminatedUnion does, which adds 3.2 KB of
   * zod to a bundle): unknown keys dropped, a state's own fields checked.
   */
  const comparisons: Record<Comparison["state"], z.ZodMiniType<Comparison>> = {
    off: z.object({ state: z.literal("off") }),
    done: z.object({
      state: z.literal("done"),
      start: instant,
      end: instant,
      lines: count,
      partial: z.boolean(),
    }),
    failed: z.object({ state: z.literal("failed"), reason: z.enum(COMPARISON_FAILURES) }),
  };
  const ComparisonSchema = z.converted(
    z.looseObject({ state: z.enum(["off", "done", "failed"]) }),
    (value, payload) => {
      const parsed = comparisons[value.state].safeParse(value);
      return parsed.success ? parsed.data : z.refuse(payload, "not a comparison of this state");
    },
  );

  return z.object({
    v: z.literal(1),
    lines: count,
    filtered: z.boolean(),
    levels: z.object({
      error: count,
      warn: count,
      info: count,
      debug: count,
      unknown: count,
    }),
    spark: orNull(SparkSchema),
    found: count,
    compare: ComparisonSchema,
    patterns: z.array(WirePatternSchema).check(z.maxLength(100)),
  }).check(z.check((payload) => {
    const wire = payload.value;
    if (wire.found < wire.patterns.length) {
      z.addIssue(payload, { message: "fewer patterns found than listed" });
    }
    const levels = Object.values(wire.levels).reduce((sum, n) => sum + n, 0);
    if (levels !== wire.lines) {
      z.addIssue(payload, { message: "the counts by level do not add up to the lines" });
    }
    for (const p of wire.patterns) {
      if (p.n > wire.lines) {
        z.addIssue(payload, { message: "a pattern has more lines than were counted" });
        break;
      }
    }
  }));
});

/**
 * Undoes escapeSlackText (`&lt;` `&gt;` `&amp;`), as a function's output was escaped on its way;
 * text that was never escaped and says `&lt;` literally comes back as `<` (shown escaped again).
 */
function unescapeSlackText(text: string): string {
  return text.replace(/&(lt|gt|amp);/g, (_, name: string) => ESCAPED[name]);
}

const ESCAPED: Record<string, string> = { lt: "<", gt: ">", amp: "&" };

/**
 * Reads insights JSON written by encodeInsights (escaped or not); a short reason when it is not
 * valid JSON of that shape. Never echoes the input.
 */
export function decodeInsights(json: string): ReportInsights | { problem: string } {
  if (utf8Length(json) > 4 * MAX_INSIGHTS_BYTES) return { problem: "is too long" };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { problem: "must be JSON written by the fetch_logs step" };
  }
  const parsed = wireInsightsSchema().safeParse(value);
  if (!parsed.success) {
    return { problem: "is not in the form the fetch_logs step writes" };
  }
  const wire = parsed.data;
  return {
    lines: wire.lines,
    filtered: wire.filtered,
    levels: wire.levels,
    sparkline: wire.spark,
    patterns: wire.patterns.map((p) => ({
      template: unescapeSlackText(p.t),
      count: p.n,
      level: p.l,
      first: p.f,
      last: p.z,
      example: unescapeSlackText(p.e),
      previous: p.p,
      change: p.c,
    })),
    patternCount: wire.found,
    comparison: wire.compare,
  };
}
