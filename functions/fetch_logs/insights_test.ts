/**
 * fetch_logs' log insights, through the deployed handler (safe result): mined from the scrubbed
 * lines that match the filter, carried as one JSON output, and the previous window read within
 * the same time budget, its failure not the run's. A loopback log API in the sample service's
 * wire format answers from fixed items; the Slack emulator holds the audit trail.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { SlackFunctionTester } from "deno-slack-sdk";
import type { ReportInsights } from "../../core/render/insights.ts";
import { decodeInsights } from "../../core/render/insights_transport.ts";
import { DATASTORES } from "../../datastores/mod.ts";
import { SAMPLE_SOURCES_CONFIG } from "../../devkit/sample_logs/source.ts";
import { type SlackEmulator, startSlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { APP_POLICY } from "../app_scrubber.ts";
import { withSafeResult } from "../safe_result.ts";
import { FetchLogsFunction } from "./definition.ts";
import { createFetchLogsHandler, type FetchLogsOutputs, MAIN_FETCH_SHARE } from "./fetch_logs.ts";
import type { FunctionResult } from "../../slack/function_context.ts";

const { createContext } = SlackFunctionTester(FetchLogsFunction);

const TOKEN = "test-log-token-7f3a";
const ONCALL = "U05ONCALL01";
const NOW = Date.UTC(2026, 10, 29, 11, 0, 0);
const MINUTE = 60_000;
/** The window asked for ("15m" at NOW) and the one before it. */
const START = NOW - 15 * MINUTE;
const PREVIOUS_START = START - 15 * MINUTE;
const BUDGET = SAMPLE_SOURCES_CONFIG.fetchBudgetMs;

interface Item {
  timestamp: string;
  level: string;
  message: string;
  attributes: { host: string; trace_id: string };
}

function item(ms: number, level: string, message: string): Item {
  return {
    timestamp: new Date(ms).toISOString(),
    level,
    message,
    attributes: { host: "checkout-1", trace_id: `t${ms}` },
  };
}

interface Rig {
  emu: SlackEmulator;
  /** Each request's window, in the order received. */
  windows: { start: number; end: number }[];
  fetch(inputs: Record<string, unknown>): Promise<FunctionResult<FetchLogsOutputs>>;
}

interface RigOptions {
  /** Virtual ms a request for the window starting at `start` takes (the clock moves on). */
  delay?: (start: number, page: number) => number;
  /** A status instead of items for the window starting at `start`. */
  status?: (start: number) => number | undefined;
}

/**
 * Items in [start, end) newest first, `limit` per page from the `cursor` offset, on a virtual
 * clock that requests move forward.
 */
async function withRig(
  items: Item[],
  test: (rig: Rig) => Promise<void>,
  options: RigOptions = {},
): Promise<void> {
  let clock = NOW;
  const windows: { start: number; end: number }[] = [];
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (req) => {
    const url = new URL(req.url);
    if (req.headers.get("authorization") !== `Bearer ${TOKEN}`) {
      return new Response("unauthorized", { status: 401 });
    }
    const start = Date.parse(url.searchParams.get("start")!);
    const end = Date.parse(url.searchParams.get("end")!);
    const offset = Number(url.searchParams.get("cursor") ?? 0);
    const limit = Number(url.searchParams.get("limit"));
    windows.push({ start, end });
    clock += options.delay?.(start, offset === 0 ? 1 : 2) ?? 0;
    const status = options.status?.(start);
    if (status !== undefined) return new Response("refused", { status });
    const inWindow = items
      .filter((i) => Date.parse(i.timestamp) >= start && Date.parse(i.timestamp) < end)
      .toSorted((a, b) => Date.parse(b.timestamp) - Date.parse(a.timestamp));
    const page = inWindow.slice(offset, offset + limit);
    const next = offset + limit < inWindow.length ? String(offset + limit) : null;
    return Response.json({ items: page, next_cursor: next });
  });
  const emu = await startSlackEmulator({
    datastores: DATASTORES.map((datastore) => datastore.definition),
  });
  const handler = withSafeResult(
    createFetchLogsHandler(SAMPLE_SOURCES_CONFIG, APP_POLICY, () => clock),
  );
  const env = {
    SAMPLE_LOGS_URL: `http://127.0.0.1:${server.addr.port}`,
    SAMPLE_LOGS_TOKEN: TOKEN,
    SLACK_API_URL: emu.url,
    ADMIN_USER_IDS: "U05ONCALL01,U05ONCALL02",
    FETCH_RATE_PER_MINUTE: "1000",
  };
  try {
    await test({
      emu,
      windows,
      fetch: (inputs) => {
        clock = NOW;
        windows.length = 0;
        return handler(createContext({
          // deno-lint-ignore no-explicit-any
          inputs: { ...BASE_INPUTS, ...inputs } as any,
          env,
          token: emu.botToken,
        }));
      },
    });
  } finally {
    await emu.stop();
    await server.shutdown();
  }
}

const BASE_INPUTS = {
  service: "checkout",
  environment: "production",
  window: "15m",
  user_id: ONCALL,
};

function insightsOf(outputs: FetchLogsOutputs | undefined): ReportInsights {
  const read = decodeInsights(String(outputs?.insights));
  if ("problem" in read) throw new Error(`insights ${read.problem}`);
  return read;
}

const AWS_KEYS = ["AKIAQ3EGUSBKHZXWJ4PN", "AKIAZ3MQ7XK2LP4RTW5N", "AKIAJ7W2XQ4LMN5PRS3T"];

Deno.test("fetch_logs: lines that differ only in a secret give one template, with `<*>`, never the value", async () => {
  const items = [
    ...AWS_KEYS.map((key, i) =>
      item(
        START + (i + 1) * MINUTE,
        "error",
        `upload failed with key ${key} for jane.doe@example.com`,
      )
    ),
    ...[1, 2, 3, 4].map((i) => item(START + i * MINUTE + 5, "info", `cart ${i} updated`)),
  ];
  await withRig(items, async (rig) => {
    const result = await rig.fetch({});
    strictEqual(result.error, undefined, result.error);
    const outputs = result.outputs!;
    ok(String(outputs.insights).includes("&lt;*&gt;"), "the output is escaped, and still JSON");
    const insights = insightsOf(outputs);
    strictEqual(insights.lines, outputs.lines_matched);
    deepStrictEqual(insights.levels, { error: 3, warn: 0, info: 4, debug: 0, unknown: 0 });
    deepStrictEqual(insights.patterns.map((p) => [p.template, p.level, p.count]), [
      ["upload failed with key <*> for <*>", "error", 3],
      ["cart <*> updated", "info", 4],
    ]);
    ok(insights.patterns[0].example.includes("[REDACTED:aws-access-key-id]"));
    strictEqual(insights.patterns[0].first, START + MINUTE);
    strictEqual(insights.patterns[0].last, START + 3 * MINUTE);
    const all = JSON.stringify(outputs);
    for (const secret of [...AWS_KEYS, "jane.doe", "example.com"]) {
      ok(!all.includes(secret), `an output holds ${secret}`);
    }
    strictEqual(outputs.excerpt_mode, "newest");
  });
});

const PAT = "ghp_timeoutR8kLm2Xq9TzW4vB7nC1sD5fG3hJ6k";

Deno.test("fetch_logs: the insights count a line only when its SCRUBBED text matches the filter", async () => {
  const timeouts = [1, 2, 3].map((i) =>
    item(START + i * MINUTE, "error", `payment timeout for order ${i}`)
  );
  // Their raw text holds "timeout" only inside a token, which is masked.
  const tokens = [4, 5].map((i) => item(START + i * MINUTE, "warn", `sync with ${PAT}`));
  let withTokens: FetchLogsOutputs | undefined;
  let withoutTokens: FetchLogsOutputs | undefined;
  await withRig([...timeouts, ...tokens], async (rig) => {
    const result = await rig.fetch({ filter: "timeout" });
    strictEqual(result.error, undefined, result.error);
    withTokens = result.outputs;
  });
  await withRig(timeouts, async (rig) => {
    withoutTokens = (await rig.fetch({ filter: "timeout" })).outputs;
  });
  strictEqual(withTokens!.lines_read, 5);
  strictEqual(withoutTokens!.lines_read, 3);
  strictEqual(withTokens!.lines_matched, 3);
  deepStrictEqual(insightsOf(withTokens), insightsOf(withoutTokens));
  strictEqual(withTokens!.insights, withoutTokens!.insights, "the very same output");
  strictEqual(insightsOf(withTokens).filtered, true);

  // A filter matching only the raw secret reads exactly like one matching nothing.
  await withRig([...timeouts, ...tokens], async (rig) => {
    const secretFilter = await rig.fetch({ filter: "ghp_timeout" });
    const nothingFilter = await rig.fetch({ filter: "no-such-words" });
    ok(secretFilter.error !== undefined && secretFilter.outputs === undefined);
    deepStrictEqual(secretFilter, nothingFilter);
  });
});

const CURRENT = [
  ...[1, 2, 3, 4, 5, 6].map((i) =>
    item(START + i * MINUTE, "error", `connection to db refused ${i}`)
  ),
  ...[1, 2].map((i) => item(START + i * MINUTE + 7, "info", `request ${i} done`)),
];
const PREVIOUS = [1, 2].map((i) => item(PREVIOUS_START + i * MINUTE, "info", `request ${i} done`));

Deno.test("fetch_logs: with compare_previous, the window just before is read and new patterns marked", async () => {
  await withRig([...CURRENT, ...PREVIOUS], async (rig) => {
    const result = await rig.fetch({ compare_previous: true });
    strictEqual(result.error, undefined, result.error);
    deepStrictEqual(rig.windows, [
      { start: START, end: NOW },
      { start: PREVIOUS_START, end: START },
    ]);
    const insights = insightsOf(result.outputs);
    deepStrictEqual(insights.comparison, {
      state: "done",
      start: PREVIOUS_START,
      end: START,
      lines: 2,
      partial: false,
    });
    deepStrictEqual(insights.patterns.map((p) => [p.template, p.previous, p.change]), [
      ["connection to db refused <*>", 0, "new"],
      ["request <*> done", 2, null],
    ]);
    strictEqual(result.outputs!.lines_read, 8, "the account is of the window asked for only");
    const audit = rig.emu.state.datastoreItems("audit_events")
      .find((e) => e.action === "fetch_logs" && e.outcome === "success");
    strictEqual(audit?.detail, "read+previous", "the audit says the previous window was read");
  });
});

Deno.test("fetch_logs: the window asked for gets its share of the budget when the previous one is read too", async () => {
  // 250 lines: three pages of 100; the first page takes just more than the main share.
  const many = Array.from(
    { length: 250 },
    (_, i) => item(START + 1000 + i * 3000, "info", `tick ${i}`),
  );
  const slowFirstPage = (start: number, page: number) =>
    start === START && page === 1 ? Math.floor(BUDGET * MAIN_FETCH_SHARE) + 100 : 0;
  await withRig(many, async (rig) => {
    const alone = await rig.fetch({});
    strictEqual(alone.error, undefined, alone.error);
    strictEqual(alone.outputs!.read_stopped_by, "", "alone, the whole budget reads every page");
    strictEqual(insightsOf(alone.outputs).comparison.state, "off");

    const compared = await rig.fetch({ compare_previous: true });
    strictEqual(compared.error, undefined, compared.error);
    strictEqual(compared.outputs!.read_stopped_by, "time_limit", "its share ran out after a page");
    deepStrictEqual(rig.windows.map((w) => w.start), [START, PREVIOUS_START]);
    strictEqual(insightsOf(compared.outputs).comparison.state, "done");
  }, { delay: slowFirstPage });
});

Deno.test("fetch_logs: with too little of the budget left, the previous window is not read, and the report is still made", async () => {
  const slow = (start: number) => start === START ? BUDGET - 100 : 0;
  await withRig([...CURRENT, ...PREVIOUS], async (rig) => {
    const result = await rig.fetch({ compare_previous: true });
    strictEqual(result.error, undefined, result.error);
    deepStrictEqual(rig.windows.map((w) => w.start), [START], "no request for the previous window");
    const insights = insightsOf(result.outputs);
    deepStrictEqual(insights.comparison, { state: "failed", reason: "out_of_time" });
    ok(insights.patterns.every((p) => p.change === null), "nothing is marked new");
    strictEqual(insights.lines, 8);
  }, { delay: slow });
});

Deno.test("fetch_logs: a failing read of the previous window is not the run's failure", async () => {
  await withRig([...CURRENT, ...PREVIOUS], async (rig) => {
    const result = await rig.fetch({ compare_previous: true });
    strictEqual(result.error, undefined, result.error);
    deepStrictEqual(insightsOf(result.outputs).comparison, {
      state: "failed",
      reason: "source_error",
    });
    strictEqual(result.outputs!.line_count, 8);
    const audit = rig.emu.state.datastoreItems("audit_events")
      .find((e) => e.action === "fetch_logs" && e.outcome === "success");
    strictEqual(audit?.detail, "read+previous_failed");
  }, { status: (start) => start === PREVIOUS_START ? 403 : undefined });
});

Deno.test("fetch_logs: excerpt_mode patterns shows one example per pattern, errors first", async () => {
  const items = [
    ...[1, 2, 3, 4, 5].map((i) => item(START + i * MINUTE, "info", `request ${i} done`)),
    ...[1, 2].map((i) => item(START + i * MINUTE + 9, "warn", `slow query ${i}`)),
    item(START + 7 * MINUTE, "error", "disk full on node 7"),
  ];
  await withRig(items, async (rig) => {
    const result = await rig.fetch({ excerpt_mode: "patterns" });
    strictEqual(result.error, undefined, result.error);
    const outputs = result.outputs!;
    strictEqual(outputs.excerpt_mode, "patterns");
    const lines = (outputs.excerpt as string[]).join("\n").split("\n");
    deepStrictEqual(lines.map((line) => line.replace(/^\S+ /, "").replace(/ host=.*$/, "")), [
      "ERROR disk full on node 7",
      "INFO request 1 done",
      "WARN slow query 1",
    ]);
    strictEqual(outputs.line_count, 3);
    strictEqual(outputs.lines_matched, 8);
    strictEqual(outputs.truncated, false, "every pattern has its example");

    const newest = await rig.fetch({});
    strictEqual(newest.outputs!.line_count, 8);
    ok(
      (newest.outputs!.excerpt as string[]).join("\n").endsWith(
        "trace_id=t" + (START + 7 * MINUTE),
      ),
    );
    // A blank mode (Workflow Builder's empty field) is the newest lines, as none given.
    const blank = await rig.fetch({ excerpt_mode: "" });
    strictEqual(blank.outputs!.excerpt_mode, "newest");
    deepStrictEqual(blank.outputs!.excerpt, newest.outputs!.excerpt);
  });
});
