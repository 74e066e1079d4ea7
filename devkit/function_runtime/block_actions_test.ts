import { deepStrictEqual, strictEqual } from "@node/assert";
import { join } from "@node/path";
import { fileURLToPath } from "@node/url";
import { bundleFile } from "../../scripts/bundle.ts";
import { startSlackEmulator } from "../slack_emulator/mod.ts";
import { blockActionsPayload, findButton } from "./block_actions.ts";

const DEBUG_CHANNEL = "C05PRODDBG1";
const ON_CALL_USER = "U05ONCALL01";

Deno.test("findButton finds a button by action_id in actions blocks and section accessories", () => {
  const blocks = [
    { type: "section", text: { type: "mrkdwn", text: "hi" } },
    {
      type: "actions",
      block_id: "choices",
      elements: [
        { type: "static_select", action_id: "pick" },
        { type: "button", action_id: "go", text: { type: "plain_text", text: "Go" }, value: "1" },
      ],
    },
    {
      type: "section",
      text: { type: "mrkdwn", text: "again" },
      accessory: { type: "button", action_id: "go", style: "danger" },
    },
  ];
  deepStrictEqual(findButton(blocks, "go", undefined, "1.5"), {
    type: "button",
    action_id: "go",
    block_id: "choices",
    text: { type: "plain_text", text: "Go" },
    value: "1",
    action_ts: "1.5",
  });
  strictEqual(findButton(blocks, "go", "block-2")?.style, "danger", "Slack-filled block_id");
  strictEqual(findButton(blocks, "pick"), undefined, "only buttons are clicked");
  strictEqual(findButton(blocks, "go", "elsewhere"), undefined);
});

/** Runs the hosted-runtime harness as its own process, as bundle_test.ts does. */
async function runHostedProcess(dir: string, payload: unknown) {
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "--quiet",
      `--allow-read=${dir}`,
      "--allow-net=127.0.0.1",
      "--config",
      fileURLToPath(new URL("../../deno.jsonc", import.meta.url)),
      fileURLToPath(new URL("./mod.ts", import.meta.url)),
      dir,
    ],
    clearEnv: true,
    env: { PATH: Deno.env.get("PATH") ?? "", HOME: Deno.env.get("HOME") ?? "" },
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(new TextEncoder().encode(JSON.stringify(payload)));
  await writer.close();
  const { code, stdout, stderr } = await child.output();
  strictEqual(code, 0, new TextDecoder().decode(stderr));
  const lines = new TextDecoder().decode(stdout).trim().split("\n");
  return JSON.parse(lines[lines.length - 1]);
}

Deno.test("hosted: a bundled function posts a button, stays open, and completes when it is clicked", async () => {
  const dir = await Deno.makeTempDir({ prefix: "safe-debug-clicks-" });
  const emulator = await startSlackEmulator({ logFile: false });
  try {
    const source = fileURLToPath(
      new URL("../workflow_runner/testdata/confirm_handler.ts", import.meta.url),
    );
    await bundleFile(source, join(dir, "confirm.js"));
    const executionId = "Fx0CONFIRM01";
    emulator.registerFunctionExecution(executionId);
    const env = { SLACK_API_URL: emulator.url };
    const inputs = { channel_id: DEBUG_CHANNEL, question: "Purge the report now?" };
    const started = await runHostedProcess(dir, {
      body: {
        event: {
          type: "function_executed",
          function: { callback_id: "confirm" },
          function_execution_id: executionId,
          inputs,
          bot_access_token: emulator.botToken,
        },
      },
      context: { bot_access_token: emulator.botToken, team_id: "T05SAFEDBG1", variables: env },
    });
    deepStrictEqual([started.status, started.completion], [200, null]);
    deepStrictEqual(emulator.state.functionCompletions(), [], "still open");

    const posted = emulator.state.messages(DEBUG_CHANNEL).at(-1)!;
    const action = findButton(posted.blocks ?? [], "confirm")!;
    strictEqual(action.value, "yes");
    const clicked = await runHostedProcess(
      dir,
      blockActionsPayload({
        execution: { id: executionId, callbackId: "confirm", inputs },
        user: { id: ON_CALL_USER, name: "maya.oncall" },
        team: { id: "T05SAFEDBG1", domain: "safedebug-demo" },
        appId: "A05SAFEDBG1",
        message: {
          channel: { id: DEBUG_CHANNEL, name: "prod-debug" },
          ts: posted.ts,
          ephemeral: false,
          text: posted.text,
          blocks: posted.blocks ?? [],
          user: posted.user,
        },
        action,
        token: emulator.botToken,
        env,
      }),
    );
    deepStrictEqual([clicked.status, clicked.completion, clicked.warning], [200, null, null]);
    deepStrictEqual(emulator.state.functionCompletions(), [{
      function_execution_id: executionId,
      outputs: { confirmed_by: ON_CALL_USER, value: "yes" },
    }]);
    const updated = emulator.state.messages(DEBUG_CHANNEL).at(-1)!;
    strictEqual(updated.text, `Confirmed by ${ON_CALL_USER}`);
    strictEqual(findButton(updated.blocks ?? [], "confirm"), undefined, "the buttons are gone");
  } finally {
    await emulator.stop();
    await Deno.remove(dir, { recursive: true });
  }
});
