import { deepStrictEqual, ok, strictEqual, throws } from "@node/assert";
import type { SlackEmulator } from "./mod.ts";
import { call, withEmulator } from "./test_client.ts";
import { MAX_WEBHOOK_BODY_BYTES } from "./webhooks.ts";

async function createWebhook(emulator: SlackEmulator, extra: Record<string, unknown> = {}) {
  const created = await call(emulator, "workflows.triggers.create", {
    type: "webhook",
    name: "Debug from alert",
    workflow: "#/workflows/debug_from_alert",
    inputs: {
      service: { value: "{{data.service}}" },
      window: { value: "{{data.window}}" },
      note: { value: "alert for {{data.service}}" },
      source: { value: "alertmanager" },
    },
    ...extra,
  });
  return created;
}

async function webhookUrl(emulator: SlackEmulator): Promise<string> {
  const created = await createWebhook(emulator);
  return (created.trigger as { webhook_url: string }).webhook_url;
}

async function post(url: string, body: string, method = "POST") {
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json" },
    ...(method === "POST" ? { body } : {}),
  });
  return { status: response.status, body: await response.json() };
}

Deno.test("webhook trigger: create gives a webhook_url on the emulator; a POST is answered {ok:true} and its fields mapped to the inputs", async () => {
  await withEmulator(async (emulator) => {
    const created = await createWebhook(emulator);
    const trigger = created.trigger as { id: string; type: string; webhook_url: string };
    strictEqual(trigger.type, "webhook");
    const origin = new URL(emulator.url).origin;
    ok(
      new RegExp(`^${origin}/triggers/${emulator.identity.teamId}/[0-9]{13}/[0-9a-f]{32}$`)
        .test(trigger.webhook_url),
      trigger.webhook_url,
    );
    const answer = await post(trigger.webhook_url, JSON.stringify({ service: "gateway", n: 3 }));
    deepStrictEqual(answer, { status: 200, body: { ok: true } });
    const [invocation] = emulator.webhooks.invocations();
    deepStrictEqual(invocation.inputs, {
      service: "gateway",
      note: "alert for gateway",
      source: "alertmanager",
    }, "window is left out: the body has no window");
    deepStrictEqual(invocation.data, { service: "gateway", n: 3 });
    deepStrictEqual([invocation.trigger_id, invocation.callback_id], [
      trigger.id,
      "debug_from_alert",
    ]);
    const listed = await call(emulator, "workflows.triggers.list", {});
    strictEqual(
      (listed.triggers as { webhook_url?: string }[])[0].webhook_url,
      trigger.webhook_url,
    );
  });
});

Deno.test("webhook trigger: a body that is not one flat JSON object is refused and starts nothing", async () => {
  await withEmulator(async (emulator) => {
    const url = await webhookUrl(emulator);
    const cases: [string, string][] = [
      ["service=gateway", "invalid_json"],
      ["", "invalid_json"],
      ['["gateway"]', "invalid_json"],
      ['"gateway"', "invalid_json"],
      ['{"service":{"name":"gateway"}}', "parameter_validation_failed"],
      ['{"service":["gateway"]}', "parameter_validation_failed"],
    ];
    for (const [body, error] of cases) {
      deepStrictEqual(await post(url, body), { status: 400, body: { ok: false, error } }, body);
    }
    deepStrictEqual(emulator.webhooks.invocations(), []);
  });
});

Deno.test("webhook trigger: an embedded reference to a field the body lacks is refused", async () => {
  await withEmulator(async (emulator) => {
    const url = await webhookUrl(emulator);
    deepStrictEqual(await post(url, '{"window":"15m"}'), {
      status: 400,
      body: { ok: false, error: "parameter_validation_failed" },
    });
  });
});

Deno.test("webhook trigger: a body over the limit is refused with 413", async () => {
  await withEmulator(async (emulator) => {
    const url = await webhookUrl(emulator);
    const body = JSON.stringify({ service: "x".repeat(MAX_WEBHOOK_BODY_BYTES) });
    deepStrictEqual(await post(url, body), {
      status: 413,
      body: { ok: false, error: "request_too_large" },
    });
    const fits = JSON.stringify({ service: "x".repeat(MAX_WEBHOOK_BODY_BYTES - 20) });
    strictEqual((await post(url, fits)).status, 200);
  });
});

Deno.test("webhook trigger: a wrong secret, team or id, or a deleted trigger is trigger_not_found; GET is 405", async () => {
  await withEmulator(async (emulator) => {
    const created = await createWebhook(emulator);
    const { id, webhook_url: url } = created.trigger as { id: string; webhook_url: string };
    const notFound = { status: 404, body: { ok: false, error: "trigger_not_found" } };
    const secret = url.split("/").at(-1)!;
    const wrongSecret = url.slice(0, -secret.length) + (secret[0] === "a" ? "b" : "a") +
      secret.slice(1);
    deepStrictEqual(await post(wrongSecret, "{}"), notFound);
    deepStrictEqual(await post(url.replace(emulator.identity.teamId, "T0OTHER01"), "{}"), notFound);
    deepStrictEqual(await post(url.replace(/\/[0-9]{13}\//, "/1234567890123/"), "{}"), notFound);
    deepStrictEqual(await post(`${new URL(url).origin}/triggers/nothing`, "{}"), notFound);
    deepStrictEqual(await post(url, "", "GET"), {
      status: 405,
      body: { ok: false, error: "method_not_allowed" },
    });
    strictEqual((await call(emulator, "workflows.triggers.delete", { trigger_id: id })).ok, true);
    deepStrictEqual(await post(url, "{}"), notFound);
    deepStrictEqual(emulator.webhooks.invocations(), []);
  });
});

Deno.test("webhook trigger: the attached listener can refuse a POST (400, nothing recorded); one listener at a time", async () => {
  await withEmulator(async (emulator) => {
    const url = await webhookUrl(emulator);
    const seen: string[] = [];
    const detach = emulator.webhooks.onInvoke((invocation) => {
      seen.push(String(invocation.inputs.service));
      return invocation.inputs.service === "refused" ? "parameter_validation_failed" : undefined;
    });
    throws(() => emulator.webhooks.onInvoke(() => undefined), /already attached/);
    strictEqual((await post(url, '{"service":"refused"}')).status, 400);
    strictEqual((await post(url, '{"service":"gateway"}')).status, 200);
    detach();
    strictEqual((await post(url, '{"service":"after"}')).status, 200);
    deepStrictEqual(seen, ["refused", "gateway"]);
    deepStrictEqual(
      emulator.webhooks.invocations().map((i) => i.inputs.service),
      ["gateway", "after"],
    );
  });
});

Deno.test("webhook trigger: injected 429 (with Retry-After) and 500 answers, then normal ones", async () => {
  await withEmulator(async (emulator) => {
    const url = await webhookUrl(emulator);
    emulator.webhooks.failNext(429, { retryAfterSeconds: 7 });
    const limited = await fetch(url, { method: "POST", body: '{"service":"a"}' });
    strictEqual(limited.status, 429);
    strictEqual(limited.headers.get("retry-after"), "7");
    deepStrictEqual(await limited.json(), { ok: false, error: "ratelimited" });
    emulator.webhooks.failNext(500, { times: 2 });
    strictEqual((await post(url, '{"service":"b"}')).status, 500);
    strictEqual((await post(url, '{"service":"c"}')).status, 500);
    strictEqual((await post(url, '{"service":"d"}')).status, 200);
    deepStrictEqual(emulator.webhooks.invocations().map((i) => i.inputs.service), ["d"]);
  });
});

Deno.test("webhook trigger: a filter is refused rather than ignored (not emulated)", async () => {
  await withEmulator(async (emulator) => {
    const created = await createWebhook(emulator, {
      webhook: { filter: { version: 1, root: { statement: "{{data.service}} == gateway" } } },
    });
    strictEqual(created.error, "invalid_arguments");
  });
});
