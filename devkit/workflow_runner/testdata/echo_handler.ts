/**
 * Test handler: echoes its text input and reports the runtime context it was called with.
 * A plain async function, as the run-on-Slack runtime calls it.
 */
interface EchoContext {
  inputs: { text: string };
  env: Record<string, string>;
  token: string;
  team_id: string;
  enterprise_id: string;
  event: {
    type: string;
    function: { callback_id: string };
    function_execution_id: string;
    inputs: Record<string, unknown>;
    bot_access_token: string;
  };
}

export default function echo(context: EchoContext) {
  return Promise.resolve({
    outputs: {
      text: context.inputs.text,
      length: context.inputs.text.length,
      seen_context: {
        token: context.token,
        team_id: context.team_id,
        api_url: context.env.SLACK_API_URL,
        extra_env: context.env.EXTRA ?? "",
        event_type: context.event.type,
        callback_id: context.event.function.callback_id,
        execution_id: context.event.function_execution_id,
        event_token: context.event.bot_access_token,
        event_inputs_match: context.event.inputs === context.inputs,
      },
    },
  });
}
