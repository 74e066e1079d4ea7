/**
 * Cold import of each function bundle: bundles the manifest's functions as `deno task bundle`
 * does (scripts/bundle.ts), then imports each bundle in fresh `deno` processes, one import per
 * process, and prints a table of bundle size and import time (median and fastest of the runs).
 *
 *   deno task cold-import [runs] [--backends]
 *
 * `--backends` adds fetch_logs built with the template's example of each backend alone and with
 * all six (scripts/bundle.ts's bundleFetchLogsWith), as deployed: the config was validated at
 * build time, so importing the bundle checks nothing.
 *
 * A process's first import is what Slack's hosted runtime pays when it loads a function: the file
 * read, parsed and compiled, and everything its modules do at load (schemas built, config
 * parsed). V8's code cache is off in the measured processes (`--no-code-cache`), so no run is
 * helped by an earlier one. Wall-clock times vary with the machine's load (the fastest run is the
 * least disturbed one); the CPU time the process spent, on all its threads, varies much less.
 *
 * The detectors are built by a function's first scrub, not by its import: the last line gives what
 * that first scrub costs (the app's scrubber made and one line scrubbed, after a cold import of the
 * scrubber alone), which fetch_logs, post_debug_report and scrub_text pay on every cold run.
 */
import { join } from "@node/path";
import { pathToFileURL } from "@node/url";
import {
  bundleFetchLogsWith,
  bundleFile,
  bundleFunctions,
  sourcesModuleFor,
  templateKinds,
} from "../scripts/bundle.ts";
import { ROOT } from "../scripts/print_manifest.ts";

/** Imports `url` and prints the milliseconds the import took: wall clock, and CPU time. */
const IMPORT_ONCE = 'import process from "node:process"; const cpu = process.cpuUsage(); ' +
  "const started = performance.now(); await import(Deno.args[0]); " +
  "const wall = performance.now() - started; const used = process.cpuUsage(cpu); " +
  "console.log(JSON.stringify({ wall, cpu: (used.user + used.system) / 1000 }));";

/**
 * An entry whose default export makes the app's scrubber, scrubs one line and returns the CPU
 * milliseconds that took.
 */
const FIRST_SCRUB_ENTRY = (appScrubber: string) =>
  `import process from "node:process";\n` +
  `import { createAppScrubber } from ${JSON.stringify(appScrubber)};\n` +
  "export default function firstScrub() { const cpu = process.cpuUsage(); " +
  'createAppScrubber().scrub("deploy token=ghp_SYvQczqqDQlLYvYqXxd1olBFHQku95IJpscr"); ' +
  "const used = process.cpuUsage(cpu); return (used.user + used.system) / 1000; }\n";

/** Imports `url`, calls its default export and prints the CPU milliseconds it returns. */
const CALL_ONCE = "const { default: run } = await import(Deno.args[0]); " +
  "console.log(JSON.stringify({ cpu: run() }));";

/** Runs between the bounds, so a typo cannot start thousands of processes. */
const MAX_RUNS = 50;

/** One import's milliseconds: wall clock, and CPU time of the process (all its threads). */
export interface ImportTime {
  wall: number;
  cpu: number;
}

export interface ColdImport {
  callbackId: string;
  bytes: number;
  /** Each run, in the order they ran. */
  runs: ImportTime[];
}

/** Runs `script` in a fresh process without code cache, `file` its argument; its JSON answer. */
async function runFresh(script: string, file: string): Promise<Record<string, unknown>> {
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--no-code-cache",
      "--quiet",
      `--allow-read=${file}`,
      "-",
      pathToFileURL(file).href,
    ],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(script));
  await writer.close();
  const { code, stdout, stderr } = await child.output();
  const text = new TextDecoder().decode(stdout).trim();
  const answer = code === 0 && text.startsWith("{") ? JSON.parse(text) : undefined;
  if (!Number.isFinite(answer?.cpu)) {
    throw new Error(`importing ${file} failed: ${new TextDecoder().decode(stderr).trim()}`);
  }
  return answer;
}

/** Imports `file` once in a fresh process without code cache; how long the import took. */
export async function coldImport(file: string): Promise<ImportTime> {
  const time = await runFresh(IMPORT_ONCE, file);
  if (!Number.isFinite(time.wall)) throw new Error(`importing ${file} gave no wall-clock time`);
  return { wall: time.wall as number, cpu: time.cpu as number };
}

/**
 * CPU milliseconds of the first scrub after a cold import, `runs` times: the app's scrubber made
 * (the detectors and the prefilter built) and one line scrubbed, in a bundle of the scrubber
 * alone written in `dir`.
 */
export async function firstScrubTimes(dir: string, runs: number): Promise<number[]> {
  const entry = join(dir, "first_scrub.ts");
  const appScrubber = pathToFileURL(join(ROOT, "functions", "app_scrubber.ts")).href;
  await Deno.writeTextFile(entry, FIRST_SCRUB_ENTRY(appScrubber));
  const file = join(dir, "first_scrub.js");
  await bundleFile(entry, file);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push((await runFresh(CALL_ONCE, file)).cpu as number);
  return times;
}

/** The median of `values` (not empty). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Bundles every function into `dir` and imports each bundle `runs` times, interleaved. */
export async function measureColdImports(dir: string, runs: number): Promise<ColdImport[]> {
  const bundles = await bundleFunctions(dir);
  const results = bundles.map(({ callbackId, bytes }) => ({ callbackId, bytes, runs: [] }));
  for (let run = 0; run < runs; run++) {
    // Round by round, so a burst of load on the machine slows every bundle alike.
    for (const [i, bundle] of bundles.entries()) {
      (results[i].runs as ImportTime[]).push(await coldImport(bundle.file));
    }
  }
  return results;
}

/**
 * fetch_logs built with the template's example of each backend alone, then with all six, into
 * `dir`, each imported `runs` times, interleaved: rows `fetch_logs + loki` … `fetch_logs + all six`.
 */
export async function measureBackendColdImports(dir: string, runs: number): Promise<ColdImport[]> {
  await Deno.mkdir(dir, { recursive: true });
  const kinds = await templateKinds();
  const cases: [string, string[]][] = [...kinds.map((kind): [string, string[]] => [kind, [kind]])];
  cases.push(["all six", kinds]);
  const bundles = [];
  for (const [label, configured] of cases) {
    const file = join(dir, `fetch_logs_${label.replace(/\W/g, "_")}.js`);
    const built = await bundleFetchLogsWith(await sourcesModuleFor(configured), dir, file);
    bundles.push({ callbackId: `fetch_logs + ${label}`, bytes: built.bytes, file, runs: [] });
  }
  for (let run = 0; run < runs; run++) {
    for (const bundle of bundles) (bundle.runs as ImportTime[]).push(await coldImport(bundle.file));
  }
  return bundles.map(({ callbackId, bytes, runs }) => ({ callbackId, bytes, runs }));
}

/** The table: one row per function, sizes in KB (1024 bytes), times in ms. */
export function formatTable(results: readonly ColdImport[]): string {
  const rows = [
    "| Function | Bundle (KB) | Cold import, median (ms) | Fastest (ms) | CPU, median (ms) |",
    "| --- | ---: | ---: | ---: | ---: |",
  ];
  for (const { callbackId, bytes, runs } of results) {
    const wall = runs.map((run) => run.wall);
    const cells = [median(wall), Math.min(...wall), median(runs.map((run) => run.cpu))];
    rows.push(
      `| ${callbackId} | ${(bytes / 1024).toFixed(0)} | ${
        cells.map((ms) => ms.toFixed(1)).join(" | ")
      } |`,
    );
  }
  return rows.join("\n");
}

if (import.meta.main) {
  const backends = Deno.args.includes("--backends");
  const runs = Number(Deno.args.filter((arg) => !arg.startsWith("--"))[0] ?? 9);
  if (!Number.isInteger(runs) || runs < 1 || runs > MAX_RUNS) {
    console.error(`cold_import: runs must be a whole number from 1 to ${MAX_RUNS}`);
    Deno.exit(2);
  }
  const dir = await Deno.makeTempDir({ prefix: "safe-debug-cold-import-" });
  try {
    const results = await measureColdImports(join(dir, "functions"), runs);
    if (backends) results.push(...await measureBackendColdImports(join(dir, "backends"), runs));
    console.log(
      `${runs} fresh processes per bundle, V8 code cache off (deno ${Deno.version.deno})`,
    );
    console.log(formatTable(results));
    const firstScrub = await firstScrubTimes(dir, runs);
    console.log(
      `First scrub after a cold import (detectors and prefilter built, one line): ` +
        `${median(firstScrub).toFixed(1)} ms CPU, median`,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}
