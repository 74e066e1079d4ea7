import { deepStrictEqual, equal, ok } from "@node/assert";
import { join } from "@node/path";
import { fileURLToPath } from "@node/url";

const REPO = fileURLToPath(new URL("..", import.meta.url));

/** Each test waits a little, so that the run is still judging mutants when it is stopped. */
const MODULE = `export function add(a: number, b: number): number {
  if (a < 0) return 0;
  return a + b * 1;
}
`;
const TEST = `import { equal } from "node:assert/strict";
import { add } from "./add.ts";
Deno.test("adds", async () => {
  await new Promise((r) => setTimeout(r, 400));
  equal(add(2, 3), 5);
  equal(add(-1, 3), 0);
});
`;

/** Pids of the processes whose command line names `text`. */
async function processesNaming(text: string): Promise<number[]> {
  const ps = await new Deno.Command("ps", { args: ["-eo", "pid=,args="], stdout: "piped" })
    .output();
  return new TextDecoder().decode(ps.stdout).split("\n")
    .filter((line) => line.includes(text) && !line.includes(" ps -eo"))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
}

const EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  Deno.test({
    name:
      `a run stopped by ${signal} kills its test hosts, removes its copies and saves its results`,
    sanitizeResources: false,
    fn: async () => {
      const root = await Deno.makeTempDir({ prefix: "mutate-stop-" });
      const tmp = join(root, "tmp"); // the run's TMPDIR: its copies go there
      const fixture = join(root, "fixture");
      let child: Deno.ChildProcess | undefined;
      try {
        await Deno.mkdir(tmp);
        await Deno.mkdir(fixture);
        await Deno.writeTextFile(join(fixture, "add.ts"), MODULE);
        await Deno.writeTextFile(join(fixture, "add_test.ts"), TEST);
        await Deno.writeTextFile(
          join(root, "run.ts"),
          `import { parseArgs, runMutation } from ${
            JSON.stringify(join(REPO, "scripts/mutate.ts"))
          };
await runMutation({ ...parseArgs(["add.ts", "--workers", "1", "--out", "out"]), root: ${
            JSON.stringify(fixture)
          } });
`,
        );
        child = new Deno.Command(Deno.execPath(), {
          args: [
            "run",
            "-A",
            "--quiet",
            "--config",
            join(REPO, "deno.jsonc"),
            join(root, "run.ts"),
          ],
          cwd: fixture,
          env: { TMPDIR: tmp, NO_COLOR: "1" },
          stdin: "null",
          stdout: "piped",
          stderr: "piped",
        }).spawn();
        const output = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
        let log = "";
        // Until it judges mutants (bounded: the setup takes seconds).
        for (let i = 0; i < 1000 && !log.includes("before the first mutant"); i++) {
          const { value, done } = await output.read();
          if (done) break;
          log += value;
        }
        ok(log.includes("before the first mutant"), log);
        const hosts = await processesNaming(tmp);
        ok(hosts.length > 0, "test hosts run in the run's copies");
        child.kill(signal);
        for (;;) {
          const { value, done } = await output.read();
          if (done) break;
          log += value;
        }
        const status = await child.status;
        child = undefined;
        equal(status.code, EXIT[signal], `exit ${status.code}\n${log}`);
        ok(log.includes(`stopped (${signal})`), log);
        deepStrictEqual(await processesNaming(tmp), [], "no test host left running\n" + log);
        deepStrictEqual([...Deno.readDirSync(tmp)].map((e) => e.name), [], "no copy left\n" + log);
        const results = JSON.parse(await Deno.readTextFile(join(fixture, "out/results.json")));
        ok(Array.isArray(results.mutants), "results saved");
      } finally {
        if (child) {
          child.kill("SIGKILL");
          await child.status;
        }
        for (const pid of await processesNaming(root)) {
          try {
            Deno.kill(pid, "SIGKILL");
          } catch { /* gone */ }
        }
        await Deno.remove(root, { recursive: true });
      }
    },
  });
}
