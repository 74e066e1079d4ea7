/**
 * Keywords bounded at a word's start or end (Prefilter.atWordStart / atWordEnd): the scan refuses
 * a hit with a letter or digit on that side, as the naive per-line rule does, in JavaScript and in
 * WebAssembly; and no detector loses a finding by it: the whole scrubber's output with the bounds
 * equals its output without them, over the detectors' examples, the corpora, the shared dev set
 * and lines that put each bounded keyword at and inside words (also behind escapes that a decoded
 * view takes away).
 */
import { deepStrictEqual, ok } from "@node/assert";
import { type Random, seededRandom } from "../../../devkit/sample_logs/random.ts";
import type { Detector } from "../detector.ts";
import { DETECTORS } from "../detectors/mod.ts";
import { examplesOf } from "../detectors/examples/mod.ts";
import { matchDetector } from "../match.ts";
import { createScrubber } from "../mod.ts";
import {
  detectorsBefore,
  type Keyword,
  KeywordIndex,
  WORD_END,
  WORD_START,
} from "./keyword_index.ts";
import { LinePrefilter } from "./mod.ts";
import { mustRun } from "./naive.ts";
import { corpusTexts, DEV_SET, hasDevSet, jsonlTexts } from "../corpus/corpus_texts.ts";

const BOUNDED = DETECTORS.filter((d) =>
  d.prefilter?.wholeWords === true ||
  (d.prefilter?.atWordStart?.length ?? 0) + (d.prefilter?.atWordEnd?.length ?? 0) > 0
);
const boundedKeywords = (d: Detector) =>
  d.prefilter?.wholeWords === true
    ? d.prefilter.keywords!
    : [...new Set([...(d.prefilter?.atWordStart ?? []), ...(d.prefilter?.atWordEnd ?? [])])];

/**
 * A token after no token character (../detectors/provider_shapes.ts token()'s default lead, or the
 * Vault tokens' own), whose literal starts, its keywords, are all bounded at a word's start alone.
 */
const ledToken = (d: Detector) =>
  d.pattern.source.startsWith("(?<![A-Za-z0-9_])") && d.prefilter?.atWordEnd === undefined &&
  d.prefilter?.wholeWords === undefined &&
  d.prefilter?.atWordStart?.join(" ") === d.prefilter?.keywords?.join(" ");

Deno.test("bounded keywords: the detectors that declare them, each one of their keywords", () => {
  ok(BOUNDED.filter(ledToken).length > 50);
  deepStrictEqual(BOUNDED.filter((d) => !ledToken(d)).map((d) => d.id).sort(), [
    "cli-password-flag",
    "date-of-birth-named-after",
    "directory-card-attribute",
    "email-address-pnr",
    "government-id-number",
    "ie-ppsn",
    "kr-brn",
    "mac-in-device-id",
    "ng-nin",
    "payment-card-after-name",
    "person-name-family",
    "person-name-given-family",
    "person-name-in-prose",
    "personal-attribute",
    "provider-named-value",
    "ru-inn",
    "street-address-in-prose",
    "uk-nino",
    "us-itin",
    "us-ssn-efw2-record",
    "vin-number",
    "zcash-address",
  ]);
  for (const d of BOUNDED) {
    for (const k of boundedKeywords(d)) ok(d.prefilter!.keywords!.includes(k), `${d.id}: ${k}`);
  }
});

/** Per line: the detectors (list numbers) the index wakes, sorted. */
function perLine(index: KeywordIndex, text: string): number[][] {
  const hits = index.scan(text);
  const result: number[][] = [];
  let end = 0;
  for (const line of text.split("\n")) {
    end += line.length + 1;
    result.push([...detectorsBefore(hits, end)].sort((a, b) => a - b));
  }
  return result;
}

Deno.test("bounded keywords: the scan refuses exactly the hits the per-line rule refuses", () => {
  const spec: Keyword[][] = [
    [{ word: "tin", bounds: WORD_END }, "taxpayer", { word: "itin", bounds: WORD_END }],
    [{ word: "7z", bounds: WORD_START }, { word: "az", bounds: WORD_START }, "::x"],
    ["tin"],
    [{ word: "ab", bounds: WORD_START | WORD_END }, { word: "b", bounds: WORD_START }],
  ];
  // The same lists as detectors, for the naive rule.
  const asDetector = (list: Keyword[]): Detector => ({
    id: "d",
    kind: "secret",
    pattern: /x/g,
    prefilter: {
      keywords: list.map((k) => typeof k === "string" ? k : k.word),
      atWordStart: list.flatMap((k) =>
        typeof k !== "string" && k.bounds & WORD_START ? [k.word] : []
      ),
      atWordEnd: list.flatMap((k) => typeof k !== "string" && k.bounds & WORD_END ? [k.word] : []),
    },
  });
  const detectors = spec.map(asDetector);
  const js = new KeywordIndex(spec, { wasm: false }), wasm = new KeywordIndex(spec);
  ok(wasm.usesWasm);
  const random = seededRandom(1041);
  const pieces = ["tin", "TIN", "itin", "7z", "7Z", "az", "ab", "b", "::x", "taxpayer", "x", "9"];
  const glue = ["", "", " ", "a", "Z", "0", "_", ".", "-", "\u212a", "é", "\x1b[1m"];
  const lines: string[] = [];
  for (let i = 0; i < 3000; i++) {
    let line = "";
    for (let n = random.int(6); n >= 0; n--) line += random.pick(glue) + random.pick(pieces);
    lines.push(line + random.pick(glue));
  }
  let refused = 0;
  for (
    const text of [
      lines.join("\n"),
      lines.filter((l) => [...l].every((c) => c.charCodeAt(0) < 0x80)).join("\n"),
    ]
  ) {
    const expected = text.split("\n").map((line) =>
      detectors.flatMap((d, i) => mustRun(d, line) ? [i] : [])
    );
    refused += text.split("\n").filter((line, k) =>
      line.toLowerCase().includes("7z") && !expected[k].includes(1)
    ).length;
    deepStrictEqual(perLine(js, text), expected);
    deepStrictEqual(perLine(wasm, text), expected);
  }
  ok(refused > 100, `${refused} lines with 7z inside a word`);
  // A hit at the start or end of the scanned range has a boundary there.
  // (the `x` after `tin` is outside the range).
  const hits = js.scan("x7z a9tinx", 1, 9);
  deepStrictEqual([...detectorsBefore(hits, 9)].sort(), [0, 1, 2]);
});

Deno.test("whole-word keywords are bounded at both ends, as keywords listed at both are", () => {
  const keywords = ["ab", "b", "7z", "tin"];
  const declared = (id: string, prefilter: Detector["prefilter"]): Detector => ({
    id,
    kind: "secret",
    pattern: /x/g,
    prefilter,
  });
  const whole = declared("whole", { keywords, wholeWords: true });
  const listed = declared("listed", { keywords, atWordStart: keywords, atWordEnd: keywords });
  const start = declared("start", { keywords, atWordStart: keywords });
  // Bounded at the end alone, and at the start for some keywords only.
  const end = declared("end", { keywords, atWordEnd: keywords });
  const some = declared("some", { keywords, atWordStart: ["ab", "7z"] });
  const prefilter = new LinePrefilter({
    detectors: [whole, listed, start, end, some],
    blocks: [],
    unsearched: new Set(),
    escapes: { hiding: [], wrapping: [] },
  });
  const random = seededRandom(1043);
  const pieces = [...keywords, "AB", "7Z", "x", "9"];
  const glue = ["", "", " ", "a", "Z", "0", "_", ".", "-", "é"];
  let differs = 0;
  for (let i = 0; i < 3000; i++) {
    let line = "";
    for (let n = random.int(4); n >= 0; n--) line += random.pick(glue) + random.pick(pieces);
    line += random.pick(glue);
    const woken = prefilter.inFragment(line).flatMap((t) =>
      t.type === "detector" ? [t.detector.id] : []
    );
    const naive = [whole, listed, start, end, some].filter((d) => mustRun(d, line)).map((d) =>
      d.id
    );
    deepStrictEqual(woken.sort(), naive.sort(), line);
    deepStrictEqual(woken.includes("whole"), woken.includes("listed"), line);
    if (woken.includes("whole") !== woken.includes("start")) differs++;
  }
  ok(differs > 100, `${differs} lines where a bound at the end alone decides`);
});

/**
 * At most KEYWORDS_EACH of a detector's bounded keywords: its first and last and others drawn at
 * random (the given-name detector has hundreds, each read the same way).
 */
const KEYWORDS_EACH = 16;
function someOf(keywords: readonly string[], random: Random): string[] {
  if (keywords.length <= KEYWORDS_EACH) return [...keywords];
  const chosen = new Set([keywords[0], keywords[keywords.length - 1]]);
  while (chosen.size < KEYWORDS_EACH) chosen.add(random.pick(keywords));
  return [...chosen];
}

/** Lines with bounded keywords at and inside words, before its detector's kind of value. */
function generatedLines(): string[] {
  const random = seededRandom(1042);
  const before = ["", " ", "x", "9", ".", "_", "/usr/bin/", "\x1b[1m", "\\n", "\\u0020", "é", '"'];
  const after = ["", " ", ":", "g", "7", "_", "=", "\x1b[0m", "\\n", '"'];
  const values = [" a -pS3cr3tPa55w0rd! x.7z", " login -u u -p S3cr3tPa55w0rd!", " 912-70-3456"];
  const out: string[] = [];
  for (const d of BOUNDED) {
    for (const k of someOf(boundedKeywords(d), random)) {
      for (const b of before) {
        for (const a of after) {
          for (const v of values) {
            // Up to 60 characters between keyword and value: a context window may start or end
            // inside the word.
            const gap = " ".repeat(random.int(60));
            const word = random.next() < 0.3 ? k.toUpperCase() : k;
            const line = `${b}${word}${a}${gap}${v}`;
            // `\\\\` on the line calls for a decoded view of its escapes (a wrapping one).
            out.push(line, `C:\\\\dir ${line}`);
          }
        }
      }
      for (let n = 0; n < 60; n++) out.push(`ax${k} ${" ".repeat(n)}912-70-3456`);
    }
  }
  return out;
}

const withBounds = createScrubber(undefined, { pseudonymKey: new Uint8Array(32).fill(7) });
const withoutBounds = createScrubber(undefined, {
  pseudonymKey: new Uint8Array(32).fill(7),
  detectors: DETECTORS.map((d) =>
    BOUNDED.includes(d) ? { ...d, prefilter: { keywords: d.prefilter!.keywords! } } : d
  ),
});

/**
 * On each line of `texts`, a bounded detector that finds anything is woken there; and each text
 * scrubbed with and without the bounds, alone and all joined, gives the same output (a finding
 * another detector also masks shows only in the first check).
 */
function checkSame(texts: readonly string[]): void {
  for (const line of texts.flatMap((t) => t.split("\n"))) {
    for (const d of BOUNDED) {
      if (matchDetector(d, line).length > 0) ok(mustRun(d, line), `${d.id}: ${line}`);
    }
  }
  for (const text of texts) {
    deepStrictEqual(withBounds.scrub(text).text, withoutBounds.scrub(text).text, text);
  }
  const joined = texts.join("\n");
  ok(withBounds.scrub(joined).text === withoutBounds.scrub(joined).text, "joined texts differ");
}

Deno.test("bounded keywords: the same output as without bounds, on examples and generated lines", () => {
  const texts = generatedLines();
  for (const d of BOUNDED) {
    const { positive, negative } = examplesOf(d);
    texts.push(...positive.map((e) => e.text), ...negative);
  }
  // The generated lines hold findings the bounds refuse nowhere, and refused keywords.
  ok(texts.some((t) => withBounds.scrub(t).text.includes("[REDACTED:cli-password-flag]")));
  ok(texts.some((t) => withBounds.scrub(t).text.includes("[REDACTED:us-itin")));
  for (const d of BOUNDED) {
    const refused = texts.filter((t) =>
      !mustRun(d, t) && boundedKeywords(d).some((k) => t.toLowerCase().includes(k))
    );
    ok(refused.length > 100, `${d.id}: ${refused.length} lines with its keywords refused`);
  }
  checkSame(texts);
});

Deno.test("bounded keywords: the same output as without bounds, on the project's corpora", () => {
  const texts = corpusTexts();
  ok(texts.length > 1000);
  checkSame(texts);
});

Deno.test({
  name: "bounded keywords: the same output as without bounds, on the shared dev set" +
    (hasDevSet ? "" : " (not beside this repository: ../shared/eval/dev-cases.jsonl)"),
  ignore: !hasDevSet,
  fn: () => checkSame(jsonlTexts(DEV_SET)),
});
