/**
 * For tests of the admin steps (Manage debug access, Debug audit): their handlers called as
 * Slack's runtime calls them, against the Slack emulator, as the person who submitted the form.
 * The emulator itself comes from purge_reports/test_fixtures.ts `withEmulator`.
 */
import { DATASTORES } from "../../datastores/mod.ts";
import { startSampleLogService } from "../../devkit/sample_logs/mod.ts";
import { type SlackEmulator, startSlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { createSlackClient, type SlackClient } from "../../slack/web_api.ts";
import type { FunctionContext } from "../../slack/function_context.ts";

export const DEBUG_CHANNEL = "C05PRODDBG1";
/** The bootstrap admin (ADMIN_USER_IDS) of every run. */
export const ADMIN = "U05ONCALL02";
/** An on-call engineer of the seeded workspace, no admin. */
export const ONCALL = "U05ONCALL01";

/** What the access tests run against: the emulator, the sample log service, a client, the env. */
export interface AccessWorld {
  emu: SlackEmulator;
  client: SlackClient;
  /** A function's env in #prod-debug: the emulator, the sample logs, ADMIN as the bootstrap admin. */
  env: Record<string, string>;
}

/**
 * Runs `test` with the emulator (the app's datastores) and the sample log service started, and
 * both stopped after it, whatever it throws. `extraEnv` is added to every run's env.
 */
export async function withAccessWorld(
  test: (world: AccessWorld) => Promise<void>,
  extraEnv: Record<string, string> = {},
): Promise<void> {
  const emu = await startSlackEmulator({
    datastores: DATASTORES.map((datastore) => datastore.definition),
  });
  const logs = await startSampleLogService();
  try {
    await test({
      emu,
      client: createSlackClient({ token: emu.botToken, env: { SLACK_API_URL: emu.url } }),
      env: {
        SLACK_API_URL: emu.url,
        SAMPLE_LOGS_URL: logs.url,
        SAMPLE_LOGS_TOKEN: logs.token,
        DEBUG_CHANNEL_IDS: DEBUG_CHANNEL,
        ADMIN_USER_IDS: ADMIN,
        ...extraEnv,
      },
    });
  } finally {
    await emu.stop();
    await logs.stop();
  }
}

/** A run of an admin step's form, submitted by `actor` with `answers`, in #prod-debug. */
export function formRun(
  emu: SlackEmulator,
  actor: string,
  answers: Record<string, unknown>,
  env: Record<string, string> = {},
): FunctionContext<unknown> {
  return {
    inputs: {
      interactivity: {
        interactivity_pointer: `1.${crypto.randomUUID()}`,
        interactor: { id: actor, secret: "s" },
      },
      channel_id: DEBUG_CHANNEL,
      ...answers,
    },
    env: { SLACK_API_URL: emu.url, ADMIN_USER_IDS: ADMIN, ...env },
    token: emu.botToken,
    team_id: "T05SAFEDBG1",
    enterprise_id: "",
  };
}

/** The text of everything the app showed `user` ephemerally, message by message, as JSON. */
export function shownTo(emu: SlackEmulator, user: string): string[] {
  return emu.state.ephemeralMessages().filter((m) => m.user === user).map((m) =>
    JSON.stringify({ text: m.text, blocks: m.blocks })
  );
}

/** The audit events of `action`, as [actor, outcome, detail, target]. */
export function auditsOf(emu: SlackEmulator, action: string): unknown[][] {
  return emu.state.datastoreItems("audit_events").filter((e) => e.action === action)
    .map((e) => [e.actor, e.outcome, e.detail, e.target]);
}

/**
 * Runs `test` with a Slack API URL in front of the emulator whose datastore query answers are
 * rewritten by `rewrite`: Slack's datastore returns items in no promised order (the emulator
 * sorts them by key), and anyone with the app's datastore access can write any item.
 */
export function withRewrittenQueries(
  emu: SlackEmulator,
  rewrite: (items: Record<string, unknown>[]) => unknown[],
  test: (slackApiUrl: string) => Promise<void>,
): Promise<void> {
  return withSlackInBetween(emu, {
    rewrite: (method, body) =>
      method === "apps.datastore.query" && Array.isArray(body.items)
        ? { ...body, items: rewrite(body.items) }
        : body,
  }, test);
}

/**
 * Runs `test` with a Slack API URL in front of the emulator: `answer` may answer a call itself
 * (e.g. fail one particular write), and `rewrite` may change the emulator's answer.
 */
export async function withSlackInBetween(
  emu: SlackEmulator,
  how: {
    answer?: (method: string, args: Record<string, unknown>) => unknown;
    rewrite?: (method: string, body: Record<string, unknown>) => unknown;
  },
  test: (slackApiUrl: string) => Promise<void>,
): Promise<void> {
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (req) => {
    const method = new URL(req.url).pathname.replace(/^\/api\//, "");
    const type = req.headers.get("content-type") ?? "application/json";
    const text = await req.text();
    const args: Record<string, unknown> = type.includes("json")
      ? JSON.parse(text || "{}")
      : Object.fromEntries(new URLSearchParams(text));
    const own = how.answer?.(method, args);
    if (own !== undefined) return Response.json(own);
    const answer = await fetch(emu.url + method, {
      method: "POST",
      headers: { authorization: req.headers.get("authorization") ?? "", "content-type": type },
      body: text,
    });
    const body = await answer.json();
    return Response.json(how.rewrite ? how.rewrite(method, body) : body, {
      status: answer.status,
    });
  });
  try {
    await test(`http://127.0.0.1:${server.addr.port}/api/`);
  } finally {
    await server.shutdown();
  }
}
