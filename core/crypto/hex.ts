/** Bytes as lower-case hex, two digits each: digests, signatures and keys as they are written. */
export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
