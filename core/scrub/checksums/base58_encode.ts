/**
 * Base58 and Base58Check written out, in Bitcoin's alphabet: how the tests generate addresses to
 * scrub (the scrubber itself only decodes them: ./base58.ts).
 */
import { sha256 } from "../../crypto/sha256.ts";

/** Bitcoin's Base58 alphabet: no `0`, `O`, `I` or `l`. */
export const BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/** `data` as a Base58 number, with a `1` for each zero byte it starts with. */
export function base58Encode(data: ArrayLike<number>): string {
  let n = 0n;
  for (let i = 0; i < data.length; i++) n = n * 256n + BigInt(data[i]);
  let out = "";
  for (; n > 0n; n /= 58n) out = BASE58_ALPHABET[Number(n % 58n)] + out;
  for (let i = 0; i < data.length && data[i] === 0; i++) out = "1" + out;
  return out;
}

/** Base58Check: `payload`, then the first four bytes of its double SHA-256, in Base58. */
export function base58CheckEncode(payload: ArrayLike<number>): string {
  const bytes = Uint8Array.from(payload);
  return base58Encode([...bytes, ...sha256(sha256(bytes)).subarray(0, 4)]);
}
