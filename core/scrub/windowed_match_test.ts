/**
 * Searching a long line only near a detector's keywords (./windowed_match.ts) finds exactly what
 * the search of the whole line finds, for every detector that declares a reach: the differential
 * check below, over the corpora, every detector's examples and the shared dev set, joined into
 * lines of 60 Ki characters in several orders, at several offsets. A reach too short is caught
 * by the same check.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { seededRandom } from "../../devkit/sample_logs/random.ts";
import type { Detector, Reach } from "./detector.ts";
import { DETECTORS } from "./detectors/mod.ts";
import { examplesOf } from "./detectors/examples/mod.ts";
import { matchDetector } from "./match.ts";
import { createScrubber } from "./mod.ts";
import { parsePolicy } from "./policy.ts";
import { compileRules } from "./rules.ts";
import { KeywordIndex } from "./prefilter/keyword_index.ts";
import { keywordReach } from "./reach_inference.ts";
import {
  anchorStarts,
  BASE58_RUN_START,
  DIGIT_RUN_START,
  NEAR_DIGIT_RUN,
  NUMBER_RUN_START,
  reachOf,
  WINDOWED_MIN_LINE,
  Windows,
  windowsAround,
  windowsAt,
  windowsIn,
} from "./windowed_match.ts";
import { corpusTexts, DEV_SET, hasDevSet, jsonlTexts } from "./corpus/corpus_texts.ts";
import { indiaGstinValid, singaporeUenValid } from "./checksums/registry_ids.ts";
import { swedenPersonnummerValid } from "./checksums/national_ids.ts";
import { shapeOf } from "./detectors/provider_shapes.ts";

const REACHED = DETECTORS.filter((d) => reachOf(d) !== undefined);
/** A provider's names' pattern, when its find reads a long line near them (TokenShape.names). */
const namesOf = (d: Detector) => {
  const shape = shapeOf(d);
  return shape?.kind === "assigned" ? shape.names : undefined;
};
const LINE_LENGTH = 61440;

/** The single lines of `texts`. */
const linesOf = (texts: readonly string[]) => texts.flatMap((t) => t.split("\n"));

function exampleTexts(): string[] {
  const out: string[] = [];
  for (const d of DETECTORS) {
    const ex = examplesOf(d);
    out.push(...ex.positive.map((p) => p.text), ...ex.negative);
  }
  return out;
}

/**
 * `texts` joined into lines of LINE_LENGTH characters: in three orders (as given, reversed,
 * shuffled), with separators and a lead of 0 to 3 characters that move every text's offset.
 */
function longLines(texts: readonly string[], seed: number): string[] {
  const random = seededRandom(seed);
  const shuffled = [...texts];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const out: string[] = [];
  const orders = [texts, [...texts].reverse(), shuffled];
  orders.forEach((order, k) => {
    const separator = [" ", "\t", " | "][k];
    let line = ["", "x", " a", "1, "][k];
    for (const text of order) {
      line += text + separator;
      if (line.length >= LINE_LENGTH) {
        out.push(line.slice(0, LINE_LENGTH));
        line = line.slice(LINE_LENGTH);
      }
    }
    out.push(line);
  });
  return out;
}

/** Every detector with a reach, as one keyword index: list i is REACHED[i]'s keywords. */
const index = new KeywordIndex(REACHED.map((d) => d.prefilter?.keywords ?? []));

const spansOf = (found: ReturnType<typeof matchDetector>) =>
  found.map((s) => [s.start, s.end, s.detector.id]);

/**
 * The lines of `lines` where searching near `detector`'s keywords with `reach` finds other spans
 * than searching the whole line; and how many spans the whole-line search found.
 */
function differences(
  detector: Detector,
  reach: Reach,
  lines: readonly string[],
): { lines: number; spans: number } {
  let differing = 0, spans = 0;
  for (const line of lines) {
    const ends = index.scan(line).keywordEnds(0, line.length, REACHED).get(detector) ?? [];
    const whole = spansOf(matchDetector(detector, line));
    spans += whole.length;
    const windows = reach.anchor === undefined
      ? windowsAround(detector, reach, ends, 0, line.length)!
      : windowsAt(
        detector.pattern,
        anchorStarts(reach.anchor, line),
        reach.before,
        reach.after,
        line.length,
      )!;
    const near = spansOf(matchDetector(detector, line, windows));
    if (JSON.stringify(near) !== JSON.stringify(whole)) differing++;
  }
  return { lines: differing, spans };
}

/** Each detector with a reach, checked on `lines`: no difference, and some matches to compare. */
function checkEvery(lines: readonly string[], mustFind: boolean): void {
  const wrong: string[] = [];
  const unmatched: string[] = [];
  for (const d of REACHED) {
    const found = differences(d, reachOf(d)!, lines);
    if (found.lines > 0) wrong.push(`${d.id}: ${found.lines} lines`);
    if (found.spans === 0) unmatched.push(d.id);
  }
  deepStrictEqual(wrong, [], "windowed and whole-line search differ");
  if (mustFind) deepStrictEqual(unmatched, [], "no match to compare on these lines");
}

Deno.test("the detectors with a reach have keywords or an anchor, a find only a declared reach (or its names'), none both `i` and `u`", () => {
  ok(REACHED.length > 0);
  for (const d of REACHED) {
    const keywords = d.prefilter?.keywords?.length ?? 0;
    ok(keywords > 0 || reachOf(d)!.anchor !== undefined, `${d.id}: keywords or an anchor`);
    ok(
      d.find === undefined || d.reach !== undefined || namesOf(d) !== undefined,
      `${d.id}: a find's reach is declared, or read from its names`,
    );
    // An `i` pattern by code points matches `ſ` to `s`, and `K` (Kelvin) to `k`.
    ok(!/i/.test(d.pattern.flags) || !/[uv]/.test(d.pattern.flags), `${d.id}: not with /iu`);
    ok(reachOf(d)!.before >= 0 && reachOf(d)!.after >= 0, d.id);
  }
});

/**
 * Long lines that end with each line of the positive examples of the detectors whose matches end
 * a line (a pattern ending in `$`), which lines of joined texts do not show.
 */
function endingLines(): string[] {
  return REACHED.filter((d) => d.pattern.source.endsWith("$")).flatMap((d) =>
    linesOf(examplesOf(d).positive.map((p) => p.text)).map((line) =>
      `${"x ".repeat(WINDOWED_MIN_LINE)}${line}`
    )
  );
}

Deno.test("near the keywords: the same spans as the whole line, on every detector's examples", () => {
  checkEvery([...longLines(linesOf(exampleTexts()), 1), ...endingLines()], true);
});

Deno.test("near the keywords: the same spans as the whole line, on the project's corpora", () => {
  const texts = corpusTexts();
  ok(texts.length > 1000);
  checkEvery(longLines(linesOf(texts), 2), false);
});

Deno.test({
  name: "near the keywords: the same spans as the whole line, on the shared dev set" +
    (hasDevSet ? "" : " (not beside this repository: ../shared/eval/dev-cases.jsonl)"),
  ignore: !hasDevSet,
  fn: () => checkEvery(longLines(linesOf(jsonlTexts(DEV_SET)), 3), false),
});

Deno.test("near the keywords the prefilter finds in a text of its own (a piece of a line, a view): the same spans", () => {
  // The engine scans a long piece of a line (before or after a private key block on it) or a
  // decoded view on its own, for the positions of its keywords; windows there are exact too.
  const { prefilter } = compileRules(parsePolicy(undefined), DETECTORS, []);
  const lines = longLines(linesOf([...exampleTexts(), ...corpusTexts()]), 4).slice(0, 60);
  const wrong: string[] = [];
  let windowed = 0;
  for (const line of lines) {
    const piece = line.slice(0, WINDOWED_MIN_LINE + (line.length % 20000));
    const ends = prefilter.keywordEndsIn(piece);
    for (const d of REACHED) {
      const windows = windowsIn(d, piece, 0, ends.get(d));
      if (windows === undefined) continue;
      windowed++;
      const near = JSON.stringify(spansOf(matchDetector(d, piece, windows)));
      if (near !== JSON.stringify(spansOf(matchDetector(d, piece)))) wrong.push(d.id);
    }
  }
  deepStrictEqual(wrong, []);
  ok(windowed > 1000, `${windowed} windowed searches`);
});

Deno.test("number-run starts: every digit that starts a run of nine, overlapping runs too", () => {
  const line = "a123456789 12 (3456789012) x.123456789 +1 23 45 67 89 0";
  // Not after a letter, a digit or `.`; `12 (3…` and `(3456789012)` overlap, as `+1 23…` and `23 45…`.
  deepStrictEqual(anchorStarts(NUMBER_RUN_START, line), [11, 15, 40, 42]);
  // After a key's `:` (`"ssn":536904399`), as a keyed number's lookbehind allows.
  deepStrictEqual(anchorStarts(NUMBER_RUN_START, '"ssn":536904399 v.123456789'), [6]);
});

Deno.test("number-run and Base58-run starts: where the lookbehinds they stand for find them, on random text", () => {
  // The anchors as first written (a lookbehind before the first character, a run of up to four
  // separators before each digit): the new forms, `\b` and a digit looked at first, find the same.
  const oracles: [RegExp, RegExp][] = [
    [NUMBER_RUN_START, /(?<![A-Za-z0-9_.\/-])\d(?=(?:[ .\/()+-]{0,4}\d){8})/g],
    [BASE58_RUN_START, /(?<![A-Za-z0-9])[13LMDX](?=[1-9A-HJ-NP-Za-km-z]{25})/g],
  ];
  const random = seededRandom(17);
  const pieces = ["1", "3", "0", "L", "M", "D", "a", "_", ".", "/", "-", "+", "(", ")", " ", ":"];
  const runs = ["123456789", "1 23 45 67 89", "1LMD3abcdefghijkmnopqrstuv", "12", "é", "日"];
  const starts = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => m.index);
  let found = 0;
  for (let k = 0; k < 4000; k++) {
    let text = "";
    for (let n = random.int(24); n > 0; n--) {
      text += random.int(4) === 0 ? random.pick(runs) : random.pick(pieces);
    }
    for (const [anchor, oracle] of oracles) {
      const expected = starts(oracle, text);
      deepStrictEqual(starts(anchor, text), expected, text);
      found += expected.length;
    }
  }
  ok(found > 2000, `${found} starts`);
  ok(/^\\b/.test(NUMBER_RUN_START.source) && /^\(\?:\\b/.test(BASE58_RUN_START.source));
});

Deno.test("digit-run starts: the first digit of each run of six digits or more, and every sixth on", () => {
  const line = "a123456 12345 x-1234567890 98765432-210987 ab12345c 000000 1234567890123";
  deepStrictEqual(anchorStarts(DIGIT_RUN_START, line), [1, 16, 27, 36, 52, 59, 65]);
});

Deno.test("identifiers holding a run of six digits are searched near the runs on a long line", () => {
  const ids = ["fi-hetu-century-letter", "es-dni-nie", "es-cif", "us-dea-number"];
  const line = `${"no identifier here, ".repeat(WINDOWED_MIN_LINE / 10)}id 12345678Z`;
  for (const id of ids) {
    const detector = DETECTORS.find((d) => d.id === id)!;
    deepStrictEqual(reachOf(detector), NEAR_DIGIT_RUN, id);
    // One window, around the only run of digits: [start - 2, start].
    const at = line.indexOf("12345678");
    deepStrictEqual(windowsIn(detector, line, 0, undefined)?.bounds, [at - 2, at + 1], id);
  }
});

Deno.test("a reach too short is caught by the differential check", () => {
  const israeli = REACHED.find((d) => d.id === "il-teudat-zehut")!;
  const lines = longLines(linesOf(exampleTexts()), 1);
  // `זהות` comes 5 or 6 characters after the match's start (`תעודת זהות`): a reach of 0 misses
  // it (its windows start the longest keyword's length, 6, before a keyword's end).
  const short = differences(israeli, { before: 0, after: 0 }, lines);
  ok(short.spans > 0 && short.lines > 0, JSON.stringify(short));
  deepStrictEqual(differences(israeli, reachOf(israeli)!, lines).lines, 0);
  // An anchor that wants 16 digits where a card may have 12 to 19.
  const card = REACHED.find((d) => d.id === "payment-card")!;
  const sixteen = { before: 0, after: 0, anchor: /(?<![A-Za-z0-9_.:\/-])\d(?=(?:[ .-]?\d){15})/g };
  const strict = differences(card, sixteen, lines);
  ok(strict.spans > 0 && strict.lines > 0, JSON.stringify(strict));
});

Deno.test("windows: only on long lines, and only while they cover a small share of the line", () => {
  const israeli = REACHED.find((d) => d.id === "il-teudat-zehut")!;
  const line = "x".repeat(WINDOWED_MIN_LINE);
  ok(windowsIn(israeli, line, 0, [100]) !== undefined);
  deepStrictEqual(windowsIn(israeli, line.slice(1), 0, [100]), undefined);
  deepStrictEqual(windowsIn(israeli, line, 0, undefined), undefined);
  // Keywords every 10 characters: windows over the whole line, searched whole instead.
  const dense = Array.from({ length: WINDOWED_MIN_LINE / 10 }, (_, i) => i * 10 + 3);
  deepStrictEqual(windowsIn(israeli, line, 0, dense), undefined);
  const noReach = DETECTORS.find((d) => reachOf(d) === undefined && d.find === undefined)!;
  deepStrictEqual(windowsIn(noReach, line, 0, [100]), undefined);
});

Deno.test("windows: a pattern matching by code points (`u`, `v`) is tried where code points start", () => {
  const withPattern = (pattern: RegExp): Detector => ({
    id: "test-code-points",
    kind: "secret",
    prefilter: { keywords: ["tok_"] },
    pattern,
    reach: { before: 0, after: 0 },
  });
  const line = `${"\u{1F600}".repeat(WINDOWED_MIN_LINE / 2)}tok_abc`;
  // `tok_` starts at `start` and ends (its last character) at start + 3.
  const start = line.length - 7, ends = [start + 3];
  for (const pattern of [/tok_\w+/g, /tok_\w+/gu, /tok_\w+/gv]) {
    const windows = windowsIn(withPattern(pattern), line, 0, ends);
    deepStrictEqual(windows?.bounds, [start, start + 1], pattern.flags);
    deepStrictEqual(spansOf(matchDetector(withPattern(pattern), line, windows)), [
      [start, line.length, "test-code-points"],
    ]);
  }
  // A window that starts inside a pair: the attempt there would be the attempt at the pair (a
  // match before the window); a search from inside a pair starts at the pair.
  const pair = new Windows(/\u{1F600}|a/gu, [1, 3]);
  deepStrictEqual(pair.exec("\u{1F600}a")?.index, 2);
  const from = new Windows(/\u{1F600}|a/gu, [0, 3]);
  from.pattern.lastIndex = 1;
  deepStrictEqual(from.exec("\u{1F600}a")?.index, 0);
  // By code units the same windows try every position.
  deepStrictEqual(new Windows(/\uDE00|a/g, [1, 3]).exec("\u{1F600}a")?.index, 1);
});

Deno.test("windows: a keyword's window spans its reach around where it starts, merged in order", () => {
  const detector: Detector = {
    id: "test-windows",
    kind: "secret",
    prefilter: { keywords: ["ab", "abcd"] },
    pattern: /x/g,
    reach: { before: 2, after: 1 },
  };
  // `ab` ending at 11 starts at 10; `abcd` ending at 11 at 8: starts 6 … 11 may match.
  deepStrictEqual(windowsAround(detector, detector.reach!, [11], 0, 100)!.bounds, [6, 12]);
  deepStrictEqual(windowsAround(detector, detector.reach!, [11, 13, 40], 0, 100)!.bounds, [
    6,
    14,
    35,
    41,
  ]);
  deepStrictEqual(windowsAround(detector, detector.reach!, [11, 98], 5, 50)!.bounds, [1, 7]);
});

Deno.test("windows: the search tries the windows' positions in order, from lastIndex on", () => {
  const line = "x1 x2 x3 x4 x5";
  const detector: Detector = {
    id: "test-windows",
    kind: "secret",
    prefilter: { keywords: ["x"] },
    pattern: /x\d/g,
    reach: { before: 0, after: 0 },
  };
  const windows = windowsAround(detector, detector.reach!, [3, 9], 0, line.length)!;
  deepStrictEqual(matchDetector(detector, line, windows).map((s) => s.start), [3, 9]);
  deepStrictEqual(matchDetector(detector, line).map((s) => s.start), [0, 3, 6, 9, 12]);
});

Deno.test("the engine finds on a long line, after other lines, what a short line shows", () => {
  const pat = REACHED.find((d) => d.id === "github-pat")!;
  const scrubber = createScrubber();
  // Tokens at both ends of a long line that is not the region's first: windows placed at the
  // line's own positions, not the region's.
  const texts = examplesOf(pat).positive.map((p) => p.text);
  const long = [...texts, "y ".repeat(LINE_LENGTH / 2), ...texts].join(" ");
  const text = `first line\n${"z".repeat(5000)}\n${long}\nlast`;
  const out = scrubber.scrub(text).text.split("\n");
  const shortOut = texts.map((t) => scrubber.scrub(t).text);
  ok(shortOut.every((t) => t.includes("[REDACTED:github-pat]")));
  deepStrictEqual(out[2], [...shortOut, "y ".repeat(LINE_LENGTH / 2), ...shortOut].join(" "));
});

Deno.test("the engine finds on a long line's decoded view what a short line's view shows", () => {
  const scrubber = createScrubber();
  // The keyword `ghp_` of a GitHub token is seen only once `\u0067` is decoded: in the view.
  const hidden = String.raw`{"credential":"\u0067hp_SYvQczqqDQlLYvYqXxd1olBFHQku95IJpscr"}`;
  const shortOut = scrubber.scrub(hidden).text;
  ok(shortOut.includes("[REDACTED:github-pat]"), shortOut);
  const filler = "y ".repeat(LINE_LENGTH / 4);
  const long = [filler, hidden, filler, hidden].join(" ");
  deepStrictEqual(
    scrubber.scrub(`first\n${long}`).text,
    `first\n${[filler, shortOut, filler, shortOut].join(" ")}`,
  );
});

Deno.test("the shortest legacy address (26 characters) is found on a long line too", () => {
  // Base58Check of version 0, a hash of 19 zero bytes and 0x01, and its checksum: 20 ones and 6.
  const address = "11111111111111111111BZbvjr";
  const scrubber = createScrubber();
  const short = `payout to ${address} queued`;
  const long = `${"step ok; ".repeat(Math.ceil(WINDOWED_MIN_LINE / 9))}${short}`;
  for (const line of [short, long]) {
    ok(!scrubber.scrub(line).text.includes(address), line.slice(-60));
  }
});

Deno.test("url-credentials: windows at each `://` and `jdbc:oracle:` find what the whole line finds", () => {
  const urls = REACHED.find((d) => d.id === "url-credentials")!;
  const scheme31 = `s${"a1+.-".repeat(6)}`;
  const values = [
    `${scheme31}://user:hunter2pw@db.internal`,
    "postgres://app:s3cretPw@db.internal:5432/orders",
    "jdbc:oracle:thin:scott/tigerPw1@db:1521/orcl",
    "jdbc:oracle://ops:Pw0rd1@db", // a `://` inside `jdbc:oracle:`
    "https://TOKENabc123:x-oauth-basic@github.com/o/r",
    "file:///srv/app/index.js:10",
  ];
  const filler = "GET /health 200 ok; ".repeat(120);
  const lines = values.map((v) => `${filler}${v} ${filler}${v}`);
  const found = differences(urls, reachOf(urls)!, lines);
  deepStrictEqual(found.lines, 0);
  ok(found.spans >= 10, JSON.stringify(found));
  // The longest scheme starts 31 characters before its `:`.
  ok(differences(urls, { ...reachOf(urls)!, before: 30 }, lines).lines > 0);
});

Deno.test("street-address-in-prose: windows at its anchor find what the whole line finds", () => {
  const street = REACHED.find((d) => d.id === "street-address-in-prose")!;
  const words = "Abcdefghijklmnopqrstu";
  const values = [
    `12345B ${words} ${words} ${words} Street`, // the farthest start: 72 before the space
    "221B Baker St.",
    "742 Evergreen Terrace, Springfield, IL 62704",
    "12 Olivia Street", // `via` ends a word before the street type
    `Abcdefghijklm L${"a".repeat(30)}weg 12a`, // 45 before the German ending
    "Hauptstraße 5, 10115 Berlin",
    "12, rue de la Paix",
    "(via Roma 10",
    "5 avenida de Mayo",
  ];
  const filler = "GET /health 200 ok; ".repeat(120);
  const lines = values.map((v) => `${filler}${v} ${filler}\t${v}`);
  const found = differences(street, reachOf(street)!, lines);
  deepStrictEqual(found.lines, 0);
  ok(found.spans >= 2 * values.length, JSON.stringify(found));
  ok(differences(street, { ...reachOf(street)!, before: 71 }, lines).lines > 0);
});

Deno.test("street-address-in-prose: its anchor is the space before a street type or after a German ending or Romance word", () => {
  const street = REACHED.find((d) => d.id === "street-address-in-prose")!;
  const line =
    "at 742 Evergreen Terrace; Hauptstraße 5; 12 rue de la Paix; via Roma 10; Altstadtring road";
  deepStrictEqual(anchorStarts(reachOf(street)!.anchor!, line), [
    line.indexOf(" Terrace"),
    line.indexOf(" 5;"),
    line.indexOf(" de la"),
    line.indexOf(" Roma"),
    line.indexOf(" road"),
  ]);
});

Deno.test("number-run starts: `_`, `/` and `-` before a digit bar it; up to four of ` ./()+-` between two digits; nine digits, not eight", () => {
  deepStrictEqual(anchorStarts(NUMBER_RUN_START, "_123456789 /123456789 -123456789"), []);
  deepStrictEqual(anchorStarts(NUMBER_RUN_START, "1+-./2 3 4 5 6 7 8 9"), [0]);
  deepStrictEqual(anchorStarts(NUMBER_RUN_START, "1+-./(2 3 4 5 6 7 8 9"), []);
  deepStrictEqual(anchorStarts(NUMBER_RUN_START, "(123)456-7890"), [1]);
  deepStrictEqual(anchorStarts(NUMBER_RUN_START, "12345678 x"), []);
});

Deno.test("in-upi-id and sg-uen: windows near their names find what the whole line finds", () => {
  const filler = "GET /health 200 ok; ".repeat(120);
  const linesWith = (values: string[]) => values.map((v) => `${filler}${v} ${filler}\t${v}`);
  const upi = REACHED.find((d) => d.id === "in-upi-id")!;
  const upiLines = linesWith([
    `a${"b".repeat(63)}@okhdfcbank`, // the app's `@handle` (the longest) 64 characters after the start
    "UPI    ids   ids   ravi.k@kotak", // the farthest start after `upi`: 19 characters
    "vpa: 9876543210@sbi",
    "pay ravi@okaxis",
    "mail ravi@example", // neither: not kept
  ]);
  const upiFound = differences(upi, reachOf(upi)!, upiLines);
  deepStrictEqual(upiFound.lines, 0);
  ok(upiFound.spans >= 8, JSON.stringify(upiFound));
  ok(differences(upi, { ...reachOf(upi)!, before: 63 }, upiLines).lines > 0);
  ok(differences(upi, { ...reachOf(upi)!, after: 18 }, upiLines).lines > 0);
  const uen = REACHED.find((d) => d.id === "sg-uen")!;
  // Check letters that singaporeUenValid takes, found by trying each.
  const valid = (body: string) =>
    [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c) => body + c).find(singaporeUenValid)!;
  const [uen8, uen9, entity] = [valid("53012345"), valid("201912345"), valid("T09LL0001")];
  const uenLines = linesWith([
    // The name's start 56 characters before the number, its context's window.
    `unique_entity_number  :  verification failed  is  user  ${uen8}`,
    `UEN: ${uen9}`,
    `acra uen ${entity}`,
    `ref ${uen9}`, // no name: not kept
  ]);
  const uenFound = differences(uen, reachOf(uen)!, uenLines);
  deepStrictEqual(uenFound.lines, 0);
  ok(uenFound.spans >= 6, JSON.stringify(uenFound));
  ok(differences(uen, { ...reachOf(uen)!, after: 55 }, uenLines).lines > 0);
});

Deno.test("person-name-family: words of 40 letters at most before the family name, searched near it", () => {
  const family = REACHED.find((d) => d.id === "person-name-family")!;
  // Letters outside the BMP (two UTF-16 units each): the farthest start, 181 units before.
  const [upper, lower] = ["\u{1d400}", "\u{1d41a}"];
  const part = upper + lower.repeat(39);
  // Before the longest family name, whose end the windows are measured back from.
  const longest = family.prefilter!.keywords!.reduce((a, b) => (b.length > a.length ? b : a));
  const farthest = `Mac${part}-${part} ${upper}. della della ${longest[0].toUpperCase()}${
    longest.slice(1)
  }`;
  const values = [farthest, "Chidi Okafor", "Ana dos Santos", `${"Ab".padEnd(40, "c")} Nguyen`];
  const filler = "GET /health 200 ok; ".repeat(120);
  const lines = values.map((v) => `${filler}${v} ${filler}\t${v}`);
  const found = differences(family, reachOf(family)!, lines);
  deepStrictEqual(found.lines, 0);
  ok(found.spans >= 2 * values.length, JSON.stringify(found));
  ok(differences(family, { ...reachOf(family)!, before: 180 }, lines).lines > 0);
  // A capitalised word of 41 letters is no name's.
  const long = `${"Ab".padEnd(41, "c")} Nguyen`;
  deepStrictEqual(matchDetector(family, long).length, 0);
});

Deno.test("in-gstin, us-mbi, se-personnummer and us-zip-plus4: windows after their keywords find what the whole line finds", () => {
  const filler = "GET /health 200 ok; ".repeat(120);
  const linesWith = (values: string[]) => values.map((v) => `${filler}${v} ${filler}\t${v}`);
  const check = (id: string, values: string[], short: Partial<Reach>) => {
    const detector = REACHED.find((d) => d.id === id)!;
    const lines = linesWith(values);
    const found = differences(detector, reachOf(detector)!, lines);
    deepStrictEqual(found.lines, 0, id);
    ok(found.spans >= 2 * (values.length - 1), `${id} ${JSON.stringify(found)}`);
    ok(differences(detector, { ...reachOf(detector)!, ...short }, lines).lines > 0, id);
  };
  // A GSTIN's check character, found by trying each.
  const gstin = [..."0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((c) => `27AAPFU0939F1Z${c}`)
    .find((g) => indiaGstinValid(g))!;
  const mbi = "1EG4TE5MK73";
  // The farthest: the keyword's start 56 characters before the value, its context's window.
  check("in-gstin", [`gst${".".repeat(53)}${gstin}`, `GSTIN: ${gstin}`, `ref ${gstin}`], {
    after: 55,
  });
  check("us-mbi", [`mbi${".".repeat(53)}${mbi}`, `Medicare: ${mbi}`, `mbi=${mbi}`, `ref ${mbi}`], {
    after: 55,
  });
  // A valid personnummer, its check digit found by trying each; the farthest after its shortest
  // keyword (`pnr`), 56 characters before it, and one glued to the `is` after its name.
  const pnr = [..."0123456789"].map((c) => `900305123${c}`).find((n) =>
    swedenPersonnummerValid(n)
  )!;
  const farthest = `pnr  :  verification failed   verification failed  user ${pnr}`;
  deepStrictEqual(farthest.indexOf(pnr), 56);
  check("se-personnummer", [
    farthest,
    `swedish id code is${pnr}`,
    `personnummer: 19${pnr.slice(0, 6)}-${pnr.slice(6)}`,
    `ref ${pnr}`,
  ], { after: 55 });
  // ZIP_NAME_BEFORE's longest after `zip`: 20 characters (`postal`'s, 23, fits its slack).
  check("us-zip-plus4", [
    `zip-plus-4 is"  :  "94105-1234`,
    `postal-plus-4 is"  :  "94105-1234`,
    "ZIP 30301-0001",
    "order 94105-1234",
  ], { after: 19 });
});

Deno.test("azure-identifiable-key and deepl-free-api-key: windows before their signatures find what the whole line finds", () => {
  const random = seededRandom(19);
  const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const any = (n: number, extra = "+/") => random.chars(n, B64 + extra);
  const filler = "GET /health 200 ok; ".repeat(120);
  const check = (id: string, values: string[], before: number, short: number) => {
    const detector = REACHED.find((d) => d.id === id)!;
    deepStrictEqual(reachOf(detector), { before, after: 0 }, id);
    const lines = values.map((v) => `${filler}${v} ${filler}\t${v}`);
    const found = differences(detector, reachOf(detector)!, lines);
    deepStrictEqual(found.lines, 0, id);
    deepStrictEqual(found.spans, 2 * values.length, `${id} ${JSON.stringify(found)}`);
    // A reach that falls `short` characters short loses the farthest layout.
    ok(differences(detector, { before: before - short, after: 0 }, lines).lines > 0, id);
  };
  // Each layout, its signature 33, 42, 44, 52 and 76 characters after the key's start.
  check(
    "azure-identifiable-key",
    [
      `${any(33)}+ARm${random.pick([..."ABCDEFGHIJKLMNOP"])}${any(5)}=`,
      `${any(42)}AzSe${random.pick([..."ABCD"])}${any(5)}`,
      `${any(44, "_-")}AzFu${any(5, "_-")}${random.pick([..."AQgw"])}==`,
      `${any(52, "")}JQQJ99${any(1, "")}C${any(16, "")}x${any(7, "")}`,
      `${any(76)}+ASt${any(5)}${random.pick([..."AQgw"])}==`,
      // Two short: a window spans one more, as its keywords are 4 and 5 long.
    ],
    76,
    2,
  );
  const hex = (n: number) => random.chars(n, "0123456789abcdef");
  check("deepl-free-api-key", [`${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}:fx`], 36, 1);
});

Deno.test("in-vehicle-registration: windows at the IBAN starts the iban detector's search finds, what the whole line finds", () => {
  const plates = REACHED.find((d) => d.id === "in-vehicle-registration")!;
  const iban = REACHED.find((d) => d.id === "iban")!;
  // The same anchor: a long line is searched for it once, for both.
  ok(reachOf(plates)!.anchor !== undefined && reachOf(plates)!.anchor === reachOf(iban)!.anchor);
  const random = seededRandom(23);
  const digits = (n: number) => random.chars(n, "0123456789");
  const letters = (n: number) => random.chars(n, "ABCDEFGHJKLMNPRSTUVWXYZ");
  const values = [
    `KA${digits(2)}${letters(2)}${digits(4)}`,
    `MH${digits(2)} ${letters(2)} ${digits(4)}`,
    `DL${digits(2)}${letters(1)} ${digits(4)}`,
    `(TN${digits(2)}${letters(3)}${digits(4)})`,
    `XY${digits(2)} ${letters(4)} ${digits(4)} / UP${digits(2)}${letters(2)}${digits(4)}`,
  ];
  const filler = "GET /health 200 ok; ".repeat(120);
  const lines = values.map((v) => `${filler}${v} ${filler}\t${v}`);
  const found = differences(plates, reachOf(plates)!, lines);
  deepStrictEqual(found.lines, 0);
  deepStrictEqual(found.spans, 2 * values.length, JSON.stringify(found));
});

Deno.test("national-id-generic-key: its find searches the keys in the windows it is given", () => {
  const ids = REACHED.find((d) => d.id === "national-id-generic-key")!;
  // The reach keywordReach reads from the pattern (not inferred for a find, so declared).
  const before = keywordReach(ids.pattern, ids.prefilter!.keywords!);
  deepStrictEqual(reachOf(ids), { before, after: 0 });
  const filler = "GET /health 200 ok; ".repeat(120);
  const values = ["national_id=123456782", "codice_fiscale: 123456782", "ID number: 123456782"];
  const lines = values.map((v) => `${filler}${v} ${filler}\t${v}`);
  const found = differences(ids, reachOf(ids)!, lines);
  deepStrictEqual(found.lines, 0);
  ok(found.spans >= 2 * values.length, JSON.stringify(found));
  // The keys searched in the windows are every key of the line, and the engine hands them over.
  for (const line of lines) {
    const ends = index.scan(line).keywordEnds(0, line.length, REACHED).get(ids)!;
    const windows = windowsIn(ids, line, 0, ends)!;
    const keys: number[] = [];
    windows.pattern.lastIndex = 0;
    for (let m; (m = windows.exec(line)) !== null;) keys.push(m.index);
    deepStrictEqual(keys, [...line.matchAll(ids.pattern)].map((m) => m.index));
  }
});

Deno.test("windows: a surrogate pair is a lead (D800-DBFF) and a trail (DC00-DFFF), at both ends of each range", () => {
  for (const pair of ["\u{10000}", "\u{10FFFF}", "\u{1F600}", "\u{F0000}"]) {
    for (const flags of ["gu", "gv"]) {
      const inside = new Windows(new RegExp(`${pair}|a`, flags), [1, 3]);
      deepStrictEqual(inside.exec(`${pair}a`)?.index, 2, pair + flags);
      const from = new Windows(new RegExp(`${pair}|a`, flags), [0, 3]);
      from.pattern.lastIndex = 1;
      deepStrictEqual(from.exec(`${pair}a`)?.index, 0, pair + flags);
    }
  }
  // No pair: a trail after a character below D800 or after another trail, a lead before a
  // character below DC00 or above DFFF; each lone one is a code point of its own.
  for (
    const [text, lone] of [
      ["\uD7FF\uDC00", "\uDC00"],
      ["\uDC00\uDC00", "\uDC00"],
      ["\uE000\uDFFF", "\uDFFF"],
      ["\uD800\uDBFF", "\uDBFF"],
      ["\uDBFF\uE000", "\uE000"],
    ]
  ) {
    const windows = new Windows(new RegExp(lone, "gu"), [1, 2]);
    deepStrictEqual(windows.exec(text)?.index, 1, JSON.stringify(text));
  }
});

Deno.test("windows: a search from lastIndex tries no earlier position, by code units or by code points", () => {
  for (const flags of ["g", "gu"]) {
    const windows = new Windows(new RegExp("a|b", flags), [0, 3]);
    windows.pattern.lastIndex = 1;
    deepStrictEqual(windows.exec("ab")?.index, 1, flags);
  }
});
