import assert from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { matchDetector } from "../match.ts";
import { detectors } from "./cloud.ts";
import type { Detector } from "../detector.ts";
import {
  BASE64_DIGITS,
  forEachRun,
  forEachRunOf,
  gated,
  hasRun,
  membersOf,
  presetRuns,
  RUN_SHORTEST,
  type RunClass,
} from "./value_runs.ts";

const CLASSES: Record<RunClass, string> = {
  "url-safe": "[A-Za-z0-9_-]",
  "base64": "[A-Za-z0-9/+]",
  "hex": "[A-Fa-f0-9]",
  "alnum": "[A-Za-z0-9]",
};

Deno.test("hasRun says what a search for the run says, at every length and place", () => {
  const random = seededRandom(10);
  // Characters in one class, in another or none (non-ASCII included), in runs of any length.
  const alphabet = 'aF9Gz_-/+ .:="é\u{1F600}';
  for (let trial = 0; trial < 4000; trial++) {
    let line = "";
    const size = Math.floor(random() * 200);
    while (line.length < size) {
      const c = alphabet[Math.floor(random() * alphabet.length)];
      line += c.repeat(1 + Math.floor(random() * (random() < 0.2 ? 60 : 6)));
    }
    for (const [cls, chars] of Object.entries(CLASSES) as [RunClass, string][]) {
      for (const length of [35, 36, 40, 44, 48, 60]) {
        const expected = new RegExp(`${chars}{${length}}`).test(line);
        assert.equal(
          hasRun(line, cls, length),
          expected,
          `${cls} ${length} ${JSON.stringify(line)}`,
        );
      }
    }
  }
});

Deno.test("forEachRunOf visits every whole run of the class at least that long, in order", () => {
  const random = seededRandom(11);
  const alphabet = 'aF9Gz_-/+ .:="é';
  const lines: string[] = [];
  for (let trial = 0; trial < 600; trial++) {
    let line = "";
    const size = Math.floor(random() * 300);
    while (line.length < size) {
      const c = alphabet[Math.floor(random() * alphabet.length)];
      line += c.repeat(1 + Math.floor(random() * (random() < 0.3 ? 40 : 5)));
    }
    lines.push(line);
  }
  const runsBySearch = (line: string, chars: string, shortest: number) =>
    [...line.matchAll(new RegExp(`${chars}{${shortest},}`, "g"))].map((m) => [
      m.index,
      m.index + m[0].length,
    ]);
  for (const [cls, chars] of Object.entries(CLASSES) as [RunClass, string][]) {
    for (const shortest of [35, 36, 40, 50]) {
      lines.forEach((line, i) => {
        const visited: number[][] = [];
        forEachRunOf(line, cls, shortest, (start, end) => {
          visited.push([start, end]);
          // A visit that reads another line's runs: this line's are still the ones visited.
          hasRun(lines[(i + 1) % lines.length], "hex", 35);
        });
        assert.deepEqual(
          visited,
          runsBySearch(line, chars, shortest),
          `${cls} ${shortest} ${line}`,
        );
      });
    }
  }
});

Deno.test("forEachRunOf visits the same runs of each class from the runs the keyword scan hands over", () => {
  const random = seededRandom(12);
  const alphabet = 'aF9Gz_-/+ .:="é';
  let visits = 0;
  for (let trial = 0; trial < 600; trial++) {
    let line = "";
    const size = Math.floor(random() * 300);
    while (line.length < size) {
      const c = alphabet[Math.floor(random() * alphabet.length)];
      line += c.repeat(1 + Math.floor(random() * (random() < 0.3 ? 40 : 5)));
    }
    const other = line.split("").reverse().join("");
    for (const [cls, chars] of Object.entries(CLASSES) as [RunClass, string][]) {
      for (const shortest of [35, 36, 40, 50]) {
        // As the engine hands a line's runs over: each as where it ends and its length, the
        // line at 3 in the scanned text.
        const ends: number[] = [], lengths: number[] = [];
        forEachRun(line, BASE64_DIGITS, RUN_SHORTEST, (start, end) => {
          ends.push(end + 3);
          lengths.push(end - start);
        });
        presetRuns(line, Int32Array.from(ends), Int32Array.from(lengths), 0, ends.length, 3);
        const visited: number[][] = [];
        forEachRunOf(line, cls, shortest, (start, end) => {
          visited.push([start, end]);
          hasRun(other, "hex", 35);
        });
        const expected = [...line.matchAll(new RegExp(`${chars}{${shortest},}`, "g"))]
          .map((m) => [m.index, m.index + m[0].length]);
        assert.deepEqual(visited, expected, `${cls} ${shortest} ${line}`);
        visits += visited.length;
      }
    }
  }
  assert.ok(visits > 500, `only ${visits} runs visited`);
});

Deno.test("forEachRunOf stops at the first visit that returns true, and refuses short runs", () => {
  const line = `${"a".repeat(35)} ${"b".repeat(35)} ${"c".repeat(35)}`;
  const visited: number[] = [];
  forEachRunOf(line, "alnum", 35, (start) => visited.push(start) === 2);
  assert.deepEqual(visited, [0, 36]);
  assert.throws(() => forEachRunOf(line, "alnum", 34, () => {}), /under 35 are not read/);
});

Deno.test("hasRun: a run at the line's start, end, and one short of the length", () => {
  const run = "A".repeat(44);
  for (const line of [run, `${run}.`, `.${run}`, `..${run}..`, `x=${run}`]) {
    assert.equal(hasRun(line, "url-safe", 44), true, line);
  }
  for (const line of ["A".repeat(43), `${"A".repeat(43)}.${"A".repeat(43)}`, ""]) {
    assert.equal(hasRun(line, "url-safe", 44), false, line);
  }
  // A hex run broken by one letter past F, and a base64 run broken by `_`.
  assert.equal(hasRun(`${"a".repeat(24)}g${"a".repeat(23)}`, "hex", 48), false);
  assert.equal(hasRun(`${"a".repeat(20)}_${"a".repeat(20)}`, "base64", 40), false);
  assert.equal(hasRun(`${"a".repeat(20)}_${"a".repeat(20)}`, "url-safe", 41), true);
});

Deno.test("gated cloud detectors still find their value beside other long runs", () => {
  const byId = new Map(detectors.map((d) => [d.id, d]));
  const value44 = "Xk3pQ9vLm2Rt7Wz0Yb5Nc8Hd1Fg4Js6Ae_Bu-CoDiEfG";
  const value40 = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKQ";
  const value48 = "3f9a1c7e5b2d8046af91c3e7d5b20486fa1c9e3d7b5026a4";
  const value100 = "pTyGJMuHbEL31IeL2HPcHyGcFRl1SPnXNYvMIHa+2o76umfXfKm+" +
    "r5kJP1VrT/1FJors+6ILi8IHn5kxsC7tVO+HbkQfyy+KV5zj";
  const cases: [string, string, string][] = [
    ["ibm-cloud-api-key", `trace=${"a".repeat(30)} apikey=${value44}`, value44],
    ["aws-secret-access-key", `aws_secret_access_key=${value40} next=1`, value40],
    ["ibm-cos-hmac-secret", `cos_hmac_secret_access_key: ${value48}`, value48],
    [
      "aws-session-token",
      `{"session_token_ttl":900,"aws_session_token":"${value100}","trace":"${"f".repeat(99)}"}`,
      value100,
    ],
  ];
  for (const [id, line, value] of cases) {
    const found = matchDetector(byId.get(id)!, line);
    assert.deepEqual(
      found.map((c) => line.slice(c.start, c.end)),
      [value],
      `${id} on ${line}`,
    );
    // One character short of the value's length: no run is long enough, nothing is read.
    const short = line.replace(value, value.slice(1));
    assert.deepEqual(matchDetector(byId.get(id)!, short), [], `${id} on ${short}`);
  }
});

Deno.test("a gated pattern detector finds what its pattern finds: cuts, empty matches, refusals", () => {
  const random = seededRandom(12);
  // Runs of `a` up to 3 (one of 4 or more is cut), empty matches before each `b`, and a
  // validate that refuses every run of 2.
  const make = (): Detector => ({
    id: "test-runs",
    kind: "secret",
    pattern: /a{4}(?<cut>)(?=a)|a{1,3}|(?=b)/g,
    validate: (value) => value.length !== 2,
  });
  const plain = make();
  const gatedRuns = gated(make(), () => true);
  for (let trial = 0; trial < 2000; trial++) {
    let line = "";
    while (line.length < random() * 40) line += "ab. "[Math.floor(random() * 4)];
    const spans = (d: Detector) =>
      matchDetector(d, line).map((s) => [s.start, s.end, s.detector.id]);
    assert.deepEqual(spans(gatedRuns), spans(plain), line);
  }
  // On a line the gate refuses, nothing is read.
  assert.deepEqual(matchDetector(gated(make(), () => false), "aaa"), []);
  // A pattern with a secret group is masked from the group, as ungated, where its gate holds.
  const grouped = (holds: boolean) =>
    matchDetector(
      gated({ id: "g", kind: "secret", pattern: /k=(?<secret>v\w*)/dg }, () => holds),
      "x k=v1 y",
    ).map((s) => [s.start, s.end]);
  assert.deepEqual(grouped(true), [[4, 6]]);
  assert.deepEqual(grouped(false), []);
});

Deno.test("gates add up: a detector gated twice runs only where both hold", () => {
  const detector = gated(
    gated({ id: "t", kind: "secret", pattern: /ab/g }, (l) => l.includes("x")),
    (l) => l.includes("y"),
  );
  assert.deepEqual(matchDetector(detector, "ab x").length, 0);
  assert.deepEqual(matchDetector(detector, "ab y").length, 0);
  assert.deepEqual(matchDetector(detector, "ab xy").length, 1);
});

Deno.test("forEachRun reads only line[from, to), and finds runs of one character", () => {
  const members = membersOf("a");
  const runs = (line: string, shortest: number, from?: number, to?: number) => {
    const found: [number, number][] = [];
    forEachRun(line, members, shortest, (start, end) => void found.push([start, end]), from, to);
    return found;
  };
  // The a at `to` is past the range: the run before it is one character short.
  assert.deepStrictEqual(runs("aaaab", 4, 0, 3), []);
  assert.deepStrictEqual(runs("baaaa", 3, 1, 3), []);
  assert.deepStrictEqual(runs("aaaab", 3, 0, 3), [[0, 3]]);
  assert.deepStrictEqual(runs("a ab aaa", 1), [[0, 1], [2, 3], [5, 8]]);
});

Deno.test("forEachRun visits the runs a search finds, at every length and in any range", () => {
  // Runs just shorter and longer than the length looked for, one after another: where a way
  // back from one place meets a non-member, the members it read are not read again.
  const random = seededRandom(13);
  const members = membersOf("ab9_");
  for (let trial = 0; trial < 3000; trial++) {
    let line = "";
    const size = Math.floor(random() * 120);
    while (line.length < size) {
      line += "ab9_".repeat(4).slice(0, 1 + Math.floor(random() * 16));
      line += " .é\u0100-"[Math.floor(random() * 5)];
    }
    const shortest = 1 + Math.floor(random() * 14);
    const from = Math.floor(random() * 8), to = line.length - Math.floor(random() * 8);
    const found: number[][] = [];
    forEachRun(line, members, shortest, (start, end) => void found.push([start, end]), from, to);
    const range = line.slice(from, Math.max(from, to));
    const expected = [...range.matchAll(new RegExp(`[ab9_]{${shortest},}`, "g"))]
      .map((m) => [from + m.index, from + m.index + m[0].length]);
    assert.deepStrictEqual(found, expected, `${shortest} [${from}, ${to}) ${JSON.stringify(line)}`);
  }
});

Deno.test("forEachRunOf finds every run of a line of many runs, and no character past ASCII is in one", () => {
  const run = (i: number) => `${"Ab1".repeat(12)}${String.fromCharCode(65 + i % 26)}`; // 37 characters
  const line = Array.from({ length: 150 }, (_, i) => run(i)).join(" ");
  const starts: number[] = [];
  forEachRunOf(line, "alnum", 35, (start, end) => void starts.push(start, end));
  assert.deepStrictEqual(
    starts,
    Array.from({ length: 150 }, (_, i) => [i * 38, i * 38 + 37]).flat(),
  );
  for (const between of ["\u0080", "\u00ff", "\u0100", "é"]) {
    const found: number[] = [];
    forEachRunOf(
      `${"a1".repeat(10)}${between}${"b2".repeat(10)}`,
      "alnum",
      35,
      (s) => void found.push(s),
    );
    assert.deepStrictEqual(found, [], JSON.stringify(between));
  }
});

Deno.test("forEachRunOf: U+0080 ends a run, and a line's 65th run is split by characters outside the class as its first is", () => {
  const runsOf = (line: string, cls: RunClass) => {
    const found: [number, number][] = [];
    forEachRunOf(line, cls, 35, (start, end) => void found.push([start, end]));
    return found;
  };
  assert.deepStrictEqual(runsOf(`${"a".repeat(40)}\u0080${"b".repeat(40)}`, "alnum"), [[0, 40], [
    41,
    81,
  ]]);
  // 64 runs of the class, then one of 80 that a `+` splits into two of the class.
  const many = Array.from({ length: 64 }, () => "a".repeat(35)).join(" ");
  const line = `${many} ${"c".repeat(40)}+${"d".repeat(39)}`;
  const last = many.length + 1;
  assert.deepStrictEqual(runsOf(line, "alnum").slice(64), [[last, last + 40], [
    last + 41,
    last + 80,
  ]]);
});
