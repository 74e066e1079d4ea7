/**
 * The one-pass scan over long texts, in WebAssembly and in JavaScript, against the per-line
 * oracle: generated texts of many lines (longer than a WebAssembly chunk, so that lines run
 * across chunk boundaries, and shorter than the WebAssembly threshold), scanned whole or from
 * the middle; on every line, the keyword lists found are exactly those a lower-case search of
 * the line finds, and each line shape is reported on exactly the lines where it occurs alone.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { detectorsBefore, KeywordIndex } from "./keyword_index.ts";
import { LINE_SHAPES, lineHasShape } from "./line_shapes.ts";
import { CHUNK_LENGTH } from "./wasm/scan.ts";

const KEYWORDS = [
  ["token"],
  ["key=", "secret"],
  ["ke"],
  ["@"],
  [],
  ["sk_live", "sk_"],
  ["b\u00e9"],
  ["akia", "ghp_"],
  ["password", "pass"],
];

/** Pieces lines are made of: keyword parts, numbers, addresses, base58 and hex, noise. */
const PIECES = [
  "token",
  "TOK",
  "en",
  "KEY=",
  "secret",
  "sk_live_",
  "SK_",
  "b\u00c9",
  "\u212Aey",
  "AKIA",
  "ghp_",
  "Pass",
  "word",
  "4111 1111 1111 1111",
  "12345678",
  "987",
  "192.168.",
  "10.0.0.1",
  "DE89 3704 0044",
  "GB82WEST",
  "a@b.co",
  "user@",
  "example.com",
  "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",
  "deadbeef",
  "0x",
  "-",
  " ",
  " ",
  "=",
  ":",
  "\t",
  "\u00e9",
  "\u4e2d",
  "\ud83d\ude00",
];

/** ASCII only, the scan runs in WebAssembly; a chunk with any other character, in JavaScript. */
const ASCII_PIECES = PIECES.filter((p) => [...p].every((c) => c.charCodeAt(0) < 0x80));

function textOf(random: ReturnType<typeof seededRandom>, length: number, ascii: boolean): string {
  let text = "";
  while (text.length < length) {
    text += random.next() < 0.08 ? "\n" : random.pick(ascii ? ASCII_PIECES : PIECES);
  }
  return text;
}

/** Per line of text[from, to): the keyword lists it holds, and the shapes it holds. */
function oracle(text: string): { keywords: number[][]; shapes: string[][] } {
  const lines = text.split("\n");
  return {
    keywords: lines.map((line) => {
      const lower = line.toLowerCase();
      return KEYWORDS.flatMap((ks, i) => ks.some((k) => lower.includes(k)) ? [i] : []);
    }),
    shapes: lines.map((line) => LINE_SHAPES.filter((s) => lineHasShape(line, s))),
  };
}

function scanned(index: KeywordIndex, text: string, from: number, to: number) {
  const hits = index.scan(text, from, to);
  const lines = text.slice(from, to).split("\n");
  const keywords: number[][] = [];
  let end = from;
  const lineEnds: number[] = [];
  for (const line of lines) {
    end += line.length;
    lineEnds.push(end);
    keywords.push([...detectorsBefore(hits, end + 1)].sort((a, b) => a - b));
    end += 1;
  }
  const shapes: string[][] = lines.map(() => []);
  for (const shape of LINE_SHAPES) {
    for (const at of hits.shapeStarts(shape)) {
      const line = lineEnds.findIndex((e) => at < e);
      if (line === -1) throw new Error(`${shape} reported past the range at ${at}`);
      if (!shapes[line].includes(shape)) shapes[line].push(shape);
    }
  }
  for (const s of shapes) {
    s.sort((a, b) => LINE_SHAPES.indexOf(a as never) - LINE_SHAPES.indexOf(b as never));
  }
  return { keywords, shapes };
}

Deno.test("scans of long and short texts, in WebAssembly and JavaScript, agree with each line alone", () => {
  const wasm = new KeywordIndex(KEYWORDS);
  const js = new KeywordIndex(KEYWORDS, { wasm: false });
  ok(wasm.usesWasm, "WebAssembly is available here");
  ok(!js.usesWasm);
  const random = seededRandom(23);
  for (
    const length of [40, 511, 512, 700, CHUNK_LENGTH - 1, CHUNK_LENGTH + 1, 2 * CHUNK_LENGTH + 300]
  ) {
    for (const ascii of [true, false]) {
      const text = textOf(random, length, ascii);
      // Whole, and from a line start in the middle to a line end.
      const cuts: [number, number][] = [[0, text.length]];
      const mid = text.indexOf("\n", text.length >> 2);
      const last = text.lastIndexOf("\n");
      if (mid !== -1 && last > mid) cuts.push([mid + 1, last]);
      for (const [from, to] of cuts) {
        const expected = oracle(text.slice(from, to));
        for (const index of [wasm, js]) {
          deepStrictEqual(
            scanned(index, text, from, to),
            expected,
            `${length} characters [${from}, ${to}) ${index.usesWasm ? "wasm" : "js"} ${ascii}`,
          );
        }
      }
    }
  }
});
