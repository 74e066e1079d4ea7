import { deepStrictEqual, match, notStrictEqual, rejects, strictEqual } from "@node/assert";
import { DefineFunction, DefineWorkflow, Schema } from "deno-slack-sdk";
import type { SlackEmulator } from "../slack_emulator/mod.ts";
import { withEmulator } from "../slack_emulator/test_client.ts";
import { runWorkflow } from "./mod.ts";
import { EchoFunction, MisbehavingFunction } from "./testdata/definitions.ts";

const DEBUG_CHANNEL = "C05PRODDBG1"; // seeded: the bot and the on-call users are members
const ON_CALL_USER = "U05ONCALL01";

function misbehavingWorkflow(callbackId: string) {
  const workflow = DefineWorkflow({
    callback_id: callbackId,
    title: "Misbehave then echo",
    input_parameters: {
      properties: { mode: { type: Schema.types.string } },
      required: [],
    },
  });
  workflow.addStep(MisbehavingFunction, { mode: workflow.inputs.mode });
  workflow.addStep(EchoFunction, { text: "after" });
  return workflow;
}

function runMisbehaving(
  emulator: SlackEmulator,
  mode: string,
  extra: { functionTimeoutMs?: number } = {},
) {
  return runWorkflow(misbehavingWorkflow("misbehave_wf"), {
    inputs: { mode },
    emulator,
    ...extra,
  });
}

Deno.test("steps chain through {{inputs}} and {{steps.N}} references and reach Slack", async () => {
  await withEmulator(async (emulator) => {
    const workflow = DefineWorkflow({
      callback_id: "chain",
      title: "Chain",
      input_parameters: {
        properties: {
          service: { type: Schema.types.string },
          channel: { type: Schema.slack.types.channel_id },
        },
        required: ["service", "channel"],
      },
    });
    const first = workflow.addStep(EchoFunction, { text: workflow.inputs.service });
    const second = workflow.addStep(EchoFunction, {
      text: `Got ${first.outputs.text} (${first.outputs.length} chars)`,
    });
    workflow.addStep(Schema.slack.functions.SendMessage, {
      channel_id: workflow.inputs.channel,
      message: second.outputs.text,
    });

    const run = await runWorkflow(workflow, {
      inputs: { service: "checkout", channel: DEBUG_CHANNEL },
      emulator,
      env: { EXTRA: "from-env" },
      teamId: "T05SAFEDBG1",
    });

    strictEqual(run.ok, true, run.error?.message);
    deepStrictEqual(run.steps.map((s) => [s.functionId, s.completedBy]), [
      ["echo", "return"],
      ["echo", "return"],
      ["slack#/functions/send_message", "builtin"],
    ]);
    deepStrictEqual(run.steps[1].inputs, { text: "Got checkout (8 chars)" });
    deepStrictEqual(run.steps[2].inputs, {
      channel_id: DEBUG_CHANNEL,
      message: "Got checkout (8 chars)",
    });

    const context0 = run.steps[0].outputs?.seen_context as Record<string, unknown>;
    const context1 = run.steps[1].outputs?.seen_context as Record<string, unknown>;
    deepStrictEqual({ ...context0, execution_id: "x" }, {
      token: emulator.botToken,
      team_id: "T05SAFEDBG1",
      api_url: emulator.url,
      extra_env: "from-env",
      event_type: "function_executed",
      callback_id: "echo",
      execution_id: "x",
      event_token: emulator.botToken,
      event_inputs_match: true,
    });
    notStrictEqual(context0.execution_id, context1.execution_id);

    const completions = emulator.state.functionCompletions();
    deepStrictEqual(
      completions.map((c) => [c.function_execution_id, c.outputs?.text]),
      [[context0.execution_id, "checkout"], [context1.execution_id, "Got checkout (8 chars)"]],
    );

    const posted = emulator.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id);
    deepStrictEqual(posted.map((m) => m.text), ["Got checkout (8 chars)"]);
    const sendOutputs = run.steps[2].outputs!;
    deepStrictEqual(sendOutputs.message_context, {
      channel_id: DEBUG_CHANNEL,
      message_ts: posted[0].ts,
    });
    match(String(sendOutputs.message_link), /^https:\/\//);
  });
});

Deno.test("a workflow missing a required trigger input does not start", async () => {
  await withEmulator(async (emulator) => {
    const workflow = DefineWorkflow({
      callback_id: "needs_service",
      title: "Needs service",
      input_parameters: {
        properties: { service: { type: Schema.types.string } },
        required: ["service"],
      },
    });
    workflow.addStep(EchoFunction, { text: workflow.inputs.service });
    await rejects(
      runWorkflow(workflow, { inputs: {}, emulator }),
      /needs_service cannot start: inputs required "service" is missing/,
    );
    deepStrictEqual(emulator.state.functionCompletions(), []);
  });
});

Deno.test("a step whose required input resolves to nothing fails before its handler runs", async () => {
  await withEmulator(async (emulator) => {
    const run = await runWorkflow(misbehavingWorkflow("optional_mode"), { inputs: {}, emulator });
    strictEqual(run.ok, false);
    deepStrictEqual(run.error, {
      stepIndex: 0,
      functionId: "misbehave",
      message: 'step 0 (misbehave) inputs: required "mode" is missing',
    });
    strictEqual(run.steps.length, 1);
    deepStrictEqual(emulator.state.functionCompletions(), []);
  });
});

Deno.test("a returned error is sent with functions.completeError and stops the run", async () => {
  await withEmulator(async (emulator) => {
    const run = await runMisbehaving(emulator, "error");
    strictEqual(run.ok, false);
    strictEqual(run.steps.length, 1, "the step after the failure must not run");
    strictEqual(
      run.error?.message,
      "the log backend refused the query: check the source configuration",
    );
    const completions = emulator.state.functionCompletions();
    strictEqual(completions.length, 1);
    strictEqual(completions[0].error, run.error?.message);
    strictEqual(completions[0].outputs, undefined);
  });
});

Deno.test("a thrown exception is a step error and nothing is completed", async () => {
  await withEmulator(async (emulator) => {
    const run = await runMisbehaving(emulator, "throw");
    strictEqual(run.ok, false);
    strictEqual(run.steps.length, 1);
    strictEqual(
      run.steps[0].error,
      "function misbehave failed as Slack's runtime would (HTTP 500, nothing completed): it " +
        "threw TypeError: handler bug: cannot read properties of undefined",
    );
    deepStrictEqual(emulator.state.functionCompletions(), []);
  });
});

Deno.test("the runner completes a step from what the handler returned as Slack's runtime does", async () => {
  await withEmulator(async (emulator) => {
    const returnedNothing = await runMisbehaving(emulator, "undefined");
    match(returnedNothing.error?.message ?? "", /HTTP 500, nothing completed.*returned undefined/);
    deepStrictEqual(emulator.state.functionCompletions(), []);

    const emptyError = await runMisbehaving(emulator, "empty_error");
    strictEqual(emptyError.ok, true, emptyError.error?.message);
    deepStrictEqual(emptyError.steps[0].outputs, { result: "an empty error is a success" });

    const notObject = await runMisbehaving(emulator, "not_an_object");
    strictEqual(
      notObject.error?.message,
      'step 0 (misbehave) outputs do not match its output_parameters: required "result" is missing',
    );
    deepStrictEqual(
      emulator.state.functionCompletions().at(-1)?.outputs,
      {},
      "42 completes with {}",
    );
  });
});

Deno.test("outputs are checked against the function's output_parameters", async () => {
  await withEmulator(async (emulator) => {
    const missing = await runMisbehaving(emulator, "missing_output");
    strictEqual(
      missing.error?.message,
      'step 0 (misbehave) outputs do not match its output_parameters: required "result" is missing',
    );
    const wrongType = await runMisbehaving(emulator, "wrong_output_type");
    match(wrongType.error?.message ?? "", /"result" must be a string, not integer/);
    strictEqual(wrongType.steps.length, 1);
    const fine = await runMisbehaving(emulator, "ok");
    strictEqual(fine.ok, true, fine.error?.message);
    deepStrictEqual(fine.steps[0].outputs, { result: "fine (ok)" });
  });
});

Deno.test("a function that completes itself through the API is recorded as such", async () => {
  await withEmulator(async (emulator) => {
    const run = await runMisbehaving(emulator, "self_complete");
    strictEqual(run.ok, true, run.error?.message);
    strictEqual(run.steps[0].completedBy, "api");
    deepStrictEqual(run.steps[0].outputs, { result: "completed through the API" });
    strictEqual(emulator.state.functionCompletions().length, 2);
  });
});

Deno.test("completed: false without a completion call leaves the run waiting at that step", async () => {
  await withEmulator(async (emulator) => {
    const run = await runMisbehaving(emulator, "never_complete");
    strictEqual(run.ok, true, run.error?.message);
    strictEqual(run.waiting?.stepIndex, 0);
    strictEqual(run.steps[0].outputs, undefined);
    deepStrictEqual(emulator.state.functionCompletions(), []);
  });
});

Deno.test("a handler that never returns times out", async () => {
  await withEmulator(async (emulator) => {
    const run = await runMisbehaving(emulator, "hang", { functionTimeoutMs: 50 });
    strictEqual(run.ok, false);
    strictEqual(
      run.error?.message,
      "function misbehave did not return within 50 ms",
    );
  });
});

Deno.test("a step added by a bare string reference or an unplayed built-in is a clear error", async () => {
  await withEmulator(async (emulator) => {
    const byString = DefineWorkflow({ callback_id: "by_string", title: "By string" });
    byString.addStep("#/functions/echo", { text: "hi" });
    const stringRun = await runWorkflow(byString, { inputs: {}, emulator });
    match(stringRun.error?.message ?? "", /names #\/functions\/echo by a string/);

    const reaction = DefineWorkflow({ callback_id: "reaction", title: "Reaction" });
    reaction.addStep(Schema.slack.functions.AddReaction, {
      message_context: { channel_id: DEBUG_CHANNEL, message_ts: "1.000001" },
      emoji: "eyes",
    });
    const reactionRun = await runWorkflow(reaction, { inputs: {}, emulator });
    strictEqual(reactionRun.error?.functionId, "slack#/functions/add_reaction");
    match(
      reactionRun.error?.message ?? "",
      /built-in step slack#\/functions\/add_reaction is not played/,
    );
  });
});

Deno.test("SendEphemeralMessage and SendDm post through the Web API", async () => {
  await withEmulator(async (emulator) => {
    const workflow = DefineWorkflow({
      callback_id: "notify",
      title: "Notify",
      input_parameters: {
        properties: { user: { type: Schema.slack.types.user_id } },
        required: ["user"],
      },
    });
    workflow.addStep(Schema.slack.functions.SendEphemeralMessage, {
      channel_id: DEBUG_CHANNEL,
      user_id: workflow.inputs.user,
      message: "only you can see this",
    });
    workflow.addStep(Schema.slack.functions.SendDm, {
      user_id: workflow.inputs.user,
      message: "your report is ready",
    });
    const run = await runWorkflow(workflow, { inputs: { user: ON_CALL_USER }, emulator });
    strictEqual(run.ok, true, run.error?.message);

    const ephemerals = emulator.state.ephemeralMessages(DEBUG_CHANNEL);
    deepStrictEqual(ephemerals.map((m) => [m.user, m.text, m.message_ts]), [
      [ON_CALL_USER, "only you can see this", run.steps[0].outputs?.message_ts],
    ]);
    const dm = run.steps[1].outputs?.message_context as { channel_id: string; message_ts: string };
    match(dm.channel_id, /^D/);
    deepStrictEqual(
      emulator.state.messages(dm.channel_id).map((m) => [m.ts, m.text]),
      [[dm.message_ts, "your report is ready"]],
    );
  });
});

Deno.test("a Slack error from a built-in step stops the run with the method and code", async () => {
  await withEmulator(async (emulator) => {
    const workflow = DefineWorkflow({ callback_id: "bad_channel", title: "Bad channel" });
    workflow.addStep(Schema.slack.functions.SendMessage, {
      channel_id: "C0NOSUCHCHAN",
      message: "hello",
    });
    workflow.addStep(EchoFunction, { text: "never" });
    const run = await runWorkflow(workflow, { inputs: {}, emulator });
    deepStrictEqual(run.error, {
      stepIndex: 0,
      functionId: "slack#/functions/send_message",
      message: "step 0 (slack#/functions/send_message): chat.postMessage failed: channel_not_found",
    });
    strictEqual(run.steps.length, 1);
  });
});

Deno.test("a source_file that does not load is a step error naming the file", async () => {
  await withEmulator(async (emulator) => {
    const NoHandler = DefineFunction({
      callback_id: "no_handler",
      title: "No handler",
      source_file: "devkit/workflow_runner/testdata/definitions.ts",
    });
    const Missing = DefineFunction({
      callback_id: "missing",
      title: "Missing",
      source_file: "devkit/workflow_runner/testdata/no_such_handler.ts",
    });
    for (
      const [fn, cause] of [[NoHandler, /default export is not a handler/], [
        Missing,
        /not found/i,
      ]] as const
    ) {
      const workflow = DefineWorkflow({ callback_id: `load_${fn.id}`, title: "Load" });
      workflow.addStep(fn, {});
      const run = await runWorkflow(workflow, { inputs: {}, emulator });
      match(
        run.error?.message ?? "",
        new RegExp(`function ${fn.id} could not be loaded from ${fn.definition.source_file}`),
      );
      match(run.error?.message ?? "", cause);
    }
    deepStrictEqual(emulator.state.functionCompletions(), []);
  });
});

Deno.test("a failed completion call or a rate-limited post stops the run with the cause", async () => {
  await withEmulator(async (emulator) => {
    emulator.faults.failNext("functions.completeSuccess", "internal_error");
    const failedCompletion = await runMisbehaving(emulator, "ok");
    strictEqual(
      failedCompletion.error?.message,
      "step 0 (misbehave): functions.completeSuccess failed: internal_error",
    );

    emulator.faults.rateLimit("chat.postMessage", 30);
    const workflow = DefineWorkflow({ callback_id: "limited", title: "Limited" });
    workflow.addStep(Schema.slack.functions.SendMessage, {
      channel_id: DEBUG_CHANNEL,
      message: "hello",
    });
    const limited = await runWorkflow(workflow, { inputs: {}, emulator });
    strictEqual(
      limited.error?.message,
      "step 0 (slack#/functions/send_message): chat.postMessage was rate limited " +
        "(Retry-After: 30 s)",
    );
  });
});
