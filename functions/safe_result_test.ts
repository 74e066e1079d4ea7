import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { SlackFunctionTester } from "deno-slack-sdk";
import { parsePolicy } from "../core/scrub/policy.ts";
import { DATASTORES } from "../datastores/mod.ts";
import { type FakeReply, startFakeServer } from "../devkit/fake_backends/server.ts";
import { startSlackEmulator } from "../devkit/slack_emulator/mod.ts";
import type { FunctionContext } from "../slack/function_context.ts";
import { MAX_STRING_VALUE_BYTES } from "../slack/limits.ts";
import fetchLogs from "./fetch_logs/handler.ts";
import postDebugReport from "./post_debug_report/handler.ts";
import scrubText from "./scrub_text/handler.ts";
import {
  INTERNAL_ERROR,
  OUTPUT_TOO_LARGE,
  UNCHECKED_ERROR,
  withSafeResult,
} from "./safe_result.ts";

const AWS_KEY = "AKIAQ3EGUSBKHZXWJ4PN";
const GITHUB_PAT = "ghp_R8kLm2Xq9TzW4vB7nC1sD5fG3hJ6kL0pQ2wE";
/** Every way Slack markup can mention, link or date, with a secret among them. */
const HOSTILE = `<!channel> <!here|here> <@U0123ABC> <#C0456DEF|general> ` +
  `<https://evil.example/login|Open the incident> <mailto:x@evil.example|mail> ` +
  `<!date^1700000000^{date}|today> &lt;!everyone&gt; a&b key ${AWS_KEY}`;
const TOKEN = "test-log-token-9c2e";

/** No raw `<` or `>` (so no mention, link or date), no bare `&`, and the secret masked. */
function assertSafe(text: string | undefined, secrets: string[] = [AWS_KEY]) {
  if (text === undefined) throw new Error("no text");
  ok(!/[<>]/.test(text), `raw < or > in ${JSON.stringify(text)}`);
  ok(!/&(?!amp;|lt;|gt;)/.test(text), `bare & in ${JSON.stringify(text)}`);
  for (const secret of secrets) ok(!text.includes(secret), `secret in ${JSON.stringify(text)}`);
}

function context<Inputs>(
  inputs: Inputs,
  env: Record<string, string> = {},
): FunctionContext<Inputs> {
  return { inputs, env, token: "xoxb-test", team_id: "T1", enterprise_id: "" };
}

/** Inputs whose every read throws an error that holds hostile text. */
const throwingInputs = new Proxy({}, {
  get() {
    throw new Error(HOSTILE);
  },
});

// --- the wrapper on its own ---

Deno.test("withSafeResult scrubs and escapes an error text", async () => {
  const handler = withSafeResult(() => Promise.resolve({ error: `The backend said: ${HOSTILE}` }));
  const { error } = await handler(context({}));
  assertSafe(error);
  ok(error!.startsWith("The backend said: &lt;!channel&gt; &lt;!here|here&gt; &lt;@U0123ABC&gt;"));
  ok(error!.includes("&lt;!everyone&gt; a&amp;b key [REDACTED:aws-access-key-id]"), error);
});

Deno.test("withSafeResult escapes every string and string-array output, and nothing else", async () => {
  const handler = withSafeResult(() =>
    Promise.resolve({
      outputs: {
        text: HOSTILE,
        lines: [HOSTILE, "plain", "&lt;already&gt; escaped"],
        count: 3,
        flag: true,
        numbers: [1, 2],
      },
    })
  );
  const { outputs } = await handler(context({}));
  assertSafe(outputs!.text, []);
  ok(outputs!.text.includes(AWS_KEY), "outputs are escaped, not scrubbed again");
  strictEqual(outputs!.lines[0], outputs!.text);
  deepStrictEqual(outputs!.lines.slice(1), ["plain", "&lt;already&gt; escaped"]);
  strictEqual(outputs!.count, 3);
  strictEqual(outputs!.flag, true);
  deepStrictEqual(outputs!.numbers, [1, 2]);
});

Deno.test("withSafeResult never shows what a handler threw", async () => {
  const handler = withSafeResult((): Promise<{ error: string }> => {
    throw new Error(HOSTILE);
  });
  strictEqual((await handler(context({}))).error, INTERNAL_ERROR);
  const rejecting = withSafeResult(() => Promise.reject(new Error(HOSTILE)));
  strictEqual((await rejecting(context({}))).error, INTERNAL_ERROR);
});

Deno.test("withSafeResult shows a fixed sentence for an error text it cannot scrub", async () => {
  const tiny = parsePolicy({ limits: { maxInputBytes: 16 } });
  const handler = withSafeResult(() => Promise.resolve({ error: HOSTILE }), tiny);
  strictEqual((await handler(context({}))).error, UNCHECKED_ERROR);
  const short = withSafeResult(() => Promise.resolve({ error: "<!here> short" }), tiny);
  strictEqual((await short(context({}))).error, "&lt;!here&gt; short");
});

Deno.test("withSafeResult refuses an output that escaping grew past Slack's value limit", async () => {
  const fits = "<".repeat(MAX_STRING_VALUE_BYTES / 4);
  const grows = `${fits}<`;
  const handler = (text: string) =>
    withSafeResult(() => Promise.resolve({ outputs: { lines: ["ok", text] } }))(context({}));
  strictEqual((await handler(fits)).outputs!.lines[1], "&lt;".repeat(MAX_STRING_VALUE_BYTES / 4));
  deepStrictEqual(await handler(grows), { error: OUTPUT_TOO_LARGE });
});

// --- the deployed handlers ---

/**
 * A loopback log API in the sample source's wire format, answering every request with `reply`,
 * and a Slack emulator for the function's audit trail: `test` gets the env for both.
 */
async function withLogApi(
  reply: FakeReply,
  test: (env: Record<string, string>, token: string) => Promise<void>,
): Promise<void> {
  const server = await startFakeServer((request) =>
    request.headers.authorization === `Bearer ${TOKEN}` ? reply : { status: 401, body: "no" }
  );
  const emu = await startSlackEmulator({
    datastores: DATASTORES.map((datastore) => datastore.definition),
  });
  try {
    await test(
      {
        SAMPLE_LOGS_URL: server.url,
        SAMPLE_LOGS_TOKEN: TOKEN,
        SLACK_API_URL: emu.url,
        ADMIN_USER_IDS: "U05ONCALL01,U05ONCALL02",
      },
      emu.botToken,
    );
  } finally {
    await emu.stop();
    await server.stop();
  }
}

const { createContext: fetchContext } = SlackFunctionTester("fetch_logs");
const fetchInputs = {
  service: "checkout",
  environment: "production",
  window: "15m",
  user_id: "U05ONCALL01",
};

Deno.test("fetch_logs: a backend's error body reaches the error escaped and masked", async () => {
  for (const status of [400, 404, 403]) {
    await withLogApi(
      { status, body: `query refused: ${HOSTILE} token ${TOKEN}` },
      async (env, token) => {
        const result = await fetchLogs(fetchContext({ inputs: fetchInputs, env, token }));
        strictEqual(result.outputs, undefined);
        ok(/^Could not read the logs/.test(result.error!), result.error);
        assertSafe(result.error, [AWS_KEY, TOKEN]);
      },
    );
  }
  await withLogApi({ status: 400, body: `query refused: ${HOSTILE}` }, async (env, token) => {
    const { error } = await fetchLogs(fetchContext({ inputs: fetchInputs, env, token }));
    ok(error!.includes("&lt;!channel&gt;"), `the body is shown, escaped: ${error}`);
  });
});

Deno.test("fetch_logs: hostile log lines and attributes come out escaped and masked", async () => {
  const now = Date.now();
  const items = [{
    timestamp: new Date(now - 5_000).toISOString(),
    level: "error",
    message: HOSTILE,
    attributes: { host: "<!here>", trace_id: `<@U0999XYZ> ${GITHUB_PAT}` },
  }];
  await withLogApi({ body: { items, next_cursor: null } }, async (env, token) => {
    const result = await fetchLogs(fetchContext({ inputs: fetchInputs, env, token }));
    strictEqual(result.error, undefined, result.error);
    const outputs = result.outputs!;
    for (const value of Object.values(outputs)) {
      for (const text of [value].flat()) {
        if (typeof text === "string") assertSafe(text, [AWS_KEY, GITHUB_PAT]);
      }
    }
    const excerpt = outputs.excerpt.join("\n");
    ok(excerpt.includes("ERROR &lt;!channel&gt; &lt;!here|here&gt; &lt;@U0123ABC&gt;"), excerpt);
    ok(excerpt.includes("host=&lt;!here&gt;"), excerpt);
    ok(excerpt.includes("trace_id=&lt;@U0999XYZ&gt; [REDACTED:"), excerpt);
  });
});

Deno.test("fetch_logs: a handler failure is a fixed sentence", async () => {
  // A local run (the sample source added), so that the handler goes on to read its inputs.
  const local = { SAMPLE_LOGS_URL: "http://127.0.0.1:9", SAMPLE_LOGS_TOKEN: "t" };
  const result = await fetchLogs(context(throwingInputs, local));
  strictEqual(result.error, INTERNAL_ERROR);
});

const { createContext: scrubContext } = SlackFunctionTester("scrub_text");

Deno.test("scrub_text: the scrubbed text comes out escaped, and its errors are safe", async () => {
  const result = await scrubText(scrubContext({ inputs: { text: HOSTILE } }));
  assertSafe(result.outputs!.text);
  ok(result.outputs!.text.startsWith("&lt;!channel&gt; &lt;!here|here&gt;"), result.outputs!.text);
  ok(result.outputs!.text.includes("&lt;!everyone&gt; a&amp;b key [REDACTED:"));

  strictEqual((await scrubText(context(throwingInputs))).error, INTERNAL_ERROR);
  const tooLong = await scrubText(scrubContext({ inputs: { text: HOSTILE.repeat(40) } }));
  ok(/too long/.test(tooLong.error!), tooLong.error);
  assertSafe(tooLong.error);
});

Deno.test("scrub_text: a text that only escaping grows past Slack's limit is refused", async () => {
  const text = "<>".repeat(1000); // 2000 bytes in, 8000 escaped
  const result = await scrubText(scrubContext({ inputs: { text } }));
  strictEqual(result.outputs, undefined);
  ok(/more than Slack's 4000/.test(result.error!), result.error);
});

Deno.test("post_debug_report: fetch_logs' escaped output is posted as is, never escaped twice", async () => {
  const emu = await startSlackEmulator({
    datastores: DATASTORES.map((datastore) => datastore.definition),
  });
  const channel = "C05PRODDBG1";
  try {
    const { createContext } = SlackFunctionTester("post_debug_report");
    const run = (inputs: Record<string, unknown>) =>
      postDebugReport(createContext({
        inputs,
        env: {
          SLACK_API_URL: emu.url,
          DEBUG_CHANNEL_IDS: channel,
          ADMIN_USER_IDS: "U05ONCALL01,U05ONCALL02",
        },
        token: emu.botToken,
      }));
    const inputs = {
      channel_id: channel,
      user_id: "U05ONCALL01",
      delivery: "channel",
      service: "checkout",
      environment: "production",
      window_start: "2026-11-29T10:00:00.000Z",
      window_end: "2026-11-29T10:15:00.000Z",
      excerpt: ["10:14:59 ERROR &lt;!channel&gt; a&amp;b <!here> c&d"],
      line_count: 1,
      truncated: false,
      masked_counts: "{}",
    };
    const result = await run(inputs);
    strictEqual(result.error, undefined, result.error);
    const posted = JSON.stringify(emu.state.messages(channel).filter((m) => m.bot_id)[0].blocks);
    ok(posted.includes("ERROR &lt;!channel&gt; a&amp;b &lt;!here&gt; c&amp;d"), posted);
    ok(!posted.includes("&amp;lt;") && !posted.includes("&amp;amp;"), posted);

    const hostile = await run({
      ...inputs,
      service: `checkout ${HOSTILE}`.slice(0, 120),
      environment: "<!here> &lt;prod&gt;",
      source: "<@U0123ABC>",
      excerpt: [HOSTILE, `&lt;!channel&gt; ${HOSTILE}`],
    });
    strictEqual(hostile.error, undefined, hostile.error);
    const [, message] = emu.state.messages(channel).filter((m) => m.bot_id);
    const everything = JSON.stringify([message.blocks, message.text]);
    ok(
      !/<(!channel|!here|!everyone|@U0123|#C0456|https:\/\/evil|mailto)/.test(everything),
      everything,
    );
    ok(!/&amp;(amp|lt|gt);/.test(everything), `escaped twice: ${everything}`);
    ok(!everything.includes(AWS_KEY));
    ok(everything.includes("&lt;!here&gt; &lt;prod&gt;"), everything);

    const refused = await run({ ...inputs, service: "", window_end: HOSTILE });
    assertSafe(refused.error);
  } finally {
    await emu.stop();
  }
});

Deno.test("post_debug_report: a handler failure is a fixed sentence", async () => {
  strictEqual((await postDebugReport(context(throwingInputs))).error, INTERNAL_ERROR);
});
