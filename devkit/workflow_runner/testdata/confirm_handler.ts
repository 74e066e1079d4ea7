/**
 * Test handler for clicks: posts a message with Confirm and Cancel buttons, returns
 * `completed: false` so the buttons stay live, and completes the execution itself from its
 * `blockActions` export when one is clicked, as Slack's runtime routes the click there. Plain
 * exported functions with the app's own Web API client: no SDK at runtime, so it also bundles.
 */
import { createSlackClient, type SlackResponse } from "../../../slack/web_api.ts";

interface ConfirmContext {
  inputs: { channel_id: string; question: string };
  env: Record<string, string>;
  token: string;
}

interface ClickContext extends ConfirmContext {
  action: { action_id: string; value?: string };
  body: {
    user: { id: string };
    container: { channel_id: string; message_ts: string };
    function_data: { execution_id: string };
  };
}

export const CONFIRM_ACTION = "confirm";
export const CANCEL_ACTION = "cancel";

function call(context: ConfirmContext, method: string, args: Record<string, unknown>) {
  return createSlackClient({ token: context.token, env: context.env, maxRetries: 0 })
    .call(method, args);
}

function failed(answer: SlackResponse, method: string): string | undefined {
  return answer.ok ? undefined : `${method} failed: ${answer.error ?? "unknown_error"}`;
}

export default async function askForConfirmation(context: ConfirmContext) {
  const posted = await call(context, "chat.postMessage", {
    channel: context.inputs.channel_id,
    text: context.inputs.question,
    blocks: [
      { type: "section", text: { type: "plain_text", text: context.inputs.question } },
      {
        type: "actions",
        block_id: "decision",
        elements: [
          {
            type: "button",
            action_id: CONFIRM_ACTION,
            text: { type: "plain_text", text: "Confirm" },
            value: "yes",
            style: "primary",
          },
          {
            type: "button",
            action_id: CANCEL_ACTION,
            text: { type: "plain_text", text: "Cancel" },
            value: "no",
          },
        ],
      },
    ],
  });
  const problem = failed(posted, "chat.postMessage");
  if (problem) return { error: problem };
  return { completed: false };
}

export async function blockActions(context: ClickContext) {
  const { action, body } = context;
  const confirmed = action.action_id === CONFIRM_ACTION;
  const decision = `${confirmed ? "Confirmed" : "Cancelled"} by ${body.user.id}`;
  const updated = await call(context, "chat.update", {
    channel: body.container.channel_id,
    ts: body.container.message_ts,
    text: decision,
    blocks: [{ type: "section", text: { type: "plain_text", text: decision } }],
  });
  const execution = { function_execution_id: body.function_data.execution_id };
  const problem = failed(updated, "chat.update");
  const completed = problem
    ? await call(context, "functions.completeError", { ...execution, error: problem })
    : confirmed
    ? await call(context, "functions.completeSuccess", {
      ...execution,
      outputs: { confirmed_by: body.user.id, value: action.value ?? "" },
    })
    : await call(context, "functions.completeError", { ...execution, error: decision });
  if (!completed.ok) throw new Error(`could not complete the execution: ${completed.error}`);
}
