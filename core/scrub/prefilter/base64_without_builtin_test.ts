/**
 * The stored tables decode the same on a runtime without `Uint8Array.fromBase64` (the fallback
 * through atob), and base64 round-trips at every length around its 3-byte groups and the
 * encoder's 8 KiB pieces.
 */
import { deepStrictEqual } from "@node/assert";
import { fromBase64, toBase64 } from "./packed_bytes.ts";

const bytes = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 37 + 11) % 256);

Deno.test("base64: decoded the same with and without the runtime's fromBase64", () => {
  const builtIn = Object.getOwnPropertyDescriptor(Uint8Array, "fromBase64");
  for (const length of [0, 1, 2, 3, 4, 255, 8191, 8192, 8193, 20_000]) {
    const data = bytes(length);
    const text = toBase64(data);
    deepStrictEqual(fromBase64(text), data, `${length} bytes`);
    try {
      // As on a runtime that has no Uint8Array.fromBase64.
      Object.defineProperty(Uint8Array, "fromBase64", { value: undefined, configurable: true });
      deepStrictEqual(fromBase64(text), data, `${length} bytes, without the built-in`);
    } finally {
      if (builtIn) Object.defineProperty(Uint8Array, "fromBase64", builtIn);
      else delete (Uint8Array as unknown as { fromBase64?: unknown }).fromBase64;
    }
  }
});
