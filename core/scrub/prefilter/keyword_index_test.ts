import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { detectorsBefore, KeywordIndex, WORD_END, WORD_START } from "./keyword_index.ts";

/** Per line: the sorted detectors whose keyword occurs in the lower-cased line. */
function naive(keywords: string[][], text: string): number[][] {
  return text.split("\n").map((line) => {
    const lower = line.toLowerCase();
    return keywords.flatMap((ks, i) => ks.some((k) => lower.includes(k)) ? [i] : []);
  });
}

function perLine(index: KeywordIndex, text: string): number[][] {
  const hits = index.scan(text);
  const result: number[][] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    start += line.length + 1;
    result.push([...detectorsBefore(hits, start)].sort((a, b) => a - b));
  }
  return result;
}

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
  deepStrictEqual(perLine(new KeywordIndex(keywords), text), naive(keywords, text));
});

Deno.test("keyword index agrees with the naive search on random text, scan after scan", () => {
  const keywords = [["ab"], ["bab", "ca"], ["a"], ["cc"], ["abc", "bc"], ["b\u00e9"]];
  const index = new KeywordIndex(keywords);
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let round = 0; round < 50; round++) {
    let text = "";
    for (let i = 0; i < 200; i++) text += "abcABC\nx\u00e9\u00c9"[next() % 10];
    deepStrictEqual(perLine(index, text), naive(keywords, text), `round ${round}`);
  }
});

Deno.test("keyword index scans only the given range and never joins lines", () => {
  const index = new KeywordIndex([["token"]]);
  const text = "tok\nen token\nTOKEN";
  const hits = index.scan(text, 4, 12);
  deepStrictEqual(detectorsBefore(hits, 6), []);
  deepStrictEqual(detectorsBefore(hits, 12), [0]);
  deepStrictEqual(detectorsBefore(hits, Infinity), []);
  deepStrictEqual(detectorsBefore(index.scan("tok\nen"), Infinity), []);
});

Deno.test("keyword index folds case as toLowerCase does for single characters", () => {
  // U+212A KELVIN SIGN lower-cases to "k".
  const index = new KeywordIndex([["key"]]);
  deepStrictEqual(detectorsBefore(index.scan("\u212AEY=1"), Infinity), [0]);
});

Deno.test("keyword index folds to non-ASCII keyword characters from every unit that lower-cases to them", () => {
  // Units whose lower case is no plain inverse of an upper case: ANGSTROM SIGN → å, OHM SIGN →
  // ω, the title-case Ǆ → ǆ, GREEK CAPITAL THETA SYMBOL → θ, CAPITAL SHARP S → ß; and É → é.
  const index = new KeywordIndex([["\u00e5"], ["\u03c9"], ["\u01c6"], ["\u03b8"], ["\u00df"], [
    "\u00e9",
  ]]);
  for (
    const [text, detector] of [
      ["\u212b", 0],
      ["\u2126", 1],
      ["\u01c5", 2],
      ["\u03f4", 3],
      ["\u1e9e", 4],
      ["\u00c9", 5],
      ["\u00e9", 5],
    ] as const
  ) {
    deepStrictEqual(detectorsBefore(index.scan(`x ${text} y`), Infinity), [detector], text);
  }
});

Deno.test("keywordEnds: the ends of a list's keywords within [from, to), from and to being a hit's own position", () => {
  for (const wasm of [false, true]) {
    const index = new KeywordIndex([["key"], ["zz"]], { wasm });
    // "key" ends at 2, 6, 10, 14, 18, 22.
    const hits = index.scan("key key key key key key");
    const ends = (from: number, to: number) => hits.keywordEnds(from, to, ["k", "z"]).get("k");
    deepStrictEqual(ends(3, 10), [6]);
    deepStrictEqual(ends(6, 11), [6, 10]);
    deepStrictEqual(ends(15, 23), [18, 22]);
    deepStrictEqual(ends(0, 3), [2]);
    deepStrictEqual(ends(19, 22), undefined);
  }
});

Deno.test("bounded keywords: '@' and '`' (0x40 and 0x60) are no letters, and the last character of the range counts", () => {
  const index = new KeywordIndex([[{ word: "tin", bounds: WORD_START | WORD_END }]], {
    wasm: false,
  });
  const woken = (
    text: string,
    to = text.length,
  ) => [...detectorsBefore(index.scan(text, 0, to), to)];
  deepStrictEqual(woken("@tin@"), [0]);
  deepStrictEqual(woken("`tin`"), [0]);
  deepStrictEqual(woken("tina"), []);
  deepStrictEqual(woken("atin"), []);
  deepStrictEqual(woken("tina", 3), [0]);
});

Deno.test("keywordEnds: each hit once per list, only for the lists its keywords belong to", () => {
  for (const wasm of [false, true]) {
    // "itin" also ends "tin": list 0 holds both (two conditions on one state), list 2 "zz".
    const index = new KeywordIndex([
      [{ word: "itin", bounds: WORD_END }, { word: "tin", bounds: WORD_START }],
      ["key"],
      ["zz"],
    ], { wasm });
    const text = "itin key zz tin";
    deepStrictEqual(
      [...index.scan(text).keywordEnds(0, text.length, ["i", "k", "z"])],
      [["i", [3, 14]], ["k", [7]], ["z", [10]]],
    );
    // "xtin" ends "tin" of both lists: list 0 twice (two conditions), then list 1.
    const both = new KeywordIndex([
      [{ word: "xtin", bounds: WORD_END }, { word: "tin", bounds: WORD_START }],
      ["tin"],
    ], { wasm });
    deepStrictEqual([...both.scan("xtin").keywordEnds(0, 4, ["x", "t"])], [["x", [3]], ["t", [3]]]);
  }
});

/**
 * Keywords past ASCII share 16 classes in the automaton, their characters dealt out in code
 * order: with the whole Cyrillic alphabet among the keywords, `о` reads as `é` there, `п` as
 * `ò`, `р` as `а`, `ъ` as `к`, `ы` as `л`. Each hit is checked against the keyword's own
 * characters, so the lines and positions are still exactly the naive search's.
 */
const SHARED_CLASS_KEYWORDS = [
  ["пароль"],
  ["логин", "ключ"],
  ["clé"],
  ["clò"],
  ["cl"],
  ["ль"],
  ["абвгдежзийклмнопрстуфхцчшщъыьэюя"],
];

/** Per line: where each list's keywords end, as a naive lower-case search finds them. */
function naiveEnds(keywords: string[][], text: string): Map<number, number[]> {
  const lower = text.toLowerCase(), ends = new Map<number, number[]>();
  for (let at = 0; at < text.length; at++) {
    keywords.forEach((list, i) => {
      if (list.some((k) => lower.startsWith(k, at + 1 - k.length) && at + 1 >= k.length)) {
        const found = ends.get(i) ?? [];
        if (!ends.has(i)) ends.set(i, found);
        found.push(at);
      }
    });
  }
  return ends;
}

Deno.test("keywords past ASCII share a class, and their hits are exactly the naive search's", () => {
  const index = new KeywordIndex(SHARED_CLASS_KEYWORDS, { wasm: false });
  // Letters of the short keywords in both cases, and others that share their classes.
  const alphabet = "пароль ПАРОЛЬлогин ЛОГИНключ КЛЮЧclé CLÉòÒ\nжЖъыЫ";
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  for (let round = 0; round < 60; round++) {
    let text = "";
    for (let i = 0; i < 300; i++) {
      // Often a whole keyword, in either case, or one with a letter changed to a look-alike.
      const r = next() % 40;
      if (r < 4) {
        const k = SHARED_CLASS_KEYWORDS.flat()[next() % 7];
        text += r === 0 ? k.toUpperCase() : r === 1 ? k.replace(/.$/, "ж") : k;
      } else text += alphabet[next() % alphabet.length];
    }
    deepStrictEqual(perLine(index, text), naive(SHARED_CLASS_KEYWORDS, text), `round ${round}`);
    const lists = SHARED_CLASS_KEYWORDS.map((_, i) => i);
    deepStrictEqual(
      new Map([...index.scan(text).keywordEnds(0, text.length, lists)].sort(([a], [b]) => a - b)),
      new Map([...naiveEnds(SHARED_CLASS_KEYWORDS, text)].sort(([a], [b]) => a - b)),
      `round ${round}`,
    );
  }
});

Deno.test("a keyword past ASCII with bounds counts only where its characters and its bounds are met", () => {
  const index = new KeywordIndex([
    [{ word: "clé", bounds: WORD_START | WORD_END }],
    [{ word: "ключ", bounds: WORD_END }],
    ["логин"],
  ], { wasm: false });
  const woken = (text: string) => [...detectorsBefore(index.scan(text), Infinity)];
  deepStrictEqual(woken("la CLÉ: x"), [0]);
  deepStrictEqual(woken("la clè: x"), []);
  deepStrictEqual(woken("aclé x"), []);
  deepStrictEqual(woken("clés"), []);
  // Bounds are ASCII letters and digits only: `é` before it is none.
  deepStrictEqual(woken("éclé"), [0]);
  deepStrictEqual(woken("ключа КЛЮЧ="), [1]);
  deepStrictEqual(woken("ключ1 клюя"), []);
  deepStrictEqual(woken("ЛОГИН ключ"), [2, 1]);
  deepStrictEqual(woken("логон клюЧ"), [1]);
});

Deno.test("keywords past ASCII: a text of words that spell none of them costs few checks", () => {
  // 120 Cyrillic keywords of 4 to 9 letters, and 20,000 characters of other Cyrillic words.
  const random = seededRandom(5);
  const word = (length: number) => random.chars(length, "абвгдежзийклмнопрстуфхцчшщъыьэюя");
  const keywords = Array.from({ length: 120 }, () => [word(4 + random.int(6))]);
  let text = "";
  while (text.length < 20_000) {
    text += word(3 + random.int(10)) + random.pick([..." ".repeat(9), "\n"]);
  }
  const index = new KeywordIndex(keywords);
  const expected = naive(keywords, text);
  // Each character compared where a hit is checked (#meets) is one toLowerCase.
  const toLowerCase = String.prototype.toLowerCase;
  let compared = 0;
  String.prototype.toLowerCase = function (this: string) {
    compared++;
    return toLowerCase.call(this);
  };
  let woken: number[][];
  try {
    woken = perLine(index, text);
  } finally {
    String.prototype.toLowerCase = toLowerCase;
  }
  deepStrictEqual(woken, expected);
  ok(compared < text.length / 10, `${compared} characters compared in ${text.length}`);
});

Deno.test("targetsBefore's lists are read-only: `after` comes last, unchanged, or is returned", () => {
  const index = new KeywordIndex([["ab"], ["cd"]]);
  const hits = index.scan("xx ab\nyy\nzz cd");
  const none = hits.targetsBefore(3, ["first", "second"]);
  deepStrictEqual(none, []);
  // Type-checked, never run: the shared empty list is read-only to callers.
  const _noCallerAdds = () => {
    // @ts-expect-error: targetsBefore's lists are read-only.
    none.push("first");
  };
  const after = Object.freeze(["free"]);
  deepStrictEqual(hits.targetsBefore(6, ["first", "second"], after), ["first", "free"]);
  strictEqual(hits.targetsBefore(9, ["first", "second"], after), after, "no keyword: `after`");
  deepStrictEqual(after, ["free"]);
  deepStrictEqual(hits.targetsBefore(Infinity, ["first", "second"]), ["second"]);
});
