import { deepStrictEqual, match, strictEqual } from "@node/assert";
import { DefineWorkflow, Schema } from "deno-slack-sdk";
import type { SlackEmulator } from "../slack_emulator/mod.ts";
import { withEmulator } from "../slack_emulator/test_client.ts";
import { clickWaitingStep } from "./clicks.ts";
import { type ButtonClick, runWorkflow } from "./mod.ts";
import { ConfirmFunction, EchoFunction, MisbehavingFunction } from "./testdata/definitions.ts";

const DEBUG_CHANNEL = "C05PRODDBG1"; // private: the bot and the on-call users are members
const ON_CALL_USER = "U05ONCALL01";
const OUTSIDER = "U05OUTSIDER";

function confirmThenEcho() {
  const workflow = DefineWorkflow({
    callback_id: "confirm_then_echo",
    title: "Confirm then echo",
    input_parameters: {
      properties: { channel: { type: Schema.slack.types.channel_id } },
      required: ["channel"],
    },
  });
  const confirm = workflow.addStep(ConfirmFunction, {
    channel_id: workflow.inputs.channel,
    question: "Purge the report now?",
  });
  workflow.addStep(EchoFunction, { text: `confirmed by ${confirm.outputs.confirmed_by}` });
  return workflow;
}

function runConfirm(emulator: SlackEmulator, clicks: ButtonClick[], key = "0") {
  return runWorkflow(confirmThenEcho(), {
    inputs: { channel: DEBUG_CHANNEL },
    emulator,
    clicks: { [key]: clicks },
  });
}

Deno.test("a click on a posted button reaches blockActions, which completes the open step", async () => {
  await withEmulator(async (emulator) => {
    const run = await runConfirm(emulator, [{ userId: ON_CALL_USER, actionId: "confirm" }]);
    strictEqual(run.ok, true, run.error?.message);
    deepStrictEqual(run.steps.map((s) => [s.functionId, s.completedBy]), [
      ["confirm", "api"],
      ["echo", "return"],
    ]);
    deepStrictEqual(run.steps[0].outputs, { confirmed_by: ON_CALL_USER, value: "yes" });
    deepStrictEqual(run.steps[1].inputs, { text: `confirmed by ${ON_CALL_USER}` });
    const message = emulator.state.messages(DEBUG_CHANNEL).at(-1)!;
    strictEqual(message.text, `Confirmed by ${ON_CALL_USER}`, "the handler updated the message");
  }, { logFile: false });
});

Deno.test("clicks are keyed by step id or callback_id; a cancel completes the step with an error", async () => {
  await withEmulator(async (emulator) => {
    const run = await runConfirm(
      emulator,
      [{ userId: ON_CALL_USER, actionId: "cancel" }],
      "confirm",
    );
    strictEqual(run.ok, false);
    deepStrictEqual(run.error, {
      stepIndex: 0,
      functionId: "confirm",
      message: `Cancelled by ${ON_CALL_USER}`,
    });
    strictEqual(run.steps[0].completedBy, "api");
  }, { logFile: false });
});

Deno.test("without clicks the run waits at the open step, and a later click completes it", async () => {
  await withEmulator(async (emulator) => {
    const run = await runConfirm(emulator, []);
    strictEqual(run.ok, true, run.error?.message);
    strictEqual(run.waiting?.stepIndex, 0);
    strictEqual(run.waiting?.functionId, "confirm");
    deepStrictEqual(run.steps.map((s) => [s.functionId, s.outputs]), [["confirm", undefined]]);
    deepStrictEqual(emulator.state.functionCompletions(), [], "nothing completed it yet");

    const outsider = await clickWaitingStep(emulator, run.waiting!, {
      userId: OUTSIDER,
      actionId: "confirm",
    });
    strictEqual(
      outsider.problem,
      `${OUTSIDER} is not in ${DEBUG_CHANNEL}, so cannot click "confirm" there`,
    );
    const later = await clickWaitingStep(emulator, run.waiting!, {
      userId: ON_CALL_USER,
      actionId: "confirm",
    });
    strictEqual(later.problem, undefined);
    deepStrictEqual(later.completion?.outputs, { confirmed_by: ON_CALL_USER, value: "yes" });
    const again = await clickWaitingStep(emulator, run.waiting!, {
      userId: ON_CALL_USER,
      actionId: "cancel",
    });
    match(again.problem ?? "", /comes after function confirm completed/);
  }, { logFile: false });
});

Deno.test("only buttons a person can see, still in the message, before completion, can be clicked", async () => {
  await withEmulator(async (emulator) => {
    const outsider = await runConfirm(emulator, [{ userId: OUTSIDER, actionId: "confirm" }]);
    strictEqual(
      outsider.error?.message,
      `${OUTSIDER} is not in ${DEBUG_CHANNEL}, so cannot click "confirm" there`,
    );
    const missing = await runConfirm(emulator, [
      { userId: ON_CALL_USER, actionId: "confirm", blockId: "other" },
    ]);
    match(
      missing.error?.message ?? "",
      /no message that confirm posted \(and U05ONCALL01 can see\) has a button "confirm" in block "other"/,
    );
    const twice = await runConfirm(emulator, [
      { userId: ON_CALL_USER, actionId: "confirm" },
      { userId: ON_CALL_USER, actionId: "cancel" },
    ]);
    strictEqual(
      twice.error?.message,
      "click 2 (cancel) comes after function confirm completed: Slack no longer sends clicks " +
        "on its buttons to the function then",
    );
  }, { logFile: false });
});

Deno.test("a click on a function without a blockActions handler only warns, as Slack's runtime does", async () => {
  await withEmulator(async (emulator) => {
    const workflow = DefineWorkflow({ callback_id: "no_handler", title: "No handler" });
    workflow.addStep(MisbehavingFunction, { mode: "button_without_handler" });
    const run = await runWorkflow(workflow, {
      inputs: {},
      emulator,
      clicks: { misbehave: [{ userId: ON_CALL_USER, actionId: "press" }] },
    });
    match(
      run.error?.message ?? "",
      /reached no handler: Slack's runtime would only log "Received a block_actions payload but the function does not define a blockActions handler"/,
    );
    deepStrictEqual(emulator.state.functionCompletions(), []);
  }, { logFile: false });
});
