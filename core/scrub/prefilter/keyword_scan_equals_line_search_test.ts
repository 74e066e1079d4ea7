/**
 * The keyword and line-shape scan, fast paths included, gives exactly the answer of the plain
 * per-line check: for generated keyword lists (ASCII, the edges of ASCII, characters that other
 * code units lower-case to, keywords inside other keywords) and generated texts (keywords at
 * every position, in mixed case, across the WebAssembly chunk boundary, with and without
 * non-ASCII chunks), each line's detectors are those whose keyword its lower-cased text holds,
 * and each line shape is reported on the lines where it occurs, once a line.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { type Random, seededRandom } from "../../../devkit/sample_logs/random.ts";
import { detectorsBefore, KeywordIndex } from "./keyword_index.ts";
import { LINE_SHAPES, lineHasShape } from "./line_shapes.ts";
import { CHUNK_LENGTH } from "./wasm/scan.ts";

/** Keyword characters: lower-case ASCII, ASCII's edges, and non-ASCII ones. */
const KEYWORD_CHARS = "abk_-=:.0`{@\u007f\u0080\u00e9\u00df\u00e5\u03c9\u01c6\u03b8\u0131";
/** What texts are made of: the keyword characters, upper cases and units folding to them. */
const TEXT_CHARS = KEYWORD_CHARS +
  "\0\x01\x1fABK[@`{\u00c9\u1e9e\u212a\u212b\u2126\u01c4\u01c5\u03f4\u0130\u00c5\u03a9 +19.@/x";

const isAscii = (s: string) => [...s].every((c) => c.charCodeAt(0) < 0x80);

function keywordLists(random: Random): string[][] {
  const lists: string[][] = [];
  const count = 1 + random.int(12);
  for (let i = 0; i < count; i++) {
    const list: string[] = [];
    for (let n = random.int(4); n > 0; n--) {
      // Sometimes a piece of an earlier keyword, so keywords end inside one another.
      const earlier = lists.flat();
      if (earlier.length > 0 && random.next() < 0.3) {
        const word = random.pick(earlier);
        const from = random.int(word.length);
        list.push(word.slice(from, from + 1 + random.int(word.length - from)));
      } else list.push(random.chars(1 + random.int(4), KEYWORD_CHARS));
    }
    lists.push(list);
  }
  return lists;
}

function text(random: Random, keywords: string[][], length: number, ascii: boolean): string {
  const words = keywords.flat().filter((k) => !ascii || isAscii(k));
  const alphabet = ascii ? [...TEXT_CHARS].filter(isAscii).join("") : TEXT_CHARS;
  let out = "";
  while (out.length < length) {
    const r = random.next();
    if (r < 0.1) out += "\n";
    else if (r < 0.3 && words.length > 0) {
      const word = random.pick(words);
      out += random.next() < 0.5 ? word : word.toUpperCase();
    } else if (r < 0.4) out += random.pick(["+1 415 555 2671", "10.0.0.1", "a@b.io", "DE44 5001"]);
    else out += random.pick([...alphabet]);
  }
  return out.slice(0, length);
}

/** Per line of text[from, to): the sorted detectors with a keyword in it. */
function plainKeywords(keywords: string[][], text: string, from: number, to: number): number[][] {
  return text.slice(from, to).split("\n").map((line) => {
    const lower = line.toLowerCase();
    return keywords.flatMap((list, i) =>
      list.some((k) => k !== "" && lower.includes(k)) ? [i] : []
    );
  });
}

/** Per line of text[from, to): the shapes in it. */
function plainShapes(text: string, from: number, to: number): string[][] {
  return text.slice(from, to).split("\n").map((line) =>
    LINE_SHAPES.filter((shape) => lineHasShape(line, shape))
  );
}

function scanned(index: KeywordIndex, text: string, from: number, to: number) {
  const hits = index.scan(text, from, to);
  const lineEnds: number[] = [];
  for (let i = from; i <= to; i++) if (i === to || text[i] === "\n") lineEnds.push(i);
  const keywords = lineEnds.map((end) => [...detectorsBefore(hits, end + 1)].sort((a, b) => a - b));
  const shapes: string[][] = lineEnds.map(() => []);
  for (const shape of LINE_SHAPES) {
    const starts = hits.shapeStarts(shape);
    let line = 0;
    for (const at of starts) {
      while (lineEnds[line] < at) line++;
      ok(at >= from && at < to, `${shape} reported outside the scanned range`);
      ok(!shapes[line].includes(shape), `${shape} reported twice on one line`);
      shapes[line].push(shape);
    }
  }
  for (const list of shapes) {
    list.sort((a, b) => LINE_SHAPES.indexOf(a as never) - LINE_SHAPES.indexOf(b as never));
  }
  return { keywords, shapes };
}

function check(
  index: KeywordIndex,
  keywords: string[][],
  text: string,
  from: number,
  to: number,
  what: string,
) {
  const got = scanned(index, text, from, to);
  deepStrictEqual(got.keywords, plainKeywords(keywords, text, from, to), `${what}: keywords`);
  deepStrictEqual(got.shapes, plainShapes(text, from, to), `${what}: shapes`);
}

Deno.test("keyword scan: short texts give each line exactly the detectors and shapes of a plain per-line search", () => {
  const random = seededRandom(1601);
  for (let round = 0; round < 150; round++) {
    const keywords = keywordLists(random);
    for (const wasm of [true, false]) {
      const index = new KeywordIndex(keywords, { wasm });
      for (let n = 0; n < 3; n++) {
        const t = text(random, keywords, random.int(300), false);
        check(index, keywords, t, 0, t.length, `round ${round} ${JSON.stringify(keywords)}`);
        // A range inside a longer text: nothing outside it counts.
        const from = random.int(t.length + 1), to = from + random.int(t.length - from + 1);
        check(index, keywords, t, from, to, `round ${round} [${from}, ${to})`);
      }
    }
  }
});

Deno.test("keyword scan: long texts across chunk boundaries, ASCII or not, agree with the plain search", () => {
  const random = seededRandom(1602);
  for (let round = 0; round < 8; round++) {
    const keywords = keywordLists(random);
    const indexes = [new KeywordIndex(keywords), new KeywordIndex(keywords, { wasm: false })];
    ok(indexes[0].usesWasm, "the WebAssembly scan is not available here");
    // 511, 512 and 513 characters around the WebAssembly threshold, and texts over 2 chunks.
    for (const length of [511, 512, 513, 2 * CHUNK_LENGTH + 1 + random.int(2000)]) {
      const t = text(random, keywords, length, round % 2 === 0);
      for (const index of indexes) {
        check(index, keywords, t, 0, t.length, `round ${round} length ${length}`);
        const from = random.int(Math.min(CHUNK_LENGTH, t.length) + 1);
        check(index, keywords, t, from, t.length, `round ${round} from ${from}`);
      }
    }
    // A keyword whose characters straddle each chunk boundary, on a line across it.
    const word = keywords.flat().find((k) => k.length > 1 && isAscii(k));
    if (word !== undefined) {
      for (let cut = 1; cut < word.length; cut++) {
        const t = "x".repeat(CHUNK_LENGTH - cut) + word.toUpperCase() + "y".repeat(CHUNK_LENGTH);
        for (const index of indexes) {
          check(index, keywords, t, 0, t.length, `straddle ${word} at ${cut}`);
        }
      }
    }
  }
});

Deno.test("keyword scan: with no keyword at all, no line has a detector and shapes are still found", () => {
  for (const keywords of [[], [[]], [[], []], [[""]]]) {
    for (const wasm of [true, false]) {
      const index = new KeywordIndex(keywords, { wasm });
      const t = "a@b.io key\n+1 415 555 2671\n".repeat(40);
      check(index, keywords, t, 0, t.length, JSON.stringify(keywords));
    }
  }
});

Deno.test("keyword scan: a detector found on every line is reported on each, scan after scan", () => {
  const keywords = [["key"], ["ke"], ["y"]];
  for (const wasm of [true, false]) {
    const index = new KeywordIndex(keywords, { wasm });
    for (let round = 0; round < 3; round++) {
      const t = "KEY KEY\nkey\n".repeat(300);
      check(index, keywords, t, 0, t.length, `round ${round}`);
    }
  }
});

Deno.test("keyword scan: keywords and shapes across a chunk boundary, one chunk scanned in WebAssembly and the other not", () => {
  const keywords = [["secret"], ["token="], ["k"]];
  const index = new KeywordIndex(keywords);
  ok(index.usesWasm, "the WebAssembly scan is not available here");
  // A non-ASCII character keeps a chunk out of WebAssembly: the first chunk, the second, or neither.
  const fills = [["\u00e9", "y"], ["x", "\u00e9"], ["x", "y"]];
  for (const piece of ["SECRET", "Token=", "+1 415 555 2671", "10.20.30.40", "ops@example.com"]) {
    for (let cut = 1; cut < piece.length; cut++) {
      for (const [first, second] of fills) {
        const head = first.padEnd(CHUNK_LENGTH - cut, "x");
        const t = `${head}${piece} ${second}${"y".repeat(CHUNK_LENGTH)}\n${piece}`;
        check(index, keywords, t, 0, t.length, `${piece} cut at ${cut} (${first}, ${second})`);
      }
    }
  }
});
