/**
 * The log insights end to end: the runner plays "Debug production"'s form (what the excerpt
 * shows, whether to mark what is new), the real handlers run against the emulator and the sample
 * log service, and the posted report has the insights at its top.
 */
import { ok, strictEqual } from "@node/assert";
import { decodeInsights } from "../core/render/insights_transport.ts";
import { DATASTORES } from "../datastores/mod.ts";
import { startSampleLogService } from "../devkit/sample_logs/mod.ts";
import { SAMPLE_SOURCES_CONFIG } from "../devkit/sample_logs/source.ts";
import { startSlackEmulator } from "../devkit/slack_emulator/mod.ts";
import { runWorkflow } from "../devkit/workflow_runner/mod.ts";
import { DebugFromAlertWorkflow } from "./debug_from_alert.ts";
import { signedAlertBody, testAlertEnv } from "../functions/verify_alert/test_alert.ts";
import { defineDebugProductionWorkflow } from "./debug_production.ts";

const DebugProductionWorkflow = defineDebugProductionWorkflow(SAMPLE_SOURCES_CONFIG);
const DEBUG_CHANNEL = "C05PRODDBG1";
const ON_CALL_USER = "U05ONCALL01";
const TRIGGER_INPUTS = {
  interactivity: {
    interactivity_pointer: "13371337.shortcut",
    interactor: { id: ON_CALL_USER, secret: "interactor-secret" },
  },
  channel_id: DEBUG_CHANNEL,
  user_id: ON_CALL_USER,
};

type Emulator = Awaited<ReturnType<typeof startSlackEmulator>>;

async function withApp(test: (emulator: Emulator, env: Record<string, string>) => Promise<void>) {
  const emulator = await startSlackEmulator({
    datastores: DATASTORES.map((datastore) => datastore.definition),
  });
  const logs = await startSampleLogService();
  try {
    await test(emulator, {
      SAMPLE_LOGS_URL: logs.url,
      SAMPLE_LOGS_TOKEN: logs.token,
      DEBUG_CHANNEL_IDS: DEBUG_CHANNEL,
      ADMIN_USER_IDS: "U05ONCALL01,U05ONCALL02",
    });
  } finally {
    await logs.stop();
    await emulator.stop();
  }
}

/** The report's sections' texts, in order. */
function reportTexts(emulator: Emulator): string[] {
  const [message] = emulator.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id !== undefined);
  const blocks = (message?.blocks ?? []) as { type: string; text?: { text: string } }[];
  return blocks.map((b) => b.text?.text ?? `[${b.type}]`);
}

Deno.test("Debug production: the report starts with the insights; the excerpt shows the newest lines by default", async () => {
  await withApp(async (emulator, env) => {
    const run = await runWorkflow(DebugProductionWorkflow, {
      inputs: TRIGGER_INPUTS,
      emulator,
      env,
      formAnswers: {
        "Debug production": { service: "checkout", window: "1h", delivery: "channel" },
      },
    });
    ok(run.ok, JSON.stringify(run.error));
    const fetched = run.steps[1];
    strictEqual(fetched.inputs.excerpt_mode, "newest", "the form's default");
    strictEqual(fetched.inputs.compare_previous, false, "the form's default");
    const insights = decodeInsights(String(fetched.outputs?.insights));
    if ("problem" in insights) throw new Error(`fetch_logs' insights ${insights.problem}`);
    strictEqual(insights.lines, fetched.outputs?.lines_matched);
    strictEqual(insights.comparison.state, "off");

    const texts = reportTexts(emulator);
    const insightsAt = texts.findIndex((t) => t.includes("*Log insights*"));
    const excerptAt = texts.findIndex((t) => /^```\n\d{4}-/.test(t));
    ok(insightsAt > 0 && insightsAt < excerptAt, "insights above the excerpt");
    ok(texts.some((t) => t.startsWith("*Top patterns*")), "the patterns are listed");
    ok(!texts.some((t) => t.includes("one example per pattern")));
    // The newest line read is the last line shown.
    const excerpt = (fetched.outputs?.excerpt as string[]).join("\n").split("\n");
    const lastCode = texts.filter((t) => t.startsWith("```")).at(-1)!;
    ok(lastCode.includes(excerpt.at(-1)!.slice(0, 40)), "the newest line ends the excerpt");
  });
});

Deno.test('Debug production: excerpt "patterns" and "Mark what is new" from the form reach the report', async () => {
  await withApp(async (emulator, env) => {
    const run = await runWorkflow(DebugProductionWorkflow, {
      inputs: TRIGGER_INPUTS,
      emulator,
      env,
      formAnswers: {
        "Debug production": {
          service: "auth",
          window: "30m",
          delivery: "channel",
          excerpt_mode: "patterns",
          compare_previous: true,
        },
      },
    });
    ok(run.ok, JSON.stringify(run.error));
    const fetched = run.steps[1];
    strictEqual(run.steps[2].inputs.excerpt_mode, "patterns", "fetch_logs says what it built");
    const insights = decodeInsights(String(fetched.outputs?.insights));
    if ("problem" in insights) throw new Error(insights.problem);
    strictEqual(insights.comparison.state, "done");

    const texts = reportTexts(emulator);
    const all = texts.join("\n");
    ok(all.includes("*New in this window:* compared with the same length just before"), all);
    ok(all.includes("(one example per pattern)"), "the account says what the excerpt is");
    // One example per pattern, errors first: the first line shown is of an error pattern.
    const code = texts.filter((t) => /^```\n\d{4}-/.test(t)).join("\n");
    const firstLine = code.split("\n")[1];
    ok(/^\S+ ERROR /.test(firstLine), firstLine);
    const shownRecords = code.split("\n").filter((line) => /^\d{4}-/.test(line)).length;
    strictEqual(shownRecords, Number(fetched.outputs?.line_count));
    ok(shownRecords <= insights.patternCount);
  });
});

Deno.test("Debug from alert: its report has the insights at the top too", async () => {
  await withApp(async (emulator, env) => {
    const run = await runWorkflow(DebugFromAlertWorkflow, {
      inputs: signedAlertBody({
        service: "gateway",
        environment: "production",
        window: "15m",
        channel_id: DEBUG_CHANNEL,
        on_call_user_id: ON_CALL_USER,
      }),
      emulator,
      env: { ...env, ...testAlertEnv(["gateway"]) },
    });
    ok(run.ok, JSON.stringify(run.error));
    const all = reportTexts(emulator).join("\n");
    ok(all.includes("*Log insights*"), all);
    ok(all.includes("*Top patterns*"), all);
  });
});
