/**
 * Custom patterns over long lines, window by window: a bounded match in any window is masked as
 * itself and nothing after it is touched; an open-ended match is cut (the rest of the line
 * masked) exactly when it reaches its window's end and starts before the next window's start,
 * in any window, while one starting at the next window's start or ending at the line's end is
 * masked as itself.
 */
import { deepStrictEqual } from "@node/assert";
import { seededRandom } from "../../devkit/sample_logs/random.ts";
import { compileCustomPattern, CUSTOM_WINDOW, matchCustom } from "./safe_pattern.ts";
import { createScrubber } from "./mod.ts";

const random = seededRandom(0xc0de);
/**
 * What the spans mask, overlapping windows' copies of one match joined: [start, end, id] per
 * masked run (windows that overlap report a match they both see twice, as merging expects).
 */
function spansOf(d: ReturnType<typeof compileCustomPattern>, line: string) {
  const runs: [number, number, string][] = [];
  const spans = [...matchCustom(d, line)].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const s of spans) {
    const last = runs.at(-1);
    if (last && s.start <= last[1] && s.detector.id === last[2]) last[1] = Math.max(last[1], s.end);
    else runs.push([s.start, s.end, s.detector.id]);
  }
  return runs;
}

Deno.test("a bounded match in any window of a long line is masked as itself, the rest left", () => {
  const d = compileCustomPattern({ id: "ord", pattern: "ord_[a-z0-9]{12}", kind: "secret" }, "f");
  for (let k = 0; k < 40; k++) {
    const length = CUSTOM_WINDOW * (2 + random.int(3));
    const at = random.int(length - 20);
    const token = "ord_" + random.chars(12, "abcdefghij0123456789");
    const line = ".".repeat(at) + token + ".".repeat(length - at - token.length);
    deepStrictEqual(spansOf(d, line), [[at, at + token.length, "ord"]], `at ${at}`);
  }
});

Deno.test("an open-ended match: cut where it reaches its window's end, whole where the next window starts it", () => {
  const d = compileCustomPattern({ id: "tok", pattern: "token=\\S+", kind: "secret" }, "f");
  // Open-ended: windows overlap by half, so they start every 2048 characters.
  const step = CUSTOM_WINDOW / 2;
  for (const window of [0, 1, 2]) {
    const windowEnd = window * step + CUSTOM_WINDOW;
    const length = windowEnd + 3000;
    // starts before the next window's start and runs past this window's end: cut
    const cutAt = window * step + step - 10 - random.int(100);
    const cutLine = " ".repeat(cutAt) + "token=" + "Q".repeat(windowEnd - cutAt) +
      " ".repeat(length - windowEnd - 6);
    const cut = spansOf(d, cutLine);
    deepStrictEqual(
      [
        cut.some((r) => r[0] === cutAt && r[1] === cutLine.length && r[2] === "scrub-limit"),
        Math.min(...cut.map((r) => r[0])),
      ],
      [true, cutAt],
      `cut ${window}: ${JSON.stringify(cut)}`,
    );
    // starts right at the next window's start and ends inside it: masked as itself
    const at = (window + 1) * step;
    const value = "token=" + "Q".repeat(2500);
    const wholeLine = " ".repeat(at) + value + " ".repeat(length - at - value.length);
    deepStrictEqual(spansOf(d, wholeLine), [[at, at + value.length, "tok"]], `whole ${window}`);
    // ends exactly at the line's end: masked as itself
    const tail = "token=" + "Q".repeat(1000);
    const endLine = " ".repeat(length - tail.length) + tail;
    deepStrictEqual(spansOf(d, endLine), [[length - tail.length, length, "tok"]], `end ${window}`);
  }
});

Deno.test("a bounded match ending exactly at a window's end is masked as itself, not cut", () => {
  const d = compileCustomPattern({ id: "ord", pattern: "ord_[a-z0-9]{12}", kind: "secret" }, "f");
  const token = "ord_a1b2c3d4e5f6";
  for (const end of [CUSTOM_WINDOW, CUSTOM_WINDOW - 1, CUSTOM_WINDOW + 1]) {
    const line = ".".repeat(end - token.length) + token + ".".repeat(6000);
    deepStrictEqual(spansOf(d, line), [[end - token.length, end, "ord"]], `ends at ${end}`);
  }
});

Deno.test("a custom pattern with an empty keyword list still runs on every line", () => {
  const d = compileCustomPattern(
    { id: "ord", pattern: "ord_[a-z0-9]{12}", kind: "secret", keywords: [] },
    "f",
  );
  deepStrictEqual(spansOf(d, "x ord_a1b2c3d4e5f6 y"), [[2, 18, "ord"]]);
  const scrubber = createScrubber({
    customPatterns: [{ id: "ord", pattern: "ord_[a-z0-9]{12}", kind: "secret", keywords: [] }],
  });
  deepStrictEqual(scrubber.scrub("x ord_a1b2c3d4e5f6 y").text, "x [REDACTED:ord] y");
});
