/**
 * Test support for "Debug from alert" end to end, the way Slack runs it: the emulator with the
 * app's datastores, the sample log service, the webhook trigger created from
 * triggers/debug_from_alert_webhook.ts, and the workflow runner running the workflow of each POST
 * the webhook accepts. Used by the workflow's tests and the Alertmanager relay's. Test code only.
 */
import { deepStrictEqual } from "@node/assert";
import { startSampleLogService } from "../devkit/sample_logs/mod.ts";
import { startSlackEmulator } from "../devkit/slack_emulator/mod.ts";
import { createWebhookTrigger, runWebhookTriggers } from "../devkit/workflow_runner/mod.ts";
import type { WorkflowRun } from "../devkit/workflow_runner/mod.ts";
import { DATASTORES } from "../datastores/mod.ts";
import { TEST_ALERT_SECRET } from "../functions/verify_alert/test_alert.ts";
import debugFromAlertWebhook from "../triggers/debug_from_alert_webhook.ts";
import { DebugFromAlertWorkflow } from "./debug_from_alert.ts";

export const DEBUG_CHANNEL = "C05PRODDBG1";
export const ON_CALL_USER = "U05ONCALL01";
const ALERT_GRANT_KEY = "g".repeat(16) + "-alert-grant-key-for-tests-0123456";

type Emulator = Awaited<ReturnType<typeof startSlackEmulator>>;

export interface WebhookAnswer {
  status: number;
  body: unknown;
}

export interface App {
  emulator: Emulator;
  env: Record<string, string>;
  /** The webhook trigger's URL on the emulator. */
  webhookUrl: string;
  /** POSTs `body` (an object as JSON, a string as is) to the webhook URL; the run (if any)
   * uses `env`. */
  post(body: unknown, env?: Record<string, string>): Promise<WebhookAnswer>;
  /** POSTs a webhook body, expects Slack's `{"ok":true}` and returns the workflow run. */
  run(body: Record<string, unknown>, env?: Record<string, string>): Promise<WorkflowRun>;
  /** Every workflow run the webhook started so far. */
  runs(): Promise<WorkflowRun[]>;
  /** The app bot's messages in the debug channel. */
  posted(): { blocks?: unknown[] }[];
  /** verify_alert's audit events, oldest first, as [outcome, detail]. */
  verifications(): [unknown, unknown][];
  /** How many fetch_logs runs were audited. */
  fetches(): number;
}

/** Runs `test` against a fresh app (signing secret TEST_ALERT_SECRET, services gateway and
 * checkout); always stops everything, runs included. */
export async function withAlertApp(
  test: (app: App) => Promise<void>,
  /** Settings added to (or replacing) the app's env, e.g. FETCH_RATE_PER_MINUTE. */
  extraEnv: Record<string, string> = {},
): Promise<void> {
  const emulator = await startSlackEmulator({
    datastores: DATASTORES.map((datastore) => datastore.definition),
  });
  const logs = await startSampleLogService();
  const env: Record<string, string> = {
    SAMPLE_LOGS_URL: logs.url,
    SAMPLE_LOGS_TOKEN: logs.token,
    DEBUG_CHANNEL_IDS: DEBUG_CHANNEL,
    // No ADMIN_USER_IDS and no stored role: an authenticated alert's grant is the authority.
    ALERT_GRANT_KEY: ALERT_GRANT_KEY,
    ALERT_WEBHOOK_SECRETS: TEST_ALERT_SECRET,
    ALERT_WEBHOOK_SERVICES: "gateway,checkout",
    ...extraEnv,
  };
  const audits = () => emulator.state.datastoreItems("audit_events");
  const webhookUrl = await createWebhookTrigger(emulator, debugFromAlertWebhook);
  let runEnv = env;
  const webhooks = runWebhookTriggers(
    emulator,
    { debug_from_alert: DebugFromAlertWorkflow },
    () => ({ env: runEnv }),
  );
  const post = async (body: unknown, postEnv = env): Promise<WebhookAnswer> => {
    runEnv = postEnv;
    const response = await fetch(webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  try {
    await test({
      emulator,
      env,
      webhookUrl,
      post,
      run: async (body, runEnv = env) => {
        deepStrictEqual(await post(body, runEnv), { status: 200, body: { ok: true } });
        const runs = await webhooks.settled();
        return runs[runs.length - 1].run;
      },
      runs: async () => (await webhooks.settled()).map(({ run }) => run),
      posted: () =>
        emulator.state.messages(DEBUG_CHANNEL).filter((m: { bot_id?: string }) =>
          m.bot_id !== undefined
        ),
      verifications: () =>
        audits().filter((event) => event.action === "verify_alert")
          .sort((a, b) => Number(a.at) - Number(b.at))
          .map((event) => [event.outcome, event.detail]),
      fetches: () => audits().filter((event) => event.action === "fetch_logs").length,
    });
  } finally {
    webhooks.stop();
    await webhooks.settled();
    await logs.stop();
    await emulator.stop();
  }
}
