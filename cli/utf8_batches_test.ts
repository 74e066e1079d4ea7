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
