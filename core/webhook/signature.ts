/**
 * Signing and checking an alert request: HMAC-SHA256 over a canonical string of
 * every field the workflow uses, timestamp and nonce first. The canonical string is a version
 * line, then one `name=value` line per field in SIGNED_FIELDS' order (an absent filter is an empty
 * value), joined by "\n" with no trailing newline. Values hold no control characters
 * (request.ts), so the lines cannot be confused. The signature is `v1=` and the lower-case hex MAC.
 */
import { hex } from "../crypto/hex.ts";
import { hmacSha256 as hmacOfBytes } from "../crypto/sha256.ts";
import { SIGNED_FIELDS, type SignedField } from "./request.ts";
import { utf8Encoder } from "../utf8.ts";

export const CANONICAL_VERSION = "safe-debug-alert/v1";
export const SIGNATURE_PREFIX = "v1=";

export type SignedValues = Readonly<Record<SignedField, string>>;

/** The text a sender signs and the app checks. */
export function canonicalString(values: SignedValues): string {
  return [CANONICAL_VERSION, ...SIGNED_FIELDS.map((name) => `${name}=${values[name] ?? ""}`)]
    .join("\n");
}

/**
 * The raw HMAC-SHA256 of `message` under `secret` (UTF-8), by core/crypto/sha256.ts, which every
 * bundle carries for the scrubber's pseudonyms (WebCrypto's gives the same bytes, in more code).
 */
export function hmacSha256(secret: string, message: string): Uint8Array {
  return hmacOfBytes(utf8Encoder.encode(secret), utf8Encoder.encode(message));
}

/** The `signature` field for `values` under `secret`. */
export function signAlert(values: SignedValues, secret: string): string {
  return SIGNATURE_PREFIX + hex(hmacSha256(secret, canonicalString(values)));
}

/**
 * True when `a` and `b` are equal, in a time that depends on neither their contents nor where
 * they differ: both are hashed (HMAC under a per-call random key) and the digests compared with
 * every byte visited, so even their lengths leak nothing useful.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const key = hex(crypto.getRandomValues(new Uint8Array(32)));
  const left = hmacSha256(key, a), right = hmacSha256(key, b);
  let difference = 0;
  for (let i = 0; i < left.length; i++) difference |= left[i] ^ right[i];
  return difference === 0;
}

/**
 * The index of the secret among `secrets` that signed `values` with `signature`, or -1. Every
 * secret is tried (no early exit), so the time does not say which one matched.
 */
export function matchingSecret(
  values: SignedValues,
  signature: string,
  secrets: readonly string[],
): number {
  let found = -1;
  for (let i = 0; i < secrets.length; i++) {
    const expected = signAlert(values, secrets[i]);
    if (constantTimeEqual(expected, signature) && found === -1) found = i;
  }
  return found;
}
