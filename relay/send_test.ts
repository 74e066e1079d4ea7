import { deepStrictEqual, strictEqual } from "@node/assert";
import { readRelayConfig } from "./config.ts";
import { sendAlert } from "./send.ts";

const read = readRelayConfig({
  trigger_url: "https://hooks.slack.com/triggers/T1/123/abc",
  secret_env: "ALERT_SECRET",
  channel_id: "C05PRODDBG1",
  on_call_user_id: "U05ONCALL01",
  retry: { attempts: 4, base_delay_ms: 100, max_delay_ms: 1000 },
});
if (!read.ok) throw new Error(read.problems.join("; "));
const CONFIG = read.config;
const FIELDS = {
  service: "gateway",
  environment: "production",
  window: "15m",
  filter: "",
  channel_id: "C05PRODDBG1",
  on_call_user_id: "U05ONCALL01",
};
const SECRET = "relay-test-secret-0123456789abcdef0123";

/** A fetch that answers from `script` in turn (a status, or "throw"), recording each body. */
function scripted(script: (number | "throw" | [number, Record<string, string>])[]) {
  const bodies: string[] = [];
  const sleeps: number[] = [];
  const fetch = (_url: string | URL | Request, init?: RequestInit) => {
    bodies.push(String(init?.body));
    const next = script[bodies.length - 1];
    if (next === "throw") return Promise.reject(new TypeError("connection refused"));
    const [status, headers] = Array.isArray(next) ? next : [next, {}];
    return Promise.resolve(new Response("{}", { status, headers }));
  };
  const deps = {
    fetch: fetch as typeof globalThis.fetch,
    sleep: (ms: number) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
    nowMs: () => Date.parse("2026-12-04T12:00:00Z"),
  };
  return { deps, bodies, sleeps };
}

Deno.test("relay send: a 429 is retried after its Retry-After, then succeeds with the same body", async () => {
  const { deps, bodies, sleeps } = scripted([[429, { "retry-after": "1" }], 200]);
  deepStrictEqual(await sendAlert(FIELDS, SECRET, CONFIG, deps), {
    ok: true,
    attempts: 2,
    status: 200,
  });
  deepStrictEqual(sleeps, [1000]);
  strictEqual(bodies[0], bodies[1], "same timestamp, nonce and signature: a duplicate is a replay");
});

Deno.test("relay send: 5xx and network errors back off exponentially up to the attempts", async () => {
  const { deps, sleeps, bodies } = scripted([500, "throw", 503, 500]);
  deepStrictEqual(await sendAlert(FIELDS, SECRET, CONFIG, deps), {
    ok: false,
    attempts: 4,
    reason: "HTTP 500",
  });
  deepStrictEqual(sleeps, [100, 200, 400]);
  strictEqual(bodies.length, 4);
});

Deno.test("relay send: another 4xx is final", async () => {
  const { deps, bodies } = scripted([400]);
  deepStrictEqual(await sendAlert(FIELDS, SECRET, CONFIG, deps), {
    ok: false,
    attempts: 1,
    reason: "HTTP 400",
  });
  strictEqual(bodies.length, 1);
});
