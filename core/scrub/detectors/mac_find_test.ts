/**
 * mac-address-compact and mac-address-other-notations read their candidates run by run
 * (findCompactMacs, findDashedMacs) instead of trying their patterns at every hex digit: each
 * finder must find its pattern's values, and each detector the same spans as its pattern alone,
 * on its examples and on generated lines dense in hex digits, dots, colons and dashes.
 */
import { deepEqual, ok } from "@node/assert";
import { type Random, seededRandom } from "../../../devkit/sample_logs/random.ts";
import type { Candidate, Detector } from "../detector.ts";
import { matchDetector } from "../match.ts";
import { examplesOf } from "./examples/mod.ts";
import { detectors, findCompactMacs, findDashedMacs } from "./network.ts";

/** The tokens of a detector's generated lines, from `hexRun(n)` (n hex digits in either case). */
type Tokens = (hexRun: (n: number) => string, random: Random) => (() => string)[];

/** Lines of `count` tokens near a MAC's forms, among separators and non-ASCII text. */
function generatedLines(tokensOf: Tokens, count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const hex = "0123456789abcdefABCDEF";
  const hexRun = (n: number) => Array.from({ length: n }, () => random.pick([...hex])).join("");
  const tokens = tokensOf(hexRun, random);
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

const CASES: {
  id: string;
  find: (line: string) => Candidate[];
  tokens: Tokens;
  /** The seed of the lines compared with the pattern's matches. */
  seed: number;
  /** Lines the detector reads (besides its examples), from `lines(count, seed)`. */
  detectorLines: (lines: (count: number, seed: number) => string[]) => string[];
}[] = [
  {
    id: "mac-address-compact",
    find: findCompactMacs,
    tokens: (hexRun, random) => [
      () => hexRun(12),
      () => `${hexRun(4)}.${hexRun(4)}.${hexRun(4)}`,
      () => hexRun(11 + random.int(3)),
      () => `${hexRun(4)}.${hexRun(4)}.${hexRun(3 + random.int(3))}`,
      () => `${hexRun(3)}.${hexRun(4)}.${hexRun(5)}`,
      () => hexRun(random.int(20)),
      () => random.pick(["mac", "host", "client", "port", "Gi1/0/1", "ip-10-0-1-2", "x"]),
    ],
    seed: 7,
    detectorLines: (lines) => {
      const random = seededRandom(8);
      const hex = () => random.chars(12, "0123456789abcdef");
      return [
        ...lines(5_000, 7).map((l) => `client mac ${l}`),
        ...Array.from(
          { length: 500 },
          () => `hwaddr=${hex()} host sta ${hex().slice(0, 4)}.a1b2.c3d4`,
        ),
      ];
    },
  },
  {
    id: "mac-address-other-notations",
    find: findDashedMacs,
    tokens: (hexRun, random) => [
      () => `${hexRun(4)}-${hexRun(4)}-${hexRun(4)}`,
      () => `${hexRun(6)}-${hexRun(6)}`,
      () =>
        `${hexRun(3 + random.int(3))}-${hexRun(3 + random.int(3))}-${hexRun(3 + random.int(3))}`,
      () => `${hexRun(5 + random.int(3))}-${hexRun(5 + random.int(3))}`,
      () => `${hexRun(4)}-${hexRun(4)}-${hexRun(4)}-${hexRun(4)}`,
      () => `-${hexRun(6)}-${hexRun(6)}`,
      () => hexRun(random.int(16)),
      () => random.pick(["mac", "sta", "client", "vlan", "Gi1/0/1", "ip-10-0-1-2", "x", "ĀB"]),
    ],
    seed: 9,
    detectorLines: (lines) => [
      ...lines(5_000, 10).map((l) => `dhcp client ${l}`),
      ...lines(2_000, 11).map((l) => `STA ${l}`),
    ],
  },
];

for (const { id, find, tokens, seed, detectorLines } of CASES) {
  const mac = detectors.find((d) => d.id === id) as Detector;
  const examples = examplesOf(mac);

  Deno.test(`${id}: its finder finds exactly the pattern's matches`, () => {
    const lines = generatedLines(tokens, 20_000, seed);
    lines.push(...examples.positive.map((p) => p.text), ...examples.negative);
    let found = 0;
    for (const line of lines) {
      const re = new RegExp(mac.pattern.source, mac.pattern.flags);
      const expected = [...line.matchAll(re)]
        .map((m) => ({ start: m.index, end: m.index + m[0].length }));
      found += expected.length;
      deepEqual(find(line), expected, JSON.stringify(line));
    }
    // The generated lines hold many of each form, so the comparison is not of empty lists.
    ok(found > 5_000, `only ${found} matches`);
  });

  Deno.test(`${id}: the detector masks the same spans as its pattern alone`, () => {
    const byPattern: Detector = { ...mac, find: undefined };
    const lines = [
      ...examples.positive.map((p) => p.text),
      ...examples.negative,
      ...detectorLines((count, seed) => generatedLines(tokens, count, seed)),
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
}
