/**
 * Base58 (the Bitcoin alphabet) and Base58Check: the payload's last 4 bytes are the first
 * 4 bytes of SHA-256(SHA-256(rest)). Used for legacy Bitcoin addresses (P2PKH, P2SH).
 */
import { sha256 } from "../../crypto/sha256.ts";

const ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
/** Per ASCII code: its value in the alphabet, or -1. */
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;
/** Longer strings are not addresses; the bound keeps decoding cheap. */
const MAX_LENGTH = 128;

/** Decodes Base58 text to bytes, or null when a character is outside the alphabet. */
export function base58Decode(text: string): Uint8Array | null {
  if (text.length === 0 || text.length > MAX_LENGTH) return null;
  // The number, least significant byte first; it never has more bytes than the text has digits.
  const number = new Uint8Array(text.length);
  let size = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    let carry = code < 128 ? VALUE[code] : -1;
    if (carry < 0) return null;
    for (let i = 0; i < size; i++) {
      carry += number[i] * 58;
      number[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      number[size++] = carry & 0xff;
      carry >>= 8;
    }
  }
  // Each leading "1" stands for a leading zero byte.
  let zeros = 0;
  while (zeros < text.length && text.charCodeAt(zeros) === 0x31) zeros++;
  const bytes = new Uint8Array(zeros + size);
  for (let i = 0; i < size; i++) bytes[zeros + i] = number[size - 1 - i];
  return bytes;
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
