/** relay/main.ts as a process: a bad config is refused naming the field; a good one serves. */
import { ok, strictEqual } from "@node/assert";

const MAIN = new URL("./main.ts", import.meta.url).pathname;

async function withConfig(config: unknown, test: (path: string) => Promise<void>) {
  const path = await Deno.makeTempFile({ suffix: ".json" });
  try {
    await Deno.writeTextFile(path, JSON.stringify(config));
    await test(path);
  } finally {
    await Deno.remove(path);
  }
}

Deno.test("relay main: an invalid config exits 2 naming each bad field, before listening", async () => {
  await withConfig(
    { trigger_url: "not a url", secret_env: "ALERT_SECRET", channel_id: "C05PRODDBG1" },
    async (path) => {
      const output = await new Deno.Command(Deno.execPath(), {
        args: [
          "run",
          "--quiet",
          "--allow-read",
          "--allow-env",
          "--allow-net=127.0.0.1",
          MAIN,
          "--config",
          path,
        ],
        stdout: "piped",
        stderr: "piped",
      }).output();
      strictEqual(output.code, 2);
      const stderr = new TextDecoder().decode(output.stderr);
      ok(stderr.includes("trigger_url: must be an http(s) URL"), stderr);
      ok(stderr.includes("on_call_user_id:"), stderr);
    },
  );
});

Deno.test("relay main: a missing signing secret exits 2 naming the variable", async () => {
  await withConfig(
    {
      trigger_url: "https://hooks.slack.com/triggers/T1/1/a",
      secret_env: "RELAY_TEST_UNSET_SECRET",
      channel_id: "C05PRODDBG1",
      on_call_user_id: "U05ONCALL01",
      listen: { port: 0 },
    },
    async (path) => {
      const output = await new Deno.Command(Deno.execPath(), {
        args: [
          "run",
          "--quiet",
          "--allow-read",
          "--allow-env",
          "--allow-net=127.0.0.1",
          MAIN,
          "--config",
          path,
        ],
        env: {},
        clearEnv: true,
        stdout: "piped",
        stderr: "piped",
      }).output();
      strictEqual(output.code, 2);
      ok(new TextDecoder().decode(output.stderr).includes("secret_env: RELAY_TEST_UNSET_SECRET"));
    },
  );
});
