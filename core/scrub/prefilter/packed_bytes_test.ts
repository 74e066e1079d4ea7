/** The byte packing of the stored line-shape tables: what is packed unpacks to itself, exactly. */
import { deepStrictEqual, ok, throws } from "@node/assert";
import { packBytes, unpackBytes } from "./packed_bytes.ts";

/** Deterministic pseudo-random bytes (xorshift), `alphabet` values wide. */
function bytes(length: number, alphabet: number, seed: number): Uint8Array {
  let s = seed;
  return Uint8Array.from({ length }, () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % alphabet;
  });
}

Deno.test("packed bytes: random, repetitive, long-run and empty inputs unpack to themselves", () => {
  const inputs = [
    new Uint8Array(0),
    Uint8Array.of(7),
    bytes(5000, 256, 1),
    bytes(20000, 3, 2),
    new Uint8Array(70000).fill(9),
    Uint8Array.from({ length: 90000 }, (_, i) => (i * 7) % 251),
  ];
  for (const input of inputs) {
    const packed = packBytes(input);
    deepStrictEqual(unpackBytes(packed, input.length), input, `${input.length} bytes`);
  }
  // Repetitive input does pack: the point of storing the tables this way.
  ok(packBytes(new Uint8Array(70000).fill(9)).length < 2000);
});

Deno.test("packed bytes: a copy from before the start, an overrun or a short result is refused", () => {
  throws(() => unpackBytes(Uint8Array.of(0x80, 1, 0), 3), /outside the output/);
  throws(() => unpackBytes(Uint8Array.of(0, 5, 0x80, 0, 0), 4), /outside the output/);
  throws(() => unpackBytes(Uint8Array.of(2, 1, 2), 3), /overrun/);
  // Literals all there, but more than the stated length.
  throws(() => unpackBytes(Uint8Array.of(2, 1, 2, 3), 2), /overrun/);
  throws(() => unpackBytes(Uint8Array.of(0, 1), 2), /shorter than stated/);
  throws(() => unpackBytes(Uint8Array.of(0, 1, 0x80, 1), 4), /truncated/);
  throws(() => unpackBytes(Uint8Array.of(0, 1, 0x81, 1, 0), 4), /outside the output/);
  deepStrictEqual(unpackBytes(Uint8Array.of(0, 1, 0x81, 1, 0), 5), Uint8Array.of(1, 1, 1, 1, 1));
});
