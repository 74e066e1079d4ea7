/**
 * EIP-55 mixed-case checksum of Ethereum addresses: a hex letter is upper case exactly when
 * the matching nibble of Keccak-256(lower-case hex address) is 8 or more.
 */
import { keccak256 } from "../../crypto/keccak256.ts";
import { utf8Encoder } from "../../utf8.ts";

/**
 * True when `address` (`0x` + 40 hex digits) carries a correct EIP-55 checksum. An address
 * in one case only carries no checksum, so this returns false for it.
 */
export function eip55Valid(address: string): boolean {
  if (!/^0x[0-9a-fA-F]{40}$/.test(address)) return false;
  const hex = address.slice(2);
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return false;
  const hash = keccak256(utf8Encoder.encode(hex.toLowerCase()));
  for (let i = 0; i < 40; i++) {
    const c = hex[i];
    if (c >= "0" && c <= "9") continue;
    const nibble = (hash[i >> 1] >> (i % 2 === 0 ? 4 : 0)) & 0xf;
    if ((nibble >= 8) !== (c >= "A" && c <= "F")) return false;
  }
  return true;
}
