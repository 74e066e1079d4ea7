import { ok, strictEqual } from "@node/assert";
import { SlackFunctionTester } from "deno-slack-sdk";
import { EXCERPT_LIMITS, utf8Length } from "../../core/excerpt.ts";
import { startSampleLogService } from "../../devkit/sample_logs/mod.ts";
import { FetchLogsFunction } from "./definition.ts";
import handler from "./handler.ts";

const { createContext } = SlackFunctionTester(FetchLogsFunction);

const AWS_KEY = "AKIAQ3EGUSBKHZXWJ4PN";
const GITHUB_PAT = "ghp_R8kLm2Xq9TzW4vB7nC1sD5fG3hJ6kL0pQ2wE";
const TOKEN = "test-log-token-7f3a";

interface FakeItem {
  timestamp: string;
  level: string;
  message: string;
  attributes: Record<string, string>;
}

/**
 * A loopback log API in the sample service's wire format (config/sources.ts "sample"):
 * answers `items` from `respond`, or a status of its own.
 */
async function withLogApi(
  respond: (url: URL) => Response | FakeItem[],
  test: (env: Record<string, string>, requests: URL[]) => Promise<void>,
): Promise<void> {
  const requests: URL[] = [];
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (req) => {
    const url = new URL(req.url);
    requests.push(url);
    if (req.headers.get("authorization") !== `Bearer ${TOKEN}`) {
      return new Response("unauthorized", { status: 401 });
    }
    const answer = respond(url);
    return answer instanceof Response
      ? answer
      : Response.json({ items: answer, next_cursor: null });
  });
  try {
    await test({
      SAMPLE_LOGS_URL: `http://127.0.0.1:${server.addr.port}`,
      SAMPLE_LOGS_TOKEN: TOKEN,
    }, requests);
  } finally {
    await server.shutdown();
  }
}

function item(secondsAgo: number, message: string, attributes: Record<string, string> = {}) {
  return {
    timestamp: new Date(Date.now() - secondsAgo * 1000).toISOString(),
    level: "error",
    message,
    attributes: { host: "checkout-1", ...attributes },
  };
}

const inputs = { service: "checkout", environment: "production", window: "15m" };

Deno.test("fetch_logs scrubs messages and attributes before returning them", async () => {
  await withLogApi(
    () => [
      item(10, `upload failed with key ${AWS_KEY}`, { trace_id: GITHUB_PAT }),
      item(20, "cache warm"),
    ],
    async (env, requests) => {
      const result = await handler(createContext({ inputs, env }));
      strictEqual(result.error, undefined);
      const outputs = result.outputs!;
      const text = outputs.excerpt.join("\n");
      ok(!text.includes(AWS_KEY) && !text.includes(GITHUB_PAT), text);
      ok(text.includes("upload failed with key [REDACTED:aws-access-key-id]"), text);
      const lines = text.split("\n");
      ok(lines[0].endsWith(" ERROR cache warm host=checkout-1"), "oldest line first");
      strictEqual(outputs.line_count, 2);
      strictEqual(outputs.truncated, false);
      const counts = JSON.parse(outputs.masked_counts);
      strictEqual(counts["aws-access-key-id"], 1);
      ok(Object.values<number>(counts).reduce((a, b) => a + b) >= 2, "the attribute counted");
      ok(outputs.masked_summary.includes("1 AWS access key ID"), outputs.masked_summary);
      strictEqual(outputs.source, "sample");
      const span = Date.parse(outputs.window_end) - Date.parse(outputs.window_start);
      strictEqual(span, 15 * 60_000);
      strictEqual(requests[0].searchParams.get("service"), "checkout");
    },
  );
});

Deno.test("fetch_logs reads the sample log service and masks what it seeds", async () => {
  const logs = await startSampleLogService();
  try {
    const result = await handler(createContext({
      inputs: { service: logs.services[0], environment: "production", window: "1h", max_lines: 50 },
      env: { SAMPLE_LOGS_URL: logs.url, SAMPLE_LOGS_TOKEN: logs.token },
    }));
    strictEqual(result.error, undefined);
    const { excerpt, line_count, masked_counts } = result.outputs!;
    strictEqual(line_count, 50);
    ok(excerpt.length >= 1 && excerpt.length <= EXCERPT_LIMITS.maxChunks);
    for (const chunk of excerpt) {
      ok(chunk.length <= EXCERPT_LIMITS.maxChunkChars);
      ok(utf8Length(chunk) <= EXCERPT_LIMITS.maxChunkBytes);
    }
    ok(Object.keys(JSON.parse(masked_counts)).length > 0, "the seeded values were found");
    ok(!excerpt.join("\n").includes(logs.token));
  } finally {
    await logs.stop();
  }
});

Deno.test("fetch_logs: bad inputs give a clear error, never a crash", async () => {
  await withLogApi(() => [item(1, "x")], async (env) => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...inputs, service: "nope" }, /Unknown service "nope".*known: checkout/],
      [{ ...inputs, environment: "qa" }, /Unknown environment/],
      [{ ...inputs, window: "3 fortnights" }, /unit is not one Safe Debug knows/],
      [{ ...inputs, window: "30d" }, /Could not read the logs: .*(longer|at most|max)/i],
      [
        { ...inputs, window: "2026-11-29T10:00:00Z/2026-11-29T09:00:00Z" },
        /^The time window's end is not after its start/,
      ],
      [{ ...inputs, max_lines: 0 }, /^The line limit must be/],
      [{ ...inputs, source: "elsewhere" }, /Unknown log source/],
      [{ environment: "production", window: "15m" }, /^Choose a service\./],
    ];
    for (const [given, expected] of cases) {
      // deno-lint-ignore no-explicit-any
      const result = await handler(createContext({ inputs: given as any, env }));
      strictEqual(result.outputs, undefined, JSON.stringify(given));
      ok(expected.test(result.error!), `${JSON.stringify(given)} → ${result.error}`);
    }
  });
});

Deno.test("fetch_logs: an empty window is an error that says what to try", async () => {
  await withLogApi(() => [], async (env) => {
    const result = await handler(createContext({
      inputs: { ...inputs, filter: `password=${GITHUB_PAT}` },
      env,
    }));
    ok(
      /^No log lines for checkout \(production\) between .* matching the filter\./.test(
        result.error!,
      ),
    );
    ok(/Widen the window/.test(result.error!));
    ok(!result.error!.includes(GITHUB_PAT), "the filter is never echoed");
  });
});

Deno.test("fetch_logs: a source that is down or refuses gives an error without secrets", async () => {
  await withLogApi(
    () => new Response(`overloaded; upstream key ${AWS_KEY}`, { status: 503 }),
    async (env) => {
      const result = await handler(createContext({ inputs, env }));
      ok(/^Could not read the logs: /.test(result.error!), result.error);
      ok(!result.error!.includes(AWS_KEY) && !result.error!.includes(TOKEN), result.error);
    },
  );
  await withLogApi(() => [], async (env) => {
    const result = await handler(createContext({
      inputs,
      env: { ...env, SAMPLE_LOGS_TOKEN: "wrong-token-value" },
    }));
    ok(/^Could not read the logs: /.test(result.error!), result.error);
    ok(!result.error!.includes("wrong-token-value"), result.error);
  });
  const closed = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (closed.addr as Deno.NetAddr).port;
  closed.close();
  const result = await handler(createContext({
    inputs,
    env: { SAMPLE_LOGS_URL: `http://127.0.0.1:${port}`, SAMPLE_LOGS_TOKEN: TOKEN },
  }));
  ok(/^Could not read the logs: /.test(result.error!), result.error);
  const missing = await handler(createContext({ inputs, env: {} }));
  ok(/SAMPLE_LOGS_(URL|TOKEN)/.test(missing.error!), missing.error);
});

Deno.test("fetch_logs: a huge line is cut visibly, and many lines stay within the chunk limits", async () => {
  await withLogApi(
    () => [
      item(1, `${"y".repeat(8000)} ${AWS_KEY}`),
      ...Array.from({ length: 400 }, (_, i) => item(2 + i, `line ${i} ${"z".repeat(400)}`)),
    ],
    async (env) => {
      const result = await handler(createContext({ inputs, env }));
      const { excerpt, truncated, line_count } = result.outputs!;
      ok(excerpt.length <= EXCERPT_LIMITS.maxChunks);
      ok(excerpt.every((chunk) => chunk.length <= EXCERPT_LIMITS.maxChunkChars));
      ok(excerpt.at(-1)!.endsWith("…[cut]"), "the newest (huge) line is cut");
      ok(!excerpt.join("").includes(AWS_KEY));
      strictEqual(truncated, true, "older lines were left out");
      ok(line_count > 100 && line_count < 401, `${line_count} lines`);
    },
  );
});
