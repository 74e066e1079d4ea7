/**
 * The app's scrubbing policy: validated at load (the file and the field named), and used by every
 * function — a custom pattern masks, an allow-listed term stays and a per-detector strategy
 * applies in scrub_text, in fetch_logs outputs and in a posted report.
 */
import { deepStrictEqual, match, ok, strictEqual, throws } from "@node/assert";
import { SlackFunctionTester } from "deno-slack-sdk";
import { SAMPLE_SOURCES_CONFIG as sourcesConfig } from "../devkit/sample_logs/source.ts";
import { createScrubber, PolicyError } from "../core/scrub/mod.ts";
import { DATASTORES } from "../datastores/mod.ts";
import { startFakeServer } from "../devkit/fake_backends/mod.ts";
import type { SlackEmulator } from "../devkit/slack_emulator/mod.ts";
import { withEmulator as withSlackEmulator } from "../devkit/slack_emulator/test_client.ts";
import { APP_POLICY_FILE } from "./app_scrubber.ts";
import { APP_POLICY, loadAppPolicy } from "./app_policy.ts";
import { createFetchLogsHandler } from "./fetch_logs/fetch_logs.ts";
import { createPostDebugReportHandler } from "./post_debug_report/handler.ts";
import { createScrubTextHandler } from "./scrub_text/handler.ts";

const ORDER_TOKEN = "ordtok_4f9k2m7q1x8z3c6v5b0n2p4r";
const ALLOWED_EMAIL = "oncall-bot@acme-corp.io";
const CUSTOMER_EMAIL = "jane.doe@acme-corp.io";
const LINE = `refund ${ORDER_TOKEN} for ${CUSTOMER_EMAIL} approved by ${ALLOWED_EMAIL}`;

const POLICY = loadAppPolicy({
  customPatterns: [{
    id: "order-token",
    kind: "secret",
    pattern: "ordtok_[a-z0-9]{24}",
    keywords: ["ordtok_"],
  }],
  allowlist: [ALLOWED_EMAIL],
  strategies: { "email-address": "pseudonym" },
}, "test policy");

const PSEUDONYM = /\[email-address:[0-9a-f]{10}\]/;
const ONCALL = "U05ONCALL01";
const DEBUG_CHANNEL = "C05PRODDBG1";

/** A Slack emulator with the app's datastores (functions write sessions and audit events). */
const withEmulator = (test: (emu: SlackEmulator) => Promise<void>) =>
  withSlackEmulator(test, { datastores: DATASTORES.map((datastore) => datastore.definition) });

/** What every function's text must show under POLICY. */
function assertPolicyApplied(text: string) {
  ok(!text.includes(ORDER_TOKEN) && !text.includes(CUSTOMER_EMAIL), text);
  ok(text.includes("[REDACTED:order-token]"), `custom pattern masked: ${text}`);
  ok(text.includes(ALLOWED_EMAIL), `allow-listed term kept: ${text}`);
  match(text, PSEUDONYM, "the email-address strategy (pseudonym) applied");
}

Deno.test("app policy fixture: without the policy, the token stays and both emails are masked", () => {
  const { text } = createScrubber().scrub(LINE);
  ok(text.includes(ORDER_TOKEN), "the custom pattern is what masks the token");
  ok(!text.includes(ALLOWED_EMAIL), "the allowlist is what keeps the address");
  strictEqual(text.match(/\[REDACTED:email-address\]/g)?.length, 2, text);
});

Deno.test("app policy: a bad policy is refused at load, naming the file and the field", () => {
  const cases: [unknown, string][] = [
    [{ $comment: "notes" }, '"$comment"'],
    [{ limits: { timeBudgetMs: "5000" } }, "policy.limits.timeBudgetMs"],
    [{ disabled: ["no-such-detector"] }, "policy.disabled[0]"],
    [{ strategies: { "no-such-detector": "partial" } }, "policy.strategies.no-such-detector"],
    [
      { customPatterns: [{ id: "slow", kind: "secret", pattern: "(hunter2+)+$" }] },
      "policy.customPatterns[0].pattern",
    ],
  ];
  for (const [policy, field] of cases) {
    throws(() => loadAppPolicy(policy), (error: unknown) => {
      if (!(error instanceof PolicyError)) throw error;
      ok(error.message.startsWith(`${APP_POLICY_FILE}: `), error.message);
      ok(error.message.includes(field), `${field} named in: ${error.message}`);
      ok(!error.message.includes("hunter2"), "a pattern is not echoed");
      return true;
    });
  }
});

Deno.test("app policy: the shipped config/scrub_policy.json is what the functions load", async () => {
  const file = new URL("../config/scrub_policy.json", import.meta.url);
  deepStrictEqual(loadAppPolicy(JSON.parse(await Deno.readTextFile(file))), APP_POLICY);
});

Deno.test("app policy applies in scrub_text", async () => {
  const { createContext } = SlackFunctionTester("scrub_text");
  const result = await createScrubTextHandler(POLICY)(createContext({ inputs: { text: LINE } }));
  strictEqual(result.error, undefined, result.error);
  assertPolicyApplied(result.outputs!.text);
  const counts = JSON.parse(result.outputs!.masked_counts);
  strictEqual(counts["order-token"], 1);
  strictEqual(counts["email-address"], 1, "the allow-listed address is not counted");
});

Deno.test("app policy applies in fetch_logs outputs, messages and attributes", async () => {
  const { createContext } = SlackFunctionTester("fetch_logs");
  const now = Date.now();
  const server = await startFakeServer(() => ({
    body: {
      items: [
        {
          timestamp: new Date(now - 20_000).toISOString(),
          level: "info",
          message: LINE,
          attributes: {},
        },
        {
          timestamp: new Date(now - 10_000).toISOString(),
          level: "error",
          message: "refund retried",
          attributes: { trace_id: ORDER_TOKEN },
        },
      ],
      next_cursor: null,
    },
  }));
  try {
    await withEmulator(async (emu) => {
      const handler = createFetchLogsHandler(sourcesConfig, POLICY);
      const result = await handler(createContext({
        inputs: { service: "checkout", environment: "production", window: "15m", user_id: ONCALL },
        env: {
          SAMPLE_LOGS_URL: server.url,
          SAMPLE_LOGS_TOKEN: "test-token",
          SLACK_API_URL: emu.url,
          ADMIN_USER_IDS: "U05ONCALL01,U05ONCALL02",
        },
        token: emu.botToken,
      }));
      strictEqual(result.error, undefined, result.error);
      const text = result.outputs!.excerpt.join("\n");
      assertPolicyApplied(text);
      strictEqual(JSON.parse(result.outputs!.masked_counts)["order-token"], 2, text);
    });
  } finally {
    await server.stop();
  }
});

Deno.test("app policy applies in a posted report (post_debug_report through the emulator)", async () => {
  await withEmulator(async (emu) => {
    const { createContext } = SlackFunctionTester("post_debug_report");
    const result = await createPostDebugReportHandler(POLICY)(createContext({
      inputs: {
        channel_id: DEBUG_CHANNEL,
        user_id: ONCALL,
        delivery: "channel",
        service: "checkout",
        environment: "production",
        window_start: "2026-11-29T10:00:00.000Z",
        window_end: "2026-11-29T10:15:00.000Z",
        // Raw text, as a Workflow Builder user could wire it in: the re-scrub must catch it.
        excerpt: [`10:14:59 ERROR ${LINE}`],
        line_count: 1,
        truncated: false,
        masked_counts: "{}",
      },
      env: {
        SLACK_API_URL: emu.url,
        DEBUG_CHANNEL_IDS: DEBUG_CHANNEL,
        ADMIN_USER_IDS: "U05ONCALL01,U05ONCALL02",
      },
      token: emu.botToken,
    }));
    strictEqual(result.error, undefined, result.error);
    const posted = emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id);
    strictEqual(posted.length, 1);
    assertPolicyApplied(JSON.stringify(posted[0].blocks));
    ok(!JSON.stringify(emu.state.datastoreItems("debug_sessions")).includes(ORDER_TOKEN));
  });
});
