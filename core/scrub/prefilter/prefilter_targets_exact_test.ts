/**
 * The prefilter's answer line by line, held to a per-line statement of each rule (the oracle is
 * the line alone, never the scan): a detector with keywords runs exactly on the lines holding
 * one (./naive.ts), a block detector and the escape markers likewise; a detector with a line
 * shape exactly on the lines with that shape; a detector searched by its pattern or filter
 * exactly on the lines where the search, started at the line's start, finds a match starting in
 * it; a detector left unsearched (a custom pattern) on every line. Keyword-free detectors come
 * in their priority order, each once. The same for a piece of a line and for a decoded view.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { HIDING_MARKERS, WRAPPING_MARKERS } from "../decoded_view.ts";
import type { Detector } from "../detector.ts";
import { BLOCK_DETECTORS, DETECTORS } from "../detectors/mod.ts";
import { examplesOf } from "../detectors/examples/mod.ts";
import { lineHasShape } from "./line_shapes.ts";
import { detectorTarget, LinePrefilter, type Target } from "./mod.ts";
import { mustRun } from "./naive.ts";

const keywordFree = DETECTORS.filter((d) => d.prefilter?.keywords === undefined);
const searched = keywordFree.filter((d) => d.prefilter?.shape === undefined);
/** Two searched detectors and one with a shape run unsearched, as custom patterns do. */
const unsearched = new Set<Detector>([
  searched[0],
  searched[searched.length - 1],
  keywordFree.find((d) => d.prefilter?.shape !== undefined)!,
]);
const prefilter = new LinePrefilter({
  detectors: DETECTORS,
  blocks: BLOCK_DETECTORS,
  unsearched,
  escapes: { hiding: HIDING_MARKERS, wrapping: WRAPPING_MARKERS },
});

function lines(): string[] {
  const random = seededRandom(2216);
  const out: string[] = [];
  for (const d of [...DETECTORS, ...BLOCK_DETECTORS]) {
    const ex = examplesOf(d);
    for (const e of ex.positive.slice(0, 2)) out.push(...e.text.split("\n"));
    out.push(...ex.negative.slice(0, 1).flatMap((e) => e.split("\n")));
  }
  const n = out.length;
  for (let i = 0; i < n; i += 3) {
    const line = out[i];
    out.push(
      line.toUpperCase(),
      random.pick(["", " ", "x"]) + line.slice(random.int(line.length + 1)),
    );
  }
  out.push("", "%1b[31m", "\\u0041", "&#x41;", "\x1b[31mred\x1b[0m", "C:\\\\dir", "\\e[1m x");
  // Each searched detector's own match alone: it starts at the line's first character.
  for (
    const d of DETECTORS.filter((d) => d.prefilter?.keywords === undefined && !d.prefilter?.shape)
  ) {
    for (const e of examplesOf(d).positive.slice(0, 2)) {
      const p = d.prefilter?.filter ?? d.pattern;
      const m = new RegExp(p.source, p.flags.replace(/[dgy]/g, "")).exec(e.text);
      if (m !== null && m[0] !== "" && !m[0].includes("\n")) out.push(m[0], `${m[0]} `);
    }
  }
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const LINES = lines();
const hasKeyword = (line: string, keywords: readonly string[]) => {
  const lower = line.toLowerCase();
  return keywords.some((k) => lower.includes(k));
};

/** Whether a searched detector's search, started at the line's start, finds a match starting in it. */
function searchFinds(d: Detector, text: string, lineStart: number, lineEnd: number): boolean {
  const p = d.prefilter?.filter ?? d.pattern;
  const re = new RegExp(p.source, p.flags.replace(/[dgmy]/g, "") + "gm");
  re.lastIndex = lineStart;
  const m = re.exec(text);
  return m !== null && m.index <= lineEnd;
}

/** What each rule says of a keyword-free detector on `line` (alone, or at [start, end) of text). */
function keywordFreeRuns(d: Detector, line: string, text = line, start = 0, end = line.length) {
  if (unsearched.has(d)) return true;
  const shape = d.prefilter?.shape;
  if (shape !== undefined) return lineHasShape(line, shape);
  return searchFinds(d, text, start, end);
}

/** The expected targets, as comparable names: keyed ones sorted, then keyword-free in order. */
function expected(line: string, text: string, start: number, end: number): string[] {
  const keyed = [
    ...DETECTORS.filter((d) => d.prefilter?.keywords !== undefined && mustRun(d, line)).map((d) =>
      d.id
    ),
    ...BLOCK_DETECTORS.filter((b) => hasKeyword(line, b.prefilter.keywords)).map((b) =>
      `block:${b.id}`
    ),
    ...(hasKeyword(line, HIDING_MARKERS) ? ["hiding-escapes"] : []),
    ...(hasKeyword(line, WRAPPING_MARKERS) ? ["wrapping-escapes"] : []),
  ].sort();
  return [
    ...keyed,
    ...keywordFree.filter((d) => keywordFreeRuns(d, line, text, start, end)).map((d) => d.id),
  ];
}

const name = (t: Target) =>
  t.type === "detector" ? t.detector.id : t.type === "block" ? `block:${t.detector.id}` : t.type;
const isKeywordFree = (t: Target) =>
  t.type === "detector" && t.detector.prefilter?.keywords === undefined;
function got(targets: readonly Target[]): string[] {
  return [
    ...targets.filter((t) => !isKeywordFree(t)).map(name).sort(),
    ...targets.filter(isKeywordFree).map(name),
  ];
}

Deno.test("prefilter targets: each line of a region gets exactly what the per-line rules give it", () => {
  const random = seededRandom(2217);
  let checked = 0;
  for (let first = 0; first < LINES.length;) {
    const region = LINES.slice(first, first += 1 + random.int(40));
    const pad = random.next() < 0.5 ? "" : "before\n";
    const text = pad + region.join("\n") + (pad === "" ? "" : "\nafter");
    const to = pad.length + region.join("\n").length;
    const perLine = prefilter.lines(text, pad.length, to);
    let start = pad.length;
    for (const line of region) {
      const end = start + line.length;
      deepStrictEqual(
        got(perLine.upTo(end)),
        expected(line, text, start, end),
        JSON.stringify(line.slice(0, 120)),
      );
      checked++;
      start = end + 1;
    }
  }
  ok(checked === LINES.length && checked > 1500, `${checked} lines`);
});

Deno.test("prefilter targets: a piece of a line gets its keywords' targets and the keyword-free detectors it shows", () => {
  const random = seededRandom(2218);
  for (const line of LINES) {
    const from = random.int(line.length + 1);
    const piece = line.slice(from, from + random.int(line.length - from + 1));
    const targets = prefilter.inFragment(piece);
    if (piece === "") {
      deepStrictEqual(targets, []);
      continue;
    }
    const keyed = expected(piece, piece, 0, piece.length).filter((id) =>
      !keywordFree.some((d) => d.id === id)
    );
    const free = keywordFree.filter((d) => unsearched.has(d) || mustRun(d, piece));
    deepStrictEqual(
      got(targets),
      [...keyed, ...free.map((d) => d.id)],
      JSON.stringify(piece.slice(0, 120)),
    );
  }
});

Deno.test("prefilter targets: a decoded view gets its detectors by one scan of it, or the line's own and the keyword-free ones it shows", () => {
  const random = seededRandom(2219);
  for (const text of LINES) {
    const keyedDetectors = DETECTORS.filter((d) =>
      d.prefilter?.keywords !== undefined && mustRun(d, text)
    );
    const free = keywordFree.filter((d) => unsearched.has(d) || mustRun(d, text));
    const found = prefilter.inView(text, null);
    const where = JSON.stringify(text.slice(0, 120));
    ok(new Set(found).size === found.length, `${where}: a detector twice`);
    deepStrictEqual(
      found.filter((d) => d.prefilter?.keywords !== undefined).map((d) => d.id).sort(),
      keyedDetectors.map((d) => d.id).sort(),
      where,
    );
    deepStrictEqual(
      found.filter((d) => d.prefilter?.keywords === undefined).map((d) => d.id),
      free.map((d) => d.id),
      where,
    );
    // Wrapped: the line's own targets (here a random few), those with word-bounded keywords that
    // the view holds, then the keyword-free ones the view shows.
    const own: Target[] = DETECTORS.filter(() => random.next() < 0.02).map(detectorTarget);
    const ownIds = own.map((t) => t.type === "detector" ? t.detector.id : "");
    const bounded = keyedDetectors.filter((d) =>
      (d.prefilter?.atWordStart ?? d.prefilter?.atWordEnd) !== undefined || d.prefilter?.wholeWords
    ).map((d) => d.id).filter((id) => !ownIds.includes(id));
    const view = prefilter.inView(text, own).map((d) => d.id);
    deepStrictEqual(
      view.slice(ownIds.length, ownIds.length + bounded.length).sort(),
      bounded.sort(),
    );
    deepStrictEqual(view, [
      ...ownIds,
      ...view.slice(ownIds.length, ownIds.length + bounded.length),
      ...free.map((d) => d.id).filter((id) => !ownIds.includes(id)),
    ], JSON.stringify(text.slice(0, 120)));
  }
});

Deno.test("prefilter targets: when every keyword-free detector is unsearched, each runs on every line", () => {
  // As when a policy disables the built-in keyword-free detectors and adds custom patterns.
  const custom = keywordFree.slice(0, 2);
  const only = new LinePrefilter({
    detectors: [...DETECTORS.filter((d) => d.prefilter?.keywords !== undefined), ...custom],
    blocks: [],
    unsearched: new Set(custom),
    escapes: { hiding: [], wrapping: [] },
  });
  const region = ["plain", "", "token=abc", "last line"];
  const text = region.join("\n");
  const perLine = only.lines(text, 0, text.length);
  let end = -1;
  for (const line of region) {
    end += line.length + 1;
    const free = perLine.upTo(end).filter(isKeywordFree).map(name);
    deepStrictEqual(free, custom.map((d) => d.id), JSON.stringify(line));
  }
});
