/**
 * `deno task patterns [--per-line] [--json] [--top N]`: reads a log on stdin, scrubs it with
 * the default policy (as `deno task scrub` does), then groups its lines into patterns.
 *
 *   (default)    counts by level, lines per minute when lines carry a leading timestamp, and
 *                the top patterns (errors first, then by count) with their level, first and
 *                last line or time, and one scrubbed example; an indented line (a stack
 *                frame) is joined to the entry before it
 *   --json       the same as JSON
 *   --per-line   for each input line its template, exactly one output line per input line
 *                (an empty line gives an empty line)
 *
 * Nothing unscrubbed is printed: templates and examples are built from the scrubbed text.
 * Memory stays bounded: with --per-line, templates are settled every CHUNK_LINES lines (or
 * sooner when the distinct line shapes reach the miner's bound), so a very long log may see a
 * pattern's template change between chunks.
 *
 * Exit codes: 0 done; 1 scrubbing failed (nothing more is written); 2 bad usage or unreadable
 * input.
 */
import { type Level, LEVELS } from "../core/patterns/levels.ts";
import { DEFAULT_MAX_SHAPES, PatternMiner } from "../core/patterns/miner.ts";
import { type Pattern, PatternSummarizer, type PatternSummary } from "../core/patterns/summary.ts";
import { MinuteCounts } from "../core/patterns/minute_counts.ts";
import { ScrubError } from "../core/scrub/errors.ts";
import { defaultPolicy } from "../core/scrub/policy_defaults.ts";
import { scrubberFor, type TextScrubber } from "../core/scrub/scrubber.ts";

const USAGE = "usage: deno task patterns [--per-line] [--json] [--top N] < input";
const BATCH_BYTES = 1 << 20;
/** With --per-line, templates are settled at least every this many lines. */
export const CHUNK_LINES = 1 << 20;
const MAX_TOP = 1_000;

export interface CliOptions {
  perLine: boolean;
  json: boolean;
  top: number;
}

class UsageError extends Error {}

export function parseArgs(args: readonly string[]): CliOptions {
  const options: CliOptions = { perLine: false, json: false, top: 20 };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--per-line") options.perLine = true;
    else if (arg === "--json") options.json = true;
    else if (arg === "--top" || arg.startsWith("--top=")) {
      const value = arg === "--top" ? args[++i] : arg.slice("--top=".length);
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1 || n > MAX_TOP) {
        throw new UsageError(`--top needs a whole number from 1 to ${MAX_TOP}`);
      }
      options.top = n;
    } else throw new UsageError(`unknown argument ${JSON.stringify(arg.slice(0, 40))}`);
  }
  if (options.perLine && options.json) throw new UsageError("--per-line and --json do not mix");
  return options;
}

/**
 * Reads stdin, scrubs it and hands each scrubbed line (without its newline) to `line`; after
 * each batch of input, `batchDone` may write output.
 */
async function readScrubbedLines(
  scrubber: TextScrubber,
  line: (text: string) => void,
  batchDone: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const input = new Uint8Array(BATCH_BYTES);
  let endsWithNewline = true;
  for (let done = false; !done;) {
    let filled = 0;
    try {
      while (filled < input.length) {
        const n = await Deno.stdin.read(input.subarray(filled));
        if (n === null) {
          done = true;
          break;
        }
        filled += n;
      }
    } catch (e) {
      throw new UsageError(`cannot read the input: ${(e as Error).message}`);
    }
    if (filled > 0) endsWithNewline = input[filled - 1] === 10;
    const text = scrubber.write(decoder.decode(input.subarray(0, filled), { stream: !done }));
    let from = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", from)) {
      line(text.slice(from, nl));
      from = nl + 1;
    }
    await batchDone();
  }
  const last = scrubber.end();
  if (!endsWithNewline) line(last);
}

function withoutCarriageReturn(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}

async function writeAll(text: string): Promise<void> {
  const bytes = new TextEncoder().encode(text);
  for (let at = 0; at < bytes.length;) at += await Deno.stdout.write(bytes.subarray(at));
}

async function perLine(scrubber: TextScrubber): Promise<void> {
  let miner = new PatternMiner();
  let ids = new Int32Array(1024);
  let count = 0;
  /** Templates of settled lines, waiting to be written. */
  let settled: string[] = [];
  const settle = () => {
    const templates = miner.templates();
    for (let i = 0; i < count; i++) settled.push(templates.textOf(ids[i]));
    miner = new PatternMiner();
    count = 0;
  };
  const flush = async () => {
    if (settled.length === 0) return;
    const text = settled.join("\n") + "\n";
    settled = [];
    await writeAll(text);
  };
  await readScrubbedLines(scrubber, (line) => {
    if (count === CHUNK_LINES || miner.size >= DEFAULT_MAX_SHAPES) settle();
    if (count === ids.length) {
      const grown = new Int32Array(Math.min(CHUNK_LINES, ids.length * 2));
      grown.set(ids);
      ids = grown;
    }
    ids[count++] = miner.add(withoutCarriageReturn(line));
  }, flush);
  settle();
  await flush();
}

/** A JSON time field near the start of a line. */
const JSON_TIME =
  /^\{[^}]{0,40}?"(?:ts|time|timestamp|@timestamp)"\s*:\s*"(\d{4}-\d{2}-\d{2}T[^"]{8,30})"/;

function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    value = value * 10 + c;
  }
  return value;
}

/**
 * ms of an ISO-8601 time at `at` (`2025-06-01T00:00:00.002Z`, a space for the `T`, `,` for the
 * `.`, an offset or none, read as UTC); NaN when there is none.
 */
export function isoTimeAt(text: string, at: number): number {
  const sep = text[at + 10];
  if (text[at + 4] !== "-" || text[at + 7] !== "-" || (sep !== "T" && sep !== " ")) return NaN;
  if (text[at + 13] !== ":" || text[at + 16] !== ":") return NaN;
  let ms = Date.UTC(
    digits(text, at, 4),
    digits(text, at + 5, 2) - 1,
    digits(text, at + 8, 2),
    digits(text, at + 11, 2),
    digits(text, at + 14, 2),
    digits(text, at + 17, 2),
  );
  let i = at + 19;
  if (text[i] === "." || text[i] === ",") {
    let scale = 100;
    for (i++; i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57; i++) {
      ms += (text.charCodeAt(i) - 48) * scale;
      scale /= 10;
    }
    ms = Math.floor(ms);
  }
  const zone = text[i];
  if (zone === "+" || zone === "-") {
    const hours = digits(text, i + 1, 2);
    const minutes = digits(text, text[i + 3] === ":" ? i + 4 : i + 3, 2);
    ms -= (zone === "+" ? 1 : -1) * (hours * 60 + minutes) * 60_000;
  }
  return ms;
}

/** A leading ISO-8601 timestamp (perhaps in `[…]`), or a JSON time field near the start. */
function timeOfLine(line: string): number | undefined {
  let time = isoTimeAt(line, line.startsWith("[") ? 1 : 0);
  if (Number.isNaN(time) && line.startsWith("{")) {
    const match = JSON_TIME.exec(line);
    if (match) time = isoTimeAt(match[1], 0);
  }
  return Number.isNaN(time) ? undefined : time;
}

/** An indented line after a line (a stack frame) is joined to it, up to these bounds. */
const MAX_CONTINUATION_LINES = 100;
const MAX_ENTRY_CHARS = 16_384;

/** Joins indented continuation lines (stack traces) to the entry they continue. */
class EntryJoiner {
  #text = "";
  #line = 0;
  #lines = 0;
  #open = false;
  readonly #emit: (text: string, line: number) => void;

  constructor(emit: (text: string, line: number) => void) {
    this.#emit = emit;
  }

  add(text: string, line: number): void {
    const indented = text.startsWith(" ") || text.startsWith("\t");
    if (
      this.#open && indented && text.trim() !== "" && this.#lines < MAX_CONTINUATION_LINES &&
      this.#text.length + text.length < MAX_ENTRY_CHARS
    ) {
      this.#text += "\n" + text;
      this.#lines++;
      return;
    }
    this.end();
    this.#text = text;
    this.#line = line;
    this.#lines = 0;
    this.#open = true;
  }

  end(): void {
    if (this.#open) this.#emit(this.#text, this.#line);
    this.#open = false;
  }
}

async function summarize(scrubber: TextScrubber, options: CliOptions): Promise<void> {
  const summarizer = new PatternSummarizer({
    maxPatterns: options.top,
    timeline: new MinuteCounts(),
  });
  const entries = new EntryJoiner((text, line) =>
    summarizer.add({ text, time: timeOfLine(text), line })
  );
  let lines = 0;
  await readScrubbedLines(scrubber, (line) => entries.add(withoutCarriageReturn(line), ++lines));
  entries.end();
  const summary = summarizer.summary();
  await writeAll(
    options.json ? JSON.stringify({ lines, ...summary }, null, 2) + "\n" : render(summary, lines),
  );
}

function when(pattern: Pattern): string {
  if (pattern.firstSeen !== null && pattern.lastSeen !== null) {
    const first = new Date(pattern.firstSeen).toISOString();
    const last = new Date(pattern.lastSeen).toISOString();
    return first === last ? first : `${first} – ${last}`;
  }
  return pattern.firstLine === pattern.lastLine
    ? `line ${pattern.firstLine}`
    : `lines ${pattern.firstLine} – ${pattern.lastLine}`;
}

/**
 * Log text made harmless for a terminal: control characters (escape sequences, C0 and C1)
 * other than tab are dropped. (core/render/terminal.ts does the same for its own output.)
 */
function forTerminal(text: string): string {
  // deno-lint-ignore no-control-regex
  return text.replace(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/g, "");
}

/** The summary as text for a terminal; `inputLines` counts lines before joining entries. */
export function render(summary: PatternSummary, inputLines = summary.total): string {
  const lines: string[] = [];
  const levels = LEVELS.filter((level: Level) => summary.levels[level] > 0)
    .map((level) => `${level} ${summary.levels[level]}`);
  const entries = inputLines === summary.total ? "" : ` in ${summary.total} entries`;
  lines.push(
    `${inputLines} lines${entries}${levels.length > 0 ? "; by level: " + levels.join(", ") : ""}`,
  );
  const spark = summary.sparkline;
  if (spark && spark.buckets.length > 0) {
    const from = new Date(spark.buckets[0].start).toISOString().slice(0, 16);
    const per = spark.minutesPerBar === 1 ? "a minute" : `${spark.minutesPerBar} minutes`;
    lines.push(`lines per bar (${per}) from ${from}Z, ^ marks errors:`);
    lines.push(`  ${spark.bars}`, `  ${spark.errorMarks}`.trimEnd());
  }
  const shown = summary.patterns.length;
  lines.push(
    "",
    `${summary.patternCount} patterns` +
      (shown < summary.patternCount ? `, the top ${shown}` : "") +
      " (errors first, then by count):",
  );
  for (const p of summary.patterns) {
    lines.push(`${String(p.count).padStart(8)}  ${p.level.padEnd(7)} ${forTerminal(p.template)}`);
    const [first, ...more] = p.example.split("\n");
    const rest = more.length > 0 ? ` (+${more.length} more lines)` : "";
    lines.push(`${" ".repeat(18)}${when(p)}; e.g. ${forTerminal(first)}${rest}`);
  }
  return lines.join("\n") + "\n";
}

export async function main(args: readonly string[]): Promise<number> {
  try {
    const options = parseArgs(args);
    const scrubber = scrubberFor(defaultPolicy()).textStream();
    if (options.perLine) await perLine(scrubber);
    else await summarize(scrubber, options);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`patterns: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof Deno.errors.BrokenPipe) return 0;
    if (e instanceof ScrubError) {
      console.error(`patterns: ${e.message}`);
      return 1;
    }
    console.error("patterns: failed unexpectedly; no further output was written");
    return 1;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));
