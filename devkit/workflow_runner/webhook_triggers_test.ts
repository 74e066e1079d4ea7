import { deepStrictEqual, strictEqual } from "@node/assert";
import { DefineWorkflow, Schema } from "deno-slack-sdk";
import { withEmulator } from "../slack_emulator/test_client.ts";
import { createWebhookTrigger, runWebhookTriggers } from "./mod.ts";
import { EchoFunction } from "./testdata/definitions.ts";

function echoWorkflow() {
  const workflow = DefineWorkflow({
    callback_id: "echo_alert",
    title: "Echo an alert",
    input_parameters: {
      properties: { service: { type: Schema.types.string } },
      required: ["service"],
    },
  });
  workflow.addStep(EchoFunction, { text: `alert for ${workflow.inputs.service}` });
  return workflow;
}

const TRIGGER = {
  type: "webhook",
  name: "Echo an alert",
  workflow: "#/workflows/echo_alert",
  inputs: { service: { value: "{{data.service}}" } },
};

function post(url: string, body: unknown) {
  return fetch(url, { method: "POST", body: JSON.stringify(body) })
    .then(async (response) => ({ status: response.status, body: await response.json() }));
}

Deno.test("webhook runs: each accepted POST runs the trigger's workflow with the mapped inputs", async () => {
  await withEmulator(async (emulator) => {
    const url = await createWebhookTrigger(emulator, TRIGGER);
    const runner = runWebhookTriggers(emulator, { echo_alert: echoWorkflow() }, (invocation) => ({
      env: { EXTRA: `from ${invocation.data.sender}` },
    }));
    try {
      deepStrictEqual(await post(url, { service: "gateway", sender: "relay" }), {
        status: 200,
        body: { ok: true },
      });
      deepStrictEqual(await post(url, { service: "checkout", sender: "cli" }), {
        status: 200,
        body: { ok: true },
      });
      const runs = await runner.settled();
      deepStrictEqual(
        runs.map(({ workflowId, run }) => [
          workflowId,
          run.ok,
          run.steps[0].outputs?.text,
          (run.steps[0].outputs?.seen_context as { extra_env: string }).extra_env,
        ]),
        [
          ["echo_alert", true, "alert for gateway", "from relay"],
          ["echo_alert", true, "alert for checkout", "from cli"],
        ],
      );
    } finally {
      runner.stop();
    }
  });
});

Deno.test("webhook runs: inputs the workflow cannot start with are refused before the POST is answered", async () => {
  await withEmulator(async (emulator) => {
    const url = await createWebhookTrigger(emulator, TRIGGER);
    const runner = runWebhookTriggers(emulator, { echo_alert: echoWorkflow() });
    try {
      const refused = { status: 400, body: { ok: false, error: "parameter_validation_failed" } };
      deepStrictEqual(
        await post(url, { other: "field" }),
        refused,
        "the required service is absent",
      );
      deepStrictEqual(await post(url, { service: 42 }), refused, "a number for a string input");
      deepStrictEqual(await runner.settled(), []);
      deepStrictEqual(emulator.state.functionCompletions(), []);
    } finally {
      runner.stop();
    }
  });
});

Deno.test("webhook runs: a trigger for a workflow not passed in is refused; after stop() nothing runs", async () => {
  await withEmulator(async (emulator) => {
    const url = await createWebhookTrigger(emulator, TRIGGER);
    const runner = runWebhookTriggers(emulator, { other: echoWorkflow() });
    deepStrictEqual(await post(url, { service: "gateway" }), {
      status: 400,
      body: { ok: false, error: "workflow_not_found" },
    });
    runner.stop();
    strictEqual((await post(url, { service: "gateway" })).status, 200);
    deepStrictEqual(await runner.settled(), []);
    strictEqual(emulator.webhooks.invocations().length, 1, "recorded, not run");
  });
});
