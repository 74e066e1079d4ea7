/**
 * What is stored about a person's filter: never the text, only an HMAC-SHA256 keyed with
 * AUDIT_HASH_KEY, so that someone who can read the datastores cannot test guesses against it
 * (an unkeyed hash of a short filter is guessed in seconds). Without a key nothing is hashed.
 */
import { hex } from "../core/crypto/hex.ts";
import { hmacSha256 } from "../core/crypto/sha256.ts";
import { utf8Encoder } from "../core/utf8.ts";
import { readKeySetting } from "./key_setting.ts";

/** AUDIT_HASH_KEY (absent when unset), or a message for admins when it is unusable. */
export function readAuditHashKey(
  env: Record<string, string | undefined>,
): { key?: string } | { problem: string } {
  return readKeySetting(env, "AUDIT_HASH_KEY");
}

/**
 * Lower-case hex HMAC-SHA256 of `filter` under `key`, both as UTF-8: core/crypto's HMAC, called
 * here rather than through the alert webhook's signing helper (a filter is no alert).
 */
export function hashFilter(filter: string, key: string): string {
  return hex(hmacSha256(utf8Encoder.encode(key), utf8Encoder.encode(filter)));
}
