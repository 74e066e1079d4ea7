/**
 * First use of the line-shape automata: the CPU milliseconds `ShapeAutomaton.shared()` takes in
 * a fresh process (the stored tables of core/scrub/prefilter/line_shape_tables.ts unpacked and
 * loaded), bundled and minified as a function bundle holds it, without code cache. Every function
 * that scrubs pays it once per cold process.
 *
 *   deno run --allow-read --allow-write --allow-run --allow-env bench/shape_tables_unpack.ts \
 *     [runs] [--against OTHER/core/scrub/prefilter]
 *
 * `--against` times another copy of the prefilter directory too, run for run (e.g. an earlier
 * commit's: `git archive <commit> core/scrub/prefilter | tar -x -C OTHER`), to compare two forms.
 */
import { join, resolve } from "@node/path";
import { pathToFileURL } from "@node/url";
import { bundleFile, flagValue } from "../scripts/bundle.ts";
import { median } from "./cold_import.ts";

const PREFILTER = new URL("../core/scrub/prefilter", import.meta.url).pathname;
/** Runs between the bounds, so a typo cannot start thousands of processes. */
const MAX_RUNS = 50;
/** A fresh process that has not answered in this long is stopped. */
const RUN_TIMEOUT_MS = 30_000;

/** An entry that loads the automata and prints the CPU milliseconds that took. */
const ENTRY = (prefilter: string) =>
  `import process from "node:process";\n` +
  `import { ShapeAutomaton } from ${
    JSON.stringify(pathToFileURL(join(prefilter, "line_shapes.ts")).href)
  };\n` +
  "const cpu = process.cpuUsage(); ShapeAutomaton.shared(); const used = process.cpuUsage(cpu); " +
  "console.log((used.user + used.system) / 1000);\n";

/** Runs `file` in a fresh process without code cache: the CPU milliseconds it prints. */
async function firstUseOnce(file: string): Promise<number> {
  const { code, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--no-code-cache", "--quiet", `--allow-read=${file}`, file],
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(RUN_TIMEOUT_MS),
  }).output();
  const cpu = Number(new TextDecoder().decode(stdout).trim());
  if (code !== 0 || !Number.isFinite(cpu)) {
    throw new Error(`${file} failed: ${new TextDecoder().decode(stderr).trim()}`);
  }
  return cpu;
}

/** Bundles an entry per prefilter directory in `dir`; `runs` first uses of each, interleaved. */
export async function firstUseTimes(
  prefilters: readonly string[],
  runs: number,
  dir: string,
): Promise<number[][]> {
  const bundles: string[] = [];
  for (const [i, prefilter] of prefilters.entries()) {
    const entry = join(dir, `first_use_${i}.ts`);
    await Deno.writeTextFile(entry, ENTRY(prefilter));
    bundles.push(join(dir, `first_use_${i}.js`));
    await bundleFile(entry, bundles[i]);
  }
  const times = prefilters.map((): number[] => []);
  for (let run = 0; run < runs; run++) {
    for (const [i, bundle] of bundles.entries()) times[i].push(await firstUseOnce(bundle));
  }
  return times;
}

if (import.meta.main) {
  const runs = Number(Deno.args.find((arg) => /^\d+$/.test(arg)) ?? 15);
  if (runs < 1 || runs > MAX_RUNS) {
    console.error(`runs: between 1 and ${MAX_RUNS}`);
    Deno.exit(2);
  }
  const against = flagValue(Deno.args, "against");
  const modules = against === undefined ? [PREFILTER] : [PREFILTER, resolve(against)];
  const dir = await Deno.makeTempDir({ prefix: "safe-debug-shape-tables-" });
  try {
    const times = await firstUseTimes(modules, runs, dir);
    for (const [i, module] of modules.entries()) {
      const sorted = [...times[i]].sort((a, b) => a - b);
      console.log(
        `${module}: ShapeAutomaton.shared() ${median(sorted).toFixed(2)} ms CPU median, ` +
          `${sorted[0].toFixed(2)} fastest (${runs} fresh processes)`,
      );
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}
