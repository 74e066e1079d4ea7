/**
 * verify_alert's handler on a moved clock against the emulator: alert storms (what the refusal
 * says about when the next snapshot can come, the note that says how many were counted, hostile
 * service names inert in it), the timestamp window's wording, the nonce's lifetime, the grant for
 * the next steps, and every refusal's audit record (actor the on-call user, channel the alert's).
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { startSlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { DATASTORES } from "../../datastores/mod.ts";
import { createVerifyAlertHandler, NONCE_TTL_SECONDS } from "./verify_alert.ts";
import { postSuppressedNote, suppressedNote } from "./storm.ts";
import type { SlackClient } from "../../slack/web_api.ts";
import { alertValues } from "../../core/webhook/mod.ts";
import { signedAlertBody, testAlertEnv } from "./test_alert.ts";
import { alertGrantValid, GRANT_TTL_SECONDS } from "../access/alert_grant.ts";

const CHANNEL = "C05PRODDBG1";
const USER = "U05ONCALL01";
const T0 = 1_800_000_000;
const GRANT_KEY = "grant-key-for-tests-0123456789abcdef";

type Emulator = Awaited<ReturnType<typeof startSlackEmulator>>;
type Result = { error?: string; outputs?: Record<string, string> };

interface Harness {
  emulator: Emulator;
  /** Runs the handler at `atSeconds` with `inputs`. */
  run(inputs: unknown, atSeconds: number): Promise<Result>;
  /** A body signed for `service` at `atSeconds` (a fresh nonce). */
  body(atSeconds: number, service?: string): Record<string, string>;
  audits(): string[][];
  /** What the app posted in the debug channel. */
  posted(): { text: string }[];
}

async function withVerifyAlert(
  extraEnv: Record<string, string>,
  test: (h: Harness) => Promise<void>,
  datastores = DATASTORES,
) {
  const emulator = await startSlackEmulator({
    datastores: datastores.map((datastore) => datastore.definition),
    logFile: false,
  });
  const env = {
    SLACK_API_URL: emulator.url,
    DEBUG_CHANNEL_IDS: CHANNEL,
    ...testAlertEnv(["gateway", "checkout"]),
    ...extraEnv,
  };
  try {
    await test({
      emulator,
      run: async (inputs, atSeconds) =>
        await createVerifyAlertHandler(() => atSeconds * 1000 + 999)({
          inputs,
          env,
          token: emulator.botToken,
          team_id: "T1",
          enterprise_id: "",
        }) as Result,
      body: (atSeconds, service = "gateway") =>
        signedAlertBody({
          service,
          environment: "production",
          window: "15m",
          channel_id: CHANNEL,
          on_call_user_id: USER,
          timestamp: String(atSeconds),
        }),
      posted: () => emulator.state.messages(CHANNEL).filter((m) => m.bot_id !== undefined),
      audits: () =>
        emulator.state.datastoreItems("audit_events")
          .sort((a, b) => Number(a.at) - Number(b.at))
          .map((e) => [String(e.outcome), String(e.detail)]),
    });
  } finally {
    await emulator.stop();
  }
}

Deno.test("alert storm: within the interval each alert is refused, counted, and told when the next snapshot can come", async () => {
  await withVerifyAlert({ ALERT_SNAPSHOT_MINUTES: "10" }, async (h) => {
    const first = await h.run(h.body(T0), T0);
    ok(first.outputs, JSON.stringify(first));
    // Generated elapsed times over the interval, with the minute edges (60 s, 61 s, 119 s left …).
    const elapsed = [
      1,
      59,
      60,
      61,
      119,
      120,
      121,
      299,
      300,
      301,
      479,
      480,
      481,
      539,
      540,
      541,
      599,
    ];
    let counted = 0;
    for (const e of elapsed) {
      const result = await h.run(h.body(T0 + e), T0 + e);
      counted++;
      strictEqual(result.outputs, undefined, `${e} s after the snapshot`);
      const left = 600 - e;
      const minutes = Math.floor(left / 60) + (left % 60 === 0 ? 0 : 1);
      strictEqual(
        result.error,
        "Not posted: a snapshot of this service went to this channel less than 10 minutes ago. " +
          `This alert is counted (${counted} so far) and the next snapshot, possible in about ` +
          `${minutes} minutes, says how many.`,
      );
    }
    deepStrictEqual(
      h.audits().slice(1).map(([outcome, detail]) => `${outcome} ${detail}`),
      elapsed.map((_, i) => `refused storm_counted:${i + 1}`),
    );
  });
});

Deno.test("alert storm: the interval is ALERT_SNAPSHOT_MINUTES to the second; the next snapshot says how many were counted", async () => {
  for (const minutes of [1, 3]) {
    await withVerifyAlert({ ALERT_SNAPSHOT_MINUTES: String(minutes) }, async (h) => {
      ok((await h.run(h.body(T0), T0)).outputs);
      const last = T0 + minutes * 60 - 1;
      strictEqual((await h.run(h.body(last), last)).outputs, undefined, "one second early");
      strictEqual((await h.run(h.body(last), last)).outputs, undefined);
      const next = await h.run(h.body(last + 1), last + 1);
      ok(next.outputs, JSON.stringify(next));
      deepStrictEqual(h.audits().at(-1), ["success", "verified:signature:1;counted_before:2"]);
      const notes = h.posted().map((m) => m.text);
      deepStrictEqual(notes, [
        ":information_source: 2 more alerts for *gateway* came in since the last snapshot here " +
        "and were counted, not posted (at most one snapshot every " +
        `${minutes} minutes). A new snapshot follows.`,
      ]);
    });
  }
});

Deno.test("alert storm: one counted alert is said in the singular; no note when none were counted", async () => {
  await withVerifyAlert({ ALERT_SNAPSHOT_MINUTES: "1" }, async (h) => {
    ok((await h.run(h.body(T0), T0)).outputs);
    deepStrictEqual(h.posted(), [], "no note before the first snapshot");
    await h.run(h.body(T0 + 1), T0 + 1);
    ok((await h.run(h.body(T0 + 60), T0 + 60)).outputs);
    const [note] = h.posted().map((m) => m.text);
    ok(note?.startsWith(":information_source: 1 more alert for *gateway* came in"), note);
    ok(note.includes(" and was counted, not posted"), note);
    ok((await h.run(h.body(T0 + 120), T0 + 120)).outputs);
    strictEqual(h.posted().length, 1, "no note after a quiet interval");
    deepStrictEqual(h.audits().at(-1), ["success", "verified:signature:1"]);
  });
});

Deno.test("alert storm: a note Slack refuses is recorded as note_failed and the snapshot still goes on", async () => {
  await withVerifyAlert({ ALERT_SNAPSHOT_MINUTES: "1" }, async (h) => {
    await h.run(h.body(T0), T0);
    await h.run(h.body(T0 + 5), T0 + 5);
    h.emulator.faults.failNext("chat.postMessage", "channel_not_found");
    ok((await h.run(h.body(T0 + 60), T0 + 60)).outputs);
    deepStrictEqual(h.audits().at(-1), [
      "success",
      "verified:signature:1;counted_before:1;note_failed",
    ]);
  });
});

Deno.test("alert storm: the storm record unreadable refuses the alert (fails closed), audited", async () => {
  const withoutStorms = DATASTORES.filter((store) => store.definition.name !== "alert_storms");
  await withVerifyAlert({}, async (h) => {
    const result = await h.run(h.body(T0), T0);
    strictEqual(result.outputs, undefined);
    ok(
      result.error?.startsWith("The alert was refused: the alert-storm count could not be kept ("),
      result.error,
    );
    ok(result.error?.endsWith("Nothing was fetched or posted."), result.error);
    deepStrictEqual(h.audits(), [["refused", "storm_store_failed"]]);
    deepStrictEqual(h.posted(), []);
  }, withoutStorms);
});

Deno.test("verify_alert: a used nonce is kept three timestamp windows (15 minutes) from when it was seen", async () => {
  strictEqual(NONCE_TTL_SECONDS, 900);
  await withVerifyAlert({}, async (h) => {
    const body = h.body(T0);
    ok((await h.run(body, T0)).outputs);
    const [stored] = h.emulator.state.datastoreItems("webhook_nonces");
    deepStrictEqual(
      [stored.nonce, stored.service, stored.seen_at, stored.expires_at],
      [body.nonce, "gateway", T0, T0 + 900],
    );
    const again = await h.run(body, T0 + 1);
    ok(again.error?.startsWith("The alert was refused: its nonce was already used"), again.error);
    deepStrictEqual(h.audits().at(-1), ["refused", "replayed_nonce"]);
  });
});

Deno.test("verify_alert: a timestamp past the 5-minute window says past or future, refused and audited", async () => {
  await withVerifyAlert({}, async (h) => {
    for (
      const [offset, word, detail] of [[-301, "past", "stale"], [301, "future", "future"]] as const
    ) {
      const result = await h.run(h.body(T0 + offset), T0);
      strictEqual(
        result.error,
        `The alert was refused: its timestamp is more than 5 minutes in the ${word}. Sign each ` +
          "request when it is sent, and check the sender's clock. Nothing was fetched or posted.",
      );
      deepStrictEqual(h.audits().at(-1), ["refused", `${detail}_timestamp`]);
    }
    ok((await h.run(h.body(T0 - 300), T0)).outputs, "300 s in the past");
    ok((await h.run(h.body(T0 + 300, "checkout"), T0)).outputs, "300 s in the future");
  });
});

Deno.test("verify_alert: with ALERT_GRANT_KEY the outputs carry a grant valid for exactly this request, for 5 minutes", async () => {
  await withVerifyAlert({ ALERT_GRANT_KEY: GRANT_KEY }, async (h) => {
    const result = await h.run(h.body(T0), T0);
    const grant = result.outputs?.alert_grant ?? "";
    ok(grant?.startsWith(`v1.${T0 + GRANT_TTL_SECONDS}.`), grant);
    const request = {
      service: "gateway",
      environment: "production",
      filter: "",
      channel_id: CHANNEL,
      user_id: USER,
    };
    ok(alertGrantValid(GRANT_KEY, grant, request, T0));
    ok(alertGrantValid(GRANT_KEY, grant, request, T0 + GRANT_TTL_SECONDS));
    ok(!alertGrantValid(GRANT_KEY, grant, request, T0 + GRANT_TTL_SECONDS + 1));
    for (const [field, value] of Object.entries(request)) {
      const other = { ...request, [field]: value === "" ? "x" : value + "x" };
      ok(!alertGrantValid(GRANT_KEY, grant, other, T0), `grant bound to ${field}`);
    }
  });
});

Deno.test("verify_alert: a bad ALERT_GRANT_KEY refuses the alert naming the setting, never its value", async () => {
  await withVerifyAlert({ ALERT_GRANT_KEY: "short-grant-key" }, async (h) => {
    const result = await h.run(h.body(T0), T0);
    ok(result.error?.startsWith("ALERT_GRANT_KEY must be 32 to 1024 characters"), result.error);
    ok(!result.error?.includes("short-grant-key"));
    deepStrictEqual(h.audits(), [["refused", "bad_config"]]);
    deepStrictEqual(h.emulator.state.datastoreItems("webhook_nonces"), [], "no nonce spent");
  });
});

Deno.test("verify_alert: every refusal is audited for the on-call user and the alert's channel, and spends no nonce", async () => {
  await withVerifyAlert({}, async (h) => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...h.body(T0, "billing") }, "service_not_allowed"],
      [{ ...h.body(T0), signature: "v1=" + "0".repeat(64) }, "signature_invalid"],
    ];
    for (const [inputs, detail] of cases) {
      const result = await h.run(inputs, T0);
      ok(result.error?.startsWith("The alert was refused"), result.error);
      deepStrictEqual(h.audits().at(-1), ["refused", detail]);
    }
    const events = h.emulator.state.datastoreItems("audit_events");
    deepStrictEqual(
      events.map((e) => [e.action, e.actor, e.channel]),
      cases.map(() => ["verify_alert", USER, CHANNEL]),
    );
    deepStrictEqual(h.emulator.state.datastoreItems("webhook_nonces"), []);
  });
});

Deno.test("verify_alert: inputs that are not an object are refused and audited with no actor, never thrown", async () => {
  await withVerifyAlert({}, async (h) => {
    for (const inputs of [null, undefined, "text", 42]) {
      const result = await h.run(inputs, T0);
      ok(result.error?.startsWith("The alert was refused: it has no "), result.error);
    }
    const events = h.emulator.state.datastoreItems("audit_events");
    strictEqual(events.length, 4);
    for (const e of events) {
      deepStrictEqual([e.action, e.actor, e.channel], ["verify_alert", "invalid", ""]);
    }
  });
});

Deno.test("alert storm note: counts are grouped, and a hostile service name reaches Slack inert", () => {
  strictEqual(
    suppressedNote("gateway", 1_000_000, 10),
    ":information_source: 1,000,000 more alerts for *gateway* came in since the last snapshot " +
      "here and were counted, not posted (at most one snapshot every 10 minutes). A new " +
      "snapshot follows.",
  );
  const hostile = [
    "<!channel>",
    "<@U0123ABCD>",
    "<https://evil.example|click>",
    "a&b",
    "<!date^1>",
  ];
  for (const service of hostile) {
    const note = suppressedNote(service, 2, 10);
    ok(!/[<>]/.test(note), note);
    ok(!/&(?!amp;|lt;|gt;)/.test(note), note);
  }
});

const API_KEY = "api-key-for-tests-".padEnd(40, "0123456789");

/** An unsigned body for gateway at T0 carrying `apiKey`. */
function keyedBody(apiKey: string): Record<string, string> {
  const { filter: _, ...values } = alertValues({
    service: "gateway",
    environment: "production",
    window: "15m",
    channel_id: CHANNEL,
    on_call_user_id: USER,
    timestamp: String(T0),
  });
  return { ...values, api_key: apiKey };
}

Deno.test("verify_alert: each way of authenticating, or failing to, is told apart in the audit trail and never echoes a key", async () => {
  const signed = (h: Harness) => h.body(T0);
  const cases: {
    name: string;
    env: Record<string, string>;
    body: (h: Harness) => Record<string, unknown>;
    detail: string;
    says?: string;
  }[] = [
    {
      name: "the right API key",
      env: { ALERT_WEBHOOK_API_KEY: API_KEY },
      body: () => keyedBody(API_KEY),
      detail: "verified:api_key",
    },
    {
      name: "the right API key, no signing secret",
      env: { ALERT_WEBHOOK_API_KEY: API_KEY, ALERT_WEBHOOK_SECRETS: "" },
      body: () => keyedBody(API_KEY),
      detail: "verified:api_key",
    },
    {
      name: "a wrong API key",
      env: { ALERT_WEBHOOK_API_KEY: API_KEY },
      body: () => keyedBody(API_KEY.slice(0, -1) + "X"),
      detail: "api_key_invalid",
      says: "its API key is not the webhook's",
    },
    {
      name: "an API key when keys are off",
      env: {},
      body: () => keyedBody(API_KEY),
      detail: "api_key_off",
      says: "ALERT_WEBHOOK_API_KEY is not set",
    },
    {
      name: "a signature when no secret is set",
      env: { ALERT_WEBHOOK_API_KEY: API_KEY, ALERT_WEBHOOK_SECRETS: "" },
      body: signed,
      detail: "signature_off",
      says: "it is signed, but no signing secret is set",
    },
    {
      name: "neither signature nor key",
      env: { ALERT_WEBHOOK_API_KEY: API_KEY },
      body: (h) => {
        const { signature: _, ...rest } = h.body(T0);
        return rest;
      },
      detail: "unauthenticated",
      says: "it has neither a signature nor an API key",
    },
    {
      name: "no secret and no key set",
      env: { ALERT_WEBHOOK_SECRETS: "" },
      body: signed,
      detail: "webhook_off",
      says: "the webhook has no signing secret and no API key set",
    },
    {
      name: "a bad ALERT_WEBHOOK_SECRETS",
      env: { ALERT_WEBHOOK_SECRETS: "short" },
      body: signed,
      detail: "bad_config",
      says: "ALERT_WEBHOOK_SECRETS must be",
    },
    {
      name: "a bad DEBUG_CHANNEL_IDS",
      env: { DEBUG_CHANNEL_IDS: `${CHANNEL},not-a-channel` },
      body: signed,
      detail: "bad_config",
      says: "DEBUG_CHANNEL_IDS must be",
    },
    {
      name: "a channel not allowed",
      env: { DEBUG_CHANNEL_IDS: "C05GENERAL1" },
      body: signed,
      detail: "channel_not_allowed",
      says: "its channel is not an allowed debug channel",
    },
    {
      name: "no channel allowed",
      env: { DEBUG_CHANNEL_IDS: "" },
      body: signed,
      detail: "channel_delivery_off",
      says: "its channel is not an allowed debug channel",
    },
    {
      name: "two fields missing",
      env: {},
      body: (h) => ({ ...h.body(T0), nonce: "", service: undefined }),
      detail: "missing_fields:nonce,service",
      says: "it has no “nonce”, “service”",
    },
    {
      name: "two fields too long",
      env: {},
      body: (h) => ({
        ...h.body(T0),
        window: "w".repeat(101),
        environment: "e".repeat(65),
      }),
      detail: "oversized:environment,window",
      says: "“environment”, “window” is longer than the webhook accepts",
    },
  ];
  for (const c of cases) {
    await withVerifyAlert(c.env, async (h) => {
      const body = c.body(h);
      const result = await h.run(body, T0);
      deepStrictEqual(h.audits(), [[c.says ? "refused" : "success", c.detail]], c.name);
      if (c.says === undefined) {
        ok(result.outputs, c.name);
        strictEqual(h.emulator.state.datastoreItems("webhook_nonces").length, 1, c.name);
        return;
      }
      strictEqual(result.outputs, undefined, c.name);
      ok(result.error?.includes(c.says), `${c.name}: ${result.error}`);
      if (c.detail !== "bad_config") {
        ok(result.error?.endsWith("Nothing was fetched or posted."), `${c.name}: ${result.error}`);
      }
      ok(!result.error?.includes(API_KEY.slice(0, 20)), `${c.name}: the key is never said`);
      deepStrictEqual(h.emulator.state.datastoreItems("webhook_nonces"), [], c.name);
    });
  }
});

Deno.test("alert storm note: Slack unreachable is a note not said (false), never a thrown alert", async () => {
  const unreachable = {
    call: () => Promise.reject(new TypeError("error sending request: connection refused")),
  } as unknown as SlackClient;
  strictEqual(await postSuppressedNote(unreachable, CHANNEL, "2 more alerts"), false);
});
