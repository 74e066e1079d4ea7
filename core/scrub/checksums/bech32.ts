/**
 * Bech32 (BIP-173) and Bech32m (BIP-350) checksums, and SegWit address rules: witness
 * version 0 uses Bech32 with a 20- or 32-byte program, versions 1–16 use Bech32m with
 * 2–40 bytes; and Bitcoin Cash's CashAddr checksum (the same alphabet, a 40-bit BCH code).
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

/** CashAddr's generators: its BCH code's checksum is 40 bits, eight 5-bit characters. */
const CASH_GENERATOR = [0x98f2bc8e61n, 0x79b76d99e2n, 0xf33e5fb3c4n, 0xae2eabe2a8n, 0x1e4f43e470n];

/**
 * True for the payload of a Bitcoin Cash CashAddr address (bitcoincash.org's `cashaddr.md`), in
 * lower case, the `bitcoincash:` prefix left out (wallets print it bare): its checksum over the
 * prefix's characters' low five bits, a zero, and the payload's characters holds (the polymod is
 * 1 before the spec's final xor). It starts from the polymod of `bitcoincash` and its zero,
 * 0xf669cd6d15; the caller's pattern keeps the payload to Bech32's alphabet.
 */
export function cashAddrValid(payload: string): boolean {
  let check = 0xf669cd6d15n;
  for (const c of payload) {
    let top = check >> 35n;
    check = ((check & 0x7ffffffffn) << 5n) ^ BigInt(CHARSET.indexOf(c));
    for (const g of CASH_GENERATOR) {
      if (top & 1n) check ^= g;
      top >>= 1n;
    }
  }
  return check === 1n;
}
