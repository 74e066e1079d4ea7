import { deepStrictEqual, strictEqual } from "@node/assert";
import { call, withEmulator } from "../test_client.ts";

Deno.test("functions.complete*: registered executions complete exactly once", async () => {
  await withEmulator(async (emulator) => {
    const unknown = await call(emulator, "functions.completeSuccess", {
      function_execution_id: "Fx0NOTREGISTERED",
      outputs: {},
    });
    strictEqual(unknown.error, "function_execution_not_found");
    emulator.registerFunctionExecution("Fx01");
    emulator.registerFunctionExecution("Fx02");
    const success = { function_execution_id: "Fx01", outputs: { report_ts: "1.2" } };
    strictEqual((await call(emulator, "functions.completeSuccess", success)).ok, true);
    strictEqual(
      (await call(emulator, "functions.completeSuccess", success)).error,
      "execution_not_in_running_state",
    );
    const failure = { function_execution_id: "Fx02", error: "log backend timed out" };
    strictEqual((await call(emulator, "functions.completeError", failure)).ok, true);
    deepStrictEqual(emulator.state.functionCompletions(), [success, failure]);
  });
});

Deno.test("views.open records a valid modal and rejects a bad one", async () => {
  await withEmulator(async (emulator) => {
    const view = {
      type: "modal",
      title: { type: "plain_text", text: "Fetch logs" },
      blocks: [{ type: "input", label: { type: "plain_text", text: "Service" } }],
    };
    const opened = await call(emulator, "views.open", { interactivity_pointer: "ip.1", view });
    strictEqual(opened.ok, true);
    deepStrictEqual(emulator.state.viewsOpened().map((v) => v.view), [view]);
    const longTitle = { ...view, title: { type: "plain_text", text: "t".repeat(25) } };
    const refused = await call(emulator, "views.open", { trigger_id: "t.1", view: longTitle });
    strictEqual(refused.error, "invalid_arguments");
    strictEqual(emulator.state.viewsOpened().length, 1);
  });
});
