/**
 * Bech32 (BIP-173) and Bech32m (BIP-350) checksums, and SegWit address rules: witness
 * version 0 uses Bech32 with a 20- or 32-byte program, versions 1–16 use Bech32m with
 * 2–40 bytes.
 */

const CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const BECH32_CONST = 1;
const BECH32M_CONST = 0x2bc830a3;

export type Bech32Encoding = "bech32" | "bech32m";

export interface Bech32Decoded {
  hrp: string;
  /** 5-bit values, checksum removed. */
  data: number[];
  encoding: Bech32Encoding;
}

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATOR[i];
  }
  return chk >>> 0;
}

/**
 * Decodes a Bech32 or Bech32m string (at most `most` characters: BIP-173's 90 unless a chain
 * allows more, as Cardano's addresses do; not mixed case), or null.
 */
export function bech32Decode(text: string, most = 90): Bech32Decoded | null {
  if (text.length < 8 || text.length > most) return null;
  const lower = text.toLowerCase();
  if (text !== lower && text !== text.toUpperCase()) return null;
  const sep = lower.lastIndexOf("1");
  if (sep < 1 || sep + 7 > lower.length) return null;
  const hrp = lower.slice(0, sep);
  const values: number[] = [];
  for (let i = 0; i < hrp.length; i++) {
    const c = hrp.charCodeAt(i);
    if (c < 33 || c > 126) return null;
    values.push(c >> 5);
  }
  values.push(0);
  for (let i = 0; i < hrp.length; i++) values.push(hrp.charCodeAt(i) & 31);
  const data: number[] = [];
  for (const c of lower.slice(sep + 1)) {
    const v = CHARSET.indexOf(c);
    if (v < 0) return null;
    data.push(v);
  }
  const check = polymod([...values, ...data]);
  const encoding = check === BECH32_CONST ? "bech32" : check === BECH32M_CONST ? "bech32m" : null;
  if (!encoding) return null;
  return { hrp, data: data.slice(0, -6), encoding };
}

/** True for a SegWit address whose human-readable part is one of `hrps` (e.g. "bc", "tb"). */
export function segwitAddressValid(text: string, hrps: readonly string[]): boolean {
  const decoded = bech32Decode(text);
  if (!decoded || !hrps.includes(decoded.hrp) || decoded.data.length < 1) return false;
  const [version, ...words] = decoded.data;
  if (version > 16) return false;
  if (decoded.encoding !== (version === 0 ? "bech32" : "bech32m")) return false;
  // Regroup 5-bit words into bytes; leftover bits must be fewer than 5 and all zero.
  if ((words.length * 5) % 8 >= 5) return false;
  const bytes = Math.floor((words.length * 5) / 8);
  const lastBits = (words.length * 5) % 8;
  if (lastBits > 0 && (words[words.length - 1] & ((1 << lastBits) - 1)) !== 0) return false;
  if (bytes < 2 || bytes > 40) return false;
  return version !== 0 || bytes === 20 || bytes === 32;
}
