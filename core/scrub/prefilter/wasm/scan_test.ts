import { deepStrictEqual, strictEqual } from "@node/assert";
import { DETECTORS } from "../../detectors/mod.ts";
import { detectorsBefore, KeywordIndex } from "../keyword_index.ts";
import { LINE_SHAPES } from "../line_shapes.ts";
import { CHUNK_LENGTH } from "./scan.ts";

const keywords = DETECTORS.map((d) => d.prefilter?.keywords ?? []);
const inWasm = new KeywordIndex(keywords);
const inJavaScript = new KeywordIndex(keywords, { wasm: false });

/** Everything a scan tells: where each shape occurs, and the detectors of each line. */
function findings(index: KeywordIndex, text: string): string[] {
  const hits = index.scan(text);
  const found = LINE_SHAPES.map((shape) => `${shape}: ${hits.shapeStarts(shape).join(",")}`);
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    found.push([...detectorsBefore(hits, end)].sort((a, b) => a - b).join(","));
    start = end + 1;
  }
  return found;
}

const PIECES = [
  "password=",
  "Token: ",
  "ghp_",
  "AKIA",
  "sk_live_",
  "+1 415 555 2671",
  "4111 1111 1111 1111",
  "10.0.0.1",
  "fe80:0:0:0:1:2:3:4",
  "ops@acme.io",
  "AC12345",
  "GB82WEST",
  "1BoatSLRHtKNngkdXEeobR76b53LETtpyT",
  "xoxb-",
  " ",
  "\n",
  "\n\n",
];
const LETTERS = "abcdefghijklmnopqrstuvwxyzKEY0123456789.:-_/@+=\"'() \n";

function randomText(seed: number, length: number, extra = ""): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  const alphabet = LETTERS + extra;
  let text = "";
  while (text.length < length) {
    text += next() % 5 === 0 ? PIECES[next() % PIECES.length] : alphabet[next() % alphabet.length];
  }
  return text;
}

Deno.test("the WebAssembly scan is in use here", () => {
  strictEqual(inWasm.usesWasm, true);
  strictEqual(inJavaScript.usesWasm, false);
});

Deno.test("the WebAssembly scan finds exactly what the JavaScript scan finds on random text", () => {
  for (let seed = 1; seed <= 40; seed++) {
    const text = randomText(seed, 600 + seed * 997);
    deepStrictEqual(findings(inWasm, text), findings(inJavaScript, text), `seed ${seed}`);
  }
});

Deno.test("the WebAssembly scan carries state across chunks and lines longer than a chunk", () => {
  // One line over two chunks, with a keyword and a phone number across the chunk boundary.
  const line = "x".repeat(CHUNK_LENGTH - 5) + "password +1 415 555 2671" + "y".repeat(CHUNK_LENGTH);
  const text = `${line}\n${randomText(3, 3 * CHUNK_LENGTH)}\n${line}`;
  const found = findings(inWasm, text);
  deepStrictEqual(found, findings(inJavaScript, text));
  strictEqual(found.some((f) => f.startsWith("number-run: ") && f.length > 12), true);
});

Deno.test("non-ASCII chunks are scanned in JavaScript, with positions in UTF-16 code units", () => {
  for (let seed = 1; seed <= 20; seed++) {
    // Accents, the Kelvin sign (lower-cases to "k"), an emoji (a surrogate pair), a lone surrogate.
    const text = randomText(seed, 2000 + seed * 1499, "\u00e9\u212a\u{1f600}\ud800");
    deepStrictEqual(findings(inWasm, text), findings(inJavaScript, text), `seed ${seed}`);
  }
});

Deno.test("regions: a scan of text[from, to) matches the same scan of the slice, shifted", () => {
  const text = randomText(11, 5 * CHUNK_LENGTH);
  const from = 12345, to = 4 * CHUNK_LENGTH + 77;
  const whole = inWasm.scan(text, from, to), slice = inJavaScript.scan(text.slice(from, to));
  for (const shape of LINE_SHAPES) {
    deepStrictEqual(whole.shapeStarts(shape), slice.shapeStarts(shape).map((p) => p + from));
  }
});
