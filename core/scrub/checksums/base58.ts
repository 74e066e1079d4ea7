/**
 * Base58 (the Bitcoin alphabet) and Base58Check: the payload's last 4 bytes are the first
 * 4 bytes of SHA-256(SHA-256(rest)). Used for legacy Bitcoin addresses (P2PKH, P2SH).
 */
import { sha256 } from "../../crypto/sha256.ts";

const ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));
/** Longer strings are not addresses; the bound keeps decoding cheap. */
const MAX_LENGTH = 128;

/** Decodes Base58 text to bytes, or null when a character is outside the alphabet. */
export function base58Decode(text: string): Uint8Array | null {
  if (text.length === 0 || text.length > MAX_LENGTH) return null;
  const bytes: number[] = [];
  for (const c of text) {
    const v = VALUE.get(c);
    if (v === undefined) return null;
    let carry = v;
    for (let i = 0; i < bytes.length; i++) {
      carry += bytes[i] * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < text.length && text[i] === "1"; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

/**
 * Returns the payload (version byte included) when the Base58Check checksum holds, else null.
 * With `payloadLength`, a payload of any other length is refused before any hashing.
 */
export function base58CheckDecode(text: string, payloadLength?: number): Uint8Array | null {
  const bytes = base58Decode(text);
  if (!bytes || bytes.length < 5) return null;
  if (payloadLength !== undefined && bytes.length !== payloadLength + 4) return null;
  const payload = bytes.subarray(0, bytes.length - 4);
  const check = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (check[i] !== bytes[payload.length + i]) return null;
  return payload;
}
