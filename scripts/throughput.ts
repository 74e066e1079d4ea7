/**
 * Throughput of the `scrub` command against `cat` on the same log, in the same run:
 *
 *   deno task throughput [--input FILE | --kv-json] [--runs N] [--by-detector] [--one-core]
 *
 * Without --input it generates a 20 MB log with ../shared/eval/genlogs.mjs (beside the
 * repository) when that exists, and otherwise says what to pass; --kv-json instead generates a
 * 20 MB key/value-dense log (./kv_json_log.ts: JSON and logfmt lines of 15 to 30 pairs, with
 * secret-sounding key names, and says how many of its embedded secrets the engine let through). Each command runs two ways:
 * reading the log file and writing a file (`cmd < log > out`, as a shell user runs it), and
 * through pipes that this script feeds and drains (which also costs this script's work).
 * Also prints the scrub command's start-up CPU time (on empty input) and its file-to-file CPU rate
 * net of it, and the engine's in-process speed (no process start-up, no I/O; in a process of its own
 * with the scrub task's V8 flags: ./engine_runs.ts), warm and on its first run (cold, as in the
 * command); --by-detector adds
 * the slowest detectors. --one-core runs both commands pinned to one CPU (Linux `taskset`), so
 * the runtime's helper threads (garbage collection, compilation, I/O) share that CPU too.
 */
import { dirname, join } from "@node/path";
import { fileURLToPath } from "@node/url";
import { createScrubber, type DetectorTimes } from "../core/scrub/mod.ts";
import { type EngineRuns, engineRunsArgs, v8FlagsOf } from "./engine_runs.ts";
import { writeKvJsonLog } from "./kv_json_log.ts";
import { parseJsonc } from "./deno_config.ts";
import { GENLOGS, genlogsPresent, writeMixedLog } from "./mixed_log.ts";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const PROCESS_TIMEOUT_MS = 300_000;

interface Args {
  input?: string;
  kvJson: boolean;
  runs: number;
  byDetector: boolean;
  oneCore: boolean;
}

function parseArgs(args: readonly string[]): Args {
  const parsed: Args = { runs: 3, kvJson: false, byDetector: false, oneCore: false };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--input" && args[i + 1]) parsed.input = args[++i];
    else if (args[i] === "--kv-json") parsed.kvJson = true;
    else if (args[i] === "--by-detector") parsed.byDetector = true;
    else if (args[i] === "--one-core") parsed.oneCore = true;
    else if (args[i] === "--runs" && /^[1-9]\d?$/.test(args[i + 1] ?? "")) {
      parsed.runs = Number(args[++i]);
    } else {throw new Error(
        `unknown or incomplete argument ${
          JSON.stringify(args[i])
        }; use --input FILE or --kv-json [--runs N] [--by-detector] [--one-core]`,
      );}
  }
  if (parsed.input !== undefined && parsed.kvJson) {
    throw new Error("--input and --kv-json both name the log to read: give one of them");
  }
  return parsed;
}

async function generateLog(): Promise<string> {
  if (!(await genlogsPresent())) {
    throw new Error(
      `no --input given and ${GENLOGS} is absent: pass --input FILE (any large log file)`,
    );
  }
  const out = join(await Deno.makeTempDir({ prefix: "scrub-throughput-" }), "big.log");
  try {
    await writeMixedLog(out);
  } catch (e) {
    throw new Error(`${(e as Error).message}; pass --input FILE instead`);
  }
  return out;
}

/**
 * CPU seconds (user and system) of the shell's children, from the `times` builtin's second
 * line (`0m1.234s 0m0.056s`); null when it cannot be read. On a shared machine, CPU time says
 * what a run cost, where wall time also says what others ran meanwhile.
 */
function childCpuSeconds(times: string): number | null {
  const line = times.trim().split("\n")[1] ?? "";
  const parts = [...line.matchAll(/(\d+)m([\d.]+)s/g)];
  if (parts.length !== 2) return null;
  return parts.reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
}

/**
 * CPU seconds of each file-to-file run, per command (when the shell's `times` was read); `startup`:
 * the scrub command on empty input (start-up alone: the runtime, the modules, the detectors).
 */
const cpuTimes = { scrub: [] as number[], cat: [] as number[], startup: [] as number[] };

/** Seconds for `cmd args < file > out` (the shell opens both files). */
async function timeFiles(
  label: keyof typeof cpuTimes,
  cmd: string,
  args: string[],
  file: string,
  out: string,
): Promise<number> {
  const started = performance.now();
  const { success, code, stdout } = await new Deno.Command("sh", {
    // Not `exec`: the shell waits for the command, then `times` says what its child cost.
    args: ["-c", '"$0" "$@" < "$SCRUB_IN" > "$SCRUB_OUT" || exit $?; times', cmd, ...args],
    env: { SCRUB_IN: file, SCRUB_OUT: out },
    stdout: "piped",
    stderr: "inherit",
    cwd: repo,
    signal: AbortSignal.timeout(PROCESS_TIMEOUT_MS),
  }).output();
  if (!success) throw new Error(`${cmd} exited with code ${code}`);
  const seconds = (performance.now() - started) / 1000;
  const cpu = childCpuSeconds(new TextDecoder().decode(stdout));
  if (cpu !== null) cpuTimes[label].push(cpu);
  return seconds;
}

/** Seconds to pipe `file` through the command and read all its output. */
async function timePipe(cmd: string, args: string[], file: string): Promise<number> {
  const started = performance.now();
  const child = new Deno.Command(cmd, {
    args,
    stdin: "piped",
    stdout: "piped",
    stderr: "inherit",
    cwd: repo,
    signal: AbortSignal.timeout(PROCESS_TIMEOUT_MS),
  }).spawn();
  const input = await Deno.open(file);
  const [, , status] = await Promise.all([
    input.readable.pipeTo(child.stdin),
    child.stdout.pipeTo(new WritableStream()),
    child.status,
  ]);
  if (!status.success) throw new Error(`${cmd} exited with code ${status.code}`);
  return (performance.now() - started) / 1000;
}

function best(times: number[]): number {
  return Math.min(...times);
}

/** The key/value-dense log and the secrets in it, in a temporary directory. */
async function generateKvJsonLog(): Promise<{ file: string; secrets: string[] }> {
  const file = join(await Deno.makeTempDir({ prefix: "scrub-throughput-" }), "kv.log");
  return { file, secrets: await writeKvJsonLog(file, 20) };
}

const args = parseArgs(Deno.args);
const kv = args.kvJson ? await generateKvJsonLog() : undefined;
/** The log this script generated (its temporary directory is removed at the end), if any. */
const generated = kv?.file ?? (args.input === undefined ? await generateLog() : undefined);
const file = generated ?? args.input!;
const bytes = (await Deno.stat(file)).size;
const mb = bytes / 1e6;

/** Fails unless Linux `taskset` runs here (checked once, for --one-core). */
async function checkTaskset(): Promise<void> {
  const { success } = await new Deno.Command("taskset", { args: ["-c", "0", "true"] }).output()
    .catch(() => ({ success: false }));
  if (!success) throw new Error("--one-core needs Linux `taskset` (util-linux), which did not run");
}

/** A command and its arguments, pinned to CPU 0 with --one-core. */
const pinned = (cmd: string, cmdArgs: string[]): [string, string[]] =>
  args.oneCore ? ["taskset", ["-c", "0", cmd, ...cmdArgs]] : [cmd, cmdArgs];

if (args.oneCore) await checkTaskset();
/**
 * The arguments `deno task scrub` runs deno with (deno.jsonc's task, `deno run …`), so that what
 * is measured is the command as users run it, its runtime flags included.
 */
async function scrubTaskArgs(): Promise<string[]> {
  const config = parseJsonc(await Deno.readTextFile(join(repo, "deno.jsonc"))) as {
    tasks?: Record<string, unknown>;
  };
  const task = config.tasks?.scrub;
  const words = typeof task === "string" ? task.split(/\s+/) : [];
  if (words[0] !== "deno" || words[1] !== "run" || words.some((w) => /["'$`\\|&;<>]/.test(w))) {
    throw new Error(`deno.jsonc's scrub task is not a plain "deno run …" command: ${task}`);
  }
  return words.slice(1);
}

const taskArgs = await scrubTaskArgs();
const [scrubCmd, scrubArgs] = pinned(Deno.execPath(), taskArgs);

/**
 * The engine in its own process under the scrub task's V8 flags (./engine_runs.ts), `runs` times:
 * in this script's process, V8 would optimize as the command does not, and its cold run would
 * not be the command's.
 */
async function engineRuns(file: string, runs: number): Promise<EngineRuns> {
  const [cmd, cmdArgs] = pinned(Deno.execPath(), engineRunsArgs(taskArgs, file, runs));
  const { success, code, stdout } = await new Deno.Command(cmd, {
    args: cmdArgs,
    stdout: "piped",
    stderr: "inherit",
    cwd: repo,
    signal: AbortSignal.timeout(PROCESS_TIMEOUT_MS),
  }).output();
  if (!success) throw new Error(`engine_runs.ts exited with code ${code}`);
  return JSON.parse(new TextDecoder().decode(stdout)) as EngineRuns;
}
const [catCmd, catArgs] = pinned("cat", []);
/** Seconds per run, for each way of feeding each command. */
const files = { scrub: [] as number[], cat: [] as number[] };
const pipes = { scrub: [] as number[], cat: [] as number[] };
const text = await Deno.readTextFile(file);
const outDir = await Deno.makeTempDir({ prefix: "scrub-throughput-out-" });
const out = join(outDir, "out.log");
const empty = join(outDir, "empty.log");
await Deno.writeTextFile(empty, "");
try {
  for (let run = 0; run < args.runs; run++) {
    await timeFiles("startup", scrubCmd, scrubArgs, empty, out);
    files.scrub.push(await timeFiles("scrub", scrubCmd, scrubArgs, file, out));
    files.cat.push(await timeFiles("cat", catCmd, catArgs, file, out));
    pipes.scrub.push(await timePipe(scrubCmd, scrubArgs, file));
    pipes.cat.push(await timePipe(catCmd, catArgs, file));
  }
} finally {
  await Deno.remove(outDir, { recursive: true });
}
const engine = await engineRuns(file, args.runs);
const rate = (seconds: number) => `${(mb / seconds).toFixed(1)} MB/s`;
console.log(
  `input: ${file} (${mb.toFixed(1)} MB), best of ${args.runs} runs` +
    (args.oneCore ? ", each command pinned to CPU 0" : ""),
);
console.log("file to file (cmd < log > out), start-up included:");
console.log(`  scrub: ${rate(best(files.scrub))}`);
console.log(`  cat:   ${rate(best(files.cat))}`);
if (cpuTimes.scrub.length > 0) {
  const cpuRate = (times: number[]) => best(times) > 0 ? rate(best(times)) : "(under a clock tick)";
  console.log(
    `  per CPU second (user + system, start-up included): scrub ${cpuRate(cpuTimes.scrub)}, cat ${
      cpuRate(cpuTimes.cat)
    }`,
  );
  if (cpuTimes.startup.length > 0) {
    const startup = best(cpuTimes.startup);
    const net = best(cpuTimes.scrub) - startup;
    console.log(
      `  scrub start-up (empty input): ${(startup * 1000).toFixed(0)} CPU ms; per CPU second net ` +
        `of start-up: ${net > 0 ? rate(net) : "(under a clock tick)"}`,
    );
  }
}
console.log("through pipes fed and drained by this script, start-up included:");
console.log(`  scrub: ${rate(best(pipes.scrub))}`);
console.log(`  cat:   ${rate(best(pipes.cat))}`);
console.log(
  `scrub engine in process, with the scrub task's V8 flags (${
    v8FlagsOf(taskArgs).join(" ") || "none"
  }):`,
);
console.log(
  `  warm (no start-up, no I/O): ${rate(best(engine.seconds))}; per CPU second ${
    rate(best(engine.cpuSeconds))
  }`,
);
// The first run is the one the scrub command does: its code not yet optimized, its regular
// expressions not yet compiled (the command's gap to the warm engine is mostly this).
console.log(
  `  its first run in that process (cold, as in the command): per CPU second ${
    rate(engine.cpuSeconds[0])
  }`,
);
if (kv !== undefined) {
  const scrubbed = createScrubber().scrub(text).text;
  const leaked = kv.secrets.filter((s) => scrubbed.includes(s)).length;
  console.log(
    `secrets embedded in the key/value log: ${kv.secrets.length}, left unmasked: ${leaked}`,
  );
}
if (generated !== undefined) await Deno.remove(dirname(generated), { recursive: true });

if (args.byDetector) {
  const times: DetectorTimes = new Map();
  createScrubber(undefined, { times }).scrub(text);
  const total = [...times.values()].reduce((a, b) => a + b, 0);
  console.log(`time by detector (one timed run, ${total.toFixed(0)} ms in detectors and scans):`);
  for (const [id, ms] of [...times].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${id}`);
  }
}
