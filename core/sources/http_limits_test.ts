/**
 * The HTTP path at its edges, on a virtual clock with a scripted fetch (no server): every status
 * mapped to its code and retried or not, Retry-After and X-RateLimit-Reset read only when whole,
 * the budget's last millisecond, waits that land exactly on the deadline, connection failures
 * retried, no timer left behind, and the wording of one attempt's timeout.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import * as z from "zod";
import {
  cleanDetail,
  type HttpTarget,
  parseReply,
  retryAfterMs,
  send,
  type VendorErrors,
} from "./http.ts";
import { VirtualClock } from "./test_support.ts";
import { LogSourceError, type Timers } from "./types.ts";

const plain: VendorErrors = { detail: ({ text }) => text || undefined };
const URL_ = new URL("http://127.0.0.1:1/logs");

function target(
  clock: VirtualClock,
  fetcher: typeof fetch,
  overrides: Partial<HttpTarget> = {},
): HttpTarget {
  const budgetMs = overrides.budgetMs ?? 8000;
  return {
    sourceName: "test",
    origin: URL_.origin,
    fetch: fetcher,
    now: clock.now,
    timers: clock,
    deadline: clock.now() + budgetMs,
    budgetMs,
    timeoutMs: 1000,
    retry: { maxAttempts: 1, baseDelayMs: 300, maxDelayMs: 3000 },
    secrets: [],
    maxResponseBytes: 10_000,
    ...overrides,
  };
}

/** A fetch answering each request with the next of `replies` (a status, or a thrown error). */
function scripted(replies: (number | Error)[], asked: number[], clock: VirtualClock): typeof fetch {
  let i = 0;
  return () => {
    asked.push(clock.now());
    const next = replies[Math.min(i++, replies.length - 1)];
    if (next instanceof Error) return Promise.reject(next);
    return Promise.resolve(new Response(next === 204 ? null : `status ${next}`, { status: next }));
  };
}

async function outcome(clock: VirtualClock, t: HttpTarget): Promise<string | LogSourceError> {
  try {
    return (await clock.run(send(t, { method: "GET", url: URL_, vendor: plain }))).text;
  } catch (error) {
    if (error instanceof LogSourceError) return error;
    throw error;
  }
}

/** The error `got` must be. */
function asError(got: string | LogSourceError): LogSourceError {
  if (!(got instanceof LogSourceError)) throw new Error(`expected a LogSourceError, got ${got}`);
  return got;
}

function expectedCode(status: number): string {
  if (status === 401 || status === 403) return "auth";
  if (status === 404) return "not_found";
  if (status === 408 || status === 504) return "timeout";
  if (status === 429) return "rate_limited";
  if (status >= 400 && status <= 499) return "bad_query";
  return "unavailable";
}

Deno.test("http limits: every error status maps to its code; 429 and 5xx are retried, the rest not", async () => {
  for (let status = 400; status <= 599; status++) {
    const clock = new VirtualClock();
    const asked: number[] = [];
    const t = target(clock, scripted([status, 200], asked, clock), {
      retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
    });
    const got = await outcome(clock, t);
    const retried = status === 429 || status >= 500;
    strictEqual(asked.length, retried ? 2 : 1, `${status}`);
    if (retried) strictEqual(got, "status 200", `${status}`);
    else {
      const error = asError(got);
      strictEqual(error.code, expectedCode(status), `${status}`);
      ok(error.message.includes(`HTTP ${status}: status ${status}`), error.message);
    }
    // Without a retry left, the retried ones end in their own code too.
    const once = await outcome(new VirtualClock(), target(clock, scripted([status], [], clock)));
    ok(once instanceof LogSourceError && once.code === expectedCode(status), `${status} once`);
  }
  for (const status of [200, 201, 204, 299]) {
    const clock = new VirtualClock();
    strictEqual(
      typeof await outcome(clock, target(clock, scripted([status], [], clock))),
      "string",
    );
  }
});

Deno.test("http limits: a vendor's throttle answer is rate_limited and retried, whatever its status", async () => {
  const throttling: VendorErrors = { ...plain, throttled: ({ status }) => status === 400 };
  const clock = new VirtualClock();
  const asked: number[] = [];
  const t = target(clock, scripted([400, 400], asked, clock), {
    retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1 },
  });
  const error = await clock.run(send(t, { method: "GET", url: URL_, vendor: throttling })).catch((
    e,
  ) => e);
  ok(error instanceof LogSourceError);
  strictEqual(error.code, "rate_limited");
  strictEqual(asked.length, 2);
});

Deno.test("http limits: Retry-After and X-RateLimit-Reset are read only as 1 to 6 whole digits or a date", () => {
  const now = Date.parse("2026-11-29T10:00:00Z");
  const read = (h: Record<string, string>) => retryAfterMs(new Headers(h), now);
  for (let digits = 1; digits <= 6; digits++) {
    const value = "9".repeat(digits);
    strictEqual(read({ "retry-after": value }), Number(value) * 1000, value);
    strictEqual(read({ "x-ratelimit-reset": value }), Number(value) * 1000, value);
    strictEqual(read({ "retry-after": ` ${value} ` }), Number(value) * 1000, value);
  }
  for (const bad of ["9999999", "7x", "x7", "7 8", "-7", "7.5", "abc"]) {
    strictEqual(read({ "x-ratelimit-reset": bad }), undefined, `reset ${bad}`);
  }
  // A Retry-After that is neither seconds nor a date: the reset header is read instead. (The
  // date parser takes "7 8", "-7" or "7.5" for dates long past: a wait of 0.)
  for (const bad of ["9999999", "7x", "x7", "abc", "soon"]) {
    strictEqual(read({ "retry-after": bad, "x-ratelimit-reset": "3" }), 3000, `retry-after ${bad}`);
  }
  strictEqual(read({ "retry-after": "Sun, 29 Nov 2026 09:59:00 GMT" }), 0, "a date past is now");
  strictEqual(read({ "retry-after": "Sun, 29 Nov 2026 10:00:01 GMT" }), 1000);
  strictEqual(read({ "retry-after": "", "x-ratelimit-reset": "2" }), 2000);
});

Deno.test("http limits: no time left means no request; 1 ms left still asks, then says the budget ran out", async () => {
  for (const left of [0, -5]) {
    const clock = new VirtualClock();
    const asked: number[] = [];
    const got = await outcome(
      clock,
      target(clock, clock.silentFetch(asked), { deadline: clock.now() + left }),
    );
    strictEqual(asked.length, 0, `${left} ms left`);
    ok(got instanceof LogSourceError && got.code === "timeout", `${left}`);
  }
  const clock = new VirtualClock();
  const asked: number[] = [];
  const got = await outcome(
    clock,
    target(clock, clock.silentFetch(asked), { deadline: clock.now() + 1 }),
  );
  strictEqual(asked.length, 1);
  ok(
    got instanceof LogSourceError &&
      got.message.includes("no answer within its 8000 ms time budget"),
  );
});

Deno.test("http limits: an attempt whose timeout ends with the budget is the attempt's timeout, worded per attempt", async () => {
  for (const maxAttempts of [1, 2]) {
    const clock = new VirtualClock();
    const got = await outcome(
      clock,
      target(clock, clock.silentFetch(), {
        budgetMs: 1000,
        timeoutMs: 1000,
        retry: { maxAttempts, baseDelayMs: 0, maxDelayMs: 0 },
      }),
    );
    strictEqual(asError(got).code, "timeout");
    const attempts = maxAttempts === 1 ? "" : " (attempt 1 of 2)";
    strictEqual(
      asError(got).message,
      `Log source "test": no answer within 1000 ms${attempts} (try a shorter window).`,
      `${maxAttempts}`,
    );
  }
});

Deno.test("http limits: a wait that would end exactly at the deadline is not slept", async () => {
  const clock = new VirtualClock();
  const started = clock.now();
  const asked: number[] = [];
  const got = await outcome(
    clock,
    target(clock, scripted([503, 200], asked, clock), {
      budgetMs: 300,
      retry: { maxAttempts: 3, baseDelayMs: 300, maxDelayMs: 3000 },
    }),
  );
  ok(got instanceof LogSourceError && got.message.includes("HTTP 503"), String(got));
  strictEqual(asked.length, 1);
  strictEqual(clock.now() - started, 0);
});

Deno.test("http limits: with no backoff, retries follow at once; a refused connection is retried", async () => {
  const clock = new VirtualClock();
  const started = clock.now();
  const asked: number[] = [];
  const got = await outcome(
    clock,
    target(clock, scripted([new TypeError("connection refused"), 503, 200], asked, clock), {
      retry: { maxAttempts: 3, baseDelayMs: 0, maxDelayMs: 0 },
    }),
  );
  strictEqual(got, "status 200");
  deepStrictEqual(asked.map((at) => at - started), [0, 0, 0]);
});

Deno.test("http limits: every timer the request set is cleared once it is answered", async () => {
  const clock = new VirtualClock();
  const live = new Set<unknown>();
  const timers: Timers = {
    setTimeout: (run, ms) => {
      const handle = clock.setTimeout(() => {
        live.delete(handle);
        run();
      }, ms);
      live.add(handle);
      return handle;
    },
    clearTimeout: (handle) => {
      live.delete(handle);
      clock.clearTimeout(handle);
    },
  };
  for (const replies of [[200], [503, 200], [404]]) {
    const t = target(clock, scripted(replies, [], clock), {
      timers,
      retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 5 },
    });
    await outcome(clock, t);
    strictEqual(live.size, 0, `${replies}: ${live.size} timers left`);
  }
});

Deno.test("http limits: with no attempt allowed, the request fails closed as unavailable", async () => {
  const clock = new VirtualClock();
  const asked: number[] = [];
  const got = await outcome(
    clock,
    target(clock, scripted([200], asked, clock), {
      retry: { maxAttempts: 0, baseDelayMs: 0, maxDelayMs: 0 },
    }),
  );
  ok(got instanceof LogSourceError && got.code === "unavailable", String(got));
  strictEqual(asked.length, 0);
});

Deno.test("http limits: a reply of the wrong shape at its root says (root); a single odd space is one space", () => {
  try {
    parseReply(
      { sourceName: "test" },
      "[1, 2]",
      z.object({ hits: z.array(z.string()) }),
      "search result",
    );
    ok(false, "expected a failure");
  } catch (error) {
    ok(error instanceof LogSourceError && error.message.includes("(at (root))"), String(error));
  }
  for (const space of ["\u00a0", "\u2003", "\u2028", "\u3000"]) {
    strictEqual(cleanDetail(`index${space}missing`, []), "index missing", JSON.stringify(space));
  }
});
