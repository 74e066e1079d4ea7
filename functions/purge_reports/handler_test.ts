/**
 * purge_reports' own checks, as Slack's runtime runs it: the session id and the time budget it
 * accepts (and the exact words when it does not), what a failed search for expired reports
 * says, and the run it schedules when a report's trigger fires before its deadline.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import type { SlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import type { FunctionContext } from "../../slack/function_context.ts";
import handler, { createPurgeReportsHandler, DEFAULT_BUDGET_SECONDS } from "./handler.ts";
import { seedReport, tombstones, withEmulator } from "./test_fixtures.ts";

function context(
  emu: SlackEmulator,
  inputs: Record<string, unknown>,
  env: Record<string, string> = {},
): FunctionContext<unknown> {
  return {
    inputs,
    env: { SLACK_API_URL: emu.url, ...env },
    token: emu.botToken,
    team_id: "T05SAFEDBG1",
    enterprise_id: "",
  };
}

const NOTHING_DONE = { outputs: { purged: 0, closed: 0, failed: 0, left: 0 } };

Deno.test("purge_reports: a session id is letters, digits and dashes, 1 to 100 of them, or blank", async () => {
  await withEmulator(async (emu) => {
    for (const id of ["a/b", "a b", "<!here>", "a".repeat(101), "id\n"]) {
      strictEqual(
        (await handler(context(emu, { session_id: id }))).error,
        "purge_reports: session_id must be a debug_sessions id (or left empty).",
        JSON.stringify(id),
      );
    }
    for (const id of ["a", "A-9", "a".repeat(100)]) {
      deepStrictEqual(await handler(context(emu, { session_id: id })), NOTHING_DONE, id);
    }
    deepStrictEqual(await handler(context(emu, {})), NOTHING_DONE);
    // Workflow Builder passes "" for a field left empty: the sweep of every report that is due.
    deepStrictEqual(await handler(context(emu, { session_id: "" })), NOTHING_DONE);
  });
});

Deno.test("purge_reports: the time budget is 5 to 50 whole seconds, 12 when unset", async () => {
  await withEmulator(async (emu) => {
    strictEqual(DEFAULT_BUDGET_SECONDS, 12);
    for (const budget of ["4", "51", "0", "abc", "5.5", "-5", "1000", "0x10", "1e1"]) {
      strictEqual(
        (await handler(context(emu, {}, { PURGE_TIME_BUDGET_SECONDS: budget }))).error,
        "PURGE_TIME_BUDGET_SECONDS must be a whole number of seconds from 5 to 50. Ask an admin " +
          "to fix it with `slack env add`.",
        budget,
      );
    }
    for (const budget of ["5", "50", " 12 ", "", "  ", "005"]) {
      deepStrictEqual(
        await handler(context(emu, {}, { PURGE_TIME_BUDGET_SECONDS: budget })),
        NOTHING_DONE,
        JSON.stringify(budget),
      );
    }
  });
});

Deno.test("purge_reports: the budget bounds the run's waits on Slack's rate limits", async () => {
  await withEmulator(async (emu) => {
    await seedReport(emu);
    let now = 1_800_000_000_000;
    const slept: number[] = [];
    const clock = {
      now: () => now,
      sleep: (ms: number) => {
        slept.push(ms);
        now += ms;
        return Promise.resolve();
      },
    };
    // Every query is rate limited for 4 s: a 5 s budget allows one wait, then the run stops.
    emu.faults.rateLimit("apps.datastore.query", 4, Infinity);
    const result = await createPurgeReportsHandler(clock)(
      context(emu, {}, { PURGE_TIME_BUDGET_SECONDS: "5" }),
    );
    emu.faults.clear();
    ok(result.error?.startsWith("Could not look for expired reports: "), result.error);
    ok(result.error?.endsWith(" The next hourly sweep tries again."), result.error);
    strictEqual(
      result.error,
      "Could not look for expired reports: Slack kept the run waiting past its time budget " +
        "(apps.datastore.query). The next hourly sweep tries again.",
    );
    ok(slept.length >= 1 && slept.reduce((a, b) => a + b, 0) <= 5000, String(slept));
    strictEqual(tombstones(emu).length, 0);
  });
});

Deno.test("purge_reports: a Slack that keeps failing is said so, not called an internal error", async () => {
  await withEmulator(async (emu) => {
    // A port nothing listens on: every call fails to connect, and is retried within the budget.
    const closed = Deno.listen({ hostname: "127.0.0.1", port: 0 });
    const port = (closed.addr as Deno.NetAddr).port;
    closed.close();
    let now = 1_800_000_000_000;
    const clock = {
      now: () => now,
      sleep: (ms: number) => {
        now += ms;
        return Promise.resolve();
      },
    };
    const result = await createPurgeReportsHandler(clock)(
      context(emu, {}, { SLACK_API_URL: `http://127.0.0.1:${port}/api/` }),
    );
    strictEqual(
      result.error,
      "Could not look for expired reports: Slack kept failing (apps.datastore.query: network). " +
        "The next hourly sweep tries again.",
    );
  });
});

Deno.test("purge_reports: an unusable Slack API URL and a failed search say what went wrong", async () => {
  await withEmulator(async (emu) => {
    const bad = await handler(context(emu, {}, { SLACK_API_URL: "ftp://emulator" }));
    strictEqual(bad.error, "SLACK_API_URL must be an http(s) URL.");
    emu.faults.failNext("apps.datastore.query", "internal_error");
    const failed = await handler(context(emu, {}));
    ok(failed.error?.startsWith("Could not look for expired reports: "), failed.error);
    ok(failed.error?.includes('"internal_error"'), failed.error);
    ok(failed.error?.endsWith(" The next hourly sweep tries again."), failed.error);
  });
});

Deno.test("purge_reports: a report's trigger that fires early schedules one run just after its deadline", async () => {
  await withEmulator(async (emu) => {
    // expiredSecondsAgo < 0: the deadline is 10 minutes ahead.
    const session = await seedReport(emu, {}, -600);
    deepStrictEqual(await handler(context(emu, { session_id: session.id })), NOTHING_DONE);
    const [trigger] = emu.state.triggers() as unknown as {
      inputs?: Record<string, { value: unknown }>;
      schedule?: { start_time?: string };
    }[];
    strictEqual((trigger as { name?: string }).name, "Purge a debug report at its deadline");
    deepStrictEqual(trigger?.inputs, { session_id: { value: session.id } });
    strictEqual(
      trigger?.schedule?.start_time,
      new Date((session.expires_at + 1) * 1000).toISOString(),
    );
    strictEqual(tombstones(emu).length, 0);
  });
});

Deno.test("purge_reports: a run stopped by a rate limit schedules one follow-up sweep, at least a minute on", async () => {
  for (const [retryAfter, wait] of [[4, 60], [58, 60], [59, 60], [60, 61], [100, 101]]) {
    await withEmulator(async (emu) => {
      await seedReport(emu);
      let now = Date.now();
      const clock = {
        now: () => now,
        sleep: (ms: number) => {
          now += ms;
          return Promise.resolve();
        },
      };
      // Deleting the report is limited for longer than the run's 5 s: the run leaves it.
      emu.faults.rateLimit("chat.delete", retryAfter, Infinity);
      const result = await createPurgeReportsHandler(clock)(
        context(emu, {}, { PURGE_TIME_BUDGET_SECONDS: "5" }),
      );
      deepStrictEqual(
        result.outputs,
        { purged: 0, closed: 0, failed: 0, left: 1 },
        `${retryAfter}`,
      );
      const triggers = emu.state.triggers();
      strictEqual(triggers.length, 1, `${retryAfter}`);
      strictEqual(triggers[0].name, "Purge expired reports (follow-up)");
      deepStrictEqual(triggers[0].inputs, {});
      strictEqual(
        triggers[0].schedule?.start_time,
        new Date((Math.floor(now / 1000) + wait) * 1000).toISOString(),
        `${retryAfter}`,
      );
    });
  }
});
