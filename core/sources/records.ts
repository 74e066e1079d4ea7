/** Builds normalised, bounded LogRecords from whatever an adapter read. */
import type { LogRecord } from "./types.ts";
import { isoFromNs } from "./time.ts";

const MAX_ATTRIBUTES = 32;
const MAX_ATTRIBUTE_CHARS = 512;
const MAX_ATTRIBUTE_KEY_CHARS = 64;

const LEVEL_ALIASES: Record<string, string> = {
  fatal: "error",
  critical: "error",
  crit: "error",
  emergency: "error",
  alert: "error",
  err: "error",
  error: "error",
  warning: "warn",
  warn: "warn",
  notice: "info",
  info: "info",
  information: "info",
  debug: "debug",
  trace: "debug",
};

/** Maps a backend's level/severity/status to `error`, `warn`, `info` or `debug`; else undefined. */
export function normalizeLevel(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  return LEVEL_ALIASES[raw.trim().toLowerCase()];
}

/** Attribute values become bounded strings; objects are JSON; at most 32 attributes are kept. */
export function boundedAttributes(raw: Record<string, unknown>): Record<string, string> {
  const attributes: Record<string, string> = {};
  let count = 0;
  for (const [key, value] of Object.entries(raw)) {
    if (count >= MAX_ATTRIBUTES) break;
    if (value === undefined || value === null || key.length > MAX_ATTRIBUTE_KEY_CHARS) continue;
    const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
    attributes[key] = text.length > MAX_ATTRIBUTE_CHARS
      ? `${text.slice(0, MAX_ATTRIBUTE_CHARS)}…`
      : text;
    count++;
  }
  return attributes;
}

export function makeRecord(
  ns: bigint,
  message: string,
  level: unknown,
  attributes: Record<string, unknown>,
): LogRecord {
  const record: LogRecord = {
    time: isoFromNs(ns),
    timeNs: ns.toString(),
    message,
    attributes: boundedAttributes(attributes),
  };
  const normalized = normalizeLevel(level);
  if (normalized) record.level = normalized;
  return record;
}
