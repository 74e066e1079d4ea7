/**
 * CRC-32 (the IEEE 802.3 polynomial, reflected, as in zlib and PNG) and the base62 checksum
 * that GitHub's and npm's prefixed tokens end with: `ghp_` + 30 random base62 characters +
 * the CRC-32 of those 30 characters in base62 (digits, upper case, lower case), left-padded
 * with `0` to 6 characters (GitHub's "Behind GitHub's new authentication token formats", 2021;
 * npm adopted the same format that year).
 */

const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of the low bytes of `text`'s code units (callers pass ASCII). */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    crc = TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** A CRC-32 needs at most 6 base62 digits (62^6 > 2^32). */
const CHECK_LENGTH = 6;

/** `value` in base62, left-padded with `0` to 6 digits. */
export function base62Check(value: number): string {
  let out = "";
  let n = value;
  do {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return out.padStart(CHECK_LENGTH, "0");
}

/**
 * True when `body` (a token without its prefix: random characters, then 6 check characters)
 * ends with the base62 CRC-32 of the characters before them.
 */
export function base62Crc32Valid(body: string): boolean {
  if (body.length <= CHECK_LENGTH || body.length > 256) return false;
  const random = body.slice(0, -CHECK_LENGTH);
  return base62Check(crc32(random)) === body.slice(-CHECK_LENGTH);
}
