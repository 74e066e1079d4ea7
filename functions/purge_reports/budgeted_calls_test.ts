/**
 * Web API calls inside a purge run's budget, on a scripted client and a clock whose sleeps take
 * no time: what is waited, retried, given up, and how each ending is told apart.
 */
import { deepStrictEqual, ok, rejects, strictEqual } from "@node/assert";
import { SlackApiError, type SlackClient, type SlackResponse } from "../../slack/web_api.ts";
import { type Budget, budgetedCalls, OutOfTime, TransientFailure } from "./budgeted_calls.ts";

type Answer = SlackResponse | Error;

const OK: SlackResponse = { ok: true };
const limited = (retryAfterSeconds?: number) =>
  new SlackApiError("rate limited", "rate_limited", "chat.delete", 429, retryAfterSeconds);
const failed = (code: "http" | "timeout" | "network" | "malformed") =>
  new SlackApiError(code, code, "chat.delete", code === "http" ? 500 : undefined);

/** A client answering from `answers` in turn (the last one again once they run out). */
function scripted(answers: readonly Answer[]) {
  const calls: { method: string; args: unknown; encoding?: string }[] = [];
  const client: SlackClient = {
    baseUrl: "http://127.0.0.1:1/api/",
    call(method, args, options) {
      calls.push({ method, args, encoding: options?.encoding });
      const answer = answers[Math.min(calls.length, answers.length) - 1];
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
  };
  return { client, calls };
}

/** A budget of `ms` on a clock that moves only when slept on. */
function budget(ms: number): Budget & { slept: number[] } {
  let now = 1_000_000;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    deadlineMs: now + ms,
    sleep: (wait) => {
      slept.push(wait);
      now += wait;
      return Promise.resolve();
    },
  };
}

Deno.test("budgeted calls: an answer comes back as it is, sent form-encoded unless asked otherwise", async () => {
  const { client, calls } = scripted([{ ok: true, ts: "1.2" }]);
  const calls_ = budgetedCalls(client, budget(5_000));
  deepStrictEqual(await calls_.call("chat.delete", { ts: "1.2" }), { ok: true, ts: "1.2" });
  await calls_.call("chat.postMessage", { text: "x" }, "json");
  deepStrictEqual(calls.map((c) => [c.method, c.encoding]), [
    ["chat.delete", "form"],
    ["chat.postMessage", "json"],
  ]);
  strictEqual(calls_.count, 2);
});

Deno.test("budgeted calls: a rate limit waits its Retry-After (1 s when Slack names none), then tries again", async () => {
  const clock = budget(10_000);
  const { client, calls } = scripted([limited(2), limited(undefined), OK]);
  const made = budgetedCalls(client, clock);
  deepStrictEqual(await made.call("chat.delete", {}), OK);
  deepStrictEqual(clock.slept, [2_000, 1_000]);
  strictEqual(calls.length, 3);
  strictEqual(made.count, 3, "each attempt counts");
  strictEqual(made.remainingMs(), 7_000);
});

Deno.test("budgeted calls: a rate limit whose wait would reach the deadline ends the run's calls, saying how long Slack asked", async () => {
  for (
    const [left, retryAfter, waits] of [[3_000, 3, false], [3_001, 3, true], [
      999,
      undefined,
      false,
    ]] as const
  ) {
    const clock = budget(left);
    const made = budgetedCalls(scripted([limited(retryAfter), OK]).client, clock);
    if (waits) {
      deepStrictEqual(await made.call("chat.delete", {}), OK, `${left} ms left`);
      continue;
    }
    const error = await made.call("chat.delete", {}).then(() => undefined, (e) => e);
    ok(error instanceof OutOfTime, `${left} ms left, Retry-After ${retryAfter}`);
    strictEqual(error.name, "OutOfTime");
    strictEqual(error.method, "chat.delete");
    strictEqual(error.retryAfterSeconds, retryAfter ?? 1);
    ok(error.message.includes("chat.delete"), error.message);
    deepStrictEqual(clock.slept, [], "nothing waited in vain");
  }
});

Deno.test("budgeted calls: a 5xx, timeout or network failure is retried after 250 ms, then 1 s, then given up as may-have-happened", async () => {
  for (const code of ["http", "timeout", "network"] as const) {
    const clock = budget(60_000);
    const { client, calls } = scripted([failed(code)]);
    const error = await budgetedCalls(client, clock).call("chat.delete", {}).then(
      () => undefined,
      (e) => e,
    );
    ok(error instanceof TransientFailure, code);
    strictEqual(error.name, "TransientFailure");
    strictEqual(error.code, code);
    strictEqual(error.method, "chat.delete");
    strictEqual(error.mayHaveHappened, true);
    ok(error.message.includes(`chat.delete failed (${code})`), error.message);
    deepStrictEqual(clock.slept, [250, 1_000]);
    strictEqual(calls.length, 3);
  }
  // Recovered on the second retry.
  const clock = budget(60_000);
  const { client } = scripted([failed("http"), failed("network"), OK]);
  deepStrictEqual(await budgetedCalls(client, clock).call("chat.delete", {}), OK);
  deepStrictEqual(clock.slept, [250, 1_000]);
});

Deno.test("budgeted calls: a retry whose backoff would reach the deadline is not waited for", async () => {
  for (
    const [left, slept] of [[250, []], [251, [250]], [1_250, [250]], [1_251, [250, 1_000]]] as const
  ) {
    const clock = budget(left);
    const error = await budgetedCalls(scripted([failed("http")]).client, clock)
      .call("chat.delete", {}).then(() => undefined, (e) => e);
    ok(error instanceof TransientFailure, `${left} ms left`);
    deepStrictEqual(clock.slept, slept, `${left} ms left`);
  }
});

Deno.test("budgeted calls: rate limits and failures keep their own counts: a rate limit does not use up a retry", async () => {
  const clock = budget(60_000);
  const answers = [failed("http"), limited(1), failed("http"), limited(1), OK];
  deepStrictEqual(await budgetedCalls(scripted(answers).client, clock).call("x.y", {}), OK);
  deepStrictEqual(clock.slept, [250, 1_000, 1_000, 1_000]);
});

Deno.test("budgeted calls: a malformed answer, and any error not from Slack, is thrown at once", async () => {
  const { client, calls } = scripted([failed("malformed")]);
  const clock = budget(60_000);
  await rejects(
    budgetedCalls(client, clock).call("chat.delete", {}),
    (e: unknown) => e instanceof SlackApiError && e.code === "malformed",
  );
  strictEqual(calls.length, 1);
  const broken: SlackClient = {
    baseUrl: "http://127.0.0.1:1/api/",
    call: () => Promise.reject(new RangeError("bug")),
  };
  await rejects(budgetedCalls(broken, clock).call("chat.delete", {}), RangeError);
  // Whatever its code: only the client's own errors say what Slack answered.
  for (const code of ["rate_limited", "http", "network"]) {
    const lookalike = Object.assign(new Error("not from Slack"), { code, retryAfterSeconds: 0 });
    const odd = scripted([lookalike, OK]);
    await rejects(budgetedCalls(odd.client, clock).call("chat.delete", {}), /not from Slack/);
    strictEqual(odd.calls.length, 1, code);
  }
  deepStrictEqual(clock.slept, []);
});

Deno.test("budgeted calls: no call is made once the budget is spent, and none after 20 attempts", async () => {
  const spent = budget(0);
  const { client, calls } = scripted([OK]);
  const made = budgetedCalls(client, spent);
  strictEqual(made.remainingMs(), 0);
  await rejects(
    made.call("chat.delete", {}),
    (e: unknown) => e instanceof OutOfTime && e.retryAfterSeconds === 0,
    "no wait of Slack's is named",
  );
  strictEqual(calls.length, 0);
  strictEqual(made.count, 0);

  // Slack rate-limiting with no wait at all would otherwise loop for ever.
  const endless = scripted([limited(0)]);
  const capped = budgetedCalls(endless.client, budget(60_000));
  await rejects(capped.call("chat.delete", {}), OutOfTime);
  strictEqual(endless.calls.length, 20);
  strictEqual(capped.count, 20);
});
