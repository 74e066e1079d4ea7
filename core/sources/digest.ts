/** SHA-256 as lower-case hex, shared by the pager (page fingerprints) and SigV4 signing. */
import { hex } from "../crypto/hex.ts";
import { sha256 } from "../crypto/sha256.ts";
import { utf8Encoder } from "../utf8.ts";

/** The SHA-256 digest of `data` (text as UTF-8) in hex. */
export function sha256Hex(data: string | Uint8Array): string {
  return hex(sha256(typeof data === "string" ? utf8Encoder.encode(data) : data));
}
