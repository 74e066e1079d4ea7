/**
 * relay/main.ts as a process: a bad config is refused naming the field; `deno task relay` (the
 * container-free way to run it) starts, answers /healthz, relays an Alertmanager notification to
 * the webhook trigger end to end, and stops cleanly on SIGTERM.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { TEST_ALERT_SECRET } from "../functions/verify_alert/test_alert.ts";
import {
  DEBUG_CHANNEL,
  ON_CALL_USER,
  withAlertApp,
} from "../workflows/debug_from_alert_harness.ts";
import { alertmanagerPayload } from "./test_payload.ts";

const MAIN = new URL("./main.ts", import.meta.url).pathname;
const REPO_ROOT = new URL("..", import.meta.url).pathname;
const START_TIMEOUT_MS = 30_000;
const MAX_OUTPUT_CHARS = 64 * 1024;

/** `deno run` of relay/main.ts with the permissions its task grants, on a config file. */
function mainArgs(configPath: string): string[] {
  return [
    "run",
    "--quiet",
    "--allow-read",
    "--allow-env",
    "--allow-net=127.0.0.1",
    MAIN,
    "--config",
    configPath,
  ];
}

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
        args: mainArgs(path),
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
        args: mainArgs(path),
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

/** A process's stdout, collected as it comes (at most MAX_OUTPUT_CHARS). */
function collect(stream: ReadableStream<Uint8Array>) {
  let text = "";
  const done = stream.pipeThrough(new TextDecoderStream()).pipeTo(
    new WritableStream({
      write(chunk) {
        text = (text + chunk).slice(0, MAX_OUTPUT_CHARS);
      },
    }),
  );
  return {
    text: () => text,
    done,
    /** Resolves with the first match of `pattern`; rejects after START_TIMEOUT_MS. */
    async waitFor(pattern: RegExp): Promise<RegExpExecArray> {
      const deadline = Date.now() + START_TIMEOUT_MS;
      while (Date.now() < deadline) {
        const match = pattern.exec(text);
        if (match) return match;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`no ${pattern} in the relay's output within ${START_TIMEOUT_MS} ms: ${text}`);
    },
  };
}

Deno.test("deno task relay: starts, answers /healthz, relays an alert to the webhook trigger, stops on SIGTERM", async () => {
  await withAlertApp(async (app) => {
    await withConfig(
      {
        trigger_url: app.webhookUrl,
        secret_env: "RELAY_TEST_SIGNING_SECRET",
        inbound_token_env: "RELAY_TEST_INBOUND_TOKEN",
        channel_id: DEBUG_CHANNEL,
        on_call_user_id: ON_CALL_USER,
        listen: { hostname: "127.0.0.1", port: 0 },
      },
      async (path) => {
        const inboundToken = "relay-inbound-token-for-tests-0123456789";
        const child = new Deno.Command(Deno.execPath(), {
          args: ["task", "--quiet", "relay", "--config", path],
          cwd: REPO_ROOT,
          env: {
            RELAY_TEST_SIGNING_SECRET: TEST_ALERT_SECRET,
            RELAY_TEST_INBOUND_TOKEN: inboundToken,
          },
          stdout: "piped",
          stderr: "inherit",
        }).spawn();
        const output = collect(child.stdout);
        try {
          const [, url] = await output.waitFor(/relay: listening on (http:\/\/\S+\/)/);
          const health = await fetch(`${url}healthz`);
          deepStrictEqual([health.status, await health.json()], [200, { ok: true }]);
          const relayed = await fetch(url, {
            method: "POST",
            headers: { authorization: `Bearer ${inboundToken}` },
            body: JSON.stringify(
              alertmanagerPayload([{ status: "firing", labels: { service: "gateway" } }]),
            ),
          });
          strictEqual(relayed.status, 200);
          strictEqual((await relayed.json()).sent, 1);
          const runs = await app.runs();
          strictEqual(runs.length, 1);
          ok(runs[0].ok, JSON.stringify(runs[0].error));
          strictEqual(app.posted().length, 1, "one report in the channel");
          deepStrictEqual(app.verifications(), [["success", "verified:signature:1"]]);
        } finally {
          child.kill("SIGTERM");
        }
        const status = await child.status;
        await output.done;
        deepStrictEqual([status.success, status.code], [true, 0], output.text());
        ok(output.text().includes("relay: stopped"), output.text());
      },
    );
  });
});
