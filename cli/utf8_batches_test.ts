/**
 * Batches decoded one by one give exactly what decoding the whole input at once gives (generated
 * byte strings rich in multi-byte, truncated and invalid sequences and byte order marks, cut
 * anywhere). That is what a streaming decoder gives by the Encoding standard; Deno's streaming
 * TextDecoder also drops a byte order mark that starts the first chunk holding anything but ASCII.
 */
import { strictEqual } from "@node/assert";
import { seededRandom } from "../devkit/sample_logs/random.ts";
import { Utf8Batches } from "./utf8_batches.ts";

/** Pieces of UTF-8, valid and not, that make the decoder's every case likely. */
const PIECES = [
  [0x41],
  [0x0a],
  [0xc3, 0xa9], // é
  [0xe2, 0x82, 0xac], // €
  [0xf0, 0x9f, 0x98, 0x80], // 😀
  [0xef, 0xbb, 0xbf], // byte order mark
  [0xe2, 0x82], // truncated
  [0xf0, 0x9f], // truncated
  [0x80], // stray continuation
  [0xbf, 0xbf],
  [0xc0, 0xaf], // overlong
  [0xe0, 0x80, 0x80], // overlong
  [0xed, 0xa0, 0x80], // surrogate
  [0xf5, 0x80],
  [0xff],
];

function wholeDecoded(batches: readonly Uint8Array[]): string {
  return new TextDecoder().decode(Uint8Array.from(batches.flatMap((b) => [...b])));
}

Deno.test("batches decode as one stream, wherever they are cut", () => {
  const random = seededRandom(71);
  for (let round = 0; round < 3000; round++) {
    const bytes: number[] = [];
    for (let k = random.int(12); k > 0; k--) bytes.push(...random.pick(PIECES));
    const batches: Uint8Array[] = [];
    let at = 0;
    while (at < bytes.length) {
      const size = random.int(6);
      batches.push(Uint8Array.from(bytes.slice(at, at + size)));
      at += size;
    }
    if (random.next() < 0.3) batches.push(new Uint8Array(0));
    if (batches.length === 0) batches.push(new Uint8Array(0));
    const decoder = new Utf8Batches();
    const got = batches.map((b, i) => decoder.decode(b, i === batches.length - 1)).join("");
    strictEqual(got, wholeDecoded(batches), JSON.stringify(batches.map((b) => [...b])));
  }
});

/**
 * What a batch leaves for later: nothing, or one character that may go on (a lead byte, 0xC0 or
 * above, and the continuation bytes after it, four bytes at most).
 */
function heldBack(bytes: readonly number[], decodedSoFar: string): boolean {
  for (let k = 0; k <= 4 && k <= bytes.length; k++) {
    const held = bytes.slice(bytes.length - k);
    const oneCharacter = k === 0 ||
      held[0] >= 0xc0 && held.slice(1).every((b) => (b & 0xc0) === 0x80);
    if (
      oneCharacter &&
      new TextDecoder().decode(Uint8Array.from(bytes.slice(0, bytes.length - k))) === decodedSoFar
    ) return true;
  }
  return false;
}

Deno.test("a batch gives all its text but one character that may go on in the next", () => {
  // A whole 4-byte character and a stray continuation byte: nothing there can go on.
  strictEqual(
    new Utf8Batches().decode(Uint8Array.of(0xf0, 0x9f, 0x98, 0x80, 0x80), false),
    "😀\ufffd",
  );
  const strayAfterText = new Utf8Batches();
  strictEqual(strayAfterText.decode(Uint8Array.of(0x41), false), "A");
  strictEqual(strayAfterText.decode(Uint8Array.of(0x80), false), "\ufffd");

  const random = seededRandom(72);
  for (let round = 0; round < 3000; round++) {
    const decoder = new Utf8Batches();
    const seen: number[] = [];
    let decoded = "";
    for (let batch = random.int(8); batch > 0; batch--) {
      const bytes: number[] = [];
      for (let k = random.int(3); k > 0; k--) bytes.push(...random.pick(PIECES));
      seen.push(...bytes);
      decoded += decoder.decode(Uint8Array.from(bytes), false);
      strictEqual(heldBack(seen, decoded), true, JSON.stringify(seen));
    }
  }
});
