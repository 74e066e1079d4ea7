/**
 * `deno task demo`: runs "Debug production" locally, end to end, without a Slack workspace.
 * Starts the Slack emulator and the sample log service, plays the shortcut as the seeded
 * on-call engineer in the seeded debug channel, and prints what that person would see.
 */
import {
  loadWorkspaceFixture,
  type SlackEmulator,
  startSlackEmulator,
} from "../devkit/slack_emulator/mod.ts";
import { startSampleLogService } from "../devkit/sample_logs/mod.ts";
import { runDueTriggers, runWorkflow } from "../devkit/workflow_runner/mod.ts";
import { lines } from "../core/line_account.ts";
import { renderBlocksForTerminal } from "../core/render/terminal.ts";
import teamSources from "../config/sources.ts";
import { secretNames } from "../core/sources/context.ts";
import type { SourcesConfig } from "../core/sources/mod.ts";
import { DATASTORES } from "../datastores/mod.ts";
import { withSampleSource } from "../devkit/sample_logs/source.ts";
import { defineDebugProductionWorkflow } from "../workflows/debug_production.ts";
import { PurgeExpiredReportsWorkflow } from "../workflows/purge_expired_reports.ts";
import { type ShiftedClock, shiftProcessClock } from "../functions/purge_reports/shifted_clock.ts";

const USAGE = `deno task demo [flags]   (or: npx -y deno@2.9.6 task demo [flags])

Runs the "Debug production" workflow against a local Slack emulator and prints the report a
person would see. Flags (the form's answers):
  --service NAME       service to read (default: checkout; sample: checkout, auth, gateway, billing)
  --environment NAME   production | staging (default: production)
  --window TEXT        15m, 2h, 1d, or <ISO start>/<ISO end> (default: 15m)
  --filter TEXT        only lines containing this text
  --delivery WHERE     channel | ephemeral (default: channel)
  --excerpt WHAT       newest | patterns: the newest lines, or one example line per pattern,
                       errors first (default: newest)
  --compare            also read the window just before, and mark the patterns new or
                       rising in this one
  --source NAME        a log source from config/sources.ts instead of the sample service; its
                       URL and secrets come from this shell's env, by the names the config
                       gives. A remote host also needs network permission for it:
                       deno run --allow-read --allow-env --allow-run \\
                         --allow-net=127.0.0.1,<host> scripts/demo.ts --source NAME
  --expire             then move the clock past the report's deadline: its one-off trigger runs
                       "Purge expired reports" and the tombstone left in its place is shown
  --help               this text

Exit status: 0 when the report was posted, 1 when a step failed (it says which and why),
2 for bad flags.`;

const FLAGS = [
  "service",
  "environment",
  "window",
  "filter",
  "delivery",
  "source",
  "excerpt",
] as const;
type Flag = typeof FLAGS[number];
/** Flags without a value. */
const SWITCHES = ["help", "compare", "expire"] as const;
type Switch = typeof SWITCHES[number];

/** `--name value` / `--name=value` for the known flags; throws on anything else. */
export function parseFlags(args: readonly string[]): Partial<Record<Flag | Switch, string>> {
  const flags: Partial<Record<Flag | Switch, string>> = {};
  for (let i = 0; i < args.length && i < 64; i++) {
    const match = /^--([a-z]+)(?:=(.*))?$/s.exec(args[i]);
    if (!match) throw new Error(`unexpected argument "${args[i].slice(0, 40)}"`);
    const [, name, inline] = match;
    if ((SWITCHES as readonly string[]).includes(name)) {
      if (inline !== undefined) throw new Error(`--${name} takes no value`);
      flags[name as Switch] = "yes";
      continue;
    }
    if (!(FLAGS as readonly string[]).includes(name)) throw new Error(`unknown flag --${name}`);
    const value = inline ?? args[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    flags[name as Flag] = value;
  }
  if (flags.delivery !== undefined && !["channel", "ephemeral"].includes(flags.delivery)) {
    throw new Error(`--delivery must be channel or ephemeral`);
  }
  if (flags.excerpt !== undefined && !["newest", "patterns"].includes(flags.excerpt)) {
    throw new Error(`--excerpt must be newest or patterns`);
  }
  return flags;
}

/** The env the function gets for a real source: its URL and secrets, from this shell. */
function sourceEnv(sources: SourcesConfig, name: string): Record<string, string> {
  const source = sources.sources.find((s) => s.name === name);
  if (!source) return {};
  const names = [...secretNames(source), ...(source.baseUrlEnv ? [source.baseUrlEnv] : [])];
  return Object.fromEntries(
    names.flatMap((key) => {
      const value = Deno.env.get(key);
      return value ? [[key, value]] : [];
    }),
  );
}

async function main(args: readonly string[]): Promise<number> {
  let flags;
  try {
    flags = parseFlags(args);
  } catch (error) {
    console.error(`demo: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }
  // The team's sources with the sample service added as the default, as fetch_logs reads them
  // while SAMPLE_LOGS_URL is set (functions/fetch_logs/handler.ts).
  const sources = withSampleSource(teamSources);
  const names = sources.sources.map((source) => source.name);
  if (flags.source !== undefined && !names.includes(flags.source)) {
    console.error(
      `demo: --source: no source named "${flags.source.slice(0, 40)}" (configured in ` +
        `config/sources.ts, or the sample service: ${names.join(", ")})\n\n${USAGE}`,
    );
    return 2;
  }

  const fixture = await loadWorkspaceFixture();
  const channel = fixture.channels.find((c) => c.name === "prod-debug") ?? fixture.channels[0];
  const onCall = fixture.usergroups.find((g) => g.handle === "oncall-engineers")?.users ?? [];
  const userId = onCall.find((id) => channel.members.includes(id)) ?? fixture.users[0].id;
  const userNames = Object.fromEntries(fixture.users.map((u) => [u.id, u.name]));
  const delivery = flags.delivery ?? "channel";

  // Every clock of this process (the emulator's and the handlers'): --expire moves it.
  const clock = shiftProcessClock();
  const emulator = await startSlackEmulator({
    fixture,
    datastores: DATASTORES.map((datastore) => datastore.definition),
    // The demo runs without --allow-write, so no call log even when SLACK_EMULATOR_LOG is set
    // (the test suite logs the same calls through the workflow tests).
    logFile: false,
  });
  const logs = await startSampleLogService();
  try {
    const run = await runWorkflow(defineDebugProductionWorkflow(sources), {
      inputs: {
        interactivity: {
          interactivity_pointer: "demo.shortcut",
          interactor: { id: userId, secret: "demo" },
        },
        channel_id: channel.id,
        user_id: userId,
      },
      emulator,
      userId,
      env: {
        SAMPLE_LOGS_URL: logs.url,
        SAMPLE_LOGS_TOKEN: logs.token,
        DEBUG_CHANNEL_IDS: channel.id,
        // The demo's user bootstraps as the app's admin, so it may read every service.
        ADMIN_USER_IDS: userId,
        ...(flags.source ? sourceEnv(sources, flags.source) : {}),
      },
      formAnswers: {
        "Debug production": {
          service: flags.service ?? "checkout",
          environment: flags.environment ?? "production",
          window: flags.window ?? "15m",
          delivery,
          excerpt_mode: flags.excerpt ?? "newest",
          compare_previous: flags.compare !== undefined,
          ...(flags.filter ? { filter: flags.filter } : {}),
          // The form asks for a source only when there are two or more to choose from.
          ...(flags.source && names.length > 1 ? { source: flags.source } : {}),
        },
      },
    });
    console.log(
      `Safe Debug demo: "Debug production" run by @${userNames[userId]} in #${channel.name}\n`,
    );
    for (const step of run.steps) {
      console.log(`  ${step.error ? "✗" : "✓"} step ${step.index}: ${step.functionId}`);
    }
    if (!run.ok || run.error) {
      const failed = run.error;
      console.error(
        `\nThe workflow stopped at step ${failed?.stepIndex} (${failed?.functionId}): ${failed?.message}`,
      );
      return 1;
    }
    const fetched = run.steps.find((s) => s.functionId === "fetch_logs")?.outputs ?? {};
    // A channel report's Purge now / Extend buttons keep its step open (run.waiting): its
    // outputs come when the report is gone, so where it went is read from its session.
    const posted = run.steps.find((s) => s.functionId === "post_debug_report")?.outputs ??
      emulator.state.datastoreItems("debug_sessions").at(-1) ?? {};
    const message = delivery === "channel"
      ? emulator.state.messages(channel.id).find((m) => m.ts === posted.message_ts)
      : emulator.state.ephemeralMessages(channel.id).at(-1);
    console.log(`\nRead ${lines(Number(fetched.lines_read))}: ${fetched.masked_summary}.`);
    console.log(
      delivery === "channel"
        ? `Posted to #${channel.name} (ts ${posted.message_ts}) for everyone in the channel.`
        : `Shown only to @${userNames[userId]} in #${channel.name} (ephemeral).`,
    );
    console.log(
      `Expires (deleted, a tombstone left) at ${
        new Date(Number(posted.expires_at) * 1000).toISOString()
      }.\n`,
    );
    console.log(renderBlocksForTerminal(message?.blocks ?? [], {
      width: 100,
      color: Deno.stdout.isTerminal(),
      userNames,
    }));
    if (flags.expire !== undefined) {
      await showExpiry(emulator, clock, channel.id, Number(posted.expires_at), userId, userNames);
    }
    return 0;
  } finally {
    await logs.stop();
    await emulator.stop();
    clock.restore();
  }
}

/** Moves the clock just past the deadline, runs the triggers that fire, shows what is left. */
async function showExpiry(
  emulator: SlackEmulator,
  clock: ShiftedClock,
  channelId: string,
  expiresAt: number,
  userId: string,
  userNames: Record<string, string>,
) {
  clock.moveTo((expiresAt + 30) * 1000);
  const runs = await runDueTriggers(
    emulator,
    { purge_expired_reports: PurgeExpiredReportsWorkflow },
    { advanceMs: 0, userId },
  );
  console.log(
    `\n⏩ The clock moves to ${new Date(Date.now()).toISOString()}, 30 s past the deadline.`,
  );
  for (const { run } of runs) {
    const outputs = run.steps[0]?.outputs ?? {};
    console.log(
      `  ${run.ok ? "✓" : "✗"} its trigger ran "Purge expired reports": ` +
        `${outputs.purged ?? 0} purged, ${outputs.closed ?? 0} closed (ephemeral), ` +
        `${outputs.failed ?? 0} failed`,
    );
  }
  const standing = emulator.state.messages(channelId).filter((m) => !m.deleted && m.bot_id);
  const tombstone = standing.at(-1);
  if (tombstone?.text.startsWith("Debug report for ")) {
    console.log(`\nThe report is deleted; in its place:\n`);
    console.log(renderBlocksForTerminal(tombstone.blocks ?? [], {
      width: 100,
      color: Deno.stdout.isTerminal(),
      userNames,
    }));
  } else {
    console.log("\nThe session is closed: an ephemeral report cannot be deleted through the API.");
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));
