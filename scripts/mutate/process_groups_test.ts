/**
 * killAllGroups settles only once each killed group's leader has exited, so that a stopped run
 * leaves no test host behind when it exits (on a loaded machine a SIGKILLed process takes a moment
 * to be gone). Run in a child process: once called, killAllGroups kills every group registered
 * afterwards, which would reach other tests' runs in this one.
 */
import { equal } from "@node/assert";
import { join } from "@node/path";

const MODULE = new URL("./process_groups.ts", import.meta.url).href;

Deno.test("killAllGroups settles after the killed groups have exited", async () => {
  const dir = await Deno.makeTempDir({ prefix: "process-groups-" });
  try {
    const script = join(dir, "run.ts");
    await Deno.writeTextFile(
      script,
      `import { killAllGroups, liveGroups, trackGroup } from ${JSON.stringify(MODULE)};
const child = new Deno.Command("setsid", { args: ["sleep", "30"] }).spawn();
let exited = false;
trackGroup(child.pid, child.status.then(() => { exited = true; }));
await new Promise((r) => setTimeout(r, 100));
await killAllGroups();
console.log(JSON.stringify({ exited, live: liveGroups() }));
`,
    );
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["run", "-A", "--quiet", script],
      stdout: "piped",
      stderr: "inherit",
    }).output();
    equal(out.code, 0);
    const result = JSON.parse(new TextDecoder().decode(out.stdout));
    equal(result.exited, true, "the killed leader has exited when killAllGroups settles");
    equal(result.live, 0);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
