/**
 * The Finnish identity code with a century letter and the dashed US Medicare identifier are
 * found by line shapes that share the iban-start slot: the detectors read with their shapes
 * (only on the lines the prefilter hands them) find what they find read on every line, on their
 * examples and on generated lines dense in near forms of both.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { HIDING_MARKERS, WRAPPING_MARKERS } from "../decoded_view.ts";
import type { Detector } from "../detector.ts";
import { BLOCK_DETECTORS, DETECTORS } from "../detectors/mod.ts";
import { examplesOf } from "../detectors/examples/mod.ts";
import { matchDetector } from "../match.ts";
import { LinePrefilter } from "./mod.ts";

const IDS = ["fi-hetu-century-letter", "us-mbi-dashed", "iban"];
const detectors = IDS.map((id) => DETECTORS.find((d) => d.id === id) as Detector);
const prefilter = new LinePrefilter({
  detectors: DETECTORS,
  blocks: BLOCK_DETECTORS,
  unsearched: new Set(),
  escapes: { hiding: HIDING_MARKERS, wrapping: WRAPPING_MARKERS },
});

const HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY";

/** Lines of tokens near both forms (valid and not, any case), among separators and words. */
function generatedLines(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const digits = (n: number) => random.chars(n, "0123456789");
  const hetu = () => {
    const date = `${1 + random.int(28)}`.padStart(2, "0") +
      `${1 + random.int(12)}`.padStart(2, "0") +
      digits(2);
    const individual = `${2 + random.int(898)}`.padStart(3, "0");
    const check = HETU_CHECK[Number(date + individual) % 31];
    return date + random.pick([..."ABCDEFUVWXY-+Zab"]) + individual +
      (random.next() < 0.8 ? check : random.pick([..."0Z9GIy"]));
  };
  const mbiPart = (layout: string) =>
    [...layout].map((c) =>
      c === "n"
        ? random.chars(1, "0123456789")
        : c === "a"
        ? random.chars(1, MBI_LETTERS)
        : c === "c"
        ? random.chars(1, MBI_LETTERS + "0123456789")
        : random.chars(1, "SLOIBZ0")
    ).join("");
  const mbi = () => {
    const parts = [mbiPart("nacn"), mbiPart("acn"), mbiPart(random.next() < 0.9 ? "aann" : "axnn")];
    const text = parts.join(random.next() < 0.8 ? "-" : random.pick([" ", "/", "+", ""]));
    return random.next() < 0.3 ? text.toLowerCase() : text;
  };
  const tokens = [
    hetu,
    hetu,
    mbi,
    mbi,
    () => digits(1 + random.int(9)),
    () => random.pick(["DE89", "FI21 1234", "hetu", "mbi", "x", "ÄB", "Y", "A1", "-", "AB12C"]),
  ];
  const separators = [" ", "=", ":", ".", "-", "_", '"', "'", "/", ",", "é", "\t", "(", ""];
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    let line = "";
    for (let k = 1 + random.int(8); k > 0; k--) {
      line += random.pick(tokens)() + random.pick(separators);
    }
    lines.push(line);
  }
  return lines;
}

Deno.test("hetu and MBI shapes: the detectors find on the lines handed to them what they find on every line", () => {
  const lines = generatedLines(6_000, 31);
  for (const d of detectors) {
    const examples = examplesOf(d);
    lines.push(...examples.positive.map((p) => p.text), ...examples.negative);
  }
  const text = lines.join("\n");
  const perLine = prefilter.lines(text, 0, text.length);
  const found = detectors.map(() => 0);
  let start = 0;
  for (const line of lines) {
    const end = start + line.length;
    const targeted = new Set(
      perLine.upTo(end).flatMap((t) => t.type === "detector" ? [t.detector] : []),
    );
    detectors.forEach((d, k) => {
      const everywhere = matchDetector(d, line).map((m) => line.slice(m.start, m.end));
      const withShape = targeted.has(d)
        ? matchDetector(d, line).map((m) => line.slice(m.start, m.end))
        : [];
      deepStrictEqual(withShape, everywhere, `${d.id} on ${JSON.stringify(line)}`);
      found[k] += everywhere.length;
    });
    start = end + 1;
  }
  // The generated lines hold many of each, so the comparison is not of empty lists.
  ok(found[0] > 1_000 && found[1] > 1_000, `only ${found.join(", ")} matches`);
});
