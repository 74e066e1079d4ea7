/**
 * Reads the time window a person typed: a length back from now (`15m`, `2h`, `1d`, `90s`), a start
 * up to now (`2026-11-29T10:00Z`) or a start and an end (`<start>/<end>`).
 *
 * Every refusal is a sentence for the person who typed it: what is wrong and an example that
 * works. None repeats what was typed.
 */

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Anything shaped like a length (`-5h`, `1.5h`, `15 minutes`, `15`), read to say what is wrong. */
const LENGTH_LIKE = /^([+-]?)(\d+)([.,]\d+)?\s*([a-z]*)$/;
const MAX_LENGTH_DIGITS = 9;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;
/** Starts like a date: then it is read as a (possibly mistyped) ISO time. */
const DATE_LIKE = /^\d{4}-/;
/** Clock skew tolerated for an end that lies slightly in the future; it is clamped to now. */
const FUTURE_SKEW_MS = 60_000;
const MAX_WINDOW_TEXT = 80;

const EXAMPLE_START = "2026-11-29T10:00Z";
const EXAMPLE_RANGE = `${EXAMPLE_START}/2026-11-29T11:00Z`;
const FORMS = `Write a length back from now such as 15m, 2h or 1d, or a start and an end such as ` +
  `${EXAMPLE_RANGE} (times in UTC unless they end in an offset like +01:00).`;

export interface WindowLimits {
  defaultWindowMs: number;
  maxWindowMs: number;
}

/** What the text asks for, before `now` and a source's limits are applied. */
type WindowText =
  | { kind: "default" }
  | { kind: "last"; ms: number }
  | { kind: "from"; start: number; end?: number };

/** `90s`, `15m`, `2h`, `1d` → milliseconds; throws an Error saying what is wrong otherwise. */
export function parseDuration(text: string): number {
  const match = LENGTH_LIKE.exec(text.trim().toLowerCase());
  if (!match) throw new Error(`Safe Debug cannot read the time window. ${FORMS}`);
  const [, sign, digits, fraction, unit] = match;
  if (sign === "-") {
    throw new Error(
      "The time window cannot be negative: write how far back to look without a minus sign, " +
        "e.g. 5h for the last five hours.",
    );
  }
  if (fraction !== undefined) {
    throw new Error("The time window takes whole numbers: write 90m rather than 1.5h.");
  }
  if (unit === "") {
    throw new Error(
      "The time window needs a unit after the number: s, m, h or d, e.g. 15m for 15 minutes.",
    );
  }
  if (!Object.hasOwn(UNIT_MS, unit)) {
    throw new Error(
      "The time window's unit is not one Safe Debug knows: use s (seconds), m (minutes), " +
        "h (hours) or d (days), e.g. 15m or 2h.",
    );
  }
  if (digits.length > MAX_LENGTH_DIGITS) {
    throw new Error("The time window is far too long: use a few days at most, e.g. 1d.");
  }
  const ms = Number(digits) * UNIT_MS[unit];
  if (ms <= 0) throw new Error("The time window must be longer than zero, e.g. 15m.");
  return ms;
}

export function formatDuration(ms: number): string {
  for (const unit of ["d", "h", "m"] as const) {
    if (ms % UNIT_MS[unit] === 0) return `${ms / UNIT_MS[unit]}${unit}`;
  }
  return `${Math.ceil(ms / 1000)}s`;
}

function parseInstant(text: string, role: "start" | "end"): number {
  const trimmed = text.trim();
  if (trimmed === "") {
    throw new Error(
      `The time window's ${role} is empty: write a time on both sides of the "/", e.g. ` +
        `${EXAMPLE_RANGE}, or leave out the "/" and the end to read up to now.`,
    );
  }
  if (!ISO.test(trimmed)) {
    throw new Error(
      `Safe Debug cannot read the time window's ${role} as a time: write the date, a T, then ` +
        `the time, e.g. ${EXAMPLE_START} (UTC) or 2026-11-29T11:00+01:00.`,
    );
  }
  const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(trimmed) ? trimmed : `${trimmed}Z`;
  const ms = Date.parse(zoned);
  if (Number.isNaN(ms)) {
    throw new Error(
      `The time window's ${role} is not a real date and time (check the month, day and hour), ` +
        `e.g. ${EXAMPLE_START}.`,
    );
  }
  return ms;
}

function readWindowText(text: string): WindowText {
  const trimmed = text.trim();
  if (trimmed.length > MAX_WINDOW_TEXT) {
    throw new Error(
      `The time window is too long to read (at most ${MAX_WINDOW_TEXT} characters). ${FORMS}`,
    );
  }
  if (trimmed === "") return { kind: "default" };
  if (LENGTH_LIKE.test(trimmed.toLowerCase())) return { kind: "last", ms: parseDuration(trimmed) };
  if (trimmed.includes("/")) {
    const parts = trimmed.split("/");
    if (parts.length !== 2) {
      throw new Error(
        `The time window has more than one "/": write one start and one end, e.g. ` +
          `${EXAMPLE_RANGE}.`,
      );
    }
    const start = parseInstant(parts[0], "start");
    const end = parseInstant(parts[1], "end");
    if (end <= start) {
      throw new Error(
        "The time window's end is not after its start: put the earlier time first, e.g. " +
          `${EXAMPLE_RANGE}.`,
      );
    }
    return { kind: "from", start, end };
  }
  if (!DATE_LIKE.test(trimmed)) throw new Error(`Safe Debug cannot read the time window. ${FORMS}`);
  return { kind: "from", start: parseInstant(trimmed, "start") };
}

/**
 * The problem with a window's text, as a sentence for people, or undefined when it reads as a
 * window. Checks what the text says only: that it is in the past and within a source's maximum
 * is for `parseWindow`.
 */
export function windowTextProblem(text: string): string | undefined {
  try {
    readWindowText(text);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The window `text` asks for, as of `now`; throws an Error with a sentence for people. */
export function parseWindow(
  text: string,
  limits: WindowLimits,
  now: number,
): { start: Date; end: Date } {
  const read = readWindowText(text);
  const start = read.kind === "default"
    ? now - limits.defaultWindowMs
    : read.kind === "last"
    ? now - read.ms
    : read.start;
  const end = read.kind === "from" && read.end !== undefined ? read.end : now;
  if (start >= now) {
    throw new Error(
      "The time window starts in the future: choose a start before now (in UTC unless it ends " +
        `in an offset like +01:00), e.g. ${isoMinute(now - 3_600_000)}, or a length such as 2h.`,
    );
  }
  if (end > now + FUTURE_SKEW_MS) {
    throw new Error(
      "The time window ends in the future: choose an end no later than now, or leave out the " +
        `"/" and the end to read up to now (${EXAMPLE_START} reads from then until now).`,
    );
  }
  const clampedEnd = Math.min(end, now);
  if (clampedEnd - start > limits.maxWindowMs) {
    const max = formatDuration(limits.maxWindowMs);
    throw new Error(
      `The time window is longer than this log source allows (at most ${max}): choose ${max} ` +
        "or less, or a start and an end closer together.",
    );
  }
  return { start: new Date(start), end: new Date(clampedEnd) };
}

/** `2026-11-29T10:00Z`: an example a person can type back. */
function isoMinute(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}
