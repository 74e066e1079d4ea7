/**
 * The prefilter against its oracle, the naive path (./naive.ts): each detector's declared
 * prefilter read on each line alone. For corpus lines, every detector's examples and mutations of
 * them, put together into regions, the prefilter never leaves out a line and detector pair that
 * the naive path runs and on which the detector finds something (it may keep more pairs: a
 * shape or filter is a necessary condition, not an exact one). Likewise for a decoded view and
 * for a piece of a line.
 */
import { ok } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { decodedView, HIDING_MARKERS, WRAPPING_MARKERS } from "../decoded_view.ts";
import type { Detector } from "../detector.ts";
import { BLOCK_DETECTORS, DETECTORS } from "../detectors/mod.ts";
import { matchDetector } from "../match.ts";
import { LinePrefilter, type Target } from "./mod.ts";
import { mustRun } from "./naive.ts";
import { examplesOf } from "../detectors/examples/mod.ts";

const prefilter = new LinePrefilter({
  detectors: DETECTORS,
  blocks: BLOCK_DETECTORS,
  unsearched: new Set(),
  escapes: { hiding: HIDING_MARKERS, wrapping: WRAPPING_MARKERS },
});

const CORPORA = ["syntax", "providers", "pii", "benign"];
/** Lines taken from each corpus, spread over the whole file. */
const PER_CORPUS = 400;
/** Mutations of each example line. */
const MUTATIONS = 3;
const NOISE = " .-_/:=@\"'\\()+,\t0123456789AZaz%&?#\u00e9";

async function corpusLines(): Promise<string[]> {
  const lines: string[] = [];
  for (const name of CORPORA) {
    const url = new URL(`../corpus/${name}.jsonl`, import.meta.url);
    const records = (await Deno.readTextFile(url)).split("\n").filter((l) => l !== "");
    const step = Math.max(1, Math.floor(records.length / PER_CORPUS));
    for (let i = 0; i < records.length; i += step) {
      lines.push(...(JSON.parse(records[i]) as { text: string }).text.split("\n"));
    }
  }
  return lines;
}

/** `line` with a few characters inserted, replaced or deleted anywhere. */
function mutate(line: string, random: ReturnType<typeof seededRandom>): string {
  let out = line;
  for (let k = random.int(4); k >= 0; k--) {
    const at = random.int(out.length + 1);
    const c = random.pick([...NOISE]);
    const op = random.next();
    out = op < 0.4
      ? out.slice(0, at) + c + out.slice(at)
      : op < 0.8
      ? out.slice(0, at) + c + out.slice(at + 1)
      : out.slice(0, at) + out.slice(at + 1);
  }
  return random.next() < 0.2 ? out.toUpperCase() : out;
}

async function testLines(): Promise<string[]> {
  const random = seededRandom(14);
  const lines = await corpusLines();
  for (const d of [...DETECTORS, ...BLOCK_DETECTORS]) {
    for (const ex of examplesOf(d).positive) {
      for (const line of ex.text.split("\n")) {
        lines.push(line);
        for (let n = 0; n < MUTATIONS; n++) lines.push(mutate(line, random));
      }
    }
    for (const ex of examplesOf(d).negative) lines.push(...ex.split("\n"));
  }
  // Shuffled, so that each region mixes lines of every kind.
  for (let i = lines.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  return lines;
}

/** The detectors that the naive path runs on `text` and that find something there. */
function naive(text: string): Detector[] {
  return DETECTORS.filter((d) => mustRun(d, text) && matchDetector(d, text).length > 0);
}

const detectorsOf = (targets: readonly Target[]) =>
  new Set(targets.flatMap((t) => t.type === "detector" ? [t.detector] : []));

function missed(found: ReadonlySet<Detector>, text: string, where: string): string[] {
  return naive(text).filter((d) => !found.has(d)).map((d) =>
    `${where}: ${d.id} matches ${JSON.stringify(text.slice(0, 200))} but was left out`
  );
}

const lines = await testLines();

Deno.test("prefilter: every line and detector pair the naive path finds is kept, region by region", () => {
  const problems: string[] = [];
  let pairs = 0;
  // Regions of 1 to 60 lines: a region search or shape must not hide a line from its neighbours.
  const random = seededRandom(41);
  for (let first = 0; first < lines.length;) {
    const region = lines.slice(first, first += 1 + random.int(60));
    const text = region.join("\n");
    // Part of the time inside a longer text, as a stream's batch is.
    const pad = random.next() < 0.5 ? "" : "pad line\n";
    const whole = pad + text + (pad === "" ? "" : "\nlast line");
    const perLine = prefilter.lines(whole, pad.length, pad.length + text.length);
    let end = pad.length;
    for (const line of region) {
      end += line.length;
      const found = detectorsOf(perLine.upTo(end));
      pairs += found.size;
      problems.push(...missed(found, line, "region"));
      end += 1;
    }
  }
  ok(problems.length === 0, problems.slice(0, 20).join("\n"));
  ok(lines.length > 3000, `only ${lines.length} lines`);
  ok(pairs < lines.length * DETECTORS.length / 4, "the prefilter keeps too many pairs to be one");
});

Deno.test("prefilter: a decoded view and a piece of a line keep every detector that finds something there", () => {
  const problems: string[] = [];
  const random = seededRandom(42);
  let views = 0;
  for (const line of lines) {
    const view = decodedView(line);
    if (view !== null) {
      views++;
      problems.push(...missed(new Set(prefilter.inView(view.text, null)), view.text, "view"));
    }
    const from = random.int(line.length + 1);
    const piece = line.slice(from, from + random.int(line.length - from + 1));
    problems.push(...missed(detectorsOf(prefilter.inFragment(piece)), piece, "piece"));
  }
  ok(problems.length === 0, problems.slice(0, 20).join("\n"));
  ok(views > 100, `only ${views} lines had a decoded view`);
});
