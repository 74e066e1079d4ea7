/**
 * post_debug_report with fetch_logs' insights: checked (untrusted, any text can be wired in),
 * scrubbed again, and shown above the excerpt, escaped.
 */
import { ok, strictEqual } from "@node/assert";
import { SlackFunctionTester } from "deno-slack-sdk";
import type { ReportInsights } from "../../core/render/insights.ts";
import { encodeInsights } from "../../core/render/insights_transport.ts";
import { escapeSlackText } from "../../core/render/slack_escape.ts";
import AuditEvents from "../../datastores/audit_events.ts";
import DebugSessions from "../../datastores/debug_sessions.ts";
import type { SlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { withEmulator as withSlackEmulator } from "../../devkit/slack_emulator/test_client.ts";
import handler from "./handler.ts";
import { REPORT } from "./test_support.ts";

const { createContext } = SlackFunctionTester("post_debug_report");

const DEBUG_CHANNEL = "C05PRODDBG1";
const T0 = Date.parse("2026-11-29T10:00:00.000Z");
const AWS_KEY = "AKIAZ3MQ7XK2LP4RTW5N";

const INSIGHTS: ReportInsights = {
  lines: 2,
  filtered: false,
  levels: { error: 1, warn: 0, info: 1, debug: 0, unknown: 0 },
  sparkline: { start: T0, minutesPerBar: 1, bars: "█▁▁▁▁▁▁▁▁▁▁▁▁▁█", errors: "              ^" },
  patterns: [
    {
      template: "payment timeout order=<*>",
      count: 1,
      level: "error",
      first: T0 + 899_000,
      last: T0 + 899_000,
      example: "payment timeout order=A1",
      previous: null,
      change: null,
    },
    {
      // A placeholder where a secret was: scrubbing it again must see `<*>`, not `&lt;*&gt;`.
      template: '{"msg":"retrying","api_key":"<*>"}',
      count: 1,
      level: "info",
      first: T0,
      last: T0,
      example: '{"msg":"retrying","api_key":"[REDACTED:stripe-secret-key]"}',
      previous: null,
      change: null,
    },
  ],
  patternCount: 2,
  comparison: { state: "off" },
};

/** As fetch_logs outputs it: encoded, then escaped by functions/safe_result.ts. */
const wired = (insights: ReportInsights) => escapeSlackText(encodeInsights(insights));

const goodInputs = {
  ...REPORT,
  excerpt: ['10:14:59 ERROR payment timeout order=A1\n10:00:00 INFO {"msg":"retrying"}'],
  line_count: 2,
  lines_read: 2,
  lines_matched: 2,
  insights: wired(INSIGHTS),
  excerpt_mode: "newest",
};

const withEmulator = (test: (emu: SlackEmulator) => Promise<void>) =>
  withSlackEmulator(test, { datastores: [DebugSessions.definition, AuditEvents.definition] });

function run(emu: SlackEmulator, inputs: Record<string, unknown>) {
  return handler(createContext({
    inputs,
    env: {
      SLACK_API_URL: emu.url,
      DEBUG_CHANNEL_IDS: DEBUG_CHANNEL,
      ADMIN_USER_IDS: "U05ONCALL01,U05ONCALL02",
    },
    token: emu.botToken,
  }));
}

function postedText(emu: SlackEmulator): string {
  const [message] = emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id);
  return JSON.stringify(message?.blocks ?? null);
}

Deno.test("post_debug_report shows the insights above the excerpt, `<*>` escaped once", async () => {
  await withEmulator(async (emu) => {
    const result = await run(emu, goodInputs);
    strictEqual(result.error, undefined, result.error);
    const posted = postedText(emu);
    const insightsAt = posted.indexOf("Log insights");
    ok(insightsAt > 0 && insightsAt < posted.indexOf("10:14:59 ERROR"), "above the excerpt");
    ok(posted.includes("`payment timeout order=&lt;*&gt;`"), posted);
    ok(!posted.includes("&amp;lt;") && !posted.includes("<*>"), "escaped exactly once");
    ok(posted.includes("█▁▁▁"), "the sparkline");
    ok(posted.includes('api_key\\":\\"&lt;*&gt;'), posted);
    ok(
      posted.includes("nothing masked"),
      "templates scrubbed again find nothing new: `<*>` is no secret",
    );
  });
});

Deno.test("post_debug_report: a comparison that could not be made is said, and the report still posts", async () => {
  await withEmulator(async (emu) => {
    const result = await run(emu, {
      ...goodInputs,
      insights: wired({ ...INSIGHTS, comparison: { state: "failed", reason: "out_of_time" } }),
    });
    strictEqual(result.error, undefined, result.error);
    ok(postedText(emu).includes("the comparison with the window just before could not be made"));
  });
});

Deno.test("post_debug_report scrubs wired insights again: a planted secret is masked and counted", async () => {
  await withEmulator(async (emu) => {
    const planted: ReportInsights = {
      ...INSIGHTS,
      patterns: [{ ...INSIGHTS.patterns[0], template: `upload with ${AWS_KEY}`, example: AWS_KEY }],
      patternCount: 1,
    };
    const result = await run(emu, { ...goodInputs, insights: wired(planted) });
    strictEqual(result.error, undefined, result.error);
    const posted = postedText(emu);
    ok(!posted.includes(AWS_KEY), "the key is not posted");
    ok(posted.includes("[REDACTED:aws-access-key-id]"), posted);
    ok(posted.includes("2 AWS access key IDs masked"), "counted in the masking summary");
  });
});

Deno.test("post_debug_report refuses insights it cannot trust, naming the input, echoing nothing", async () => {
  await withEmulator(async (emu) => {
    const cases: [unknown, RegExp][] = [
      [`{"v":1,"secret":"${AWS_KEY}"`, /“Log insights \(JSON\)” input must be JSON written by/],
      [JSON.stringify({ v: 1, lines: 2 }), /“Log insights \(JSON\)” input is not in the form/],
      [wired({ ...INSIGHTS, lines: 5, levels: { ...INSIGHTS.levels, info: 4 } }), /same fetch/],
      [42, /“Log insights \(JSON\)” input must be text/],
    ];
    for (const [insights, expected] of cases) {
      const result = await run(emu, { ...goodInputs, insights });
      ok(result.error !== undefined && expected.test(result.error), result.error);
      ok(!result.error?.includes(AWS_KEY));
    }
    const mode = await run(emu, { ...goodInputs, excerpt_mode: "everything" });
    ok(/“Excerpt shows” input must be “newest” or “patterns”/.test(mode.error ?? ""), mode.error);
    strictEqual(emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id).length, 0);
  });
});

Deno.test("post_debug_report without insights (another step's wiring) posts as before", async () => {
  await withEmulator(async (emu) => {
    const { insights: _, excerpt_mode: __, ...without } = goodInputs;
    const result = await run(emu, { ...without, insights: "" });
    strictEqual(result.error, undefined, result.error);
    ok(!postedText(emu).includes("Log insights"));
  });
});
