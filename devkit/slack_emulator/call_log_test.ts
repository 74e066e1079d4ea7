import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { CALL_LOG_ENV, callLogPath } from "./call_log.ts";
import { callApi, withEmulator } from "./test_client.ts";

const checker = new URL("../../../shared/tools/check-api-calls.mjs", import.meta.url);
const checkerPresent = (() => {
  try {
    return Deno.statSync(checker).isFile;
  } catch {
    return false;
  }
})();
if (!checkerPresent) {
  console.warn(
    `NOTICE: skipping the call-log reference check: ${checker.pathname} is absent ` +
      "(it lives in ../shared beside the clone)",
  );
}

function readLines(path: string): Record<string, unknown>[] {
  return Deno.readTextFileSync(path).trim().split("\n").map((line) => JSON.parse(line));
}

/** Runs `body` with SLACK_EMULATOR_LOG set to `value` (or unset), then restores it. */
async function withLogEnv(value: string | undefined, body: () => Promise<void>) {
  const saved = Deno.env.get(CALL_LOG_ENV);
  if (value === undefined) Deno.env.delete(CALL_LOG_ENV);
  else Deno.env.set(CALL_LOG_ENV, value);
  try {
    await body();
  } finally {
    if (saved === undefined) Deno.env.delete(CALL_LOG_ENV);
    else Deno.env.set(CALL_LOG_ENV, saved);
  }
}

Deno.test("the log file comes from the option, else SLACK_EMULATOR_LOG; false turns it off", async () => {
  await withLogEnv(undefined, () => {
    strictEqual(callLogPath(undefined), undefined);
    strictEqual(callLogPath("/tmp/explicit.jsonl"), "/tmp/explicit.jsonl");
    return Promise.resolve();
  });
  await withLogEnv("/tmp/from-env.jsonl", () => {
    strictEqual(callLogPath(undefined), "/tmp/from-env.jsonl");
    strictEqual(callLogPath(false), undefined);
    return Promise.resolve();
  });
});

Deno.test("every call is one JSON line: method, args as sent without the token, ok, error", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/calls.jsonl`;
  await withLogEnv(path, async () => {
    await withEmulator(async (emulator) => {
      await callApi(emulator.url, "chat.postMessage", {
        channel: "C05PRODDBG1",
        text: "hi",
        token: emulator.botToken,
      });
      await callApi(emulator.url, "chat.delete", {
        channel: "C05PRODDBG1",
        ts: "1764300000.000100",
      }, { token: emulator.botToken });
      emulator.faults.rateLimit("users.info", 3);
      await callApi(emulator.url, "users.info", { user: "U05ONCALL01" }, {
        token: emulator.platformToken,
      });
    });
  });
  const lines = readLines(path);
  deepStrictEqual(lines, [
    { method: "chat.postMessage", args: { channel: "C05PRODDBG1", text: "hi" }, ok: true },
    {
      method: "chat.delete",
      args: { channel: "C05PRODDBG1", ts: "1764300000.000100" },
      ok: false,
      error: "cant_delete_message",
    },
    { method: "users.info", args: { user: "U05ONCALL01" }, ok: false, error: "ratelimited" },
  ]);
  ok(!Deno.readTextFileSync(path).includes("xoxb-"), "no token in the log");
  await Deno.remove(dir, { recursive: true });
});

Deno.test("logFile: false writes nothing even when SLACK_EMULATOR_LOG is set", async () => {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/calls.jsonl`;
  await withLogEnv(path, async () => {
    await withEmulator(async (emulator) => {
      await callApi(emulator.url, "users.info", { user: "U05ONCALL01" }, {
        token: emulator.platformToken,
      });
    }, { logFile: false });
  });
  deepStrictEqual([...Deno.readDirSync(dir)], []);
  await Deno.remove(dir, { recursive: true });
});

Deno.test({
  name: "a log of well-formed calls passes the Slack method-reference check",
  ignore: !checkerPresent,
  fn: async () => {
    const dir = await Deno.makeTempDir();
    const path = `${dir}/calls.jsonl`;
    await withEmulator(async (emulator) => {
      const token = emulator.botToken;
      const { body } = await callApi(emulator.url, "chat.postMessage", {
        channel: "C05PRODDBG1",
        text: "report",
        blocks: [{ type: "section", text: { type: "mrkdwn", text: "*report*" } }],
      }, { token });
      await callApi(emulator.url, "chat.getPermalink", {
        channel: "C05PRODDBG1",
        message_ts: body.ts,
      }, { token });
      await callApi(emulator.url, "apps.datastore.put", {
        datastore: "reports",
        item: { id: "r1", ts: body.ts },
      }, { token, json: true });
      await callApi(emulator.url, "apps.datastore.query", {
        datastore: "reports",
        expression: "#ts = :ts",
        expression_attributes: { "#ts": "ts" },
        expression_values: { ":ts": body.ts },
        limit: 50,
      }, { token });
      await callApi(emulator.url, "conversations.members", { channel: "C05GENERAL1", limit: 2 }, {
        token,
      });
    }, {
      logFile: path,
      datastores: [{ name: "reports", primary_key: "id" }],
    });
    const run = await new Deno.Command("node", { args: [checker.pathname, path] }).output();
    const report = new TextDecoder().decode(run.stdout);
    strictEqual(run.code, 0, report);
    ok(/api-calls: 5 calls, 5 methods, 0 problems/.test(report), report);
    await Deno.remove(dir, { recursive: true });
  },
});
