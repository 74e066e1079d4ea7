import { deepStrictEqual } from "@node/assert";
import { KeywordIndex } from "./keyword_index.ts";

function naive(keywords: string[][], text: string) {
  const hits: { lineStart: number; detectors: number[] }[] = [];
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const lower = line.toLowerCase();
    const detectors = keywords.flatMap((ks, i) => ks.some((k) => lower.includes(k)) ? [i] : []);
    if (detectors.length > 0) hits.push({ lineStart, detectors });
    lineStart += line.length + 1;
  }
  return hits;
}

const sorted = (hits: { lineStart: number; detectors: number[] }[]) =>
  hits.map((h) => ({ lineStart: h.lineStart, detectors: [...h.detectors].sort((a, b) => a - b) }));

Deno.test("keyword index finds the same lines and detectors as a naive lower-case search", () => {
  const keywords = [["tok_"], ["key=", "secret"], ["ke"], ["@"], [], ["sk_live", "sk_"]];
  const text = [
    "nothing here",
    "TOK_abc and Key=1",
    "a secret@x",
    "sk_live_123 SK_",
    "",
    "k e y = no",
    "tail ke",
  ].join("\n");
  deepStrictEqual(sorted(new KeywordIndex(keywords).scan(text)), sorted(naive(keywords, text)));
});

Deno.test("keyword index agrees with the naive search on random text", () => {
  const keywords = [["ab"], ["bab", "ca"], ["a"], ["cc"], ["abc", "bc"]];
  const index = new KeywordIndex(keywords);
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let round = 0; round < 50; round++) {
    let text = "";
    for (let i = 0; i < 200; i++) text += "abcABC\nx"[next() % 8];
    deepStrictEqual(sorted(index.scan(text)), sorted(naive(keywords, text)), `round ${round}`);
  }
});

Deno.test("keyword index scans only the given range and never joins lines", () => {
  const index = new KeywordIndex([["token"]]);
  const text = "tok\nen token\nTOKEN";
  deepStrictEqual(index.scan(text, 4, 12), [{ lineStart: 4, detectors: [0] }]);
  deepStrictEqual(index.scan("tok\nen"), []);
});

Deno.test("keyword index folds case as toLowerCase does for single characters", () => {
  // U+212A KELVIN SIGN lower-cases to "k".
  const index = new KeywordIndex([["key"]]);
  deepStrictEqual(index.scan("\u212AEY=1"), [{ lineStart: 0, detectors: [0] }]);
});
