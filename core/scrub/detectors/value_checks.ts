/**
 * Small checks the generic-credential and PII detectors share: the key name a value is
 * assigned to, prose and plain words that are not secrets, context words near a match,
 * the digits of a grouped number, and base64 decoding for JWT headers and Basic credentials.
 */
import { charsBefore, keyBefore } from "../kv/syntax.ts";

/** The digits of a number written with separators (`529.982.247-25` → `52998224725`). */
export const digitsOf = (s: string): string => s.replace(/[^0-9]/g, "");

/**
 * The key (lower case) of the value that starts at `index` (`db_password` in
 * `db_password = "x"`, `cache_key` in `set("cache_key", "x")` and `cacheKey string = "x"`), read
 * back by the key/value reader's grammar (../kv/syntax.ts); without an operator, the word before.
 */
export function keyNameBefore(line: string, index: number): string {
  return keyBefore(line, index).key.toLowerCase();
}

/**
 * How the names of keys holding ids, counts, sizes, times, versions, hashes or durations end
 * (`user_id`, `ids`, `created_ts`, `retry_count`, `body_bytes`, `tx_hash`: a 64-bit hash printed in
 * decimal), as alternatives of a pattern: a detector of numbers that such a key rules out adds its
 * own (./pii_financial.ts's NOT_CARD_KEY, ./pii_contact.ts's NOT_PHONE_KEY).
 */
export const COUNTER_KEY_ENDS = "ids?|ts|time|count|size|bytes|version|hash|duration";

/** Words separated by spaces with no digit or symbol: a sentence, not a secret. */
export function isProse(value: string): boolean {
  return /^[A-Za-z]+(?: [A-Za-z]+)+$/.test(value);
}

/**
 * A single plain word (`expired`, `Required`), which a log writes where a secret would go; a
 * sentence's full stop may end it (`authorization=disabled. Solr is…`).
 */
export function isPlainWord(value: string): boolean {
  return /^(?:[A-Za-z][a-z]*|[A-Z]+)\.?$/.test(value);
}

/** Values a log puts after `password:` or `token=` to describe it rather than reveal it. */
const STATUS_WORDS = new Set(
  ("accepted changed correct deleted denied disabled enabled expired failed hidden incorrect " +
    "invalid masked mismatch missing ok present provided refreshed rejected required reset " +
    "revoked set updated valid yes no on off n/a na").split(" "),
);

/**
 * A number of one to four digits: a setting beside a secret's name (`password_min_length=12`,
 * `token_ttl: 3600`), never the secret.
 */
export const isShortNumber = (value: string) => /^\d{1,4}$/.test(value);

/** True for a status word such as `expired` or `missing` (any case). */
export function isStatusWord(value: string): boolean {
  return STATUS_WORDS.has(value.toLowerCase());
}

/** True when `pattern` occurs within `window` characters before `index` in `line`. */
export function hasContextBefore(
  line: string,
  index: number,
  pattern: RegExp,
  window = 40,
): boolean {
  return pattern.test(charsBefore(line, index, window));
}

/** Decodes standard or URL-safe base64 (padding optional) to text, or null. */
export function decodeBase64Text(value: string): string | null {
  if (value.length > 8192) return null;
  let b64 = value.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "");
  if (b64.length % 4 === 1) return null;
  b64 += "=".repeat((4 - (b64.length % 4)) % 4);
  try {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
