// Scheduled-trigger timing: parse a trigger's `schedule` and compute its occurrences.
// Recurrences are computed in UTC (the `timezone` field is accepted but not applied), and
// weekly schedules repeat from start_time (`on_days` is not modelled).
import { isPlainObject, SlackError } from "./args.ts";

const FREQUENCIES = ["once", "hourly", "daily", "weekly", "monthly", "yearly"] as const;
type Frequency = typeof FREQUENCIES[number];

export interface Schedule {
  startMs: number;
  endMs?: number;
  occurrenceCount?: number;
  frequency: Frequency;
  repeatsEvery: number;
}

const HOUR_MS = 3600_000;
const STEP_MS: Partial<Record<Frequency, number>> = {
  hourly: HOUR_MS,
  daily: 24 * HOUR_MS,
  weekly: 7 * 24 * HOUR_MS,
};

function invalid(message: string): SlackError {
  return new SlackError("invalid_arguments", `[ERROR] schedule: ${message}`);
}

function isoTime(value: unknown, field: string): number {
  const ms = typeof value === "string" ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) throw invalid(`${field} must be an ISO 8601 date-time`);
  return ms;
}

/** Validates a scheduled trigger's `schedule` against the current (virtual) time. */
export function parseSchedule(value: unknown, nowMs: number): Schedule {
  if (!isPlainObject(value)) throw invalid("a scheduled trigger needs a schedule object");
  const startMs = isoTime(value.start_time, "start_time");
  if (startMs <= nowMs) throw invalid("start_time must be in the future");
  const frequency = isPlainObject(value.frequency) ? value.frequency : { type: "once" };
  const type = (frequency.type ?? "once") as Frequency;
  if (!FREQUENCIES.includes(type)) {
    throw invalid(`frequency.type must be one of ${FREQUENCIES.join(", ")}`);
  }
  const repeatsEvery = Number(frequency.repeats_every ?? 1);
  if (!Number.isInteger(repeatsEvery) || repeatsEvery < 1 || repeatsEvery > 1000) {
    throw invalid("frequency.repeats_every must be an integer from 1 to 1000");
  }
  const endMs = value.end_time === undefined ? undefined : isoTime(value.end_time, "end_time");
  if (endMs !== undefined && endMs <= startMs) throw invalid("end_time must follow start_time");
  const occurrenceCount = value.occurrence_count === undefined
    ? undefined
    : Number(value.occurrence_count);
  if (
    occurrenceCount !== undefined && (!Number.isInteger(occurrenceCount) || occurrenceCount < 1)
  ) {
    throw invalid("occurrence_count must be a positive integer");
  }
  return { startMs, endMs, occurrenceCount, frequency: type, repeatsEvery };
}

/** Epoch ms of occurrence `index` (0 = start_time), or undefined once the schedule is over. */
export function occurrence(schedule: Schedule, index: number): number | undefined {
  if (schedule.frequency === "once" && index > 0) return undefined;
  if (schedule.occurrenceCount !== undefined && index >= schedule.occurrenceCount) return undefined;
  let at: number;
  const step = STEP_MS[schedule.frequency];
  if (schedule.frequency === "once") {
    at = schedule.startMs;
  } else if (step !== undefined) {
    at = schedule.startMs + index * schedule.repeatsEvery * step;
  } else {
    const date = new Date(schedule.startMs);
    const months = (schedule.frequency === "monthly" ? 1 : 12) * schedule.repeatsEvery * index;
    date.setUTCMonth(date.getUTCMonth() + months);
    at = date.getTime();
  }
  return schedule.endMs !== undefined && at > schedule.endMs ? undefined : at;
}
