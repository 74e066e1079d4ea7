/**
 * mac-address-other-notations reads its candidates run by run (findDashedMacs) instead of trying
 * its pattern at every hex digit: both must find the same values, and the detector the same
 * spans, on its examples and on generated lines dense in hex digits, dashes, dots and colons.
 */
import { deepEqual, ok } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import type { Detector } from "../detector.ts";
import { matchDetector } from "../match.ts";
import { examplesOf } from "./examples/mod.ts";
import { detectors, findDashedMacs } from "./network.ts";

const mac = detectors.find((d) => d.id === "mac-address-other-notations") as Detector;
/** The same detector, read by its pattern alone. */
const byPattern: Detector = { ...mac, find: undefined };

function patternMatches(line: string): { start: number; end: number }[] {
  const re = new RegExp(mac.pattern.source, mac.pattern.flags);
  return [...line.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Lines of tokens near the dashed forms (4-4-4, 6-6), among separators and non-ASCII text. */
function generatedLines(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const hex = "0123456789abcdefABCDEF";
  const hexRun = (n: number) => Array.from({ length: n }, () => random.pick([...hex])).join("");
  const tokens = [
    () => `${hexRun(4)}-${hexRun(4)}-${hexRun(4)}`,
    () => `${hexRun(6)}-${hexRun(6)}`,
    () => `${hexRun(3 + random.int(3))}-${hexRun(3 + random.int(3))}-${hexRun(3 + random.int(3))}`,
    () => `${hexRun(5 + random.int(3))}-${hexRun(5 + random.int(3))}`,
    () => `${hexRun(4)}-${hexRun(4)}-${hexRun(4)}-${hexRun(4)}`,
    () => `-${hexRun(6)}-${hexRun(6)}`,
    () => hexRun(random.int(16)),
    () => random.pick(["mac", "sta", "client", "vlan", "Gi1/0/1", "ip-10-0-1-2", "x", "ĀB"]),
  ];
  const separators = [" ", "=", ":", ".", "-", "_", '"', "'", "/", ",", "é", "\t", "(", ")", ""];
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    let line = "";
    for (let k = 1 + random.int(12); k > 0; k--) {
      line += random.pick(tokens)() + random.pick(separators);
    }
    lines.push(line);
  }
  return lines;
}

Deno.test("mac-address-other-notations: findDashedMacs finds exactly the pattern's matches", () => {
  const lines = generatedLines(20_000, 9);
  const examples = examplesOf(mac);
  lines.push(...examples.positive.map((p) => p.text), ...examples.negative);
  let found = 0;
  for (const line of lines) {
    const expected = patternMatches(line);
    found += expected.length;
    deepEqual(findDashedMacs(line), expected, JSON.stringify(line));
  }
  // The generated lines hold many of each form, so the comparison is not of empty lists.
  ok(found > 5_000, `only ${found} matches`);
});

Deno.test("mac-address-other-notations: the detector masks the same spans as its pattern alone", () => {
  const examples = examplesOf(mac);
  const lines = [
    ...examples.positive.map((p) => p.text),
    ...examples.negative,
    ...generatedLines(5_000, 10).map((l) => `dhcp client ${l}`),
    ...generatedLines(2_000, 11).map((l) => `STA ${l}`),
  ];
  let masked = 0;
  for (const line of lines) {
    const where = (d: Detector) => matchDetector(d, line).map((s) => [s.start, s.end]);
    const spans = where(mac);
    masked += spans.length;
    deepEqual(spans, where(byPattern), JSON.stringify(line));
  }
  ok(masked > 1_000, `only ${masked} spans`);
});
