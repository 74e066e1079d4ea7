/**
 * fetch_logs checks who asks and where the report will go before anything is read: each refusal
 * with its message and audit detail, no request to the log source; and the requests that pass
 * those checks reach the source.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { SlackFunctionTester } from "deno-slack-sdk";
import { DATASTORES } from "../../datastores/mod.ts";
import { saveRole } from "../../datastores/role_records.ts";
import { createSlackClient } from "../../slack/web_api.ts";
import { startSlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { FetchLogsFunction } from "./definition.ts";
import handler from "./handler.ts";
import { createFetchLogsHandler } from "./fetch_logs.ts";
import { SAMPLE_SOURCES_CONFIG } from "../../devkit/sample_logs/source.ts";

const { createContext } = SlackFunctionTester(FetchLogsFunction);

const TOKEN = "test-log-token-who-where";
const ONCALL = "U05ONCALL01";
const OUTSIDER = "U05OUTSIDER";
const DEBUG_CHANNEL = "C05PRODDBG1";

const ASK = { service: "checkout", environment: "production", window: "15m", user_id: ONCALL };

interface Run {
  error?: string;
  /** The run's audit events: [outcome, detail]. */
  audits: unknown[][];
  /** Requests the log source received. */
  read: number;
  /** The audit events as the log source was first asked: [outcome, detail]. */
  whileReading: unknown[][];
  /** The run's audit events as stored. */
  items: Record<string, unknown>[];
}

/** A loopback log source with one line, the Slack emulator, and fetch_logs as deployed. */
async function withSource(
  test: (
    fetch: (
      inputs: Record<string, unknown>,
      env?: Record<string, string>,
    ) => Promise<Run>,
    grant: (userId: string, role: "viewer" | "debugger") => Promise<void>,
  ) => Promise<void>,
) {
  let requests = 0;
  let whileReading: unknown[][] = [];
  // deno-lint-ignore prefer-const
  let emu: Awaited<ReturnType<typeof startSlackEmulator>>;
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, () => {
    if (requests++ === 0) {
      whileReading = emu.state.datastoreItems("audit_events").map((e) => [e.outcome, e.detail]);
    }
    return Response.json({
      items: [{
        timestamp: new Date(Date.now() - 60_000).toISOString(),
        level: "error",
        message: "payment timeout order=A1",
        attributes: {},
      }],
      next_cursor: null,
    });
  });
  emu = await startSlackEmulator({ datastores: DATASTORES.map((d) => d.definition) });
  const env = {
    SAMPLE_LOGS_URL: `http://127.0.0.1:${server.addr.port}`,
    SAMPLE_LOGS_TOKEN: TOKEN,
    SLACK_API_URL: emu.url,
    DEBUG_CHANNEL_IDS: DEBUG_CHANNEL,
    ADMIN_USER_IDS: ONCALL,
  };
  try {
    await test(async (inputs, extra = {}) => {
      const before = new Set(emu.state.datastoreItems("audit_events").map((e) => e.id));
      const readBefore = requests;
      const run = extra.UNWRAPPED === "1" ? unwrapped : handler;
      const result = await run(createContext({
        // deno-lint-ignore no-explicit-any
        inputs: inputs as any,
        env: { ...env, ...extra },
        token: emu.botToken,
      }));
      const items = emu.state.datastoreItems("audit_events").filter((e) => !before.has(e.id));
      const audits = items.map((e) => [e.outcome, e.detail]);
      return { error: result.error, audits, read: requests - readBefore, items, whileReading };
    }, (userId, role) =>
      saveRole(createSlackClient({ token: emu.botToken, env }), {
        user_id: userId,
        role,
        scopes: ["*"],
        granted_by: ONCALL,
        granted_at: 1_764_000_000,
      }));
  } finally {
    await emu.stop();
    await server.shutdown();
  }
}

/** fetch_logs' own handler, without the safe result the deployed one adds around it. */
const unwrapped = createFetchLogsHandler(SAMPLE_SOURCES_CONFIG);

const WIRED = " Check what the workflow gives the “Fetch scrubbed logs” step.";

Deno.test("fetch_logs: an alert grant of up to 100 characters and a source name of up to 64 are read, longer ones refused", async () => {
  await withSource(async (fetch) => {
    const long = await fetch({ ...ASK, alert_grant: "g".repeat(101) });
    strictEqual(
      long.error,
      "The “Alert grant” input is too long: at most 100 characters. Shorten it." + WIRED,
    );
    const grant = await fetch({ ...ASK, alert_grant: "g".repeat(100) });
    ok(grant.error !== undefined && !grant.error.includes("too long"), grant.error);
    const source = await fetch({ ...ASK, source: "s".repeat(65) });
    strictEqual(source.error, "The log source is too long: at most 64 characters. Shorten it.");
    const named = await fetch({ ...ASK, source: "s".repeat(64) });
    ok(named.error !== undefined && !named.error.includes("too long"), named.error);
    strictEqual(long.read + grant.read + source.read + named.read, 0);
  });
});

Deno.test("fetch_logs: a channel report needs its channel", async () => {
  await withSource(async (fetch) => {
    const run = await fetch({ ...ASK, delivery: "channel" });
    deepStrictEqual([run.error, run.audits, run.read], [
      'The channel is needed for delivery "channel".',
      [["refused", "invalid_inputs"]],
      0,
    ]);
  });
});

Deno.test("fetch_logs: an alert's grant is checked, not the requester's role", async () => {
  await withSource(async (fetch) => {
    // The outsider has no role: a grant that is no grant is refused as such.
    const run = await fetch({ ...ASK, user_id: OUTSIDER, alert_grant: "not-a-grant" });
    strictEqual(run.read, 0);
    strictEqual(run.audits.length, 1);
    const [outcome, detail] = run.audits[0];
    strictEqual(outcome, "refused");
    strictEqual(detail, "access:bad_alert_grant");
  });
});

Deno.test("fetch_logs: a channel report is refused to someone outside the channel, an ephemeral one is not", async () => {
  await withSource(async (fetch) => {
    const asOutsider = { ADMIN_USER_IDS: OUTSIDER };
    const where = { ...ASK, user_id: OUTSIDER, channel_id: DEBUG_CHANNEL };
    const channel = await fetch({ ...where, delivery: "channel" }, asOutsider);
    strictEqual(channel.read, 0);
    deepStrictEqual(channel.audits.map((a) => a[0]), ["refused"]);
    ok(channel.error?.includes("channel"), channel.error);
    const ephemeral = await fetch({ ...where, delivery: "ephemeral" }, asOutsider);
    strictEqual(ephemeral.error, undefined, ephemeral.error);
    ok(ephemeral.read > 0);
    deepStrictEqual(ephemeral.audits, [["success", "read"]]);
    deepStrictEqual(
      ephemeral.whileReading.at(-1),
      ["started", "reading"],
      "the run is recorded before it reads",
    );
    const undelivered = await fetch({ ...ASK, user_id: OUTSIDER }, asOutsider);
    strictEqual(undelivered.error, undefined, "no delivery asked: nothing to refuse");
    ok(undelivered.read > 0);
  });
});

Deno.test("fetch_logs: a sensitive service is never fetched for a channel report", async () => {
  await withSource(async (fetch) => {
    const run = await fetch(
      { ...ASK, delivery: "channel", channel_id: DEBUG_CHANNEL },
      { SENSITIVE_SERVICES: "checkout" },
    );
    strictEqual(run.read, 0);
    deepStrictEqual(run.audits.map((a) => a[0]), ["refused"]);
    ok(run.error !== undefined, "refused");
    const ephemeral = await fetch(
      { ...ASK, delivery: "ephemeral", channel_id: DEBUG_CHANNEL },
      { SENSITIVE_SERVICES: "checkout" },
    );
    strictEqual(ephemeral.error, undefined, ephemeral.error);
  });
});

Deno.test("fetch_logs: a viewer cannot read logs, a debugger can", async () => {
  await withSource(async (fetch, grant) => {
    await grant(OUTSIDER, "viewer");
    const viewer = await fetch({ ...ASK, user_id: OUTSIDER });
    strictEqual(viewer.read, 0);
    deepStrictEqual(viewer.audits, [["refused", "access:role_too_low"]]);
    await grant(OUTSIDER, "debugger");
    const debuggerRun = await fetch({ ...ASK, user_id: OUTSIDER });
    strictEqual(debuggerRun.error, undefined, debuggerRun.error);
    ok(debuggerRun.read > 0);
  });
});

Deno.test("fetch_logs: the audit trail and the error record the service and environment asked for with secrets masked", async () => {
  await withSource(async (fetch) => {
    const key = "AKIAQ3EGUSBKHZXWJ4PN";
    const email = "jane.doe@example.com";
    const run = await fetch({ ...ASK, service: `checkout ${key}`, environment: `prod ${email}` });
    strictEqual(run.read, 0);
    strictEqual(run.items.length, 1);
    const stored = JSON.stringify(run.items[0]);
    ok(!stored.includes(key) && !stored.includes(email), stored);
    strictEqual(run.items[0].service, "checkout [REDACTED:aws-access-key-id]");
    ok(String(run.items[0].environment).startsWith("prod [REDACTED:email"), stored);
    // The source names the service it does not know, masked in the error as in the logs.
    ok(run.error?.startsWith("Could not read the logs: Unknown service "), run.error);
    ok(run.error?.includes("[REDACTED:aws-access-key-id]") && !run.error.includes(key), run.error);
    // Masked without the safe result around the deployed handler too (the source masks what it quotes).
    const own = await fetch({ ...ASK, service: `checkout ${key}` }, { UNWRAPPED: "1" });
    ok(own.error?.includes("[REDACTED:aws-access-key-id]") && !own.error.includes(key), own.error);
  });
});
