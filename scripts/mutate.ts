/**
 * Mutation testing of the security-critical code: plants one small, realistic bug at a time
 * (./mutate/operators.ts) and runs the test files that execute the mutated code; a mutant the
 * tests still pass with "survived" and shows behaviour no test protects.
 *
 *   deno task mutate [path…] [--workers N] [--resume] [--max N] [--sample N [--seed S]]
 *                    [--operator NAME[,NAME…]] [--line N] [--data] [--list] [--out DIR]
 *
 * Without paths: core/scrub/, core/render/, core/sources/http.ts, core/excerpt.ts,
 * core/line_account.ts, functions/.
 * A benchmark, not a CI step. Writes <out>/results.json as it goes and <out>/report.md at the end
 * (out: .mutation/; the baseline cache is always .mutation/baseline.json). --resume keeps the killed mutants of the last results whose file is
 * unchanged and runs the rest again (after new tests, or an interrupted run).
 *
 * How it stays fast on two cores: each mutant runs only the related test files (those whose
 * imports reach the module) that execute its line, measured once per test file in a baseline
 * run with coverage (cached in <out>/baseline.json while the file and its imports are
 * unchanged), without a type check, stopping at the first failure; nearby test files first
 * (same folder, or importing the module), the others only if those pass. The detector
 * families are data around small validation functions: only the functions are mutated
 * (--data mutates everything).
 */
import { dirname, join, relative, resolve } from "@node/path";
import { fileURLToPath } from "@node/url";
import { generateMutants, type Mutant } from "./mutate/operators.ts";
import { type Baseline, executes, parseLcov } from "./mutate/coverage.ts";
import { copyFiles, runDenoTest, snapshotFiles, type TestRun } from "./mutate/runner.ts";
import {
  buildImportGraph,
  importDistances,
  type ImportGraph,
  isTestFile,
} from "./mutate/test_graph.ts";
import { seededRandom } from "../devkit/sample_logs/random.ts";
import { type Equivalent, equivalentFor, EQUIVALENTS } from "./mutate/equivalents.ts";
import { testRounds, testsInHost } from "./mutate/selection.ts";
import { instrument } from "./mutate/schemata.ts";
import { HostPool, type Trace } from "./mutate/in_process.ts";
import { DUPLICATE } from "./mutate/host_protocol.ts";
import { type MutantResult, type Results, writeReport } from "./mutate/report.ts";

export const DEFAULT_TARGETS = [
  "core/scrub/",
  "core/render/",
  "core/sources/http.ts",
  "core/excerpt.ts",
  // The account of lines shown and left out (what a report calls truncated), moved out of
  // fetch_logs and the excerpt.
  "core/line_account.ts",
  "functions/",
];

/** Not mutated when a folder is expanded: tests and their helpers, generated tables, Slack manifest declarations. */
const EXCLUDED = [
  /(^|\/)test_(fixtures|support)\.ts$/,
  /(^|\/)testdata\//,
  /^core\/scrub\/line_shape_tables\.ts$/, // generated; a test fails when it is stale
  /(^|\/)definition\.ts$/, // DefineFunction declarations: names and types for Slack's manifest
];

/** Families of detectors: data (ids, patterns, keywords, examples) around validation functions. */
const DATA_MODULES = /^core\/scrub\/detectors\/(?!value_checks\.ts$)[^/]+\.ts$/;

/** Where the test host is written in a host copy (so that fixtures outside this repository work). */
const HOST_DIR = ".mutation_host";
const HOST_FILE = `${HOST_DIR}/test_host.ts`;
/** A mutant's time: this many times its test files' baseline time, plus the slack below. */
const TIMEOUT_FACTOR = 3;
const TIMEOUT_SLACK_MS = 5_000;
/** A test file's baseline run may take this long before it counts as failing. */
const BASELINE_TIMEOUT_MS = 300_000;
/** Results are saved at least this often, so an interrupted run can --resume. */
const SAVE_EVERY_MS = 15_000;

export interface MutateOptions {
  /** The repository to copy (default: this one). */
  root: string;
  targets: string[];
  out: string;
  workers: number;
  resume: boolean;
  max?: number;
  sample?: number;
  seed: number;
  operators?: string[];
  line?: number;
  data: boolean;
  /** Also run the end-to-end test files outside the mutated modules' top folders. */
  allTests: boolean;
  /** Every mutant in its own test process (no test hosts): slower, for checking them. */
  fresh: boolean;
  list: boolean;
  equivalents: readonly Equivalent[];
  log: (line: string) => void;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export function parseArgs(args: readonly string[]): MutateOptions {
  const options: MutateOptions = {
    root: ROOT,
    targets: [],
    out: ".mutation",
    workers: 2,
    resume: false,
    seed: 1,
    data: false,
    allTests: false,
    fresh: false,
    list: false,
    equivalents: EQUIVALENTS,
    log: (line) => console.log(line),
  };
  const count = (flag: string, value: string | undefined) => {
    if (!/^[1-9][0-9]{0,5}$/.test(value ?? "")) {
      throw new Error(`${flag} needs a positive whole number, e.g. ${flag} 2`);
    }
    return Number(value);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--workers") options.workers = count(a, args[++i]);
    else if (a === "--max") options.max = count(a, args[++i]);
    else if (a === "--sample") options.sample = count(a, args[++i]);
    else if (a === "--seed") options.seed = count(a, args[++i]);
    else if (a === "--line") options.line = count(a, args[++i]);
    else if (a === "--operator") options.operators = (args[++i] ?? "").split(",").filter(Boolean);
    else if (a === "--out") options.out = args[++i] ?? options.out;
    else if (a === "--resume") options.resume = true;
    else if (a === "--data") options.data = true;
    else if (a === "--all-tests") options.allTests = true;
    else if (a === "--fresh") options.fresh = true;
    else if (a === "--list") options.list = true;
    else if (a.startsWith("--")) {
      throw new Error(
        `unknown option ${a}; use [path…] [--workers N] [--resume] [--max N] [--sample N] ` +
          `[--seed S] [--operator a,b] [--line N] [--data] [--all-tests] [--fresh] [--list] [--out DIR]`,
      );
    } else options.targets.push(a);
  }
  if (options.targets.length === 0) options.targets = [...DEFAULT_TARGETS];
  return options;
}

/**
 * Module files named by `targets` (files, or folders expanded), from the snapshot's file list.
 * With `deployed`, a folder expands to the modules in it only (see deployedModules).
 */
export function expandTargets(
  targets: readonly string[],
  files: readonly string[],
  deployed?: ReadonlySet<string>,
): string[] {
  const out = new Set<string>();
  for (const raw of targets) {
    const target = relative(".", raw).replaceAll("\\", "/");
    const exact = files.includes(target);
    if (exact) {
      out.add(target);
      continue;
    }
    const prefix = target.endsWith("/") ? target : target + "/";
    const inside = files.filter((f) =>
      f.startsWith(prefix) && /\.tsx?$/.test(f) && !f.endsWith(".d.ts") && !isTestFile(f) &&
      !EXCLUDED.some((re) => re.test(f)) && (deployed === undefined || deployed.has(f))
    );
    if (inside.length === 0) throw new Error(`${raw}: no such module or folder of modules`);
    for (const f of inside) out.add(f);
  }
  return [...out].sort();
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

interface Worker {
  index: number;
  dir: string;
}

/** Runs `task` over `items` with one worker each at a time. */
async function pool<T>(workers: Worker[], items: T[], task: (w: Worker, item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(workers.map(async (w) => {
    while (next < items.length) await task(w, items[next++]);
  }));
}

/**
 * Modules that deployed code reaches: the functions, the CLI, the Slack client, workflows,
 * triggers, datastores and config (every non-test file outside core/, devkit/, scripts/ and
 * bench/), and what they import. The rest of core/ (test corpora and their generators) is the
 * tests' own code, and folders given as targets leave it out.
 */
export function deployedModules(graph: ImportGraph): Set<string> {
  const roots = [...graph.imports.keys()].filter((f) =>
    !isTestFile(f) && !/^(core|devkit|scripts|bench)\//.test(f)
  );
  const out = new Set<string>();
  for (const root of roots) for (const f of importDistances(graph, root).keys()) out.add(f);
  return out;
}

/**
 * Test files judge the mutants of modules in their own top folder (core/, functions/): the
 * end-to-end suites elsewhere (devkit/, scripts/, workflows/ …) start emulators, bundles and
 * subprocesses, take seconds each, and would run for every surviving mutant. --all-tests adds
 * them (e.g. to confirm the survivors of a run: --resume --all-tests runs only those).
 */
function inScope(test: string, targets: readonly string[]): boolean {
  const top = (path: string) => (path.includes("/") ? path.slice(0, path.indexOf("/")) : "");
  return targets.some((t) => top(t) === "" || top(t) === top(test));
}

export async function runMutation(options: MutateOptions): Promise<Results> {
  const started = Date.now();
  const log = options.log;
  const outDir = resolve(options.root, options.out);
  const files = await snapshotFiles(options.root);
  const graph = buildImportGraph(options.root, files);
  const deployed = deployedModules(graph);
  const targets = expandTargets(options.targets, files, deployed);
  const sources = new Map<string, string>();
  for (const f of targets) sources.set(f, await Deno.readTextFile(join(options.root, f)));
  const fileHashes: Record<string, string> = {};
  for (const [f, text] of sources) fileHashes[f] = await sha256(text);

  // 1. The mutants.
  let mutants: Mutant[] = [];
  for (const f of targets) {
    const codeOnly = !options.data && DATA_MODULES.test(f);
    mutants.push(...generateMutants(f, sources.get(f)!, { codeOnly }));
  }
  if (options.operators) {
    const wanted = options.operators;
    mutants = mutants.filter((m) =>
      wanted.some((o) => m.operator === o || m.operator.startsWith(o + "-"))
    );
  }
  if (options.line !== undefined) mutants = mutants.filter((m) => m.line === options.line);
  if (options.sample !== undefined && options.sample < mutants.length) {
    const random = seededRandom(options.seed);
    const keyed = mutants.map((m) => ({ m, k: random.next() }));
    keyed.sort((a, b) => a.k - b.k);
    const chosen = new Set(keyed.slice(0, options.sample).map((x) => x.m));
    mutants = mutants.filter((m) => chosen.has(m));
  }
  if (options.max !== undefined) mutants = mutants.slice(0, options.max);
  const lineText = (m: Mutant) => sources.get(m.file)!.split("\n")[m.line - 1].trim();

  if (options.list) {
    for (const m of mutants) {
      log(`${m.file}:${m.line}:${m.column} ${m.operator} ${m.original} → ${m.replacement}`);
    }
    log(`${mutants.length} mutants in ${targets.length} files`);
    return emptyResults(options, targets, fileHashes, started);
  }

  // 2. Previous results (--resume) and equivalents.
  const results = new Map<string, MutantResult>();
  const previous = options.resume ? await readPrevious(join(outDir, "results.json")) : new Map();
  const toRun: Mutant[] = [];
  const usedEquivalents = new Set<Equivalent>();
  for (const m of mutants) {
    const source = lineText(m);
    const lines = sources.get(m.file)!.split("\n");
    const equivalent = equivalentFor(m, lines, options.equivalents);
    const base = { ...m, sourceLine: source, fileHash: fileHashes[m.file] };
    if (equivalent) {
      usedEquivalents.add(equivalent);
      results.set(m.id, { ...base, status: "equivalent", reason: equivalent.reason });
      continue;
    }
    const before = previous.get(m.id);
    if (
      before && before.fileHash === fileHashes[m.file] &&
      (before.status === "killed" || before.status === "timeout")
    ) {
      results.set(m.id, { ...before, ...base, status: before.status });
      continue;
    }
    toRun.push(m);
  }
  log(
    `${mutants.length} mutants in ${targets.length} files: ${toRun.length} to run, ` +
      `${mutants.length - toRun.length} kept (equivalent, or killed in the last run)`,
  );

  // 3. Worker copies, the import graph, and the baseline of every related test file.
  await Deno.mkdir(outDir, { recursive: true });
  const tmp = await Deno.makeTempDir({ prefix: "safe-debug-mutate-" });
  const workers: Worker[] = [];
  let hosts: HostPool | undefined;
  const stopOnSignal = () => {
    log("interrupted: results so far are in " + join(outDir, "results.json") + " (use --resume)");
    (hosts?.stop() ?? Promise.resolve()).finally(() => {
      Deno.removeSync(tmp, { recursive: true });
      Deno.exit(130);
    });
  };
  Deno.addSignalListener("SIGINT", stopOnSignal);
  try {
    for (let i = 0; i < options.workers; i++) {
      const dir = join(tmp, `w${i}`);
      await copyFiles(options.root, dir, files);
      workers.push({ index: i, dir });
    }
    const mutated = new Set(toRun.map((m) => m.file));
    const related = new Map<string, string[]>(); // module → test files reaching it
    const closures = new Map<string, Map<string, number>>(); // test file → distance to each module
    for (const t of graph.imports.keys()) {
      if (!isTestFile(t)) continue;
      const reach = importDistances(graph, t);
      closures.set(t, reach);
      if (!options.allTests && !inScope(t, targets)) continue;
      for (const m of mutated) if (reach.has(m)) related.set(m, [...(related.get(m) ?? []), t]);
    }
    const neededTests = [...new Set([...related.values()].flat())].sort();

    // 4. In process: instrumented copies, a test host each, and a trace of every test.
    const numberOf = new Map<Mutant, number>(mutants.map((m, i) => [m, i + 1]));
    const hostTests = neededTests;
    let trace: Trace | null = null;
    if (!options.fresh && toRun.length > 0 && hostTests.length > 0) {
      const dirs: string[] = [];
      for (const w of workers) {
        const dir = join(tmp, `host${w.index}`);
        await copyFiles(options.root, dir, files);
        for (const f of targets) {
          const numbered = mutants.filter((m) => m.file === f).map((m) => ({
            n: numberOf.get(m)!,
            mutant: m,
          }));
          await Deno.writeTextFile(join(dir, f), instrument(f, sources.get(f)!, numbered));
        }
        await Deno.mkdir(join(dir, HOST_DIR), { recursive: true });
        for (const f of ["test_host.ts", "host_protocol.ts"]) {
          await Deno.copyFile(new URL(`./mutate/${f}`, import.meta.url), join(dir, HOST_DIR, f));
        }
        dirs.push(dir);
      }
      log(
        `in-process: ${hostTests.length} test files loaded in ${workers.length} test hosts, traced`,
      );
      hosts = new HostPool(dirs, hostTests, HOST_FILE, log);
      trace = await hosts.trace();
      if (trace) {
        log(
          `in-process: ${trace.reach.size} mutants reached by tests, ${trace.statics.size} while ` +
            `loading, ${trace.tests.filter((t) => !t.ok).length} tests failing with none`,
        );
      }
    }
    // Each test file's baseline: from the trace (its tests with no mutant), or without test
    // hosts, from a run of each file alone with coverage.
    const baselines = trace ? baselinesFromTrace(trace, neededTests) : await runBaselines(
      neededTests,
      closures,
      files,
      workers,
      tmp,
      join(options.root, ".mutation", "baseline.json"),
      options.root,
      log,
    );
    const broken = neededTests.filter((t) => !baselines[t].passed);
    for (const t of broken) {
      log(`baseline: ${t} fails unmutated (${baselines[t].failure ?? "?"}); left out of every run`);
    }

    // 5. The mutants: in a test host where one reaches them, else (and to confirm a survivor)
    // each in a fresh test process in a worker copy.
    const save = async () => {
      const partial = collect(
        options,
        targets,
        fileHashes,
        results,
        mutants,
        started,
        usedEquivalents,
        broken,
      );
      await writeJsonAtomically(join(outDir, "results.json"), partial);
    };
    let lastSave = Date.now();
    let done = 0;
    const counts: Record<string, number> = {};
    await pool(workers, toRun, async (w, m) => {
      const base = { ...m, sourceLine: lineText(m), fileHash: fileHashes[m.file] };
      let result: MutantResult | undefined;
      const reached = trace?.reach.get(numberOf.get(m)!);
      const begun = performance.now();
      if (hosts && reached) {
        const chosen = testsInHost(
          m.file,
          reached,
          (file) => closures.get(file)?.get(m.file),
          options.allTests,
        );
        const verdict = await hosts.run(w.index, numberOf.get(m)!, chosen);
        const ms = Math.round(performance.now() - begun);
        const testFiles = [...new Set(chosen.map((t) => t.id.split(" > ")[0]))];
        if (verdict.status === "killed") {
          result = {
            ...base,
            status: "killed",
            killedBy: verdict.by,
            tests: testFiles,
            how: "host",
            ms,
          };
        } else if (verdict.status === "timeout") {
          result = { ...base, status: "timeout", tests: testFiles, how: "host", ms };
        } else if (
          verdict.status === "survived" && verdict.reached && !trace!.statics.has(numberOf.get(m)!)
        ) {
          // The mutated code ran in its tests and none failed; nothing of it was built earlier.
          result = { ...base, status: "survived", tests: testFiles, how: "host", ms };
        }
      }
      const tests = freshTests(m, numberOf.get(m)!, trace, related, baselines);
      if (result) {
        // Judged in a test host.
      } else if (tests.length === 0) {
        result = { ...base, status: "no-coverage", tests: [] };
      } else {
        const rounds = testRounds(
          m.file,
          tests.map((t) => ({
            test: t,
            distance: closures.get(t)!.get(m.file)!,
            ms: baselines[t].ms,
          })),
          options.allTests,
        );
        // Only the tests that reached it, when the trace knows them (not for code run at load).
        const n = numberOf.get(m)!;
        const names = trace && !trace.statics.has(n)
          ? [...new Set((trace.reach.get(n) ?? []).map((t) => testName(t.id)))]
          : undefined;
        result = {
          ...await runMutant(w, m, sources.get(m.file)!, rounds, baselines, base, names),
          how: "process",
        };
      }
      results.set(m.id, result);
      counts[result.status] = (counts[result.status] ?? 0) + 1;
      done++;
      if (done % 25 === 0 || done === toRun.length) {
        const elapsed = (Date.now() - started) / 1000;
        log(
          `[${done}/${toRun.length}] ${JSON.stringify(counts)} ${Math.round(elapsed)} s`,
        );
      }
      if (Date.now() - lastSave > SAVE_EVERY_MS) {
        lastSave = Date.now();
        await save();
      }
    });
    const final = collect(
      options,
      targets,
      fileHashes,
      results,
      mutants,
      started,
      usedEquivalents,
      broken,
    );
    await writeJsonAtomically(join(outDir, "results.json"), final);
    await writeReport(join(outDir, "report.md"), final);
    log(`report: ${join(outDir, "report.md")}; ${summaryLine(final)}`);
    return final;
  } finally {
    await hosts?.stop();
    Deno.removeSignalListener("SIGINT", stopOnSignal);
    await Deno.remove(tmp, { recursive: true }).catch(() => {});
  }
}

/** Plants `m` in the worker's copy, runs the nearby test files, then (if it survives) the rest. */
async function runMutant(
  w: Worker,
  m: Mutant,
  source: string,
  rounds: string[][],
  baselines: Record<string, Baseline>,
  base: Omit<MutantResult, "status">,
  names?: readonly string[],
): Promise<MutantResult> {
  const tests = rounds.flat();
  const path = join(w.dir, m.file);
  await Deno.writeTextFile(path, source.slice(0, m.start) + m.replacement + source.slice(m.end));
  try {
    let ms = 0;
    for (const phase of rounds) {
      if (phase.length === 0) continue;
      const timeoutMs = TIMEOUT_FACTOR * phase.reduce((s, t) => s + baselines[t].ms, 0) +
        TIMEOUT_SLACK_MS;
      const run: TestRun = await runDenoTest({
        cwd: w.dir,
        files: phase,
        timeoutMs,
        failFast: true,
        names: names?.length ? names : undefined,
      });
      ms += run.ms;
      if (run.timedOut) return { ...base, status: "timeout", tests, ms };
      if (!run.passed) return { ...base, status: "killed", killedBy: run.failure, tests, ms };
    }
    return { ...base, status: "survived", tests, ms };
  } finally {
    await Deno.writeTextFile(path, source);
  }
}

/** Test files that execute `m`, for a fresh process: by the trace when there is one, else by coverage. */
function freshTests(
  m: Mutant,
  n: number,
  trace: Trace | null,
  related: Map<string, string[]>,
  baselines: Record<string, Baseline>,
): string[] {
  const candidates = related.get(m.file) ?? [];
  if (!trace) {
    return candidates.filter((t) => baselines[t].passed && executes(baselines[t].coverage, m));
  }
  const reaching = new Set((trace.reach.get(n) ?? []).map((t) => fileOfTest(t.id)));
  // Code that runs while modules load runs in every test file that imports the module.
  return candidates.filter((t) => baselines[t].passed && (reaching.has(t) || trace.statics.has(n)));
}

const fileOfTest = (id: string) => id.slice(0, id.indexOf(" > "));
/** A traced test's name as `deno test --filter` knows it (a duplicate's number dropped). */
const testName = (id: string) => id.slice(id.indexOf(" > ") + 3).split(DUPLICATE)[0];

/** Per test file: passed when every test of it passed in the trace; its traced time. */
function baselinesFromTrace(trace: Trace, tests: readonly string[]): Record<string, Baseline> {
  const out: Record<string, Baseline> = {};
  for (const t of tests) out[t] = { passed: true, ms: 300, coverage: {} };
  for (const e of trace.tests) {
    const b = out[fileOfTest(e.id)];
    if (!b) continue;
    b.ms += Math.round(e.ms);
    if (!e.ok) {
      b.passed = false;
      b.failure ??= `${e.id.slice(e.id.indexOf(" > ") + 3)}: ${e.error ?? "failed"}`;
    }
  }
  for (const error of trace.importErrors) {
    const b = out[error.slice(0, error.indexOf(": "))];
    if (b) {
      b.passed = false;
      b.failure ??= error;
    }
  }
  return out;
}

interface BaselineCache {
  [testFile: string]: { key: string; baseline: Baseline };
}

/** Each test file alone with coverage, in the worker copies; cached by the contents it imports. */
async function runBaselines(
  tests: string[],
  closures: Map<string, Map<string, number>>,
  files: readonly string[],
  workers: Worker[],
  tmp: string,
  cachePath: string,
  root: string,
  log: (line: string) => void,
): Promise<Record<string, Baseline>> {
  let cache: BaselineCache = {};
  try {
    cache = JSON.parse(await Deno.readTextFile(cachePath));
  } catch { /* no cache yet */ }
  const modules = new Set(files.filter((f) => /\.tsx?$/.test(f) && !isTestFile(f)));
  const config = await Deno.readTextFile(join(root, "deno.jsonc")).catch(() => "");
  const keys: Record<string, string> = {};
  for (const t of tests) {
    const parts = [config];
    for (const f of [...closures.get(t)!.keys()].sort()) {
      parts.push(f, await Deno.readTextFile(join(root, f)));
    }
    keys[t] = await sha256(parts.join("\0"));
  }
  const stale = tests.filter((t) => cache[t]?.key !== keys[t]);
  log(`baseline: ${tests.length} related test files, ${stale.length} to run with coverage`);
  let n = 0;
  await pool(workers, stale, async (w, t) => {
    const coverageDir = join(tmp, `coverage-${w.index}-${n++}`);
    const run = await runDenoTest({
      cwd: w.dir,
      files: [t],
      timeoutMs: BASELINE_TIMEOUT_MS,
      coverageDir,
    });
    let coverage = {};
    if (run.passed) {
      const lcov = await new Deno.Command(Deno.execPath(), {
        args: ["coverage", "--lcov", coverageDir],
        cwd: w.dir,
        env: { NO_COLOR: "1" },
        stdout: "piped",
        stderr: "null",
      }).output();
      coverage = parseLcov(new TextDecoder().decode(lcov.stdout), w.dir + "/", modules);
    }
    await Deno.remove(coverageDir, { recursive: true }).catch(() => {});
    cache[t] = {
      key: keys[t],
      baseline: { passed: run.passed, ms: run.ms, failure: run.failure, coverage },
    };
  });
  await Deno.mkdir(dirname(cachePath), { recursive: true });
  await writeJsonAtomically(cachePath, cache);
  return Object.fromEntries(tests.map((t) => [t, cache[t].baseline]));
}

async function readPrevious(path: string): Promise<Map<string, MutantResult>> {
  try {
    const previous: Results = JSON.parse(await Deno.readTextFile(path));
    return new Map(previous.mutants.map((m) => [m.id, m]));
  } catch {
    return new Map();
  }
}

async function writeJsonAtomically(path: string, value: unknown) {
  const tmp = path + ".tmp";
  await Deno.writeTextFile(tmp, JSON.stringify(value, null, 1) + "\n");
  await Deno.rename(tmp, path);
}

function emptyResults(
  options: MutateOptions,
  targets: string[],
  fileHashes: Record<string, string>,
  started: number,
): Results {
  return collect(options, targets, fileHashes, new Map(), [], started, new Set(), []);
}

function collect(
  options: MutateOptions,
  targets: string[],
  fileHashes: Record<string, string>,
  results: Map<string, MutantResult>,
  mutants: Mutant[],
  started: number,
  usedEquivalents: Set<Equivalent>,
  brokenTests: string[],
): Results {
  const targetSet = new Set(targets);
  return {
    startedAt: new Date(started).toISOString(),
    seconds: Math.round((Date.now() - started) / 1000),
    workers: options.workers,
    targets: options.targets,
    areas: options.targets,
    fileHashes,
    brokenTests,
    staleEquivalents: options.equivalents.filter((e) =>
      targetSet.has(e.file) && !usedEquivalents.has(e) && mutants.length > 0 &&
      options.max === undefined && options.sample === undefined && !options.operators &&
      options.line === undefined
    ),
    mutants: mutants.flatMap((m) => results.get(m.id) ?? []),
  };
}

export function summaryLine(results: Results): string {
  const c = (s: string) => results.mutants.filter((m) => m.status === s).length;
  const detected = c("killed") + c("timeout");
  const valid = detected + c("survived") + c("no-coverage");
  const score = valid === 0 ? 0 : (100 * detected) / valid;
  return `${score.toFixed(1)} % of ${valid} non-equivalent mutants killed ` +
    `(${c("killed")} killed, ${c("timeout")} timed out, ${c("survived")} survived, ` +
    `${c("no-coverage")} not executed by any test, ${c("equivalent")} equivalent set aside) ` +
    `in ${results.seconds} s`;
}

if (import.meta.main) {
  try {
    const options = parseArgs(Deno.args);
    await runMutation(options);
  } catch (error) {
    console.error(`mutate: ${error instanceof Error ? error.message : String(error)}`);
    Deno.exit(1);
  }
}
