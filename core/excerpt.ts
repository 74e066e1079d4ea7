/**
 * Turns log records into a scrubbed excerpt that fits Slack: one line per record
 * (`<time> <LEVEL> <message> key=value…`), scrubbed together oldest first, then packed into
 * chunks on line boundaries. Nothing here knows about Slack beyond the size limits and its
 * escaping: lines are Slack-escaped before they are packed, as escaping grows text (`<` → `&lt;`)
 * and the chunks must still fit once a function returns them escaped.
 */
import { type MaskCounts, mergeMaskCounts } from "./render/masking_summary.ts";
import { entitySafeEnd, escapeSlackText } from "./render/slack_escape.ts";
import type { Scrubber } from "./scrub/mod.ts";
import type { LogRecord } from "./sources/types.ts";
import { utf8Encoder } from "./utf8.ts";

export interface ExcerptLimits {
  /** Characters per chunk (a Slack section holds 3000; the renderer adds fences). */
  maxChunkChars: number;
  /** UTF-8 bytes per chunk (a Slack string value holds 4000). */
  maxChunkBytes: number;
  /** Chunks in the excerpt. */
  maxChunks: number;
}

export const EXCERPT_LIMITS: ExcerptLimits = {
  maxChunkChars: 2900,
  maxChunkBytes: 3900,
  maxChunks: 40,
};

/** Appended to a line that was cut to fit a chunk. */
export const CUT_MARKER = "…[cut]";

export interface ExcerptOptions {
  /**
   * Keep only the records whose scrubbed text contains this, ignoring case. It is matched
   * after scrubbing, so a masked value can never be searched for: nothing about the result
   * depends on whether the raw text would have matched.
   */
  filter?: string;
  limits?: ExcerptLimits;
}

export interface Excerpt {
  /** Newest lines last; each chunk within the limits. */
  chunks: string[];
  /** How many records the chunks show. */
  lineCount: number;
  /** How many records match the filter (every record without one); `lineCount` ≤ this. */
  matched: number;
  /** True when older matching records were left out because the chunks were full. */
  dropped: boolean;
  /** Findings per detector id, over every record scrubbed (matching the filter or not). */
  counts: MaskCounts;
}

/**
 * Characters that could drive a terminal or reorder text: C0/C1 controls other than tab and
 * newline (ANSI escapes, NUL …) and the bidirectional overrides. Shown as U+FFFD.
 */
// deno-lint-ignore no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A record's lines after the first are indented (unless they already start with white space),
 * so a line that starts with anything else starts a record: that is how a report counts the
 * records it shows without knowing where its chunks came from.
 */
export const CONTINUATION_INDENT = "  ";

/** True when an excerpt line is the first line of a record (see CONTINUATION_INDENT). */
export function isRecordStart(line: string): boolean {
  return line !== "" && !/^\s/.test(line);
}

/** `<time> <LEVEL> <message> key=value…`, attributes sorted by key. */
export function formatRecord(record: LogRecord): string {
  const level = record.level ? ` ${record.level.toUpperCase()}` : "";
  const attributes = Object.keys(record.attributes)
    .sort()
    .map((key) => ` ${key}=${record.attributes[key]}`)
    .join("");
  return `${record.time}${level} ${record.message}${attributes}`;
}

/** The records whose scrubbed text matches the filter, and what scrubbing them found. */
export interface ScrubbedRecords {
  /**
   * Newest first, as the records came: each record's index in the input and its scrubbed lines
   * as shown (control characters replaced), not yet Slack-escaped nor indented.
   */
  matching: { index: number; lines: string[] }[];
  /** Findings per detector id, over every record scrubbed (matching the filter or not). */
  counts: MaskCounts;
}

/**
 * Formats every record and scrubs them together, oldest first, as one text: the scrubber sees
 * each whole record (a key=value context or a multi-line block inside one message) and also
 * blocks that a logger split over several records (a private key logged one line per record).
 * Then keeps the records whose scrubbed text matches `filter` (ignoring case). Records arrive
 * newest first. A scrubber failure propagates: the caller must not fall back to raw text.
 */
export function scrubRecords(
  records: readonly LogRecord[],
  scrubber: Pick<Scrubber, "scrub">,
  filter?: string,
): ScrubbedRecords {
  const oldestFirst = records.toReversed().map((record) =>
    formatRecord(record).replace(/\r\n?/g, "\n").split("\n")
  );
  const input = oldestFirst.flat();
  const result = scrubber.scrub(input.join("\n"));
  const counts: MaskCounts = mergeMaskCounts({}, result.counts);
  const lines = result.text.split("\n");
  if (records.length > 0 && lines.length !== input.length) {
    // The engine keeps one output line per input line; anything else is not trusted.
    throw new Error("scrubbing changed the number of lines; the excerpt was not built");
  }
  // Regroup the scrubbed lines by record, keeping the records whose scrubbed text (as shown,
  // before escaping) matches the filter.
  const needle = filter?.toLowerCase();
  const matching: ScrubbedRecords["matching"] = [];
  let at = 0;
  for (let i = 0; i < oldestFirst.length; i++) {
    const n = oldestFirst[i].length;
    const shown = lines.slice(at, at + n).map((line) => line.replace(UNSAFE_CHARS, "\uFFFD"));
    at += n;
    if (needle !== undefined && !shown.join("\n").toLowerCase().includes(needle)) continue;
    matching.push({ index: records.length - 1 - i, lines: shown });
  }
  matching.reverse();
  return { matching, counts };
}

/**
 * Packs records (their scrubbed lines) into chunks, the first given kept first: the chunks read
 * in the reverse order (the first record given is the last line), and records that no longer
 * fit are left out from the end of the list. Lines are Slack-escaped and later lines indented.
 */
export function packExcerpt(
  records: readonly (readonly string[])[],
  limits: ExcerptLimits = EXCERPT_LIMITS,
): { chunks: string[]; lineCount: number } {
  const packer = new ChunkPacker(limits);
  let lineCount = 0;
  for (const lines of records) {
    const text = lines.map((line, i) => escapeSlackText(i === 0 ? line : indentContinuation(line)));
    if (!packer.prepend(text)) break;
    lineCount++;
  }
  return { chunks: packer.chunks(), lineCount };
}

/**
 * The excerpt of the newest records whose scrubbed text matches the filter (scrubRecords, then
 * packExcerpt): newest last, the oldest left out when the chunks are full.
 */
export function buildExcerpt(
  records: readonly LogRecord[],
  scrubber: Pick<Scrubber, "scrub">,
  options: ExcerptOptions = {},
): Excerpt {
  const { matching, counts } = scrubRecords(records, scrubber, options.filter);
  const { chunks, lineCount } = packExcerpt(
    matching.map((record) => record.lines),
    options.limits ?? EXCERPT_LIMITS,
  );
  return {
    chunks,
    lineCount,
    matched: matching.length,
    dropped: lineCount < matching.length,
    counts,
  };
}

function indentContinuation(line: string): string {
  return line === "" || /^\s/.test(line) ? line : CONTINUATION_INDENT + line;
}

/** A line as packed, with its UTF-8 size. */
export interface SizedLine {
  text: string;
  bytes: number;
}

/**
 * Cuts a line so that it fits `maxChars` characters and `maxBytes` UTF-8 bytes, marker
 * included, never splitting a surrogate pair. Lines that fit come back unchanged.
 */
export function cutLine(line: string, maxChars: number, maxBytes: number): SizedLine {
  if (line.length <= maxChars) {
    const bytes = utf8Length(line);
    if (bytes <= maxBytes) return { text: line, bytes };
  }
  const budgetChars = maxChars - CUT_MARKER.length;
  const budgetBytes = maxBytes - CUT_MARKER_BYTES;
  let chars = 0;
  let bytes = 0;
  for (const codePoint of line) {
    const size = codePointBytes(codePoint.codePointAt(0)!);
    if (chars + codePoint.length > budgetChars || bytes + size > budgetBytes) break;
    chars += codePoint.length;
    bytes += size;
  }
  // Escaped text is never cut inside an entity (`&am…` would be escaped again, and grow).
  const end = entitySafeEnd(line, chars);
  bytes -= utf8Length(line.slice(end, chars));
  return { text: line.slice(0, end) + CUT_MARKER, bytes: bytes + CUT_MARKER_BYTES };
}

/** UTF-8 bytes of one code point; a lone surrogate is written as U+FFFD, 3 bytes. */
function codePointBytes(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

const CUT_MARKER_BYTES = utf8Encoder.encode(CUT_MARKER).length;

export function utf8Length(text: string): number {
  return utf8Encoder.encode(text).length;
}

/**
 * Fills chunks from the newest record backwards, so that when the chunks run out it is
 * the oldest records that are left out. A record's lines stay together in one chunk
 * where they fit.
 */
class ChunkPacker {
  /** Newest chunk first while packing; each chunk's lines oldest first. */
  private readonly packed: { lines: string[]; chars: number; bytes: number }[] = [];

  constructor(private readonly limits: ExcerptLimits) {}

  /** Adds a record (its lines) before everything packed so far; false when it no longer fits. */
  prepend(record: readonly string[]): boolean {
    const { maxChunkChars, maxChunkBytes, maxChunks } = this.limits;
    const sized = record.map((line) => cutLine(line, maxChunkChars, maxChunkBytes));
    const lines = sized.map((line) => line.text);
    const chars = lines.reduce((sum, line) => sum + line.length, 0) + lines.length - 1;
    const bytes = sized.reduce((sum, line) => sum + line.bytes, 0) + lines.length - 1;
    const current = this.packed.at(-1);
    if (current && fits(current, chars, bytes, this.limits)) {
      current.lines.unshift(...lines);
      current.chars += chars + 1;
      current.bytes += bytes + 1;
      return true;
    }
    if (chars <= maxChunkChars && bytes <= maxChunkBytes) {
      if (this.packed.length >= maxChunks) return false;
      this.packed.push({ lines, chars, bytes });
      return true;
    }
    // A record longer than a chunk (a long stack trace): spread it over several chunks.
    const pieces: { lines: string[]; chars: number; bytes: number }[] = [];
    for (const { text: line, bytes: lineBytes } of sized.toReversed()) {
      const piece = pieces.at(-1);
      const size = { chars: line.length, bytes: lineBytes };
      if (piece && fits(piece, size.chars, size.bytes, this.limits)) {
        piece.lines.unshift(line);
        piece.chars += size.chars + 1;
        piece.bytes += size.bytes + 1;
      } else {
        pieces.push({ lines: [line], ...size });
      }
    }
    if (this.packed.length + pieces.length > maxChunks) return false;
    this.packed.push(...pieces);
    return true;
  }

  chunks(): string[] {
    return this.packed.toReversed().map((chunk) => chunk.lines.join("\n"));
  }
}

function fits(
  chunk: { chars: number; bytes: number },
  chars: number,
  bytes: number,
  limits: ExcerptLimits,
): boolean {
  return chunk.chars + 1 + chars <= limits.maxChunkChars &&
    chunk.bytes + 1 + bytes <= limits.maxChunkBytes;
}
