/**
 * Redirects are where a log source's request could be sent somewhere it must not go: another
 * host (with the source's credentials), or a POST body replayed. Every redirect status, every
 * way of naming another origin, the hop limit, and the status range that counts as a redirect.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { type HttpCall, type HttpTarget, send, type VendorErrors } from "./http.ts";
import { LogSourceError } from "./types.ts";

const ORIGIN = "https://logs.example.com";
const plain: VendorErrors = { detail: ({ text }) => text || undefined };

interface Sent {
  method: string;
  url: string;
  body: string;
}

/** A target whose fetch answers from `replies` in order and records every request. */
function scriptedTarget(replies: Response[]): { target: HttpTarget; sent: Sent[] } {
  const sent: Sent[] = [];
  const target: HttpTarget = {
    sourceName: "logs",
    origin: ORIGIN,
    fetch: async (input) => {
      const request = input as Request;
      sent.push({ method: request.method, url: request.url, body: await request.text() });
      return replies.shift() ?? new Response("unexpected request", { status: 500 });
    },
    now: () => 0,
    timers: { setTimeout, clearTimeout: (id) => clearTimeout(id as number) },
    deadline: 60_000,
    budgetMs: 60_000,
    timeoutMs: 5_000,
    retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    secrets: [],
    maxResponseBytes: 10_000,
  };
  return { target, sent };
}

const redirect = (status: number, location?: string) =>
  new Response(null, { status, headers: location === undefined ? {} : { location } });

async function failure(promise: Promise<unknown>): Promise<LogSourceError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LogSourceError) return error;
    throw error;
  }
  throw new Error("expected the request to fail");
}

const REDIRECTS = [300, 301, 302, 303, 307, 308];

Deno.test("a POST answered with any redirect is refused, and its body is sent once only", async () => {
  for (const status of REDIRECTS) {
    const { target, sent } = scriptedTarget([redirect(status, "/elsewhere"), new Response("{}")]);
    const call: HttpCall = {
      method: "POST",
      url: new URL("/query", ORIGIN),
      body: '{"query":"service:checkout"}',
      vendor: plain,
    };
    const error = await failure(send(target, call));
    strictEqual(error.code, "config", `HTTP ${status}`);
    ok(
      error.message.includes(`a redirect (HTTP ${status}) that cannot be followed`),
      error.message,
    );
    deepStrictEqual(sent.map((s) => [s.method, s.url]), [["POST", `${ORIGIN}/query`]]);
  }
});

Deno.test("a GET follows same-origin redirects of every status; without a Location it stops", async () => {
  for (const status of REDIRECTS) {
    const { target, sent } = scriptedTarget([redirect(status, "/v2/logs?x=1"), new Response("ok")]);
    const reply = await send(target, {
      method: "GET",
      url: new URL("/logs", ORIGIN),
      vendor: plain,
    });
    strictEqual(reply.text, "ok", `HTTP ${status}`);
    deepStrictEqual(sent.map((s) => s.url), [`${ORIGIN}/logs`, `${ORIGIN}/v2/logs?x=1`]);
  }
  const { target, sent } = scriptedTarget([redirect(302)]);
  const error = await failure(
    send(target, { method: "GET", url: new URL("/", ORIGIN), vendor: plain }),
  );
  ok(error.message.includes("a redirect (HTTP 302) that cannot be followed"), error.message);
  strictEqual(sent.length, 1);
});

Deno.test("a redirect to any other origin is refused before it is requested", async () => {
  const elsewhere = [
    ["https://evil.example/x", "evil.example"],
    ["//evil.example/x", "evil.example"],
    ["http://logs.example.com/x", "logs.example.com"], // another scheme
    ["https://logs.example.com:8443/x", "logs.example.com:8443"], // another port
    ["https://logs.example.com@evil.example/x", "evil.example"], // user info, not a host
    ["https://logs.example.com.evil.example/x", "logs.example.com.evil.example"],
    ["http://169.254.169.254/latest/meta-data", "169.254.169.254"],
  ];
  for (const [location, host] of elsewhere) {
    const { target, sent } = scriptedTarget([redirect(302, location), new Response("stolen")]);
    const error = await failure(
      send(target, { method: "GET", url: new URL("/", ORIGIN), vendor: plain }),
    );
    strictEqual(error.code, "config", location);
    ok(
      error.message.includes(`refused to follow a redirect to another host (${host})`),
      error.message,
    );
    strictEqual(sent.length, 1, `${location} was never requested`);
  }
  // A call that starts elsewhere (a misbuilt URL) is refused the same way, before any request.
  const { target, sent } = scriptedTarget([new Response("stolen")]);
  await failure(
    send(target, { method: "GET", url: new URL("https://evil.example/"), vendor: plain }),
  );
  strictEqual(sent.length, 0);
});

Deno.test("at most 3 redirects are followed: the 4th is an error, after 4 requests", async () => {
  const hops = (n: number) => Array.from({ length: n }, (_, i) => redirect(302, `/hop${i + 1}`));
  const ok3 = scriptedTarget([...hops(3), new Response("arrived")]);
  const reply = await send(ok3.target, { method: "GET", url: new URL("/", ORIGIN), vendor: plain });
  strictEqual(reply.text, "arrived");
  strictEqual(ok3.sent.length, 4);
  const tooMany = scriptedTarget([...hops(4), new Response("arrived")]);
  const error = await failure(
    send(tooMany.target, { method: "GET", url: new URL("/", ORIGIN), vendor: plain }),
  );
  strictEqual(error.code, "config");
  ok(error.message.includes("too many redirects"), error.message);
  strictEqual(tooMany.sent.length, 4);
});

Deno.test("only 3xx is a redirect: a 2xx or 4xx with a Location header is answered as itself", async () => {
  const withLocation = (status: number, body: string) =>
    new Response(body, { status, headers: { location: "https://evil.example/" } });
  const success = scriptedTarget([withLocation(201, "created")]);
  strictEqual(
    (await send(success.target, { method: "GET", url: new URL("/", ORIGIN), vendor: plain })).text,
    "created",
  );
  const notFound = scriptedTarget([withLocation(404, "no such index")]);
  const error = await failure(
    send(notFound.target, { method: "GET", url: new URL("/", ORIGIN), vendor: plain }),
  );
  strictEqual(error.code, "not_found");
  ok(error.message.includes("HTTP 404: no such index"), error.message);
  strictEqual(success.sent.length + notFound.sent.length, 2);
});
