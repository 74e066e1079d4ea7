/**
 * Masking strategies: what replaces a finding in the output.
 *   placeholder  `[REDACTED:<id>]`
 *   partial      `[REDACTED:<id> …1111]`: the last 4 letters/digits of a long value
 *                (payment cards); a value too short to spare 4 falls back to the placeholder
 *   pseudonym    `[<id>:<10 hex>]`: HMAC-SHA256 of the id and value under the session key,
 *                so the same value gives the same token within one scrubber only; a value
 *                the same everywhere that its detector labels (`127.0.0.1`), that label
 *                (`[ipv4-address:loopback]`)
 */
import { hex } from "../crypto/hex.ts";
import { hmacSha256With } from "../crypto/sha256.ts";
import type { MaskStrategy } from "./detector.ts";
import { utf8Encoder } from "../utf8.ts";

/** A value needs at least this many letters/digits before `partial` reveals its last 4. */
const PARTIAL_MIN_ALNUM = 12;
const PARTIAL_TAIL = 4;
const PSEUDONYM_HEX = 10;
/**
 * Pseudonyms are cached per value; the cache is dropped whole when it reaches this size (a
 * value is then hashed again, to the same token: the bound costs time, never a mask).
 */
export const PSEUDONYM_CACHE_LIMIT = 10_000;

/** `[REDACTED:<id>]`, or with a revealed `tail` (`partial`): `[REDACTED:<id> …<tail>]`. */
export function placeholder(id: string, tail?: string): string {
  return tail === undefined ? `[REDACTED:${id}]` : `[REDACTED:${id} …${tail}]`;
}

export class Masker {
  readonly #mac: (data: Uint8Array) => Uint8Array;
  readonly #cache = new Map<string, string>();

  constructor(pseudonymKey: Uint8Array) {
    this.#mac = hmacSha256With(pseudonymKey);
  }

  /** `value` masked under `strategy`; as a pseudonym, the label `label` gives it, if any (Detector.label). */
  mask(
    id: string,
    strategy: MaskStrategy,
    value: string,
    label?: (value: string) => string | undefined,
  ): string {
    if (strategy === "pseudonym") return label?.(value) ?? this.pseudonym(id, value);
    if (strategy === "partial") return partial(id, value);
    return placeholder(id);
  }

  pseudonym(id: string, value: string): string {
    const cacheKey = `${id}\u0000${value}`;
    const cached = this.#cache.get(cacheKey);
    if (cached !== undefined) return cached;
    const mac = this.#mac(utf8Encoder.encode(cacheKey));
    const token = `[${id}:${hex(mac.subarray(0, PSEUDONYM_HEX / 2))}]`;
    if (this.#cache.size >= PSEUDONYM_CACHE_LIMIT) this.#cache.clear();
    this.#cache.set(cacheKey, token);
    return token;
  }
}

function partial(id: string, value: string): string {
  const alnum = value.replace(/[^0-9A-Za-z]/g, "");
  if (alnum.length < PARTIAL_MIN_ALNUM) return placeholder(id);
  return placeholder(id, alnum.slice(-PARTIAL_TAIL));
}
