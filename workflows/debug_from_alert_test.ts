/**
 * "Debug from alert" end to end, the way Slack runs it: each body is POSTed to the webhook URL the
 * emulator gave the trigger created from triggers/debug_from_alert_webhook.ts; the emulator maps
 * the body to the workflow's inputs and the workflow runner runs it with the real handlers. Each
 * case checks the webhook's answer, what was posted (one report or nothing), whether logs were
 * fetched, and verify_alert's audit event.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { MAX_WEBHOOK_BODY_BYTES } from "../devkit/slack_emulator/webhooks.ts";
import type { WorkflowRun } from "../devkit/workflow_runner/mod.ts";
import type { SignedValues } from "../core/webhook/mod.ts";
import { signedAlertBody, TEST_ALERT_SECRET } from "../functions/verify_alert/test_alert.ts";
import manifest from "../manifest.ts";
import { createSlackClient } from "../slack/web_api.ts";
import { ALERT_STORMS, saveStorm, stormKey } from "../datastores/alert_storm_records.ts";
import {
  type App,
  DEBUG_CHANNEL,
  ON_CALL_USER,
  type WebhookAnswer,
  withAlertApp as withApp,
} from "./debug_from_alert_harness.ts";

const SECRET = TEST_ALERT_SECRET;
const OLD_SECRET = "b".repeat(16) + "-previous-signing-secret-012345678";
const API_KEY = "k".repeat(16) + "-alert-webhook-api-key-0123456789";

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A body for the usual alert (gateway, production, 15m, the debug channel), signed. */
function signedBody(overrides: Partial<SignedValues> = {}, secret = SECRET) {
  return signedAlertBody({
    service: "gateway",
    environment: "production",
    window: "15m",
    channel_id: DEBUG_CHANNEL,
    on_call_user_id: ON_CALL_USER,
    ...overrides,
  }, secret);
}

/** The run stopped at verify_alert: nothing fetched, nothing posted. */
function assertRefused(app: App, run: WorkflowRun, detail: string) {
  strictEqual(run.ok, false);
  strictEqual(run.error?.functionId, "verify_alert");
  strictEqual(run.steps.length, 1, "no step after verify_alert ran");
  strictEqual(app.fetches(), 0, "no logs were fetched");
  strictEqual(app.posted().length, 0, "nothing was posted");
  deepStrictEqual(app.verifications(), [["refused", detail]]);
}

/** The run posted one report after verify_alert accepted it as `detail`. */
function assertPosted(app: App, run: WorkflowRun, reports: number, detail: string) {
  ok(run.ok, JSON.stringify(run.error));
  strictEqual(
    run.steps.map((step) => step.functionId).join(" → "),
    "verify_alert → fetch_logs → post_debug_report",
  );
  strictEqual(app.posted().length, reports);
  deepStrictEqual(app.verifications().at(-1), ["success", detail]);
}

Deno.test("Debug from alert: a signed alert posts one scrubbed report for the on-call user", async () => {
  await withApp(async (app) => {
    const body = signedBody();
    const run = await app.run(body);
    assertPosted(app, run, 1, "verified:signature:1");
    strictEqual(run.steps[1].inputs.user_id, ON_CALL_USER, "the on-call user is the requester");
    ok(JSON.stringify(app.posted()[0].blocks).includes("[REDACTED:"), "the report is scrubbed");
    const fetched = app.emulator.state.datastoreItems("audit_events")
      .filter((event) => event.action === "fetch_logs");
    deepStrictEqual(fetched.map((e) => [e.actor, e.channel, e.outcome]), [
      [ON_CALL_USER, DEBUG_CHANNEL, "success"],
    ]);
    const stored = JSON.stringify(app.emulator.state.datastoreItems("audit_events"));
    ok(!stored.includes(body.signature.slice(3)), "the audit trail never holds the signature");
    ok(!stored.includes(SECRET), "nor the secret");
  });
});

Deno.test("Debug from alert: a timestamp more than 5 minutes old is refused", async () => {
  await withApp(async (app) => {
    const run = await app.run(signedBody({ timestamp: String(nowSeconds() - 400) }));
    assertRefused(app, run, "stale_timestamp");
    ok(run.error!.message.includes("more than 5 minutes in the past"), run.error!.message);
  });
});

Deno.test("Debug from alert: a timestamp more than 5 minutes ahead is refused", async () => {
  await withApp(async (app) => {
    const run = await app.run(signedBody({ timestamp: String(nowSeconds() + 400) }));
    assertRefused(app, run, "future_timestamp");
  });
});

Deno.test("Debug from alert: the same signed body sent twice posts once", async () => {
  await withApp(async (app) => {
    const body = signedBody();
    assertPosted(app, await app.run(body), 1, "verified:signature:1");
    const replay = await app.run(body);
    strictEqual(replay.ok, false);
    strictEqual(replay.error?.functionId, "verify_alert");
    strictEqual(replay.steps.length, 1);
    strictEqual(app.posted().length, 1, "still one report");
    strictEqual(app.fetches(), 1, "still one fetch");
    deepStrictEqual(app.verifications(), [
      ["success", "verified:signature:1"],
      ["refused", "replayed_nonce"],
    ]);
    deepStrictEqual(
      app.emulator.state.datastoreItems("webhook_nonces").map((item) => item.nonce),
      [body.nonce],
    );
  });
});

Deno.test("Debug from alert: a body signed with another secret is refused", async () => {
  await withApp(async (app) => {
    const run = await app.run(signedBody({}, "z".repeat(40)));
    assertRefused(app, run, "signature_invalid");
    ok(!run.error!.message.includes("z".repeat(40)));
  });
});

Deno.test("Debug from alert: a field changed after signing is refused", async () => {
  await withApp(async (app) => {
    const body = signedBody({ service: "gateway" });
    const run = await app.run({ ...body, service: "checkout" });
    assertRefused(app, run, "signature_invalid");
  });
});

Deno.test("Debug from alert: during a rotation old and new secrets are both accepted; after it the old one is refused", async () => {
  await withApp(async (app) => {
    const rotating = { ...app.env, ALERT_WEBHOOK_SECRETS: `${OLD_SECRET},${SECRET}` };
    assertPosted(
      app,
      await app.run(signedBody({}, OLD_SECRET), rotating),
      1,
      "verified:signature:1",
    );
    assertPosted(
      app,
      // Another service: one snapshot per service and channel per interval.
      await app.run(signedBody({ service: "checkout" }, SECRET), rotating),
      2,
      "verified:signature:2",
    );
    const after = await app.run(signedBody({}, OLD_SECRET), app.env);
    strictEqual(after.ok, false);
    strictEqual(after.steps.length, 1);
    strictEqual(app.posted().length, 2, "nothing more was posted");
    deepStrictEqual(app.verifications().at(-1), ["refused", "signature_invalid"]);
  });
});

Deno.test("Debug from alert: the right API key is accepted when ALERT_WEBHOOK_API_KEY is set", async () => {
  await withApp(async (app) => {
    const { signature: _, ...unsigned } = signedBody({ filter: "error" });
    const env = { ...app.env, ALERT_WEBHOOK_API_KEY: API_KEY };
    const run = await app.run({ ...unsigned, api_key: API_KEY }, env);
    assertPosted(app, run, 1, "verified:api_key");
    strictEqual(run.steps[1].inputs.filter, "error", "the alert's filter reaches the fetch");
    const stored = JSON.stringify(app.emulator.state.datastoreItems("audit_events"));
    ok(!stored.includes(API_KEY), "the audit trail never holds the key");
  });
});

Deno.test("Debug from alert: a wrong API key is refused", async () => {
  await withApp(async (app) => {
    const { signature: _, ...unsigned } = signedBody();
    const env = { ...app.env, ALERT_WEBHOOK_API_KEY: API_KEY };
    const run = await app.run({ ...unsigned, api_key: API_KEY.slice(0, -1) + "X" }, env);
    assertRefused(app, run, "api_key_invalid");
  });
});

Deno.test("Debug from alert: an API key is refused when API keys are off", async () => {
  await withApp(async (app) => {
    const { signature: _, ...unsigned } = signedBody();
    const run = await app.run({ ...unsigned, api_key: API_KEY });
    assertRefused(app, run, "api_key_off");
  });
});

Deno.test("Debug from alert: a body with neither signature nor key is refused", async () => {
  await withApp(async (app) => {
    const { signature: _, ...unsigned } = signedBody();
    assertRefused(app, await app.run(unsigned), "unauthenticated");
  });
});

Deno.test("Debug from alert: missing fields are refused and named", async () => {
  await withApp(async (app) => {
    const { nonce: _, timestamp: __, ...rest } = signedBody();
    const run = await app.run(rest);
    assertRefused(app, run, "missing_fields:timestamp,nonce");
    ok(run.error!.message.includes("“timestamp”, “nonce”"), run.error!.message);
  });
});

Deno.test("Debug from alert: an oversized field is refused before its signature is checked", async () => {
  await withApp(async (app) => {
    const run = await app.run(signedBody({ filter: "x".repeat(50_000) }));
    assertRefused(app, run, "oversized:filter");
  });
});

Deno.test("Debug from alert: values that are not plain text are refused", async () => {
  await withApp(async (app) => {
    const newline = await app.run(signedBody({ window: "15m\nservice=checkout" }));
    strictEqual(newline.steps.length, 1);
    const json = await app.run(signedBody({ timestamp: '{"now":true}' }));
    strictEqual(json.steps.length, 1);
    strictEqual(app.posted().length, 0);
    strictEqual(app.fetches(), 0);
    deepStrictEqual(app.verifications().map(([, detail]) => detail).sort(), [
      "malformed:timestamp",
      "malformed:window",
    ]);
  });
});

Deno.test("Debug from alert: a service the webhook may not ask for is refused", async () => {
  await withApp(async (app) => {
    const run = await app.run(signedBody({ service: "auth" }));
    assertRefused(app, run, "service_not_allowed");
  });
});

Deno.test("Debug from alert: a channel outside DEBUG_CHANNEL_IDS is refused", async () => {
  await withApp(async (app) => {
    const run = await app.run(signedBody({ channel_id: "C05GENERAL1" }));
    assertRefused(app, run, "channel_not_allowed");
  });
});

Deno.test("Debug from alert: with no secret and no key the webhook accepts nothing", async () => {
  await withApp(async (app) => {
    const { ALERT_WEBHOOK_SECRETS: _, ...off } = app.env;
    assertRefused(app, await app.run(signedBody(), off), "webhook_off");
  });
});

Deno.test("Debug from alert: a storm of 100 alerts for one service posts one report; the next snapshot says how many were counted", async () => {
  await withApp(async (app) => {
    for (let i = 0; i < 100; i++) await app.run(signedBody());
    strictEqual(app.posted().length, 1, "one report for the storm");
    strictEqual(app.fetches(), 1, "logs were read once");
    const details = app.verifications().map(([outcome, detail]) => `${outcome} ${detail}`);
    strictEqual(details.length, 100);
    strictEqual(details.filter((d) => d === "success verified:signature:1").length, 1);
    strictEqual(details.filter((d) => d.startsWith("refused storm_counted:")).length, 99);
    ok(details.includes("refused storm_counted:99"));

    // The interval passes: the stored snapshot time moves back 10 minutes (the default).
    const [state] = app.emulator.state.datastoreItems(ALERT_STORMS);
    deepStrictEqual([state.key, state.suppressed], [stormKey(DEBUG_CHANNEL, "gateway"), 99]);
    const client = createSlackClient({
      token: app.emulator.botToken,
      env: { SLACK_API_URL: app.emulator.url },
    });
    await saveStorm(client, String(state.key), {
      lastSnapshotAt: Number(state.last_snapshot_at) - 600,
      suppressed: 99,
    });
    const next = await app.run(signedBody());
    assertPosted(app, next, 3, "verified:signature:1;counted_before:99");
    const [, note, report] = app.posted() as { text?: string; ts: string }[];
    ok(
      note.text?.includes("99 more alerts for *gateway* came in since the last snapshot"),
      note.text,
    );
    // The report's step waits for its buttons: its message is the session's.
    const session = app.emulator.state.datastoreItems("debug_sessions")
      .find((s) => s.execution_id === next.waiting?.execution.id);
    strictEqual(report.ts, session?.message_ts, "the report follows the note");
  });
});

/** Slack refused the POST: no run started, so nothing fetched, posted or audited. */
async function assertNotStarted(app: App, answer: WebhookAnswer, status: number, error: string) {
  deepStrictEqual(answer, { status, body: { ok: false, error } });
  deepStrictEqual(await app.runs(), [], "no workflow run started");
  strictEqual(app.posted().length, 0, "nothing was posted");
  deepStrictEqual(app.emulator.state.datastoreItems("audit_events"), [], "nothing to audit");
}

Deno.test("Debug from alert: a body that is not JSON is refused by the webhook; no run, no post", async () => {
  await withApp(async (app) => {
    const body = JSON.stringify(signedBody());
    await assertNotStarted(app, await app.post(body.slice(0, -1)), 400, "invalid_json");
    await assertNotStarted(app, await app.post(`service=gateway`), 400, "invalid_json");
  });
});

Deno.test("Debug from alert: a nested field, or a number where text is expected, is refused by the webhook", async () => {
  await withApp(async (app) => {
    const body = signedBody();
    const nested = { ...body, service: { name: "gateway" } };
    await assertNotStarted(app, await app.post(nested), 400, "parameter_validation_failed");
    const number = { ...body, timestamp: Number(body.timestamp) };
    await assertNotStarted(app, await app.post(number), 400, "parameter_validation_failed");
  });
});

Deno.test("Debug from alert: a body over the webhook's size limit is refused with 413; no run, no post", async () => {
  await withApp(async (app) => {
    const huge = { ...signedBody(), filter: "x".repeat(MAX_WEBHOOK_BODY_BYTES) };
    await assertNotStarted(app, await app.post(huge), 413, "request_too_large");
  });
});

Deno.test("Debug from alert: the manifest exports the workflow and its verify_alert step", () => {
  const exported = manifest as unknown as {
    workflows: Record<string, unknown>;
    functions: Record<string, unknown>;
  };
  ok("debug_from_alert" in exported.workflows);
  ok("verify_alert" in exported.functions);
});
