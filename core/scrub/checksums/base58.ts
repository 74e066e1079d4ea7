/**
 * Base58 (the Bitcoin alphabet) and Base58Check: the payload's last 4 bytes are the first
 * 4 bytes of SHA-256(SHA-256(rest)). Used for legacy Bitcoin addresses (P2PKH, P2SH), and in the
 * XRP Ledger's own alphabet for its classic addresses.
 */
import { sha256 } from "../../crypto/sha256.ts";

/** A Base58 alphabet: per ASCII code, its value (or -1), and the code of its zero digit. */
export interface Base58Alphabet {
  values: Int8Array;
  zero: number;
}
function alphabetOf(characters: string): Base58Alphabet {
  const values = new Int8Array(128).fill(-1);
  for (let i = 0; i < characters.length; i++) values[characters.charCodeAt(i)] = i;
  return { values, zero: characters.charCodeAt(0) };
}
/**
 * Bitcoin's alphabet as a pattern's class: digits and letters but `0`, `O`, `I` and `l` (the XRP
 * Ledger's alphabet holds the same characters).
 */
export const BASE58_CLASS = "[1-9A-HJ-NP-Za-km-z]";

/**
 * Version bytes of legacy Base58Check addresses other than Bitcoin's, by their first character:
 * Litecoin P2PKH (`L`, 0x30) and P2SH (`M`, 0x32), Dogecoin P2PKH (`D`, 0x1e), Dash P2PKH (`X`, 0x4c).
 */
export const ALTCOIN_VERSIONS: Readonly<Record<string, number>> = {
  L: 0x30,
  M: 0x32,
  D: 0x1e,
  X: 0x4c,
};

/** The first characters of ALTCOIN_VERSIONS' addresses (`LMDX`). */
export const ALTCOIN_FIRSTS = Object.keys(ALTCOIN_VERSIONS).join("");

/**
 * The first characters of a legacy Base58 address: Bitcoin's (`1` P2PKH, `3` P2SH), then
 * ALTCOIN_FIRSTS. The base58-run line shape, the Base58-run start and the addresses' detectors
 * read them here.
 */
export const LEGACY_BASE58_FIRSTS = `13${ALTCOIN_FIRSTS}`;

/** Bitcoin's alphabet (also Litecoin's and Dogecoin's). */
const BITCOIN_ALPHABET = alphabetOf("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");
/** The XRP Ledger's alphabet: the same characters in another order, `r` its zero. */
export const RIPPLE_ALPHABET: Base58Alphabet = alphabetOf(
  "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz",
);
/** Longer strings are not addresses; the bound keeps decoding cheap. */
const MAX_LENGTH = 128;

/** Decodes Base58 text to bytes, or null when a character is outside the alphabet. */
export function base58Decode(
  text: string,
  alphabet: Base58Alphabet = BITCOIN_ALPHABET,
): Uint8Array | null {
  const { values, zero } = alphabet;
  if (text.length === 0 || text.length > MAX_LENGTH) return null;
  // The number, least significant byte first; it never has more bytes than the text has digits.
  const number = new Uint8Array(text.length);
  let size = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    let carry = code < 128 ? values[code] : -1;
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
  // Each leading zero digit ("1" in Bitcoin's alphabet) stands for a leading zero byte.
  let zeros = 0;
  while (zeros < text.length && text.charCodeAt(zeros) === zero) zeros++;
  const bytes = new Uint8Array(zeros + size);
  for (let i = 0; i < size; i++) bytes[zeros + i] = number[size - 1 - i];
  return bytes;
}

/**
 * Returns the payload (version byte included) when the Base58Check checksum holds, else null.
 * With `payloadLength`, a payload of any other length is refused before any hashing.
 */
export function base58CheckDecode(
  text: string,
  payloadLength?: number,
  alphabet: Base58Alphabet = BITCOIN_ALPHABET,
): Uint8Array | null {
  const bytes = base58Decode(text, alphabet);
  if (!bytes || bytes.length < 5) return null;
  if (payloadLength !== undefined && bytes.length !== payloadLength + 4) return null;
  const payload = bytes.subarray(0, bytes.length - 4);
  const check = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (check[i] !== bytes[payload.length + i]) return null;
  return payload;
}
