import { deepStrictEqual, ok, rejects, strictEqual, throws } from "@node/assert";
import {
  createSlackClient,
  DEFAULT_SLACK_API_URL,
  SlackApiError,
  slackErrorCode,
} from "./web_api.ts";

const TOKEN = "xoxb-test-token-123";

interface Seen {
  path: string;
  auth: string | null;
  contentType: string | null;
  body: string;
}

/** A loopback fake of Slack: `answer` decides each response; every request is recorded. */
async function withFakeSlack(
  answer: (seen: Seen, index: number) => Response | Promise<Response>,
  test: (url: string, seen: Seen[]) => Promise<void>,
) {
  const seen: Seen[] = [];
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, async (req) => {
    const entry = {
      path: new URL(req.url).pathname,
      auth: req.headers.get("authorization"),
      contentType: req.headers.get("content-type"),
      body: await req.text(),
    };
    seen.push(entry);
    return answer(entry, seen.length - 1);
  });
  try {
    await test(`http://127.0.0.1:${server.addr.port}/api/`, seen);
  } finally {
    await server.shutdown();
  }
}

const json = (value: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(value), { ...init, headers: { "content-type": "application/json" } });

Deno.test("form-encodes args (objects as JSON) with a bearer token to SLACK_API_URL", async () => {
  await withFakeSlack(() => json({ ok: true, ts: "1.2" }), async (url, seen) => {
    const client = createSlackClient({ token: TOKEN, env: { SLACK_API_URL: url } });
    const res = await client.call("chat.postMessage", {
      channel: "C1",
      blocks: [{ type: "divider" }],
      unfurl_links: false,
      skipped: undefined,
    });
    deepStrictEqual(res, { ok: true, ts: "1.2" });
    strictEqual(seen[0].path, "/api/chat.postMessage");
    strictEqual(seen[0].auth, `Bearer ${TOKEN}`);
    strictEqual(seen[0].contentType, "application/x-www-form-urlencoded");
    const form = new URLSearchParams(seen[0].body);
    strictEqual(form.get("channel"), "C1");
    strictEqual(form.get("blocks"), '[{"type":"divider"}]');
    strictEqual(form.get("unfurl_links"), "false");
    strictEqual(form.has("skipped"), false);
  });
});

Deno.test("JSON encoding sends the args as one JSON body", async () => {
  await withFakeSlack(() => json({ ok: true }), async (url, seen) => {
    const client = createSlackClient({ token: TOKEN, env: { SLACK_API_URL: url.slice(0, -1) } });
    await client.call("apps.datastore.put", { datastore: "d", item: { id: "x" } }, {
      encoding: "json",
    });
    strictEqual(seen[0].path, "/api/apps.datastore.put");
    strictEqual(seen[0].contentType, "application/json; charset=utf-8");
    deepStrictEqual(JSON.parse(seen[0].body), { datastore: "d", item: { id: "x" } });
  });
});

Deno.test("Slack errors are returned as values, not thrown", async () => {
  await withFakeSlack(() => json({ ok: false, error: "channel_not_found" }), async (url) => {
    const client = createSlackClient({ token: TOKEN, env: { SLACK_API_URL: url } });
    const res = await client.call("chat.postMessage", { channel: "C404" });
    strictEqual(res.ok, false);
    strictEqual(res.error, "channel_not_found");
  });
});

Deno.test("429 is retried after Retry-After seconds, then succeeds", async () => {
  const waits: number[] = [];
  await withFakeSlack(
    (_s, i) =>
      i < 2
        ? new Response("", { status: 429, headers: { "retry-after": "3" } })
        : json({ ok: true }),
    async (url, seen) => {
      const client = createSlackClient({
        token: TOKEN,
        env: { SLACK_API_URL: url },
        sleep: (ms) => (waits.push(ms), Promise.resolve()),
      });
      strictEqual((await client.call("chat.postEphemeral", {})).ok, true);
      strictEqual(seen.length, 3);
      deepStrictEqual(waits, [3000, 3000]);
    },
  );
});

Deno.test("429 beyond the retry budget or wait cap throws rate_limited", async () => {
  await withFakeSlack(
    () => new Response("", { status: 429, headers: { "retry-after": "1" } }),
    async (url, seen) => {
      const client = createSlackClient({
        token: TOKEN,
        env: { SLACK_API_URL: url },
        maxRetries: 1,
        sleep: () => Promise.resolve(),
      });
      const error = await client.call("chat.postMessage", {}).catch((e) => e);
      ok(error instanceof SlackApiError);
      strictEqual(error.code, "rate_limited");
      strictEqual(error.retryAfterSeconds, 1);
      strictEqual(seen.length, 2);
    },
  );
  await withFakeSlack(
    () => new Response("", { status: 429, headers: { "retry-after": "600" } }),
    async (url, seen) => {
      const client = createSlackClient({ token: TOKEN, env: { SLACK_API_URL: url } });
      await rejects(client.call("chat.postMessage", {}), { code: "rate_limited" });
      strictEqual(seen.length, 1, "a wait longer than the cap is not attempted");
    },
  );
});

Deno.test("HTTP failures throw without the token or the body in the message", async () => {
  await withFakeSlack(
    () => new Response(`internal error for ${TOKEN}`, { status: 500 }),
    async (url) => {
      const client = createSlackClient({ token: TOKEN, env: { SLACK_API_URL: url } });
      const error = await client.call("chat.postMessage", {}).catch((e) => e);
      ok(error instanceof SlackApiError);
      strictEqual(error.code, "http");
      strictEqual(error.status, 500);
      ok(!error.message.includes(TOKEN));
      ok(!error.message.includes("internal error"));
    },
  );
});

Deno.test("non-JSON and oversized answers throw malformed", async () => {
  await withFakeSlack(() => new Response("<html>proxy</html>"), async (url) => {
    const client = createSlackClient({ token: TOKEN, env: { SLACK_API_URL: url } });
    await rejects(client.call("auth.test"), { code: "malformed" });
  });
  await withFakeSlack(() => json({ ok: true, pad: "x".repeat(5000) }), async (url) => {
    const client = createSlackClient({
      token: TOKEN,
      env: { SLACK_API_URL: url },
      maxResponseBytes: 1000,
    });
    await rejects(client.call("auth.test"), { code: "malformed" });
  });
});

Deno.test("a slow Slack times out", async () => {
  let release = () => {};
  const held = new Promise<void>((r) => release = r);
  await withFakeSlack(async () => (await held, json({ ok: true })), async (url) => {
    const client = createSlackClient({ token: TOKEN, env: { SLACK_API_URL: url }, timeoutMs: 50 });
    try {
      await rejects(client.call("chat.postMessage", {}), { code: "timeout" });
    } finally {
      release();
    }
  });
});

Deno.test("an unreachable Slack throws network", async () => {
  const probe = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, () => json({}));
  const url = `http://127.0.0.1:${probe.addr.port}/api/`;
  await probe.shutdown();
  const client = createSlackClient({ token: TOKEN, env: { SLACK_API_URL: url } });
  await rejects(client.call("chat.postMessage", {}), { code: "network" });
});

Deno.test("base URL defaults to slack.com; bad URLs and method names are refused", async () => {
  strictEqual(createSlackClient({ token: TOKEN }).baseUrl, DEFAULT_SLACK_API_URL);
  strictEqual(
    createSlackClient({ token: TOKEN, env: { SLACK_API_URL: "" } }).baseUrl,
    DEFAULT_SLACK_API_URL,
  );
  throws(() => createSlackClient({ token: TOKEN, env: { SLACK_API_URL: "not a url" } }), {
    code: "config",
  });
  throws(() => createSlackClient({ token: TOKEN, env: { SLACK_API_URL: "file:///etc/" } }), {
    code: "config",
  });
  const client = createSlackClient({ token: TOKEN, fetch: () => Promise.reject(new Error("no")) });
  await rejects(client.call("../admin"), { code: "bad_method" });
  await rejects(client.call("chat.postMessage?x=1"), { code: "bad_method" });
});

Deno.test("slackErrorCode passes codes and hides free text", () => {
  strictEqual(slackErrorCode({ ok: false, error: "channel_not_found" }), "channel_not_found");
  strictEqual(slackErrorCode({ ok: false, error: "Oops <!channel>" }), "unknown_error");
  strictEqual(slackErrorCode({ ok: false }), "unknown_error");
});
