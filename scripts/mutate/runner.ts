/**
 * Worker copies of the repository and `deno test` runs in them, each bounded in time.
 *
 * Each worker owns a copy of the tracked and untracked (not ignored) files as they are when the
 * run starts, so mutants never touch the working tree and the others editing it never touch a
 * run. A run is its own process group, killed whole when it outlives its time.
 */
import { dirname, join } from "@node/path";
import { trackGroup } from "./process_groups.ts";

/** The permissions of `deno task test`, and no type check (a mutant is judged by behaviour). */
export const TEST_FLAGS = [
  "--quiet",
  "--no-check",
  "--allow-read",
  "--allow-write",
  "--allow-env",
  "--allow-run",
  "--allow-sys",
  "--allow-net=127.0.0.1",
];

/** The last characters of a run's output kept for the report. */
const OUTPUT_TAIL_CHARS = 4000;

/**
 * Files `git` would commit from `root`: tracked, plus untracked files that are not ignored
 * (outside a git work tree: every file but `.git`, `node_modules`, `dist` and `.mutation`).
 */
export async function snapshotFiles(root: string): Promise<string[]> {
  const out = await new Deno.Command("git", {
    args: ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    cwd: root,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const files = out.success
    ? new TextDecoder().decode(out.stdout).split("\0").filter((f) => f !== "")
    : await walk(root);
  const present: string[] = [];
  for (const f of files) {
    try {
      if ((await Deno.stat(join(root, f))).isFile) present.push(f); // deleted but tracked: skip
    } catch { /* removed since the index was written */ }
  }
  return present;
}

/** Outside a git work tree: every file under `root` but version control, dependencies and outputs. */
async function walk(root: string, dir = ""): Promise<string[]> {
  const out: string[] = [];
  for await (const entry of Deno.readDir(join(root, dir))) {
    const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory && !WALK_SKIPS.has(entry.name)) out.push(...await walk(root, path));
    else if (entry.isFile) out.push(path);
  }
  return out.sort();
}

const WALK_SKIPS = new Set([".git", "node_modules", "dist", ".mutation"]);

/** Copies `files` from `root` into `dest` (created). */
export async function copyFiles(root: string, dest: string, files: readonly string[]) {
  const dirs = new Set<string>();
  for (const f of files) {
    const dir = dirname(join(dest, f));
    if (!dirs.has(dir)) {
      await Deno.mkdir(dir, { recursive: true });
      dirs.add(dir);
    }
    await Deno.copyFile(join(root, f), join(dest, f));
  }
}

export interface TestRun {
  passed: boolean;
  timedOut: boolean;
  ms: number;
  /** The first failing test (`name => ./file:line:col`) or the first error line. */
  failure?: string;
  outputTail: string;
}

export interface TestRunOptions {
  cwd: string;
  files: readonly string[];
  timeoutMs: number;
  failFast?: boolean;
  /** Only the tests with these names. */
  names?: readonly string[];
  coverageDir?: string;
}

/** Runs `deno test` on `files` in `cwd`; a run that outlives `timeoutMs` is killed. */
export async function runDenoTest(options: TestRunOptions): Promise<TestRun> {
  const args = ["test", ...TEST_FLAGS];
  if (options.failFast) args.push("--fail-fast");
  if (options.names) {
    const escaped = options.names.map((n) => n.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&"));
    args.push("--filter", `/^(?:${escaped.join("|")})$/`);
  }
  if (options.coverageDir) args.push(`--coverage=${options.coverageDir}`);
  args.push(...options.files);
  const started = performance.now();
  // setsid: the run (and any server or CLI it starts) is one process group, killed together.
  const child = new Deno.Command("setsid", {
    args: [Deno.execPath(), ...args],
    cwd: options.cwd,
    env: { NO_COLOR: "1" },
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  trackGroup(child.pid, child.status);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      Deno.kill(-child.pid, "SIGKILL");
    } catch { /* already gone */ }
  }, options.timeoutMs);
  const [status, stdout, stderr] = await Promise.all([
    child.status,
    readAll(child.stdout),
    readAll(child.stderr),
  ]);
  clearTimeout(timer);
  const output = stdout + "\n" + stderr;
  return {
    passed: status.success && !timedOut,
    timedOut,
    ms: Math.round(performance.now() - started),
    failure: status.success ? undefined : firstFailure(output),
    outputTail: output.slice(-OUTPUT_TAIL_CHARS),
  };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return await new Response(stream).text();
}

/** `name => ./file:line:col` from the FAILURES section, else the first `error:` line. */
export function firstFailure(output: string): string | undefined {
  const failures = output.indexOf(" FAILURES ");
  if (failures >= 0) {
    const line = output.slice(failures).split("\n").find((l) => l.includes(" => "));
    if (line) return line.trim();
  }
  return output.split("\n").find((l) => l.startsWith("error:"))?.trim();
}
