import { deepStrictEqual, ok, rejects, strictEqual, throws } from "@node/assert";
import { startSlackEmulator } from "./mod.ts";
import { callApi, withEmulator } from "./test_client.ts";

const GENERAL = "C05GENERAL1";

// Tests here send malformed calls on purpose (no token, unknown methods, bad JSON): they are not
// app traffic, so they stay out of the call log that CI checks against Slack's reference.
const quiet = { logFile: false } as const;

Deno.test("auth: missing token → not_authed, wrong token → invalid_auth, form token works", async () => {
  await withEmulator(async (emulator) => {
    const args = { channel: GENERAL, text: "hi" };
    const none = await callApi(emulator.url, "chat.postMessage", args);
    deepStrictEqual([none.status, none.body.ok, none.body.error], [200, false, "not_authed"]);
    const wrong = await callApi(emulator.url, "chat.postMessage", args, { token: "xoxb-nope-123" });
    strictEqual(wrong.body.error, "invalid_auth");
    const viaField = await callApi(emulator.url, "chat.postMessage", {
      ...args,
      token: emulator.botToken,
    });
    strictEqual(viaField.body.ok, true);
    strictEqual(emulator.state.messages(GENERAL).length, 1);
  }, quiet);
});

Deno.test("unknown methods and bad JSON bodies are Slack errors", async () => {
  await withEmulator(async (emulator) => {
    const token = emulator.botToken;
    const unknown = await callApi(emulator.url, "chat.postMessages", {}, { token });
    deepStrictEqual([unknown.status, unknown.body.error], [200, "unknown_method"]);
    const response = await fetch(emulator.url + "chat.postMessage", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: "{not json",
    });
    deepStrictEqual(await response.json(), {
      ok: false,
      error: "invalid_json",
      response_metadata: { messages: ["[ERROR] the JSON body does not parse"] },
    });
  }, quiet);
});

Deno.test("JSON bodies carry real values", async () => {
  await withEmulator(async (emulator) => {
    const blocks = [{ type: "section", text: { type: "mrkdwn", text: "*hello*" } }];
    const { body } = await callApi(emulator.url, "chat.postMessage", {
      channel: GENERAL,
      text: "hello",
      blocks,
    }, { token: emulator.botToken, json: true });
    strictEqual(body.ok, true);
    deepStrictEqual(emulator.state.messages(GENERAL)[0].blocks, blocks);
  }, quiet);
});

Deno.test("rateLimit answers 429 with Retry-After for the given number of calls", async () => {
  await withEmulator(async (emulator) => {
    emulator.faults.rateLimit("chat.postMessage", 7, 2);
    const call = () =>
      callApi(emulator.url, "chat.postMessage", { channel: GENERAL, text: "x" }, {
        token: emulator.botToken,
      });
    for (let i = 0; i < 2; i++) {
      const limited = await call();
      strictEqual(limited.status, 429);
      strictEqual(limited.headers.get("retry-after"), "7");
      strictEqual(limited.body.error, "ratelimited");
    }
    strictEqual((await call()).status, 200);
    strictEqual(emulator.state.messages(GENERAL).length, 1, "limited calls post nothing");
    const other = await callApi(emulator.url, "users.info", { user: "U05ONCALL01" }, {
      token: emulator.platformToken,
    });
    strictEqual(other.status, 200, "other methods are unaffected");
  }, quiet);
});

Deno.test("failNext fails the next N calls, '*' matches every method, clear resets", async () => {
  await withEmulator(async (emulator) => {
    const token = emulator.platformToken;
    const info = () => callApi(emulator.url, "users.info", { user: "U05ONCALL01" }, { token });
    emulator.faults.failNext("users.info", "fatal_error", 2);
    strictEqual((await info()).body.error, "fatal_error");
    strictEqual((await info()).body.error, "fatal_error");
    strictEqual((await info()).body.ok, true);
    emulator.faults.failNext("*", "service_unavailable", Infinity);
    strictEqual((await info()).body.error, "service_unavailable");
    emulator.faults.clear();
    strictEqual((await info()).body.ok, true);
    throws(() => emulator.faults.failNext("users.info", "Bad Error!"), /Slack error code/);
    throws(() => emulator.faults.rateLimit("users.info", 1, 0), /positive integer/);
  }, quiet);
});

Deno.test("latency delays the answer by at least the given time", async () => {
  await withEmulator(async (emulator) => {
    emulator.faults.latency("users.info", 120);
    const started = performance.now();
    const { body } = await callApi(emulator.url, "users.info", { user: "U05ONCALL01" }, {
      token: emulator.platformToken,
    });
    strictEqual(body.ok, true);
    ok(performance.now() - started >= 115, "answered before the injected latency elapsed");
    throws(() => emulator.faults.latency("users.info", 60_001), /0 to 60000/);
  }, quiet);
});

Deno.test("the server listens on 127.0.0.1 and stop() closes it", async () => {
  const emulator = await startSlackEmulator(quiet);
  ok(/^http:\/\/127\.0\.0\.1:\d+\/api\/$/.test(emulator.url));
  await emulator.stop();
  await rejects(fetch(emulator.url + "users.info", { method: "POST" }));
});

Deno.test("missing required arguments are answered with the code Slack uses for them", async () => {
  await withEmulator(async (emulator) => {
    const token = emulator.botToken;
    const expectations: [string, Record<string, unknown>, string][] = [
      ["chat.postMessage", { text: "x" }, "channel_not_found"],
      ["chat.delete", { channel: "C05PRODDBG1" }, "message_not_found"],
      ["apps.datastore.get", { datastore: "reports" }, "invalid_arguments"],
      ["apps.datastore.put", { item: { id: "x" } }, "invalid_arguments"],
      ["functions.completeError", { function_execution_id: "Fx1" }, "invalid_arguments"],
      ["views.open", { view: { type: "modal" } }, "invalid_arguments"],
      ["workflows.triggers.create", { type: "scheduled" }, "invalid_arguments"],
    ];
    for (const [method, args, code] of expectations) {
      const { body } = await callApi(emulator.url, method, args, { token });
      strictEqual(body.error, code, method);
    }
  }, {
    ...quiet,
    datastores: [{ name: "reports", primary_key: "id" }],
  });
});
