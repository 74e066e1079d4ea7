/** Reads the time window a person typed: `15m`, `2h`, `1d`, `90s`, `<ISO>/<ISO>` or `<ISO>`. */

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION = /^(\d{1,6})\s*([smhd])$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?$/;
/** Clock skew tolerated for an end that lies slightly in the future; it is clamped to now. */
const FUTURE_SKEW_MS = 60_000;
const MAX_WINDOW_TEXT = 80;
const HOW = "Use 15m, 2h, 1d, 90s, an ISO start (2026-11-29T10:00Z) or <ISO start>/<ISO end>.";

export interface WindowLimits {
  defaultWindowMs: number;
  maxWindowMs: number;
}

/** `90s`, `15m`, `2h`, `1d` → milliseconds; throws on anything else. */
export function parseDuration(text: string): number {
  const match = DURATION.exec(text.trim().toLowerCase());
  if (!match) throw new Error(`"${text.slice(0, 20)}" is not a duration. ${HOW}`);
  const ms = Number(match[1]) * UNIT_MS[match[2]];
  if (ms <= 0) throw new Error("A duration must be longer than zero.");
  return ms;
}

export function formatDuration(ms: number): string {
  for (const unit of ["d", "h", "m"] as const) {
    if (ms % UNIT_MS[unit] === 0) return `${ms / UNIT_MS[unit]}${unit}`;
  }
  return `${Math.ceil(ms / 1000)}s`;
}

function parseInstant(text: string, role: string): number {
  const trimmed = text.trim();
  if (!ISO.test(trimmed)) throw new Error(`The window's ${role} is not an ISO time. ${HOW}`);
  const zoned = /(Z|[+-]\d{2}:\d{2})$/.test(trimmed) ? trimmed : `${trimmed}Z`;
  const ms = Date.parse(zoned);
  if (Number.isNaN(ms)) throw new Error(`The window's ${role} is not a valid date. ${HOW}`);
  return ms;
}

export function parseWindow(
  text: string,
  limits: WindowLimits,
  now: number,
): { start: Date; end: Date } {
  const trimmed = text.trim();
  if (trimmed.length > MAX_WINDOW_TEXT) throw new Error(`The window text is too long. ${HOW}`);
  let start: number;
  let end = now;
  if (trimmed === "") {
    start = now - limits.defaultWindowMs;
  } else if (DURATION.test(trimmed.toLowerCase())) {
    start = now - parseDuration(trimmed);
  } else if (trimmed.includes("/")) {
    const parts = trimmed.split("/");
    if (parts.length !== 2) throw new Error(`The window has more than one "/". ${HOW}`);
    start = parseInstant(parts[0], "start");
    end = parseInstant(parts[1], "end");
  } else {
    start = parseInstant(trimmed, "start");
  }
  if (start >= now) throw new Error("The window starts in the future: pick a start before now.");
  if (end > now + FUTURE_SKEW_MS) {
    throw new Error("The window ends in the future: pick an end no later than now.");
  }
  end = Math.min(end, now);
  if (end <= start) throw new Error("The window's end is not after its start: swap them.");
  if (end - start > limits.maxWindowMs) {
    throw new Error(
      `The window is longer than this source allows (${
        formatDuration(limits.maxWindowMs)
      }): narrow it.`,
    );
  }
  return { start: new Date(start), end: new Date(end) };
}
