/**
 * Runs test files in one process, again and again, with one mutant active at a time (see
 * ./schemata.ts). Started by ../mutate.ts in a worker copy whose target modules are
 * instrumented; never run by hand.
 *
 *   deno run --no-check <the test permissions> test_host.ts [--active N] <test file>…
 *
 * With `--active N` (and no test files) it is a fresh host for mutant N, judging it as a fresh
 * `deno test` would: the mutant is on from the start, so code run while modules load is mutated
 * too. It answers one `run`, importing each test's file just before the test's turn (saying
 * `{"loading":i}`; modules the files share load once, and a file after the first failure is
 * never loaded); an import that fails kills the mutant, and so does a failing test, without a
 * run again or any warm-up. A survival counts the tests of the files loaded that were not asked
 * for (`unrun`: named by the mutated code, say), and the tests asked for that no file registered
 * (`missing`).
 *
 * It replaces `Deno.test` with a collector, imports the test files (recording the mutants
 * reached while importing: those are "static" and judged in a fresh process instead), then
 * answers commands, one JSON object a line on stdin:
 *
 * - `{"cmd":"trace","tests":[id…]}`: runs each test with no mutant and says which mutants it
 *   reached and how often (`[n, calls]` pairs), whether it passed, and how long it took;
 * - `{"cmd":"run","mutant":n,"tests":[id…],"hitLimits":[calls…],"loadHitLimit":calls}`: runs the
 *   tests with mutant n active until one fails, saying `{"started":i}` as the i-th begins (each
 *   test has its own time limit). A test whose mutated code runs more than its hit limit (see
 *   ./schemata.ts; in a fresh host, loading the files has `loadHitLimit`) ends the run as a
 *   runaway: `{"status":"runaway","by":id,"sound":…}`, sound when the test passes again with no
 *   mutant (the process's state is still to be trusted). A test this process has not run yet is first run once with no mutant
 *   (saying `{"warming":i}`), just before its turn, so that state a module builds lazily is
 *   built from the unmutated code. After a failure the failing test is
 *   run again with no mutant: if it fails then too, the process's state is suspect. A survival
 *   says whether the mutated code ran at all. A host started without test files (a spare)
 *   imports a test's file, with no mutant on, when one of its tests is first asked for (saying
 *   `{"loading":i}` first); a file that fails to import leaves the run suspect.
 *
 * Each answer is one line on stdout, after MARK (tests may print too).
 */
// node: specifiers, not the import map: the host also runs in copies without deno.jsonc.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { DUPLICATE, MARK } from "./host_protocol.ts";

type TestFn = (t: Deno.TestContext) => unknown;

interface Registered {
  id: string;
  fn: TestFn;
  ignore: boolean;
}

interface Outcome {
  ok: boolean;
  ms: number;
  error?: string;
}

const g = globalThis as Record<string, unknown>;
const registered: Registered[] = [];
const byId = new Map<string, Registered>();
let currentFile = "";

function register(...args: unknown[]): void {
  let name = "";
  let fn: TestFn | undefined;
  let ignore = false;
  for (const a of args) {
    if (typeof a === "string") name = a;
    else if (typeof a === "function") {
      fn = a as TestFn;
      name ||= (a as { name: string }).name;
    } else if (a && typeof a === "object") {
      const o = a as { name?: string; fn?: TestFn; ignore?: boolean };
      if (o.name) name = o.name;
      if (o.fn) fn = o.fn;
      if (o.ignore) ignore = true;
    }
  }
  if (!fn) return;
  let id = `${currentFile} > ${name}`;
  for (let i = 2; byId.has(id); i++) id = `${currentFile} > ${name} ${DUPLICATE}${i}`;
  const test = { id, fn, ignore };
  registered.push(test);
  byId.set(id, test);
}
const collector = Object.assign(register, {
  ignore: (...args: unknown[]) => register(...args, { ignore: true }),
  only: register,
});
(Deno as unknown as { test: unknown }).test = collector;

function context(name: string, origin: string): Deno.TestContext {
  const ctx = {
    name,
    origin,
    parent: undefined,
    async step(a: unknown, b?: unknown): Promise<boolean> {
      const o = (typeof a === "object" && a !== null ? a : {}) as {
        name?: string;
        fn?: TestFn;
        ignore?: boolean;
      };
      const fn = typeof a === "function" ? a : typeof b === "function" ? b : o.fn;
      const stepName = typeof a === "string" ? a : o.name ?? "step";
      if (o.ignore || typeof fn !== "function") return false;
      await (fn as TestFn)(context(stepName, origin));
      return true;
    },
  };
  return ctx as unknown as Deno.TestContext;
}

let stray: unknown;
globalThis.addEventListener("unhandledrejection", (e) => {
  e.preventDefault();
  stray ??= e.reason;
});
globalThis.addEventListener("error", (e) => {
  e.preventDefault();
  stray ??= e.error;
});

async function runOne(test: Registered): Promise<Outcome> {
  const started = performance.now();
  stray = undefined;
  try {
    await test.fn(context(test.id, test.id));
    // Give a rejection the test left behind one turn to surface.
    await new Promise((r) => setTimeout(r, 0));
    if (stray !== undefined) throw stray;
    return { ok: true, ms: performance.now() - started };
  } catch (error) {
    return {
      ok: false,
      ms: performance.now() - started,
      error: String(error instanceof Error ? error.message : error).slice(0, 300),
    };
  }
}

function answer(value: unknown) {
  Deno.stdout.writeSync(new TextEncoder().encode(`\n${MARK}${JSON.stringify(value)}\n`));
}

const warmed = new Set<string>();

/** Counts the active mutant's calls afresh, with `limit` of them (./schemata.ts). */
function limitHits(limit: number | undefined) {
  g.__MUTATION_HITS__ = 0;
  g.__MUTATION_HIT_LIMIT__ = limit ?? Infinity;
  g.__MUTATION_RUNAWAY__ = false;
}
const ranAway = () => g.__MUTATION_RUNAWAY__ === true;

/** `--active N` first: the mutant switched on from the start (a fresh host), and the test files. */
function parseHostArgs(args: readonly string[]): { active?: number; files: readonly string[] } {
  if (args[0] !== "--active") return { files: args };
  const active = Number(args[1]);
  if (!Number.isSafeInteger(active) || active < 1) {
    throw new Error("--active needs a mutant number");
  }
  return { active, files: args.slice(2) };
}

const { active: freshMutant, files: testFiles } = parseHostArgs(Deno.args);

/** Imports a test file, its tests registered under its name; the error's text if it fails. */
async function importTestFile(file: string): Promise<string | undefined> {
  currentFile = file;
  try {
    await import(pathToFileURL(resolve(file)).href);
  } catch (error) {
    return `${file}: ${error instanceof Error ? error.message : error}`;
  }
}

async function main() {
  const importErrors: string[] = [];
  g.__MUTATION_TRACE__ = new Map<number, number>();
  g.__MUTATION_ACTIVE__ = freshMutant;
  limitHits(undefined);
  for (const file of testFiles) {
    const error = await importTestFile(file);
    if (error) importErrors.push(error);
  }
  const statics = [...(g.__MUTATION_TRACE__ as Map<number, number>)];
  g.__MUTATION_TRACE__ = undefined;
  answer({
    ready: true,
    tests: registered.filter((t) => !t.ignore).map((t) => t.id),
    statics,
    importErrors,
  });

  const lines = Deno.stdin.readable.pipeThrough(new TextDecoderStream());
  let buffer = "";
  for await (const chunk of lines) {
    buffer += chunk;
    let newline;
    while ((newline = buffer.indexOf("\n")) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      if (line.trim() !== "") answer(await handle(JSON.parse(line)));
    }
  }
}

interface Command {
  cmd: string;
  tests: string[];
  mutant?: number;
  /** Per test: the mutant's calls after which it has run away. */
  hitLimits?: number[];
  /** A fresh host's: the mutant's calls while its files load. */
  loadHitLimit?: number;
}

/** Test files imported so far (all given at the start; others as their tests are asked for). */
const loaded = new Set<string>(testFiles);
const fileOf = (id: string) => id.slice(0, id.indexOf(" > "));

async function handle(cmd: Command): Promise<unknown> {
  if (freshMutant !== undefined) return await handleFresh(cmd);
  if (cmd.cmd === "run") {
    // A host started without test files (a spare) imports each file when a test of it is
    // first asked for, with no mutant on, before the test's warm-up.
    for (const [i, id] of cmd.tests.entries()) {
      const file = fileOf(id);
      if (loaded.has(file)) continue;
      loaded.add(file);
      answer({ loading: i });
      const error = await importTestFile(file);
      // Its tests would be missing from the run: the host cannot judge the mutant.
      if (error) return { status: "suspect", by: `import ${error}` };
    }
  }
  const tests = cmd.tests.map((id) => byId.get(id)).filter((t): t is Registered => !!t);
  if (cmd.cmd === "trace") {
    const out = [];
    for (const t of tests) {
      const hits = new Map<number, number>();
      g.__MUTATION_TRACE__ = hits;
      const outcome = await runOne(t);
      g.__MUTATION_TRACE__ = undefined;
      warmed.add(t.id);
      out.push({ id: t.id, ...outcome, hits: [...hits] });
    }
    return out;
  }
  g.__MUTATION_REACHED__ = false;
  let failed: { id: string; error?: string; runaway: boolean } | undefined;
  try {
    for (const [i, t] of tests.entries()) {
      if (freshMutant === undefined && !warmed.has(t.id)) {
        // Its first run in this process, with no mutant, just before it is needed: a mutant
        // killed by an earlier test never pays for it.
        g.__MUTATION_ACTIVE__ = undefined;
        answer({ warming: i });
        await runOne(t);
        warmed.add(t.id);
      }
      g.__MUTATION_ACTIVE__ = cmd.mutant;
      // Each test's start, so that the run's side can give each test its own time limit.
      answer({ started: i });
      limitHits(cmd.hitLimits?.[i]);
      const outcome = await runOne(t);
      // A runaway counts whether or not the code under test caught the error thrown.
      if (!outcome.ok || ranAway()) {
        failed = { id: t.id, error: outcome.error, runaway: ranAway() };
        break;
      }
    }
  } finally {
    g.__MUTATION_ACTIVE__ = undefined;
  }
  // Whether the mutated code ran at all: state built earlier (at load, or lazily by a test run
  // before) may hold the code path instead, and then only a fresh process can tell.
  if (!failed) return { status: "survived", reached: g.__MUTATION_REACHED__ === true };
  const again = await runOne(byId.get(failed.id)!);
  if (failed.runaway) return { status: "runaway", by: failed.id, sound: again.ok };
  return { status: again.ok ? "killed" : "suspect", by: failed.id, error: failed.error };
}

/** The one run of a fresh host: its mutant has been on since the process started. */
async function handleFresh(cmd: Command): Promise<unknown> {
  const asked = new Set(cmd.tests);
  let missing = 0;
  let loadHits = 0; // the mutant's calls while loading, over every file loaded
  for (const [i, id] of cmd.tests.entries()) {
    const file = fileOf(id);
    if (!loaded.has(file)) {
      loaded.add(file);
      answer({ loading: i });
      limitHits(cmd.loadHitLimit);
      g.__MUTATION_HITS__ = loadHits;
      const error = await importTestFile(file);
      loadHits = g.__MUTATION_HITS__ as number;
      if (ranAway()) return { status: "runaway", by: `import ${file}`, sound: false };
      if (error) return { status: "killed", by: `import ${error}` };
    }
    const test = byId.get(id);
    if (!test || test.ignore) {
      missing++;
      continue;
    }
    answer({ started: i });
    limitHits(cmd.hitLimits?.[i]);
    const outcome = await runOne(test);
    if (ranAway()) return { status: "runaway", by: id, sound: false };
    // The state built at load is the mutant's: a run without it would prove nothing.
    if (!outcome.ok) return { status: "killed", by: id, error: outcome.error };
  }
  const unrun =
    registered.filter((t) => !t.ignore && !asked.has(t.id) && loaded.has(fileOf(t.id))).length;
  return { status: "survived", reached: g.__MUTATION_REACHED__ === true, unrun, missing };
}

await main();
