/** Timestamp conversions shared by the adapters. Nanosecond epochs stay BigInt end to end. */

const NS_PER_MS = 1_000_000n;
/** An epoch in nanoseconds as decimal text (up to 20 digits, as a UInt64 is written). */
export const NS_DIGITS = /^\d{1,20}$/;
const ISO_WITH_FRACTION =
  /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$/;

export function nsFromMs(ms: number): bigint {
  return BigInt(Math.floor(ms)) * NS_PER_MS;
}

export function msFromNs(ns: bigint): number {
  return Number(ns / NS_PER_MS);
}

export function isoFromNs(ns: bigint): string {
  return new Date(msFromNs(ns)).toISOString();
}

/**
 * Reads a backend timestamp: ISO-8601 / RFC 3339 (up to ns; no zone means UTC; a space instead of
 * `T` is accepted), or an epoch number whose digit count says its unit (s, ms, µs, ns).
 * Returns undefined when the value is not a timestamp.
 */
export function parseTimestampNs(value: unknown): bigint | undefined {
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < 0) return undefined;
    return epochToNs(BigInt(Math.trunc(value)), String(Math.trunc(value)).length);
  }
  if (typeof value !== "string" || value.length > 40) return undefined;
  if (/^\d{1,19}$/.test(value)) return epochToNs(BigInt(value), value.length);
  const match = ISO_WITH_FRACTION.exec(value);
  if (!match) return undefined;
  const [, base, fraction = "", zone = "Z"] = match;
  const seconds = Date.parse(`${base.replace(" ", "T")}${zone}`);
  if (Number.isNaN(seconds)) return undefined;
  return nsFromMs(seconds) + BigInt(fraction.padEnd(9, "0"));
}

/** Sorts items with an `ns` newest first; equal instants keep their order (sort is stable). */
export function byNsDescending(a: { ns: bigint }, b: { ns: bigint }): number {
  return a.ns === b.ns ? 0 : a.ns > b.ns ? -1 : 1;
}

function epochToNs(value: bigint, digits: number): bigint {
  if (digits <= 10) return value * 1_000_000_000n;
  if (digits <= 13) return value * NS_PER_MS;
  if (digits <= 16) return value * 1000n;
  return value;
}
