/** "Debug production" end to end: the runner plays the form, the real handlers run against the emulator. */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { startSampleLogService } from "../devkit/sample_logs/mod.ts";
import { SAMPLE_SOURCES_CONFIG } from "../devkit/sample_logs/source.ts";
import { startSlackEmulator } from "../devkit/slack_emulator/mod.ts";
import { runWorkflow } from "../devkit/workflow_runner/mod.ts";
import { DATASTORES } from "../datastores/mod.ts";
import { defineDebugProductionWorkflow } from "./debug_production.ts";

/**
 * The workflow as a local run builds it: the form offers the sample source's environments, and
 * fetch_logs adds the sample source (its default) while SAMPLE_LOGS_URL is set.
 */
const DebugProductionWorkflow = defineDebugProductionWorkflow(SAMPLE_SOURCES_CONFIG);

const DEBUG_CHANNEL = "C05PRODDBG1";
const ON_CALL_USER = "U05ONCALL01";

/** What the app's bot posted in a channel (the fixture seeds other messages too). */
function botMessages(emulator: { state: { messages(channel: string): { bot_id?: string }[] } }) {
  return emulator.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id !== undefined);
}
const TRIGGER_INPUTS = {
  interactivity: {
    interactivity_pointer: "13371337.shortcut",
    interactor: { id: ON_CALL_USER, secret: "interactor-secret" },
  },
  channel_id: DEBUG_CHANNEL,
  user_id: ON_CALL_USER,
};

async function withApp(
  test: (ctx: {
    emulator: Awaited<ReturnType<typeof startSlackEmulator>>;
    env: Record<string, string>;
    services: string[];
  }) => Promise<void>,
): Promise<void> {
  const emulator = await startSlackEmulator({
    datastores: DATASTORES.map((datastore) => datastore.definition),
  });
  const logs = await startSampleLogService();
  try {
    await test({
      emulator,
      env: {
        SAMPLE_LOGS_URL: logs.url,
        SAMPLE_LOGS_TOKEN: logs.token,
        DEBUG_CHANNEL_IDS: DEBUG_CHANNEL,
        ADMIN_USER_IDS: "U05ONCALL01,U05ONCALL02",
      },
      services: logs.services,
    });
  } finally {
    await logs.stop();
    await emulator.stop();
  }
}

Deno.test("Debug production: form → fetch_logs → post_debug_report posts a scrubbed report in the channel", async () => {
  await withApp(async ({ emulator, env }) => {
    const run = await runWorkflow(DebugProductionWorkflow, {
      inputs: TRIGGER_INPUTS,
      emulator,
      env,
      formAnswers: {
        "Debug production": { service: "checkout", window: "1h", delivery: "channel" },
      },
    });
    strictEqual(run.error, undefined, JSON.stringify(run.error));
    ok(run.ok);
    strictEqual(
      run.steps.map((s) => s.functionId).join(" → "),
      [
        "slack#/functions/open_form",
        "fetch_logs",
        "post_debug_report",
      ].join(" → "),
    );
    const fetched = run.steps[1];
    strictEqual(fetched.inputs.environment, "production", "the form's default environment");
    const posted = botMessages(emulator) as { ts: string; blocks?: unknown[] }[];
    strictEqual(posted.length, 1);
    // Its Purge now / Extend buttons keep the step open; its outputs come when the report goes.
    strictEqual(run.waiting?.functionId, "post_debug_report");
    strictEqual(posted[0].ts, emulator.state.datastoreItems("debug_sessions")[0]?.message_ts);
    const shown = JSON.stringify(posted[0].blocks);
    ok(shown.includes("[REDACTED:"), "masked placeholders are shown");
    const excerpt = (fetched.outputs?.excerpt as string[]).join("\n");
    for (const placeholder of excerpt.match(/\[REDACTED:[a-z0-9-]+\]/g) ?? []) {
      ok(shown.includes(placeholder), placeholder);
    }
    const sessions = emulator.state.datastoreItems("debug_sessions");
    strictEqual(sessions.length, 1);
    const outputs = fetched.outputs!;
    const account = /\*Lines:\* (\d+) read · (\d+) shown/.exec(shown);
    ok(account, "fetch_logs' account reaches the report");
    strictEqual(Number(account![1]), outputs.lines_read);
    const shownLines = Number(account![2]);
    ok(shownLines > 0 && shownLines <= Number(outputs.line_count), `${shownLines} shown`);
    if (shownLines < Number(outputs.lines_matched)) {
      ok(
        shown.includes(
          `The ${Number(outputs.lines_matched) - shownLines} oldest lines are left out`,
        ),
      );
    }
    const audits = emulator.state.datastoreItems("audit_events");
    deepStrictEqual(
      audits.map((event) => [event.action, event.actor, event.outcome]).sort(),
      [["fetch_logs", ON_CALL_USER, "success"], ["post_debug_report", ON_CALL_USER, "success"]],
    );
  });
});

Deno.test('Debug production: "This channel" outside the debug channels stops before any log is read', async () => {
  await withApp(async ({ emulator, env }) => {
    const run = await runWorkflow(DebugProductionWorkflow, {
      inputs: { ...TRIGGER_INPUTS, channel_id: "C05GENERAL1" },
      emulator,
      env,
      formAnswers: {
        "Debug production": { service: "checkout", window: "1h", delivery: "channel" },
      },
    });
    strictEqual(run.ok, false);
    strictEqual(run.error?.functionId, "fetch_logs");
    ok(run.error!.message.startsWith("This channel is not allowed for debug reports"));
    strictEqual(run.steps.length, 2, "the report step never ran");
    deepStrictEqual(
      emulator.state.datastoreItems("audit_events").map((e) => [e.outcome, e.detail]),
      [["refused", "channel_not_allowed"]],
    );
  });
});

Deno.test("Debug production: ephemeral delivery reaches only the requester", async () => {
  await withApp(async ({ emulator, env }) => {
    const run = await runWorkflow(DebugProductionWorkflow, {
      inputs: TRIGGER_INPUTS,
      emulator,
      env,
      formAnswers: { "Debug production": { service: "auth", window: "30m" } },
    });
    ok(run.ok, JSON.stringify(run.error));
    strictEqual(botMessages(emulator).length, 0);
    const ephemerals = emulator.state.ephemeralMessages(DEBUG_CHANNEL);
    strictEqual(ephemerals.length, 1);
    strictEqual(ephemerals[0].user, ON_CALL_USER);
  });
});

Deno.test("Debug production: an unknown service stops at fetch_logs with a clear error, nothing posted", async () => {
  await withApp(async ({ emulator, env }) => {
    const run = await runWorkflow(DebugProductionWorkflow, {
      inputs: TRIGGER_INPUTS,
      emulator,
      env,
      formAnswers: { "Debug production": { service: "payments-v9", window: "15m" } },
    });
    strictEqual(run.ok, false);
    strictEqual(run.error?.functionId, "fetch_logs");
    ok(
      /Unknown service "payments-v9".*known: checkout/.test(run.error!.message),
      run.error!.message,
    );
    strictEqual(run.steps.length, 2, "the report step never ran");
    strictEqual(botMessages(emulator).length, 0);
    strictEqual(emulator.state.ephemeralMessages().length, 0);
  });
});
