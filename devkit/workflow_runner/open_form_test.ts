import { deepStrictEqual, match, notStrictEqual, strictEqual } from "@node/assert";
import { DefineWorkflow, Schema } from "deno-slack-sdk";
import { withEmulator } from "../slack_emulator/test_client.ts";
import { runWorkflow } from "./mod.ts";
import { EchoFunction } from "./testdata/definitions.ts";

const ON_CALL_USER = "U05ONCALL01";
const TRIGGER_INTERACTIVITY = {
  interactivity_pointer: "13371337.abcdef",
  interactor: { id: ON_CALL_USER, secret: "c2VjcmV0" },
};

function formWorkflow() {
  const workflow = DefineWorkflow({
    callback_id: "ask_service",
    title: "Ask for a service",
    input_parameters: {
      properties: { interactivity: { type: Schema.slack.types.interactivity } },
      required: ["interactivity"],
    },
  });
  const form = workflow.addStep(Schema.slack.functions.OpenForm, {
    title: "Debug production",
    interactivity: workflow.inputs.interactivity,
    submit_label: "Fetch",
    fields: {
      elements: [
        { name: "service", title: "Service", type: Schema.types.string },
        { name: "minutes", title: "Minutes", type: Schema.types.integer },
        {
          name: "level",
          title: "Level",
          type: Schema.types.string,
          enum: ["error", "warn", "info"],
          default: "error",
        },
      ],
      required: ["service", "minutes"],
    },
  });
  workflow.addStep(EchoFunction, { text: `${form.outputs.fields.service}` });
  return workflow;
}

function runForm(formAnswers?: Record<string, Record<string, unknown>>) {
  return withEmulator((emulator) =>
    runWorkflow(formWorkflow(), {
      inputs: { interactivity: TRIGGER_INTERACTIVITY },
      emulator,
      formAnswers,
    })
  );
}

Deno.test("OpenForm answers by step id reach later steps, with a fresh interactivity", async () => {
  const run = await runForm({ "0": { service: "checkout", minutes: 15 } });
  strictEqual(run.ok, true, run.error?.message);
  const form = run.steps[0];
  strictEqual(form.completedBy, "builtin");
  deepStrictEqual(form.outputs?.fields, { service: "checkout", minutes: 15, level: "error" });
  strictEqual(form.outputs?.submit_user, ON_CALL_USER);
  const interactivity = form.outputs?.interactivity as typeof TRIGGER_INTERACTIVITY;
  notStrictEqual(interactivity.interactivity_pointer, TRIGGER_INTERACTIVITY.interactivity_pointer);
  strictEqual(interactivity.interactor.id, ON_CALL_USER);
  deepStrictEqual(run.steps[1].inputs, { text: "checkout" });
});

Deno.test("OpenForm answers can be keyed by the form's title and override defaults", async () => {
  const run = await runForm({
    "Debug production": { service: "search", minutes: 5, level: "warn" },
  });
  strictEqual(run.ok, true, run.error?.message);
  deepStrictEqual(run.steps[0].outputs?.fields, { service: "search", minutes: 5, level: "warn" });
  deepStrictEqual(run.steps[1].outputs?.text, "search");
});

Deno.test("OpenForm without answers says how to supply them", async () => {
  const run = await runForm();
  strictEqual(run.ok, false);
  strictEqual(
    run.error?.message,
    'OpenForm "Debug production" at step 0 has no answers: pass formAnswers["0"] or ' +
      'formAnswers["Debug production"]',
  );
  strictEqual(run.steps.length, 1);
});

Deno.test("OpenForm answers are checked against the form's elements", async () => {
  const run = await runForm({ "0": { minutes: "15", level: "trace", srvice: "typo" } });
  strictEqual(run.ok, false);
  strictEqual(
    run.error?.message,
    'OpenForm "Debug production" answers do not fit the form: required "service" is missing; ' +
      '"level" must be one of its 3 declared choices; "minutes" must be an integer, not string; ' +
      '"srvice" is not declared',
  );
});

Deno.test("a second OpenForm on an already used interactivity pointer fails", async () => {
  await withEmulator(async (emulator) => {
    const workflow = formWorkflow();
    workflow.addStep(Schema.slack.functions.OpenForm, {
      title: "Again",
      interactivity: workflow.inputs.interactivity,
      fields: { elements: [{ name: "x", title: "X", type: Schema.types.string }] },
    });
    const run = await runWorkflow(workflow, {
      inputs: { interactivity: TRIGGER_INTERACTIVITY },
      emulator,
      formAnswers: { "0": { service: "checkout", minutes: 1 }, Again: { x: "y" } },
    });
    strictEqual(run.error?.stepIndex, 2);
    match(run.error?.message ?? "", /reuses an interactivity pointer.*must be the first step/);
  });
});
