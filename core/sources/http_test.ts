import { deepStrictEqual, ok, rejects, strictEqual } from "@node/assert";
import { cleanDetail, type HttpTarget, retryAfterMs, send, type VendorErrors } from "./http.ts";
import { LogSourceError } from "./types.ts";
import { type FakeReply, scripted, startFakeServer } from "../../devkit/fake_backends/mod.ts";
import { VirtualClock } from "./test_support.ts";

const TOKEN = "tok_s3cr3t_value_123";
const plain: VendorErrors = { detail: ({ text }) => text || undefined };

function target(url: string, overrides: Partial<HttpTarget> = {}): HttpTarget {
  return {
    sourceName: "test",
    origin: new URL(url).origin,
    fetch,
    now: Date.now,
    timers: { setTimeout, clearTimeout: (id) => clearTimeout(id as number) },
    deadline: Date.now() + 5000,
    budgetMs: 5000,
    timeoutMs: 1000,
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 5 },
    secrets: [TOKEN],
    maxResponseBytes: 10_000,
    ...overrides,
  };
}

async function withServer(
  replies: FakeReply[],
  run: (url: string, requests: { path: string }[]) => Promise<void>,
) {
  const server = await startFakeServer(scripted(replies));
  try {
    await run(server.url, server.requests);
  } finally {
    await server.stop();
  }
}

async function failure(promise: Promise<unknown>): Promise<LogSourceError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LogSourceError) return error;
    throw error;
  }
  throw new Error("expected a failure");
}

Deno.test("429 and 503 are retried, then the 2xx reply is returned", async () => {
  await withServer(
    [{ status: 429, body: "slow down" }, { status: 503, body: "busy" }, { body: "ok" }],
    async (url, requests) => {
      const reply = await send(target(url), {
        method: "GET",
        url: new URL("/x", url),
        vendor: plain,
      });
      strictEqual(reply.text, "ok");
      strictEqual(requests.length, 3);
    },
  );
});

Deno.test("retries stop at maxAttempts with a rate_limited error carrying the vendor detail", async () => {
  await withServer(
    [{ status: 429, body: "a" }, { status: 429, body: "b" }, {
      status: 429,
      body: "too many outstanding requests",
    }],
    async (url, requests) => {
      const error = await failure(
        send(target(url), { method: "GET", url: new URL("/", url), vendor: plain }),
      );
      strictEqual(error.code, "rate_limited");
      ok(error.message.includes("too many outstanding requests"), error.message);
      ok(error.message.startsWith('Log source "test": HTTP 429'), error.message);
      strictEqual(requests.length, 3);
    },
  );
});

Deno.test("a 4xx is not retried and maps to its code", async () => {
  for (
    const [status, code] of [[400, "bad_query"], [401, "auth"], [403, "auth"], [
      404,
      "not_found",
    ]] as const
  ) {
    await withServer([{ status, body: "nope" }], async (url, requests) => {
      const error = await failure(
        send(target(url), { method: "GET", url: new URL("/", url), vendor: plain }),
      );
      strictEqual(error.code, code);
      strictEqual(requests.length, 1);
    });
  }
});

/** A target on a virtual clock: `fetch` answers at once, budget and timeouts as given. */
function virtualTarget(
  clock: VirtualClock,
  fetcher: typeof fetch,
  overrides: Partial<HttpTarget> = {},
): HttpTarget {
  const budgetMs = overrides.budgetMs ?? 8000;
  return target("http://127.0.0.1:1", {
    fetch: fetcher,
    now: clock.now,
    timers: clock,
    deadline: clock.now() + budgetMs,
    budgetMs,
    ...overrides,
  });
}

Deno.test("Retry-After is honoured when it fits the deadline (virtual time)", async () => {
  const clock = new VirtualClock();
  const asked: number[] = [];
  const replies = [
    new Response("", { status: 429, headers: { "retry-after": "1" } }),
    new Response("ok"),
  ];
  const started = clock.now();
  const reply = await clock.run(
    send(
      virtualTarget(clock, () => {
        asked.push(clock.now() - started);
        return Promise.resolve(replies.shift()!);
      }),
      { method: "GET", url: new URL("http://127.0.0.1:1/"), vendor: plain },
    ),
  );
  strictEqual(reply.text, "ok");
  deepStrictEqual(asked, [0, 1000], "asked again exactly when Retry-After said");
});

Deno.test("a retry wait that would pass the budget is not slept: the last error is reported", async () => {
  const clock = new VirtualClock();
  const started = clock.now();
  const error = await failure(clock.run(
    send(
      virtualTarget(
        clock,
        () =>
          Promise.resolve(new Response("busy", { status: 503, headers: { "retry-after": "9" } })),
      ),
      { method: "GET", url: new URL("http://127.0.0.1:1/"), vendor: plain },
    ),
  ));
  strictEqual(error.code, "unavailable");
  ok(/HTTP 503: busy/.test(error.message), error.message);
  strictEqual(clock.now() - started, 0, "gave up at once instead of sleeping 9 s");
});

Deno.test("a silent backend: each attempt's timeout, then the budget's end, stated as applied", async () => {
  const clock = new VirtualClock();
  const started = clock.now();
  const asked: number[] = [];
  const error = await failure(clock.run(
    send(
      virtualTarget(clock, clock.silentFetch(asked), {
        timeoutMs: 3000,
        retry: { maxAttempts: 3, baseDelayMs: 300, maxDelayMs: 3000 },
      }),
      { method: "GET", url: new URL("http://127.0.0.1:1/"), vendor: plain },
    ),
  ));
  // 0–3000 first attempt, 300 ms backoff, 3300–6300 second, 600 ms backoff, third cut at 8000.
  deepStrictEqual(asked.map((at) => at - started), [0, 3300, 6900]);
  strictEqual(clock.now() - started, 8000, "gave up exactly at the budget");
  strictEqual(error.code, "timeout");
  strictEqual(
    error.message,
    'Log source "test": no answer within its 8000 ms time budget (try a shorter window).',
  );
});

Deno.test("a silent backend within the budget: the per-request timeout and attempts are stated", async () => {
  const clock = new VirtualClock();
  const started = clock.now();
  const error = await failure(clock.run(
    send(
      virtualTarget(clock, clock.silentFetch(), {
        timeoutMs: 2000,
        retry: { maxAttempts: 2, baseDelayMs: 300, maxDelayMs: 3000 },
      }),
      { method: "GET", url: new URL("http://127.0.0.1:1/"), vendor: plain },
    ),
  ));
  strictEqual(clock.now() - started, 4300, "2 × 2000 ms + 300 ms backoff");
  ok(error.message.includes("no answer within 2000 ms (attempt 2 of 2)"), error.message);
});

Deno.test("Retry-After longer than the budget gives up at once", async () => {
  await withServer(
    [{ status: 429, headers: { "retry-after": "30" } }, { body: "ok" }],
    async (url, requests) => {
      const error = await failure(
        send(target(url), { method: "GET", url: new URL("/", url), vendor: plain }),
      );
      strictEqual(error.code, "rate_limited");
      strictEqual(requests.length, 1);
    },
  );
});

Deno.test("retryAfterMs reads seconds, HTTP dates and Datadog's reset header", () => {
  const now = Date.parse("2026-11-29T10:00:00Z");
  strictEqual(retryAfterMs(new Headers({ "retry-after": "7" }), now), 7000);
  strictEqual(
    retryAfterMs(new Headers({ "retry-after": "Sun, 29 Nov 2026 10:00:05 GMT" }), now),
    5000,
  );
  strictEqual(retryAfterMs(new Headers({ "x-ratelimit-reset": "3" }), now), 3000);
  strictEqual(retryAfterMs(new Headers(), now), undefined);
});

Deno.test("a slow backend times out per request, retried, then a timeout error", async () => {
  await withServer(
    [{ delayMs: 2000, body: "late" }, { delayMs: 2000, body: "late" }],
    async (url, requests) => {
      const error = await failure(
        send(
          target(url, { timeoutMs: 100, retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 } }),
          {
            method: "GET",
            url: new URL("/", url),
            vendor: plain,
          },
        ),
      );
      strictEqual(error.code, "timeout");
      ok(error.message.includes("no answer within 100 ms"), error.message);
      strictEqual(requests.length, 2);
    },
  );
});

Deno.test("a refused connection is `unavailable` and names the host only", async () => {
  const server = await startFakeServer(scripted([]));
  const url = server.url;
  await server.stop();
  const error = await failure(
    send(target(url), { method: "GET", url: new URL("/", url), vendor: plain }),
  );
  strictEqual(error.code, "unavailable");
  ok(error.message.includes(`could not connect to ${new URL(url).host}`), error.message);
});

Deno.test("redirects: same origin is followed, another host is refused", async () => {
  await withServer(
    [{ status: 302, headers: { location: "/moved" } }, { body: "here" }],
    async (url, requests) => {
      const reply = await send(target(url), {
        method: "GET",
        url: new URL("/", url),
        vendor: plain,
      });
      strictEqual(reply.text, "here");
      deepStrictEqual(requests.map((r) => r.path), ["/", "/moved"]);
    },
  );
  await withServer(
    [{ status: 302, headers: { location: "http://169.254.169.254/latest/meta-data" } }],
    async (url) => {
      const error = await failure(
        send(target(url), { method: "GET", url: new URL("/", url), vendor: plain }),
      );
      strictEqual(error.code, "config");
      ok(
        error.message.includes("refused to follow a redirect to another host (169.254.169.254)"),
        error.message,
      );
    },
  );
});

Deno.test("error texts never carry a secret, even when the backend echoes it", async () => {
  await withServer([{ status: 401, body: `bad token ${TOKEN} for user` }], async (url) => {
    const error = await failure(
      send(target(url), { method: "GET", url: new URL("/", url), vendor: plain }),
    );
    ok(!error.message.includes(TOKEN), error.message);
    ok(error.message.includes("bad token [secret] for user"), error.message);
  });
  strictEqual(cleanDetail("a\nb\u0000c  d", []), "a b c d");
  strictEqual(cleanDetail("x".repeat(300), []).length, 201);
});

Deno.test("an error body that quotes log text is scrubbed before it reaches the message", () => {
  const detail = cleanDetail(
    'parse error near "password=Hunter2Hunter2!" for jane.doe@example.org',
    [],
  );
  ok(!detail.includes("Hunter2Hunter2!"), detail);
  ok(!detail.includes("jane.doe@example.org"), detail);
  ok(detail.startsWith("parse error near"), detail);
});

Deno.test("a body over maxResponseBytes is refused as malformed", async () => {
  await withServer([{ body: "y".repeat(20_000) }], async (url) => {
    await rejects(
      send(target(url), { method: "GET", url: new URL("/", url), vendor: plain }),
      (error: LogSourceError) =>
        error.code === "malformed" && /larger than 10000 bytes/.test(error.message),
    );
  });
});
