/**
 * What fetch_logs says when the lines read cannot be shown: a single line too long for a report
 * (worded for the excerpt mode and the filter), an error from the log source (its text scrubbed:
 * a backend may quote log text), and the account of lines read outside the window.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { SlackFunctionTester } from "deno-slack-sdk";
import { DATASTORES } from "../../datastores/mod.ts";
import { startSlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { FetchLogsFunction } from "./definition.ts";
import handler from "./handler.ts";

const { createContext } = SlackFunctionTester(FetchLogsFunction);

const TOKEN = "test-log-token-too-long";
const ONCALL = "U05ONCALL01";
const ASK = { service: "checkout", environment: "production", window: "15m", user_id: ONCALL };

type Answer = Response | { timestamp: string; level: string; message: string }[];

/** fetch_logs as deployed against a loopback source answering `respond`. */
async function withSource(
  respond: (url: URL) => Answer | { page: Answer; next: string | null },
  test: (fetch: (inputs: Record<string, unknown>) => ReturnType<typeof handler>) => Promise<void>,
) {
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (request) => {
    const answered = respond(new URL(request.url));
    const { page, next } = "page" in answered ? answered : { page: answered, next: null };
    return page instanceof Response
      ? page
      : Response.json({ items: page.map((i) => ({ ...i, attributes: {} })), next_cursor: next });
  });
  const emu = await startSlackEmulator({ datastores: DATASTORES.map((d) => d.definition) });
  const env = {
    SAMPLE_LOGS_URL: `http://127.0.0.1:${server.addr.port}`,
    SAMPLE_LOGS_TOKEN: TOKEN,
    SLACK_API_URL: emu.url,
    ADMIN_USER_IDS: ONCALL,
  };
  try {
    await test((inputs) =>
      // deno-lint-ignore no-explicit-any
      handler(createContext({ inputs: inputs as any, env, token: emu.botToken }))
    );
  } finally {
    await emu.stop();
    await server.shutdown();
  }
}

const ago = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();

Deno.test("fetch_logs: one line too long to show is refused, worded by excerpt mode and filter", async () => {
  // One record of many lines, each short enough to be kept, together too long for a report.
  const long = Array.from({ length: 58 }, (_, i) => `payment step ${i} ${"x".repeat(3000)}`).join(
    "\n",
  );
  await withSource(() => [{ timestamp: ago(60), level: "error", message: long }], async (fetch) => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{}, "newest", ", or add a filter"],
      [{ filter: "payment" }, "newest matching", ", or a filter it does not match"],
      [{ excerpt_mode: "patterns" }, "first example", ", or add a filter"],
    ];
    for (const [inputs, which, or] of cases) {
      const result = await fetch({ ...ASK, ...inputs });
      const label = `${JSON.stringify(inputs)}: ${result.error}`;
      strictEqual(result.outputs, undefined, label);
      ok(result.error?.startsWith(`The ${which} line for checkout (production) between `), label);
      ok(result.error?.includes("is too long to show even alone"), label);
      ok(result.error?.endsWith(`Choose a window that ends before it${or}.`), label);
    }
  });
});

Deno.test("fetch_logs: a log source's error is shown scrubbed", async () => {
  const key = "AKIAQ3EGUSBKHZXWJ4PN";
  await withSource(
    () => new Response(`bad query near ${key}`, { status: 400 }),
    async (fetch) => {
      const result = await fetch(ASK);
      ok(result.error?.startsWith("Could not read the logs: "), result.error);
      ok(!result.error?.includes(key), result.error);
      ok(result.error?.includes("bad query near [REDACTED:aws-access-key-id]"), result.error);
    },
  );
});

Deno.test("fetch_logs: lines stamped outside the window count as read, not shown", async () => {
  const lines = [
    { timestamp: ago(60), level: "info", message: "kept one" },
    { timestamp: ago(7200), level: "info", message: "too old one" },
    { timestamp: ago(7300), level: "info", message: "too old two" },
  ];
  await withSource(() => lines, async (fetch) => {
    const result = await fetch(ASK);
    const o = result.outputs!;
    deepStrictEqual([o.lines_read, o.lines_out_of_window, o.lines_matched, o.line_count], [
      3,
      2,
      1,
      1,
    ]);
  });
});

Deno.test("fetch_logs: a line a source pages twice counts as read twice, repeated once, shown once", async () => {
  const line = { timestamp: ago(60), level: "info", message: "paged twice" };
  const other = { timestamp: ago(30), level: "info", message: "paged once" };
  await withSource(
    (url) =>
      url.searchParams.get("cursor") === null
        ? { page: [other, line], next: "page-2" }
        : { page: [line], next: null },
    async (fetch) => {
      const o = (await fetch(ASK)).outputs!;
      deepStrictEqual([o.lines_read, o.lines_repeated, o.lines_matched, o.line_count], [
        3,
        1,
        2,
        2,
      ]);
    },
  );
});

Deno.test("fetch_logs: one example per pattern says it is cut short when the read stopped at the line limit", async () => {
  const lines = [
    { timestamp: ago(30), level: "info", message: "user signed in" },
    { timestamp: ago(60), level: "info", message: "user signed in" },
    { timestamp: ago(90), level: "info", message: "user signed in" },
  ];
  await withSource(() => lines, async (fetch) => {
    const whole = (await fetch({ ...ASK, excerpt_mode: "patterns" })).outputs!;
    deepStrictEqual([whole.truncated, whole.read_stopped_by, whole.line_count], [false, "", 1]);
    const cut = (await fetch({ ...ASK, excerpt_mode: "patterns", max_lines: 2 })).outputs!;
    strictEqual(cut.line_count, 1, "one pattern, one example");
    ok(cut.read_stopped_by !== "", "the read stopped early");
    strictEqual(cut.truncated, true);
  });
});
