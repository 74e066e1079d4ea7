/**
 * Test support for the report's buttons and "My debug reports": the app as a channel sees it
 * (the Slack emulator with the app's datastores, the sample log service, the process clock
 * shifted with the emulator's), and a channel report posted through "Debug production" whose
 * step stays open for its buttons.
 */
import { ok } from "@node/assert";
import { DATASTORES } from "../datastores/mod.ts";
import { startSampleLogService } from "../devkit/sample_logs/mod.ts";
import { SAMPLE_SOURCES_CONFIG } from "../devkit/sample_logs/source.ts";
import { type SlackEmulator, startSlackEmulator } from "../devkit/slack_emulator/mod.ts";
import { runWorkflow } from "../devkit/workflow_runner/mod.ts";
import { type ShiftedClock, shiftProcessClock } from "../functions/purge_reports/shifted_clock.ts";
import { defineDebugProductionWorkflow } from "./debug_production.ts";

export const DEBUG_CHANNEL = "C05PRODDBG1";
/** Posts the reports; a bootstrap admin unless a test's env says otherwise. */
export const REQUESTER = "U05ONCALL01";
/** In the debug channel too; neither the requester nor, unless a test makes them, an admin. */
export const COLLEAGUE = "U05ONCALL02";

export interface App {
  emu: SlackEmulator;
  clock: ShiftedClock;
  env: Record<string, string>;
}

/** Runs `test` against a fresh app; `env` adds to or overrides the function env. */
export async function withApp(
  test: (app: App) => Promise<void>,
  env: Record<string, string> = {},
): Promise<void> {
  const clock = shiftProcessClock();
  const emu = await startSlackEmulator({ datastores: DATASTORES.map((d) => d.definition) });
  const logs = await startSampleLogService();
  try {
    await test({
      emu,
      clock,
      env: {
        SAMPLE_LOGS_URL: logs.url,
        SAMPLE_LOGS_TOKEN: logs.token,
        DEBUG_CHANNEL_IDS: DEBUG_CHANNEL,
        REPORT_TTL_MINUTES: "60",
        ADMIN_USER_IDS: REQUESTER,
        ...env,
      },
    });
  } finally {
    await logs.stop();
    await emu.stop();
    clock.restore();
  }
}

/** "Debug production" run for a channel report by the requester: it waits at its report step. */
export async function postChannelReport(app: App) {
  const run = await runWorkflow(defineDebugProductionWorkflow(SAMPLE_SOURCES_CONFIG), {
    inputs: {
      interactivity: {
        interactivity_pointer: "1.shortcut",
        interactor: { id: REQUESTER, secret: "s" },
      },
      channel_id: DEBUG_CHANNEL,
      user_id: REQUESTER,
    },
    emulator: app.emu,
    env: app.env,
    formAnswers: {
      "Debug production": { service: "checkout", window: "15m", delivery: "channel" },
    },
  });
  ok(run.ok, JSON.stringify(run.error));
  const [session] = app.emu.state.datastoreItems("debug_sessions");
  return { run, session };
}
