/**
 * Webhook triggers: attaches to the emulator so that each POST its webhook URLs accept starts
 * the trigger's workflow, as Slack does. The POST is answered first (Slack answers
 * `{"ok":true}` without waiting for the run), so senders such as the Alertmanager relay see
 * what they would see from Slack; `settled()` waits for the runs started so far.
 *
 *   const webhooks = runWebhookTriggers(emulator, { debug_from_alert: DebugFromAlertWorkflow },
 *     { env });
 *   await fetch(webhookUrl, { method: "POST", body: JSON.stringify(alert) });
 *   const [{ run }] = await webhooks.settled();
 *   webhooks.stop();
 *
 * Inputs that do not fit the workflow's input_parameters are refused before the POST is
 * answered (400 `parameter_validation_failed`), as Slack refuses to start such a run.
 */
import { createSlackClient } from "../../slack/web_api.ts";
import { parameterProblems } from "./parameters.ts";
import { runWorkflow } from "./run_workflow.ts";
import type { TriggerRun } from "./scheduled_triggers.ts";
import type { SlackEmulator, WebhookInvocation } from "../slack_emulator/mod.ts";
import type { EmulatorHandle, RunOptions, WorkflowLike } from "./types.ts";

export interface WebhookEmulator extends EmulatorHandle, Pick<SlackEmulator, "webhooks"> {}

export type WebhookRunOptions = Omit<RunOptions, "inputs" | "emulator">;

export interface WebhookRunner {
  /** Waits for every run started so far; resolves with all runs finished, in start order. */
  settled(): Promise<TriggerRun[]>;
  /** Stops starting runs (later POSTs are only recorded by the emulator). */
  stop(): void;
}

const MAX_RUNS = 10_000;

function failedRun(message: string): TriggerRun["run"] {
  return { ok: false, steps: [], error: { stepIndex: -1, functionId: "", message } };
}

/**
 * Runs the workflow of each webhook POST the emulator accepts. `options` gives each run's
 * options (env, clock…), or a function of the invocation returning them.
 */
export function runWebhookTriggers(
  emulator: WebhookEmulator,
  workflowsByCallbackId: Record<string, WorkflowLike>,
  options: WebhookRunOptions | ((invocation: WebhookInvocation) => WebhookRunOptions) = {},
): WebhookRunner {
  const started: Promise<TriggerRun>[] = [];
  const detach = emulator.webhooks.onInvoke((invocation) => {
    const workflow = workflowsByCallbackId[invocation.callback_id];
    if (!workflow) return "workflow_not_found";
    if (parameterProblems(workflow.definition.input_parameters, invocation.inputs).length > 0) {
      return "parameter_validation_failed";
    }
    if (started.length >= MAX_RUNS) return "ratelimited";
    const runOptions = typeof options === "function" ? options(invocation) : options;
    const workflowId = invocation.callback_id;
    started.push(
      runWorkflow(workflow, { ...runOptions, inputs: invocation.inputs, emulator })
        .catch((thrown) => failedRun(thrown instanceof Error ? thrown.message : String(thrown)))
        .then((run) => ({ triggerId: invocation.trigger_id, workflowId, run })),
    );
    return undefined;
  });
  return {
    settled: async () => {
      let count = -1;
      while (count !== started.length) {
        count = started.length;
        await Promise.all(started);
      }
      return await Promise.all(started);
    },
    stop: detach,
  };
}

/**
 * Creates a webhook trigger from a trigger file's object (`workflows.triggers.create`, as
 * `slack trigger create --trigger-def` does) and returns its `webhook_url`.
 */
export async function createWebhookTrigger(
  emulator: Pick<EmulatorHandle, "url" | "botToken">,
  definition: object,
): Promise<string> {
  const client = createSlackClient({
    token: emulator.botToken,
    env: { SLACK_API_URL: emulator.url },
  });
  const response = await client.call(
    "workflows.triggers.create",
    definition as Record<string, unknown>,
    { encoding: "json" },
  );
  const url = (response.trigger as { webhook_url?: unknown } | undefined)?.webhook_url;
  if (response.ok !== true || typeof url !== "string") {
    throw new Error(`workflows.triggers.create gave no webhook_url: ${JSON.stringify(response)}`);
  }
  return url;
}
