import { deepStrictEqual, match, ok, rejects, strictEqual } from "@node/assert";
import { join } from "@node/path";
import { fileURLToPath } from "@node/url";
import {
  baseHandlerArgs,
  type InvocationPayload,
  InvocationPayloadSchema,
  runHosted,
} from "./mod.ts";

interface Received {
  path: string;
  authorization: string | null;
  contentType: string | null;
  form: Record<string, string>;
}

/** A loopback stand-in for Slack's functions.* endpoints that records what arrives. */
async function withFakeSlack(
  test: (url: string, received: Received[]) => Promise<void>,
): Promise<void> {
  const received: Received[] = [];
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (req) => {
    received.push({
      path: new URL(req.url).pathname,
      authorization: req.headers.get("authorization"),
      contentType: req.headers.get("content-type"),
      form: Object.fromEntries(new URLSearchParams(await req.text())),
    });
    return Response.json({ ok: true });
  });
  try {
    await test(`http://127.0.0.1:${server.addr.port}/api/`, received);
  } finally {
    await server.shutdown();
  }
}

/** A functions directory holding `<callback_id>.js` bundles with the given sources. */
async function withBundles(
  bundles: Record<string, string>,
  test: (dir: string) => Promise<void>,
): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "safe-debug-runtime-" });
  try {
    for (const [callbackId, source] of Object.entries(bundles)) {
      await Deno.writeTextFile(join(dir, `${callbackId}.js`), source);
    }
    await test(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

function functionExecuted(
  url: string,
  callbackId = "subject",
  inputs: Record<string, unknown> = {},
): InvocationPayload {
  return InvocationPayloadSchema.parse({
    body: {
      event: {
        type: "function_executed",
        function: { callback_id: callbackId },
        function_execution_id: "Fx0123",
        inputs,
        bot_access_token: "xoxb-event-token",
      },
      enterprise_id: "E01",
    },
    context: {
      bot_access_token: "xoxb-context-token",
      team_id: "T01",
      variables: { SLACK_API_URL: url, A: "1" },
    },
  });
}

function blockActions(callbackId = "subject"): InvocationPayload {
  return InvocationPayloadSchema.parse({
    body: {
      type: "block_actions",
      actions: [{ type: "button", action_id: "approve", block_id: "b1", value: "yes" }],
      user: { id: "U01", name: "maya" },
      function_data: {
        execution_id: "Fx0456",
        function: { callback_id: callbackId },
        inputs: { ticket: "T-1" },
      },
      enterprise: { id: "E02" },
      bot_access_token: "xwfp-interaction-token",
    },
    context: { bot_access_token: "xoxb-context-token", team_id: "T01", variables: { A: "1" } },
  });
}

/** One bundle named "subject" whose default export is `source`. */
function subject(source: string): Record<string, string> {
  return { subject: `export default ${source};\n` };
}

Deno.test("baseHandlerArgs picks each argument from where the runtime does", () => {
  const run = baseHandlerArgs(functionExecuted("http://127.0.0.1:1/api/", "x", { text: "hi" }));
  deepStrictEqual(
    [run.inputs, run.env, run.token, run.team_id, run.enterprise_id],
    [
      { text: "hi" },
      { SLACK_API_URL: "http://127.0.0.1:1/api/", A: "1" },
      "xoxb-event-token",
      "T01",
      "E01",
    ],
  );
  const click = baseHandlerArgs(blockActions());
  deepStrictEqual(
    [click.inputs, click.token, click.enterprise_id],
    [{ ticket: "T-1" }, "xwfp-interaction-token", "E02"],
  );
  const bare = baseHandlerArgs(InvocationPayloadSchema.parse({
    body: { event: { type: "function_executed", function: { callback_id: "x" } } },
    context: { bot_access_token: "xoxb-context-token" },
  }));
  deepStrictEqual(
    [bare.inputs, bare.env, bare.token, bare.team_id, bare.enterprise_id],
    [{}, {}, "xoxb-context-token", "", ""],
  );
});

Deno.test("outputs → functions.completeSuccess, form-encoded, with the handler's arguments", async () => {
  await withFakeSlack(async (url, received) => {
    await withBundles(
      subject(
        "({ inputs, env, token, team_id, enterprise_id, event }) => ({ outputs: " +
          "{ inputs, env, token, team_id, enterprise_id, event_type: event.type } })",
      ),
      async (dir) => {
        const outcome = await runHosted(dir, functionExecuted(url, "subject", { text: "in" }));
        deepStrictEqual(outcome.completion, {
          method: "functions.completeSuccess",
          response: { ok: true, error: undefined },
        });
        deepStrictEqual(outcome.response, {});
        strictEqual(received.length, 1);
        strictEqual(received[0].path, "/api/functions.completeSuccess");
        strictEqual(received[0].authorization, "Bearer xoxb-event-token");
        strictEqual(received[0].contentType, "application/x-www-form-urlencoded");
        strictEqual(received[0].form.function_execution_id, "Fx0123");
        deepStrictEqual(JSON.parse(received[0].form.outputs), {
          inputs: { text: "in" },
          env: { SLACK_API_URL: url, A: "1" },
          token: "xoxb-event-token",
          team_id: "T01",
          enterprise_id: "E01",
          event_type: "function_executed",
        });
      },
    );
  });
});

Deno.test("error → functions.completeError, and error wins over outputs", async () => {
  await withFakeSlack(async (url, received) => {
    await withBundles(
      subject('() => ({ error: "no such service", outputs: { text: "x" } })'),
      async (dir) => {
        const outcome = await runHosted(dir, functionExecuted(url));
        strictEqual(outcome.completion?.method, "functions.completeError");
        deepStrictEqual(received.map((r) => [r.path, r.form]), [[
          "/api/functions.completeError",
          { error: "no such service", function_execution_id: "Fx0123" },
        ]]);
      },
    );
  });
});

Deno.test('error: "" and error: null are successes, as `if (error)` reads them', async () => {
  await withFakeSlack(async (url, received) => {
    await withBundles({
      empty: 'export default () => ({ error: "", outputs: { a: 1 } });',
      nothing: "export default () => ({ error: null, outputs: { a: 2 } });",
    }, async (dir) => {
      for (const callbackId of ["empty", "nothing"]) {
        const outcome = await runHosted(dir, functionExecuted(url, callbackId));
        strictEqual(outcome.completion?.method, "functions.completeSuccess", callbackId);
      }
      deepStrictEqual(received.map((r) => [r.path, r.form.outputs]), [
        ["/api/functions.completeSuccess", '{"a":1}'],
        ["/api/functions.completeSuccess", '{"a":2}'],
      ]);
    });
  });
});

Deno.test("a handler returning undefined fails as HTTP 500 and completes nothing", async () => {
  await withFakeSlack(async (url, received) => {
    await withBundles(subject("async () => {}"), async (dir) => {
      await rejects(runHosted(dir, functionExecuted(url)), /returned undefined/);
      strictEqual(received.length, 0);
    });
  });
});

Deno.test("completed: null or false sends nothing; a throwing handler propagates", async () => {
  await withFakeSlack(async (url, received) => {
    await withBundles({
      open_null: "export default () => ({ completed: null, outputs: { a: 1 } });",
      open_false: "export default () => ({ completed: false });",
      crash: 'export default () => { throw new Error("crash"); };',
    }, async (dir) => {
      for (const callbackId of ["open_null", "open_false"]) {
        const outcome = await runHosted(dir, functionExecuted(url, callbackId));
        deepStrictEqual([outcome.completion, outcome.warning], [undefined, undefined], callbackId);
      }
      await rejects(runHosted(dir, functionExecuted(url, "crash")), /crash/);
      strictEqual(received.length, 0);
    });
  });
});

Deno.test("array outputs are sent as they are", async () => {
  await withFakeSlack(async (url, received) => {
    await withBundles(subject('() => ({ outputs: ["a", "b"] })'), async (dir) => {
      await runHosted(dir, functionExecuted(url));
      deepStrictEqual(received.map((r) => [r.path, r.form.outputs]), [
        ["/api/functions.completeSuccess", '["a","b"]'],
      ]);
    });
  });
});

Deno.test("a bundle without a default export is a warning, not an import failure", async () => {
  await withFakeSlack(async (url, received) => {
    await withBundles({ subject: "export const helper = 1;\n" }, async (dir) => {
      const outcome = await runHosted(dir, functionExecuted(url));
      deepStrictEqual(outcome.response, {});
      strictEqual(outcome.completion, undefined);
      match(outcome.warning ?? "", /does not define a default handler/);
      strictEqual(received.length, 0);
    });
  });
});

Deno.test("the module is functions/<callback_id>.js, named by the payload", async () => {
  await withFakeSlack(async (url, received) => {
    await withBundles({
      first: 'export default () => ({ outputs: { from: "first" } });',
      second: 'export default () => ({ outputs: { from: "second" } });',
    }, async (dir) => {
      await runHosted(dir, functionExecuted(url, "second"));
      await runHosted(dir, functionExecuted(url, "first"));
      deepStrictEqual(received.map((r) => r.form.outputs), [
        '{"from":"second"}',
        '{"from":"first"}',
      ]);
      await rejects(runHosted(dir, functionExecuted(url, "third")), /third\.js/);
      await rejects(runHosted(dir, functionExecuted(url, "../first")), /not a function name/);
    });
  });
});

Deno.test("an event the function has no handler for is a warning; unhandledEvent takes it when exported", async () => {
  await withBundles({
    plain: "export default () => ({ outputs: {} });",
    catcher: "export default () => ({ outputs: {} });\n" +
      "export const unhandledEvent = ({ body, inputs }) => ({ caught: body.type, inputs });",
  }, async (dir) => {
    const ignored = await runHosted(dir, blockActions("plain"));
    deepStrictEqual(ignored.response, {});
    match(
      ignored.warning ?? "",
      /block_actions payload but the function does not define a blockActions handler/,
    );
    const unknownType = await runHosted(dir, {
      ...blockActions("plain"),
      body: { ...blockActions("plain").body, type: "message_action" },
    });
    match(unknownType.warning ?? "", /unsupported event of type: "message_action"/);
    const caught = await runHosted(dir, blockActions("catcher"));
    deepStrictEqual(caught, {
      eventType: "block_actions",
      callbackId: "catcher",
      response: { caught: "block_actions", inputs: { ticket: "T-1" } },
    });
    const noCallback = await runHosted(dir, { ...blockActions(), body: { type: "block_actions" } });
    match(noCallback.warning ?? "", /Could not find the function "callback_id"/);
  });
});

Deno.test("SLACK_API_URL is joined to the method name as given, as the runtime's client does", async () => {
  await withFakeSlack(async (url, received) => {
    await withBundles(subject("() => ({ outputs: {} })"), async (dir) => {
      const noSlash = url.replace(/\/$/, "");
      const payload = functionExecuted(noSlash);
      await runHosted(dir, payload);
      deepStrictEqual(received.map((r) => r.path), ["/apifunctions.completeSuccess"]);
    });
  });
});

Deno.test("block_actions runs blockActions from the module or its default export with action = actions[0]", async () => {
  const handler = "({ action, body, inputs, env, token, team_id, enterprise_id }) => " +
    "({ action, user: body.user.id, execution: body.function_data.execution_id, inputs, env, " +
    "token, team_id, enterprise_id })";
  await withBundles({
    named: `export default () => ({ completed: false });\nexport const blockActions = ${handler};`,
    attached: `const main = () => ({ completed: false });\n` +
      `main.blockActions = ${handler};\nexport default main;`,
  }, async (dir) => {
    for (const callbackId of ["named", "attached"]) {
      const outcome = await runHosted(dir, blockActions(callbackId));
      deepStrictEqual(outcome.response, {
        action: { type: "button", action_id: "approve", block_id: "b1", value: "yes" },
        user: "U01",
        execution: "Fx0456",
        inputs: { ticket: "T-1" },
        env: { A: "1" },
        token: "xwfp-interaction-token",
        team_id: "T01",
        enterprise_id: "E02",
      }, callbackId);
      strictEqual(outcome.completion, undefined, "the runtime completes nothing after a click");
    }
  });
});

Deno.test("the process prints the runtime's answer and exits 1 where the runtime answers 500", async () => {
  const module = fileURLToPath(new URL("./mod.ts", import.meta.url));
  const config = fileURLToPath(new URL("../../deno.jsonc", import.meta.url));
  await withBundles({
    warns: "export const helper = 1;\n",
    broken: "export default () => undefined;\n",
  }, async (dir) => {
    const run = async (callbackId: string) => {
      const child = new Deno.Command(Deno.execPath(), {
        args: ["run", "--quiet", `--allow-read=${dir}`, "--config", config, module, dir],
        clearEnv: true,
        env: { PATH: Deno.env.get("PATH") ?? "", HOME: Deno.env.get("HOME") ?? "" },
        stdin: "piped",
        stdout: "piped",
        stderr: "piped",
      }).spawn();
      const writer = child.stdin.getWriter();
      await writer.write(
        new TextEncoder().encode(JSON.stringify(functionExecuted("", callbackId))),
      );
      await writer.close();
      const { code, stdout } = await child.output();
      const lines = new TextDecoder().decode(stdout).trim().split("\n");
      return { code, answer: JSON.parse(lines[lines.length - 1]) };
    };
    const warned = await run("warns");
    strictEqual(warned.code, 0);
    deepStrictEqual(warned.answer.status, 200);
    match(warned.answer.warning, /does not define a default handler/);
    const broken = await run("broken");
    strictEqual(broken.code, 1);
    strictEqual(broken.answer.status, 500);
    ok(/returned undefined/.test(broken.answer.error), broken.answer.error);
  });
});

Deno.test("view_submission, view_closed and block_suggestion reach their exports, views with `view`", async () => {
  await withBundles({
    subject: "export default () => ({ completed: false });\n" +
      "export const viewSubmission = ({ view, inputs }) => ({ response_action: 'clear', view, inputs });\n" +
      "export const viewClosed = ({ view }) => ({ closed: view.id });\n" +
      "export const blockSuggestion = ({ body }) => ({ options: [{ value: body.value }] });",
  }, async (dir) => {
    const view = { id: "V01", callback_id: "form" };
    const answer = async (type: string, extra: Record<string, unknown>) => {
      const payload = blockActions();
      const { actions: _actions, ...body } = payload.body;
      return (await runHosted(dir, { ...payload, body: { ...body, type, ...extra } })).response;
    };
    deepStrictEqual(await answer("view_submission", { view }), {
      response_action: "clear",
      view,
      inputs: { ticket: "T-1" },
    });
    deepStrictEqual(await answer("view_closed", { view }), { closed: "V01" });
    deepStrictEqual(await answer("block_suggestion", { value: "chec" }), {
      options: [{ value: "chec" }],
    });
  });
});
