/**
 * deno task sign-webhook, run as a subprocess: against a loopback server standing in for Slack
 * (what it sends, how it answers), and end to end against the emulator's webhook trigger.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { matchingSecret, readAlertRequest } from "../core/webhook/mod.ts";
import { TEST_ALERT_SECRET } from "../functions/verify_alert/test_alert.ts";
import { withAlertApp } from "../workflows/debug_from_alert_harness.ts";

const SECRET = "sign-webhook-test-secret-0123456789abcdef";
const SCRIPT = new URL("./sign_webhook.ts", import.meta.url).pathname;

interface Received {
  method: string;
  contentType: string | null;
  body: unknown;
}

async function withServer(
  status: number,
  test: (url: string, received: Received[]) => Promise<void>,
) {
  const received: Received[] = [];
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, async (req) => {
    received.push({
      method: req.method,
      contentType: req.headers.get("content-type"),
      body: await req.json(),
    });
    return new Response(JSON.stringify({ ok: status < 300 }), { status });
  });
  try {
    await test(`http://127.0.0.1:${server.addr.port}/triggers/T1/123/abc`, received);
  } finally {
    await server.shutdown();
  }
}

async function signWebhook(args: string[], env: Record<string, string> = { ALERT_SECRET: SECRET }) {
  const output = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--quiet", "--allow-env", "--allow-net=127.0.0.1", SCRIPT, ...args],
    env,
    clearEnv: true,
    stdout: "piped",
    stderr: "piped",
  }).output();
  const decoder = new TextDecoder();
  return {
    code: output.code,
    stdout: decoder.decode(output.stdout),
    stderr: decoder.decode(output.stderr),
  };
}

const ALERT_ARGS = [
  "--secret-env",
  "ALERT_SECRET",
  "--service",
  "gateway",
  "--window",
  "15m",
  "--channel",
  "C05PRODDBG1",
  "--on-call",
  "U05ONCALL01",
];

Deno.test("sign-webhook POSTs one JSON body signed with the secret from --secret-env", async () => {
  await withServer(200, async (url, received) => {
    const run = await signWebhook(["--url", url, ...ALERT_ARGS, "--filter", "timeout"]);
    strictEqual(run.code, 0, run.stderr);
    strictEqual(received.length, 1);
    strictEqual(received[0].method, "POST");
    strictEqual(received[0].contentType, "application/json");
    const read = readAlertRequest(received[0].body);
    if (!read.ok) throw new Error(JSON.stringify(read.refusal));
    const { signature, api_key: _, ...values } = read.request;
    deepStrictEqual(
      [values.service, values.environment, values.window, values.filter, values.channel_id],
      ["gateway", "production", "15m", "timeout", "C05PRODDBG1"],
    );
    ok(Math.abs(Number(values.timestamp) - Date.now() / 1000) < 300, "timestamp is now");
    strictEqual(matchingSecret(values, signature!, [SECRET]), 0);
    ok(run.stdout.includes(`nonce ${values.nonce}`), run.stdout);
    ok(
      !`${run.stdout}${run.stderr}${JSON.stringify(received)}`.includes(SECRET),
      "secret never shown",
    );
  });
});

Deno.test("sign-webhook: two runs send two different nonces", async () => {
  await withServer(200, async (url, received) => {
    strictEqual((await signWebhook(["--url", url, ...ALERT_ARGS])).code, 0);
    strictEqual((await signWebhook(["--url", url, ...ALERT_ARGS])).code, 0);
    const nonces = received.map((r) => (r.body as { nonce: string }).nonce);
    strictEqual(new Set(nonces).size, 2);
  });
});

Deno.test("sign-webhook: an unset secret variable is bad usage, and nothing is sent", async () => {
  await withServer(200, async (url, received) => {
    const run = await signWebhook(["--url", url, ...ALERT_ARGS], {});
    strictEqual(run.code, 2);
    ok(run.stderr.includes("ALERT_SECRET (--secret-env) is not set"), run.stderr);
    strictEqual(received.length, 0);
  });
});

Deno.test("sign-webhook: a value the webhook would refuse is named by its flag, and nothing is sent", async () => {
  await withServer(200, async (url, received) => {
    const args = ALERT_ARGS.map((arg) => arg === "C05PRODDBG1" ? "#prod-debug" : arg);
    const run = await signWebhook(["--url", url, ...args]);
    strictEqual(run.code, 2);
    ok(run.stderr.includes("check --channel"), run.stderr);
    strictEqual(received.length, 0);
  });
});

Deno.test("sign-webhook: an answer other than 2xx exits 1 with the status", async () => {
  await withServer(500, async (url, received) => {
    const run = await signWebhook(["--url", url, ...ALERT_ARGS]);
    strictEqual(run.code, 1);
    ok(run.stderr.includes("answered HTTP 500"), run.stderr);
    strictEqual(received.length, 1);
  });
});

Deno.test("sign-webhook: missing flags are named, --help prints the usage", async () => {
  const missing = await signWebhook(["--service", "gateway"]);
  strictEqual(missing.code, 2);
  ok(missing.stderr.includes("Missing --url, --secret-env, --window, --channel, --on-call"));
  const help = await signWebhook(["--help"]);
  strictEqual(help.code, 0);
  ok(help.stdout.startsWith("Usage: deno task sign-webhook"));
});

Deno.test("sign-webhook end to end: the emulator's webhook trigger runs Debug from alert and one report is posted", async () => {
  await withAlertApp(async (app) => {
    const result = await signWebhook(["--url", app.webhookUrl, ...ALERT_ARGS], {
      ALERT_SECRET: TEST_ALERT_SECRET,
    });
    strictEqual(result.code, 0, result.stderr);
    ok(result.stdout.includes("answered HTTP 200"), result.stdout);
    const runs = await app.runs();
    deepStrictEqual(runs.map((run) => run.ok), [true]);
    strictEqual(app.posted().length, 1);
    deepStrictEqual(app.verifications(), [["success", "verified:signature:1"]]);
  });
});
