import { deepStrictEqual, strictEqual } from "@node/assert";
import { DETECTORS } from "../detectors/mod.ts";
import {
  BASE64_DIGITS,
  forEachBase64Run,
  forEachRun,
  forEachRunOf,
  hasRun,
  presetRuns,
  RUN_SHORTEST,
  type RunClass,
} from "../detectors/value_runs.ts";
import { createScrubber } from "../mod.ts";
import { DENSITY_JUDGED, KeywordIndex } from "./keyword_index.ts";
import { CHUNK_LENGTH } from "./wasm/scan.ts";

const keywords = DETECTORS.map((d) => d.prefilter?.keywords ?? []);
const indexes = [new KeywordIndex(keywords), new KeywordIndex(keywords, { wasm: false })];

const PIECES = [
  '"api_key":"',
  "password=",
  "token: ",
  "credentials_source=vault ",
  "dXNlcjpwYXNzd29yZDEyMw==",
  "3f2a9c1e-77aa-4b1e-9d2f-0c6e5a4b3c2d",
  "A".repeat(40),
  "ab12_-+/".repeat(6),
  // Runs of 11, 12 and 13 digits, and of 34, 35 and 36: each side of both bounds.
  " 0123456789a ",
  " 0123456789ab ",
  " 0123456789abc ",
  ` ${"Zz9".repeat(11)}z `,
  ` ${"Zz9".repeat(11)}zz `,
  ` ${"Zz9".repeat(12)} `,
  "é",
  "\n",
];
const LETTERS = "abcdefKEY0129_-+/=.:\"' ,{}";

/** Key/value-like text dense in keywords, every run length around the bounds. */
function denseText(seed: number, length: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  let text = "";
  while (text.length < length) {
    const r = next() % 6;
    if (r === 0) text += PIECES[next() % PIECES.length];
    else if (r === 1) text += "q".repeat(next() % 40);
    else text += next() % 40 === 0 ? "\n" : LETTERS[next() % LETTERS.length];
  }
  return text;
}

/** The whole runs of 12 or more base64 digits of `line`, read from the line. */
function runsRead(line: string): number[][] {
  const runs: number[][] = [];
  forEachRun(line, BASE64_DIGITS, RUN_SHORTEST, (start, end) => void runs.push([start, end]));
  return runs;
}

/** What the run readings tell of `line`: base64 runs from 12 on, and each class's from 35 on. */
function readings(line: string): string[] {
  const told: string[] = [];
  for (const shortest of [12, 13, 20, 35, 8192]) {
    forEachBase64Run(line, shortest, (s, e) => void told.push(`b${shortest} ${s}-${e}`));
  }
  for (const cls of ["url-safe", "base64", "hex", "alnum"] as RunClass[]) {
    for (const length of [35, 36, 40, 44, 48]) {
      told.push(`${cls} ${length} ${hasRun(line, cls, length)}`);
      forEachRunOf(line, cls, length, (s, e) => void told.push(`${cls} ${length} ${s}-${e}`));
    }
  }
  return told;
}

Deno.test("a dense text's scan finds every run of base64 digits of each line after its first DENSITY_JUDGED characters", () => {
  for (const index of indexes) {
    for (let seed = 1; seed <= 8; seed++) {
      const text = denseText(seed, 5 * CHUNK_LENGTH + seed * 997);
      const hits = index.scan(text, 0, text.length, true);
      const runs = hits.runs;
      if (!index.usesWasm) {
        // The JavaScript scan runs over the whole text at once: it finds no runs.
        strictEqual(runs, null);
        continue;
      }
      strictEqual(runs !== null && hits.runsFrom === DENSITY_JUDGED, true, `seed ${seed}`);
      // The first line that starts where the runs are found or later.
      const first = text.indexOf("\n", hits.runsFrom - 1) + 1;
      strictEqual(first > 0, true);
      const found: number[][] = [];
      for (let k = 0; k < runs!.length; k++) {
        const start = runs!.positions[k] - runs!.states[k];
        if (start >= first) found.push([start, runs!.positions[k]]);
      }
      const expected: number[][] = [];
      for (let start = first; start <= text.length;) {
        const newline = text.indexOf("\n", start);
        const end = newline === -1 ? text.length : newline;
        for (const [s, e] of runsRead(text.slice(start, end))) {
          expected.push([start + s, start + e]);
        }
        start = end + 1;
      }
      strictEqual(expected.length > 5, true, `${expected.length} runs`);
      deepStrictEqual(found, expected, `seed ${seed}`);
    }
  }
});

Deno.test("the run readings tell the same from the scan's runs as from reading the line", () => {
  const index = indexes[0];
  let lines = 0;
  for (let seed = 1; seed <= 6; seed++) {
    const text = denseText(seed + 100, 3 * CHUNK_LENGTH);
    const hits = index.scan(text, 0, text.length, true);
    const runs = hits.runs!;
    let k = 0;
    for (let start = 0; start <= text.length;) {
      const newline = text.indexOf("\n", start);
      const end = newline === -1 ? text.length : newline;
      const line = text.slice(start, end);
      while (k < runs.length && runs.positions[k] < start) k++;
      let last = k;
      while (last < runs.length && runs.positions[last] <= end) last++;
      if (start >= hits.runsFrom) {
        presetRuns("", new Int32Array(0), new Int32Array(0), 0, 0, 0);
        hasRun("-", "hex", 35); // another line read: the readings read this one again
        const read = readings(line);
        presetRuns(line, runs.positions, runs.states, k, last, start);
        hasRun("-", "hex", 35);
        deepStrictEqual(readings(line), read, line);
        lines++;
      }
      k = last;
      start = end + 1;
    }
  }
  strictEqual(lines > 100, true, `${lines} lines`);
});

Deno.test("a dense text scrubs as its lines do one by one (their runs read from each line)", () => {
  const key = new Uint8Array(32).fill(7);
  const whole = createScrubber(undefined, { pseudonymKey: key });
  const single = createScrubber(undefined, { pseudonymKey: key });
  const secrets = [
    "dXNlcjpwYXNzd29yZDEyMw==", // user:password123, where a line names credentials
    "YWRtaW46UzNjcjN0IVBhc3M=",
    "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ8Ks3Lt9a", // an AWS secret key's shape, after its name
  ];
  const ENDING = ["YWRtaW46UzNjcjN0ISE", "b3BzLnVzZXI6aHVudGVyMnh5eg"]; // user:password
  let state = 7;
  // The high bits of the generator (its low bits repeat with a short period).
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) >>> 12;
  const lines: string[] = [];
  let length = 0;
  while (length < 4 * CHUNK_LENGTH) {
    const secret = secrets[next() % secrets.length];
    const form = next() % 4;
    const line = form === 0
      ? `{"credentials_source":"vault","token_type":"Bearer","creds":"${secret}"}`
      : form === 1
      ? `ts=1 aws_secret_access_key=${secret} cache_key=orders:1 auth=${secret}`
      // Values read only on lines whose runs the gates of their detectors find.
      : form === 2
      ? `{"bytes":996696,"card":4539148803436467,"retry":1}`
      : `{"vault":"prod","X-Vault-Token":"s.Xk9Lm2Pq7Rt4Vw8Yz3Bn6CdF"}`;
    const noise = denseText(next(), next() % 300).replaceAll("\n", " ");
    const last = ENDING[next() % ENDING.length];
    // A line's last run ends where the line does: the value an encoded line names is only
    // found by base64-user-password, from the line's runs.
    lines.push(next() % 2 === 0 ? `${noise} ${line} encoded ${last}` : `${line} ${noise}`);
    length += lines[lines.length - 1].length + 1;
  }
  const text = lines.join("\n");
  strictEqual(indexes[0].scan(text, 0, text.length, true).runs !== null, true);
  const out = whole.scrub(text).text;
  deepStrictEqual(out.split("\n"), lines.map((line) => single.scrub(line).text));
  for (const secret of [...secrets, ...ENDING, "4539148803436467", "Xk9Lm2Pq7Rt4Vw8Yz3Bn6CdF"]) {
    strictEqual(out.includes(secret), false, secret);
  }
  strictEqual(out.includes("[REDACTED:vault-legacy-token]"), true);
});

Deno.test("the runs are turned on only at a hit per 40 characters, judged on a text's first DENSITY_JUDGED characters, then on each chunk's start", () => {
  const index = new KeywordIndex([["zq"]]);
  // Only the WebAssembly scan finds runs (the JavaScript one reads a text whole): no silent skip.
  strictEqual(index.usesWasm, true, "the WebAssembly scan is not available here");
  // One hit per `every` characters (each `zq` is one), on lines of 200; `sparseFirst`: one per 100
  // in the first DENSITY_JUDGED characters.
  const text = (every: number, sparseFirst = false) => {
    const lines = (every: number, length: number) => {
      const piece = "zq" + "x".repeat(every - 2);
      const line = piece.repeat(Math.ceil(200 / every)).slice(0, 199) + "\n";
      return line.repeat(Math.ceil(length / line.length)).slice(0, length);
    };
    return sparseFirst
      ? lines(100, DENSITY_JUDGED) + lines(every, 3 * CHUNK_LENGTH)
      : lines(every, 3 * CHUNK_LENGTH);
  };
  const from = (every: number, sparseFirst = false) => {
    const t = text(every, sparseFirst);
    return index.scan(t, 0, t.length, true).runsFrom;
  };
  strictEqual(from(25), DENSITY_JUDGED);
  strictEqual(from(40), DENSITY_JUDGED);
  // As dense as the mixed log (a hit per 65 characters) or a little denser: no runs.
  strictEqual(from(50), Infinity);
  strictEqual(from(65), Infinity);
  strictEqual(from(100), Infinity);
  // A sparse start judged again after the next chunk, on the text read so far.
  strictEqual(from(20, true), DENSITY_JUDGED + CHUNK_LENGTH);
  strictEqual(from(50, true), Infinity);
});
