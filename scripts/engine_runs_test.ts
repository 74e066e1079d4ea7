import assert from "@node/assert";
import { dirname, join } from "@node/path";
import { fileURLToPath } from "@node/url";
import { type EngineRuns, engineRunsArgs } from "./engine_runs.ts";

Deno.test("engine runs: the scrub task's V8 flags, none of its permissions or its script", () => {
  const task = ["run", "--quiet", "--allow-read", "--v8-flags=--max-opt=2", "cli/scrub.ts"];
  const args = engineRunsArgs(task, "/tmp/some.log", 3);
  assert.ok(args.includes("--v8-flags=--max-opt=2"));
  assert.ok(!args.includes("cli/scrub.ts"));
  assert.ok(args[args.length - 3].endsWith("engine_runs.ts"));
  assert.deepEqual(args.slice(-2), ["/tmp/some.log", "3"]);
  assert.ok(!engineRunsArgs(["run", "cli/scrub.ts"], "x", 1).some((a) => a.startsWith("--v8")));
});

Deno.test("engine runs: one CPU and one wall time per run, in a process of its own", async () => {
  const dir = await Deno.makeTempDir({ prefix: "engine-runs-" });
  try {
    const file = join(dir, "small.log");
    await Deno.writeTextFile(file, "user=ann password=Xq7vR2mK9pLw\nplain line\n".repeat(50));
    const { success, stdout } = await new Deno.Command(Deno.execPath(), {
      args: engineRunsArgs(["run", "--v8-flags=--max-opt=2", "cli/scrub.ts"], file, 2),
      stdout: "piped",
      stderr: "inherit",
      cwd: join(dirname(fileURLToPath(import.meta.url)), ".."),
    }).output();
    assert.ok(success);
    const runs = JSON.parse(new TextDecoder().decode(stdout)) as EngineRuns;
    assert.equal(runs.seconds.length, 2);
    assert.equal(runs.cpuSeconds.length, 2);
    assert.ok(runs.cpuSeconds.every((s) => s >= 0 && s < 60));
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
