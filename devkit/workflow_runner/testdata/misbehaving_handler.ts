/**
 * Test handler that goes wrong in the way its `mode` input asks, to exercise how the runner
 * completes (or fails) a step.
 */
interface MisbehavingContext {
  inputs: { mode: string };
  env: Record<string, string>;
  token: string;
  event: { function_execution_id: string };
}

async function completeItself(context: MisbehavingContext) {
  const response = await fetch(new URL("functions.completeSuccess", context.env.SLACK_API_URL), {
    method: "POST",
    headers: { authorization: `Bearer ${context.token}` },
    body: new URLSearchParams({
      function_execution_id: context.event.function_execution_id,
      outputs: JSON.stringify({ result: "completed through the API" }),
    }),
    signal: AbortSignal.timeout(5_000),
  });
  await response.body?.cancel();
}

/** Posts a message with a button, though this module exports no blockActions handler. */
async function postButton(context: MisbehavingContext) {
  const response = await fetch(new URL("chat.postMessage", context.env.SLACK_API_URL), {
    method: "POST",
    headers: { authorization: `Bearer ${context.token}` },
    body: new URLSearchParams({
      channel: "C05PRODDBG1",
      text: "press me",
      blocks: JSON.stringify([{
        type: "actions",
        elements: [{
          type: "button",
          action_id: "press",
          text: { type: "plain_text", text: "Press" },
        }],
      }]),
    }),
    signal: AbortSignal.timeout(5_000),
  });
  await response.body?.cancel();
}

export default async function misbehave(context: MisbehavingContext): Promise<unknown> {
  switch (context.inputs.mode) {
    case "error":
      return { error: "the log backend refused the query: check the source configuration" };
    case "throw":
      throw new TypeError("handler bug: cannot read properties of undefined");
    case "missing_output":
      return { outputs: {} };
    case "wrong_output_type":
      return { outputs: { result: 42 } };
    case "not_an_object":
      return 42;
    case "undefined":
      return undefined;
    case "empty_error":
      return { error: "", outputs: { result: "an empty error is a success" } };
    case "button_without_handler":
      await postButton(context);
      return { completed: false };
    case "self_complete":
      await completeItself(context);
      return { completed: false };
    case "never_complete":
      return { completed: false };
    case "hang":
      return await new Promise(() => {});
    default:
      return { outputs: { result: `fine (${context.inputs.mode})` } };
  }
}
