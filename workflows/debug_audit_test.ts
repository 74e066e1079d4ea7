/**
 * "Debug audit" end to end: real debug runs leave audit events, the runner plays the audit form
 * as an admin, and debug_audit shows the latest events to them alone, inside Block Kit's limits,
 * with every stored value inert. Audit events never hold log text, filter text or secrets.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { DATASTORES } from "../datastores/mod.ts";
import { AUDIT_EVENTS, type AuditEvent } from "../datastores/records.ts";
import { startSampleLogService } from "../devkit/sample_logs/mod.ts";
import { SAMPLE_SOURCES_CONFIG } from "../devkit/sample_logs/source.ts";
import { type SlackEmulator, startSlackEmulator } from "../devkit/slack_emulator/mod.ts";
import { runWorkflow } from "../devkit/workflow_runner/mod.ts";
import { readAuditEvents } from "../functions/debug_audit/read_events.ts";
import { createSlackClient, type SlackClient } from "../slack/web_api.ts";
import { DebugAuditWorkflow } from "./debug_audit.ts";
import { defineDebugProductionWorkflow } from "./debug_production.ts";

const DEBUG_CHANNEL = "C05PRODDBG1";
const MAYA = "U05ONCALL01";
const LIAM = "U05ONCALL02"; // the bootstrap admin
const ENV = { ADMIN_USER_IDS: LIAM, DEBUG_CHANNEL_IDS: DEBUG_CHANNEL };

interface App {
  emulator: SlackEmulator;
  client: SlackClient;
  env: Record<string, string>;
  /** Runs Debug audit as `actor` with the form's `answers`. */
  audit(actor: string, answers?: Record<string, unknown>): ReturnType<typeof runWorkflow>;
  /** The blocks of the last message shown to `user`, as JSON. */
  lastShown(user: string): string;
  seed(events: AuditEvent[]): Promise<void>;
}

async function withApp(test: (app: App) => Promise<void>) {
  const emulator = await startSlackEmulator({
    datastores: DATASTORES.map((datastore) => datastore.definition),
  });
  const logs = await startSampleLogService();
  const client = createSlackClient({
    token: emulator.botToken,
    env: { SLACK_API_URL: emulator.url },
  });
  const env = { ...ENV, SAMPLE_LOGS_URL: logs.url, SAMPLE_LOGS_TOKEN: logs.token };
  try {
    await test({
      emulator,
      client,
      env,
      audit: (actor, answers = {}) =>
        runWorkflow(DebugAuditWorkflow, {
          inputs: {
            interactivity: {
              interactivity_pointer: "1.audit",
              interactor: { id: actor, secret: "s" },
            },
            channel_id: DEBUG_CHANNEL,
          },
          userId: actor,
          emulator,
          env,
          formAnswers: { "Debug audit": answers },
        }),
      lastShown: (user) =>
        JSON.stringify(
          emulator.state.ephemeralMessages(DEBUG_CHANNEL).filter((m) => m.user === user).at(-1)
            ?.blocks,
        ),
      seed: async (events) => {
        for (let i = 0; i < events.length; i += 25) {
          const put = await client.call("apps.datastore.bulkPut", {
            datastore: AUDIT_EVENTS,
            items: events.slice(i, i + 25),
          });
          ok(put.ok, JSON.stringify(put));
        }
      },
    });
  } finally {
    await logs.stop();
    await emulator.stop();
  }
}

const event = (n: number, fields: Partial<AuditEvent> = {}): AuditEvent => ({
  id: `e${n}`,
  actor: MAYA,
  action: "fetch_logs",
  target: "",
  channel: DEBUG_CHANNEL,
  at: 1_764_000_000 + n,
  outcome: "success",
  detail: `run ${n}`,
  service: "checkout",
  ...fields,
});

Deno.test("Debug audit: real runs are shown to the admin alone; no event or view holds the filter or log text", async () => {
  await withApp(async (app) => {
    const FILTER = "maya.okafor@example.com";
    const debugRun = (filter: string | undefined) =>
      runWorkflow(defineDebugProductionWorkflow(SAMPLE_SOURCES_CONFIG), {
        inputs: {
          interactivity: {
            interactivity_pointer: "1.debug",
            interactor: { id: LIAM, secret: "s" },
          },
          channel_id: DEBUG_CHANNEL,
          user_id: LIAM,
        },
        emulator: app.emulator,
        env: { ...app.env, AUDIT_HASH_KEY: "k".repeat(64) },
        formAnswers: {
          "Debug production": { service: "checkout", window: "1h", filter, delivery: "channel" },
        },
      });
    // The email is masked in every line, so it matches none: the fetch ends without a report.
    const filtered = await debugRun(FILTER);
    strictEqual(filtered.error?.functionId, "fetch_logs");
    const debug = await debugRun(undefined);
    ok(debug.ok, JSON.stringify(debug.error));
    const lines = debug.steps[1].outputs?.excerpt as string[];
    const run = await app.audit(LIAM);
    ok(run.ok, JSON.stringify(run.error));
    const shown = app.lastShown(LIAM);
    ok(shown.includes("fetch_logs") && shown.includes("post_debug_report"), shown);
    ok(shown.includes("`checkout`"), shown);
    const stored = JSON.stringify(app.emulator.state.datastoreItems(AUDIT_EVENTS));
    for (const text of [shown, stored]) {
      ok(!text.toLowerCase().includes(FILTER), "the filter text is never stored or shown");
      for (const line of lines.flatMap((l) => l.split("\n")).filter((l) => l.length > 20)) {
        ok(!text.includes(line.slice(0, 40)), `log text: ${line.slice(0, 40)}`);
      }
      ok(!/AKIA|sk_live|xox[bp]-|BEGIN [A-Z ]*PRIVATE/.test(text), "no secret shape");
    }
    strictEqual(app.emulator.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id).length, 1);
    const own = app.emulator.state.datastoreItems(AUDIT_EVENTS).filter((e) =>
      e.action === "debug_audit"
    );
    deepStrictEqual(own.map((e) => [e.actor, e.outcome]), [[LIAM, "success"]]);
  });
});

Deno.test("Debug audit: filters by person, service and outcome; newest first", async () => {
  await withApp(async (app) => {
    await app.seed([
      event(1),
      event(2, { actor: LIAM, service: "billing" }),
      event(3, { outcome: "refused", detail: "access:no_role" }),
      event(4, { service: "billing", outcome: "failure" }),
    ]);
    const cases: [Record<string, unknown>, string[]][] = [
      [{}, ["run 4", "access:no_role", "run 2", "run 1"]],
      [{ user: LIAM }, ["run 2"]],
      [{ service: "billing" }, ["run 4", "run 2"]],
      [{ outcome: "refused" }, ["access:no_role"]],
      [{ user: MAYA, service: "billing", outcome: "failure" }, ["run 4"]],
      [{ service: "payments" }, []],
    ];
    for (const [answers, expected] of cases) {
      const run = await app.audit(LIAM, answers);
      ok(run.ok, JSON.stringify(run.error));
      const shown = app.lastShown(LIAM);
      const found = ["run 4", "access:no_role", "run 2", "run 1"]
        .filter((d) => shown.includes(`\`${d}\``))
        .sort((a, b) => shown.indexOf(`\`${a}\``) - shown.indexOf(`\`${b}\``));
      deepStrictEqual(found, expected, JSON.stringify(answers));
    }
  });
});

Deno.test("Debug audit: only an admin for every service may read it; the refusal is audited", async () => {
  await withApp(async (app) => {
    const run = await app.audit(MAYA);
    strictEqual(run.ok, false);
    ok(run.error?.message.includes("admin role for every service"), run.error?.message);
    deepStrictEqual(
      app.emulator.state.datastoreItems(AUDIT_EVENTS).map((
        e,
      ) => [e.actor, e.action, e.outcome, e.detail]),
      [[MAYA, "debug_audit", "refused", "access:no_role"]],
    );
    strictEqual(app.emulator.state.ephemeralMessages().length, 0);
  });
});

Deno.test("Debug audit: many long events stay inside Block Kit's limits and say how many are left out", async () => {
  await withApp(async (app) => {
    const long = "x".repeat(300);
    await app.seed(
      Array.from(
        { length: 2600 },
        (_, n) => event(n, { detail: `run ${n} ${long}`, window: long, environment: long }),
      ),
    );
    const run = await app.audit(LIAM);
    ok(run.ok, JSON.stringify(run.error));
    const message = app.emulator.state.ephemeralMessages(DEBUG_CHANNEL).at(-1)!;
    const blocks = message.blocks as {
      type: string;
      text?: { text: string };
      elements?: { text: string }[];
    }[];
    ok(blocks.length <= 50, `${blocks.length} blocks`);
    for (const block of blocks) ok((block.text?.text.length ?? 0) <= 3000);
    const total = blocks.reduce(
      (n, b) => n + (b.text?.text.length ?? 0) + (b.elements?.[0]?.text.length ?? 0),
      0,
    );
    ok(total <= 12_000, `${total} characters`);
    const shown = Number(run.steps[1].outputs?.events_shown);
    ok(shown > 0 && shown < 60, `${shown} shown`);
    ok(JSON.stringify(blocks).includes(`The latest 60 of 2600 events`), "every page was read");
    ok(
      JSON.stringify(blocks).includes(`${60 - shown} more event`),
      "what is left out is said",
    );
    ok(JSON.stringify(blocks).includes("`run 2599 xxx"), "the newest first");
  });
});

Deno.test("Debug audit: a store larger than the read bound is read in part, and the view says so", async () => {
  await withApp(async (app) => {
    await app.seed(Array.from({ length: 2100 }, (_, n) => event(n)));
    const part = await readAuditEvents(app.client, {}, 2);
    strictEqual(part.complete, false);
    strictEqual(part.events.length, 2000);
    const whole = await readAuditEvents(app.client, {}, 3);
    strictEqual(whole.complete, true);
    strictEqual(whole.events[0].id, "e2099");
  });
});
