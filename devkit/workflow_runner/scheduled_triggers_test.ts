import { deepStrictEqual, rejects, strictEqual } from "@node/assert";
import { DefineWorkflow, Schema } from "deno-slack-sdk";
import type { SlackEmulator } from "../slack_emulator/mod.ts";
import { withEmulator } from "../slack_emulator/test_client.ts";
import { runDueTriggers } from "./mod.ts";
import { callSlackOk } from "./slack_api.ts";
import { EchoFunction } from "./testdata/definitions.ts";

const ON_CALL_USER = "U05ONCALL01";
const MINUTE_MS = 60_000;

function nightlyWorkflow() {
  const workflow = DefineWorkflow({
    callback_id: "nightly",
    title: "Nightly",
    input_parameters: {
      properties: { who: { type: Schema.slack.types.user_id } },
      required: ["who"],
    },
  });
  workflow.addStep(EchoFunction, { text: `run by ${workflow.inputs.who}` });
  return workflow;
}

async function createScheduledTrigger(
  emulator: SlackEmulator,
  workflowCallbackId: string,
  startInMs: number,
) {
  const answer = await callSlackOk(emulator, "workflows.triggers.create", {
    type: "scheduled",
    name: `${workflowCallbackId} schedule`,
    workflow: `#/workflows/${workflowCallbackId}`,
    inputs: { who: { value: "{{data.user_id}}" } },
    schedule: {
      start_time: new Date(emulator.clock.now() + startInMs).toISOString(),
      frequency: { type: "once" },
    },
  });
  return (answer.trigger as { id: string }).id;
}

Deno.test("a scheduled trigger's workflow runs once the clock passes its start time", async () => {
  await withEmulator(async (emulator) => {
    const triggerId = await createScheduledTrigger(emulator, "nightly", 10 * MINUTE_MS);
    const workflows = { nightly: nightlyWorkflow() };

    const early = await runDueTriggers(emulator, workflows, {
      advanceMs: 5 * MINUTE_MS,
      userId: ON_CALL_USER,
    });
    deepStrictEqual(early, []);
    deepStrictEqual(emulator.state.functionCompletions(), []);

    const due = await runDueTriggers(emulator, workflows, {
      advanceMs: 6 * MINUTE_MS,
      userId: ON_CALL_USER,
    });
    strictEqual(due.length, 1);
    strictEqual(due[0].triggerId, triggerId);
    strictEqual(due[0].workflowId, "nightly");
    strictEqual(due[0].run.ok, true, due[0].run.error?.message);
    strictEqual(due[0].run.steps[0].outputs?.text, `run by ${ON_CALL_USER}`);
    strictEqual(emulator.state.functionCompletions().length, 1);

    deepStrictEqual(
      await runDueTriggers(emulator, workflows, { advanceMs: 60 * MINUTE_MS }),
      [],
      "a once-only trigger fires once",
    );
  });
});

Deno.test("a fired trigger for a workflow that was not passed in is an error", async () => {
  await withEmulator(async (emulator) => {
    await createScheduledTrigger(emulator, "purge_reports", MINUTE_MS);
    await rejects(
      runDueTriggers(emulator, { nightly: nightlyWorkflow() }, { advanceMs: 2 * MINUTE_MS }),
      /fired workflow "purge_reports", which was not passed to runDueTriggers/,
    );
  });
});
