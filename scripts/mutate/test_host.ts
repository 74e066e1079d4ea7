/**
 * Runs test files in one process, again and again, with one mutant active at a time (see
 * ./schemata.ts). Started by ../mutate.ts in a worker copy whose target modules are
 * instrumented; never run by hand.
 *
 *   deno run --no-check <the test permissions> test_host.ts <test file>…
 *
 * It replaces `Deno.test` with a collector, imports the test files (recording the mutants
 * reached while importing: those are "static" and judged in a fresh process instead), then
 * answers commands, one JSON object a line on stdin:
 *
 * - `{"cmd":"trace","tests":[id…]}`: runs each test with no mutant and says which mutants it
 *   reached, whether it passed, and how long it took;
 * - `{"cmd":"run","mutant":n,"tests":[id…]}`: runs the tests with mutant n active until one
 *   fails, saying `{"started":i}` as the i-th begins (each test has its own time limit). A test this process has not run yet is first run once with no mutant
 *   (saying `{"warming":i}`), just before its turn, so that state a module builds lazily is
 *   built from the unmutated code. After a failure the failing test is
 *   run again with no mutant: if it fails then too, the process's state is suspect. A survival
 *   says whether the mutated code ran at all.
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

async function main() {
  const importErrors: string[] = [];
  g.__MUTATION_TRACE__ = new Set<number>();
  for (const file of Deno.args) {
    currentFile = file;
    try {
      await import(pathToFileURL(resolve(file)).href);
    } catch (error) {
      importErrors.push(`${file}: ${error instanceof Error ? error.message : error}`);
    }
  }
  const statics = [...(g.__MUTATION_TRACE__ as Set<number>)];
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

async function handle(cmd: { cmd: string; tests: string[]; mutant?: number }): Promise<unknown> {
  const tests = cmd.tests.map((id) => byId.get(id)).filter((t): t is Registered => !!t);
  if (cmd.cmd === "trace") {
    const out = [];
    for (const t of tests) {
      const hits = new Set<number>();
      g.__MUTATION_TRACE__ = hits;
      const outcome = await runOne(t);
      g.__MUTATION_TRACE__ = undefined;
      warmed.add(t.id);
      out.push({ id: t.id, ...outcome, hits: [...hits] });
    }
    return out;
  }
  g.__MUTATION_REACHED__ = false;
  let failed: { id: string; error?: string } | undefined;
  try {
    for (const [i, t] of tests.entries()) {
      if (!warmed.has(t.id)) {
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
      const outcome = await runOne(t);
      if (!outcome.ok) {
        failed = { id: t.id, error: outcome.error };
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
  return { status: again.ok ? "killed" : "suspect", by: failed.id, error: failed.error };
}

await main();
