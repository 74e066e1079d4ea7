import { deepStrictEqual, rejects, strictEqual } from "@node/assert";
import {
  type HandlerArgs,
  handlerArgs,
  type InvocationPayload,
  InvocationPayloadSchema,
  runInvocation,
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

function payload(url: string, inputs: Record<string, unknown> = {}): InvocationPayload {
  return InvocationPayloadSchema.parse({
    body: {
      event: {
        type: "function_executed",
        function: { callback_id: "scrub_text" },
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

Deno.test("handlerArgs builds the arguments as the runtime does", () => {
  const args = handlerArgs(payload("http://127.0.0.1:1/api/", { text: "hi" }));
  deepStrictEqual(args.inputs, { text: "hi" });
  deepStrictEqual(args.env, { SLACK_API_URL: "http://127.0.0.1:1/api/", A: "1" });
  strictEqual(args.token, "xoxb-event-token", "the event's token wins over the context's");
  strictEqual(args.team_id, "T01");
  strictEqual(args.enterprise_id, "E01");
  strictEqual(args.event.function_execution_id, "Fx0123");
  const bare = handlerArgs(InvocationPayloadSchema.parse({
    body: {
      event: {
        type: "function_executed",
        function: { callback_id: "x" },
        function_execution_id: "Fx1",
      },
    },
    context: { bot_access_token: "xoxb-context-token" },
  }));
  deepStrictEqual(
    [bare.inputs, bare.env, bare.token, bare.team_id, bare.enterprise_id],
    [{}, {}, "xoxb-context-token", "", ""],
  );
});

Deno.test("outputs → functions.completeSuccess, form-encoded, outputs as JSON", async () => {
  await withFakeSlack(async (url, received) => {
    let seen: HandlerArgs | undefined;
    const completion = await runInvocation((args) => {
      seen = args;
      return Promise.resolve({ outputs: { text: "ok", n: 2 } });
    }, payload(url, { text: "in" }));
    deepStrictEqual(seen?.inputs, { text: "in" });
    deepStrictEqual(completion, {
      method: "functions.completeSuccess",
      response: { ok: true, error: undefined },
    });
    strictEqual(received.length, 1);
    strictEqual(received[0].path, "/api/functions.completeSuccess");
    strictEqual(received[0].authorization, "Bearer xoxb-event-token");
    strictEqual(received[0].contentType, "application/x-www-form-urlencoded");
    deepStrictEqual(received[0].form, {
      outputs: '{"text":"ok","n":2}',
      function_execution_id: "Fx0123",
    });
  });
});

Deno.test("error → functions.completeError, and error wins over outputs", async () => {
  await withFakeSlack(async (url, received) => {
    const completion = await runInvocation(
      () => ({ error: "no such service", outputs: { text: "x" } }),
      payload(url),
    );
    strictEqual(completion?.method, "functions.completeError");
    deepStrictEqual(received.map((r) => [r.path, r.form]), [[
      "/api/functions.completeError",
      { error: "no such service", function_execution_id: "Fx0123" },
    ]]);
  });
});

Deno.test("completed:false sends nothing; a throwing handler is not completed", async () => {
  await withFakeSlack(async (url, received) => {
    strictEqual(await runInvocation(() => ({ completed: false }), payload(url)), undefined);
    await rejects(
      runInvocation(() => {
        throw new Error("crash");
      }, payload(url)),
      /crash/,
    );
    strictEqual(received.length, 0);
  });
});

Deno.test("a payload that is not a function_executed event is refused", () => {
  const result = InvocationPayloadSchema.safeParse({
    body: { event: { type: "block_actions" } },
    context: {},
  });
  strictEqual(result.success, false);
});
