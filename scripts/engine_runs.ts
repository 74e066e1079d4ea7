/**
 * The scrub engine's in-process speed, for `deno task throughput`: run as a fresh process with the
 * scrub task's V8 flags (engineRunsArgs), so that its first run is cold the way the command's is.
 * Measured in the throughput script's own process instead (no such flags, and its heap left full
 * by feeding the pipes), the first run on a 20 MB mixed log came to 23 MB/s per CPU second where
 * the command's engine runs at 40 to 45: the cold penalty looked twice what it is.
 *
 *   deno run --allow-read --allow-env [--v8-flags=…] scripts/engine_runs.ts FILE RUNS
 *
 * Prints JSON on stdout: `{ "seconds": [...], "cpuSeconds": [...] }`, one entry per run of a new
 * scrubber over the whole file (the first one cold: code not yet compiled, nor the detectors'
 * regular expressions).
 */
import process from "node:process";
import { fileURLToPath } from "@node/url";
import { createScrubber } from "../core/scrub/mod.ts";

export interface EngineRuns {
  seconds: number[];
  cpuSeconds: number[];
}

/**
 * Arguments for `deno` that run this script over `file` `runs` times with the V8 flags of the
 * scrub task's arguments (`taskArgs`: the words after `deno` in deno.jsonc's scrub task).
 */
export function engineRunsArgs(taskArgs: readonly string[], file: string, runs: number): string[] {
  const script = fileURLToPath(import.meta.url);
  return [
    "run",
    "--quiet",
    "--allow-read",
    "--allow-env",
    ...v8FlagsOf(taskArgs),
    script,
    file,
    String(runs),
  ];
}

/** The `--v8-flags=…` words of the scrub task's arguments (`taskArgs`). */
export const v8FlagsOf = (taskArgs: readonly string[]) =>
  taskArgs.filter((word) => word.startsWith("--v8-flags="));

function measure(file: string, runs: number): EngineRuns {
  const text = Deno.readTextFileSync(file);
  const result: EngineRuns = { seconds: [], cpuSeconds: [] };
  for (let run = 0; run < runs; run++) {
    const scrubber = createScrubber();
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    scrubber.scrub(text);
    result.seconds.push((performance.now() - started) / 1000);
    const cpu = process.cpuUsage(cpuStarted);
    result.cpuSeconds.push((cpu.user + cpu.system) / 1e6);
  }
  return result;
}

if (import.meta.main) {
  const [file, runs] = Deno.args;
  if (file === undefined || !/^[1-9]\d?$/.test(runs ?? "")) {
    throw new Error("usage: engine_runs.ts FILE RUNS (1 to 99)");
  }
  console.log(JSON.stringify(measure(file, Number(runs))));
}
