/** `deno task sample-logs` as a person runs it: a subprocess that prints .env lines and stops on Ctrl-C. */
import { deepStrictEqual, ok, strictEqual, throws } from "@node/assert";
import { fileURLToPath } from "@node/url";
import { DEFAULT_PORT, parseServeArgs } from "./serve.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Starts the task; resolves once its .env lines are printed, with what it printed so far. */
async function startTask(args: string[]) {
  const child = new Deno.Command(Deno.execPath(), {
    args: ["task", "--quiet", "sample-logs", ...args],
    cwd: ROOT,
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let printed = "";
  // Ends when both lines are in, or when the stream closes (the task exited).
  while (!/SAMPLE_LOGS_TOKEN=\S+\n/.test(printed)) {
    const { value, done } = await reader.read();
    if (done) break;
    printed += value;
  }
  const rest = async () => {
    let more = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      more += chunk.value;
    }
    return more;
  };
  return { child, printed, rest };
}

Deno.test("sample-logs prints the .env lines of a service that answers them, and stops on Ctrl-C", async () => {
  const token = "test_token_0123456789";
  const { child, printed, rest } = await startTask(["--port", "0", "--token", token]);
  const stderr = child.stderr.pipeThrough(new TextDecoderStream());
  try {
    const url = /^SAMPLE_LOGS_URL=(http:\/\/127\.0\.0\.1:\d+)$/m.exec(printed)?.[1];
    ok(url, printed);
    ok(printed.includes(`\nSAMPLE_LOGS_TOKEN=${token}\n`), printed);
    ok(printed.includes("SAFE_DEBUG_LOCAL_SAMPLE=1 slack run"), printed);
    const logs = new URL("/v1/logs", url);
    const end = new Date();
    logs.search = new URLSearchParams({
      service: "checkout",
      environment: "production",
      start: new Date(end.getTime() - 900_000).toISOString(),
      end: end.toISOString(),
      limit: "5",
    }).toString();
    const answered = await fetch(logs, { headers: { authorization: `Bearer ${token}` } });
    strictEqual(answered.status, 200);
    strictEqual(((await answered.json()) as { items: unknown[] }).items.length, 5);
    const refused = await fetch(logs, { headers: { authorization: "Bearer another-token-0000" } });
    strictEqual(refused.status, 401);
    await refused.body?.cancel();
  } finally {
    child.kill("SIGINT");
  }
  const [status, after] = await Promise.all([child.status, rest()]);
  await stderr.cancel();
  strictEqual(status.code, 0, "Ctrl-C is a normal stop");
  ok(after.includes("Sample log service stopped."), after);
});

Deno.test("sample-logs: a taken port is said so, exit 1", async () => {
  const taken = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  try {
    const { code, stderr } = await new Deno.Command(Deno.execPath(), {
      args: ["task", "--quiet", "sample-logs", "--port", String(taken.addr.port)],
      cwd: ROOT,
      stdout: "null",
      stderr: "piped",
    }).output();
    strictEqual(code, 1);
    ok(
      new TextDecoder().decode(stderr).includes(`port ${taken.addr.port} is in use`),
      "names the port",
    );
  } finally {
    taken.close();
  }
});

Deno.test("parseServeArgs: the default port, --port and --token checked, anything else refused", () => {
  deepStrictEqual(parseServeArgs([]), { port: DEFAULT_PORT });
  deepStrictEqual(parseServeArgs(["--port=0", "--token", "abcdefghijklmnop"]), {
    port: 0,
    token: "abcdefghijklmnop",
  });
  throws(() => parseServeArgs(["--port", "65536"]), /--port must be a whole number/);
  throws(() => parseServeArgs(["--port", "-1"]), /--port must be a whole number/);
  throws(() => parseServeArgs(["--token", "short"]), /--token must be 16 to 128/);
  throws(() => parseServeArgs(["--token", "has space in it 0123"]), /--token must be/);
  throws(() => parseServeArgs(["--host", "0.0.0.0"]), /unknown flag --host/);
  throws(() => parseServeArgs(["--port"]), /--port needs a value/);
});
