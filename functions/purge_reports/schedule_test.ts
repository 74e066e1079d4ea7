/**
 * The one-off purge triggers: what is asked of Slack (a report's run at its deadline, or a
 * follow-up sweep), and what counts as made. Slack's answer is input: only a trigger id of
 * Slack's shape is taken; anything else is a code the caller records (the hourly sweep remains).
 */
import { deepStrictEqual } from "@node/assert";
import { SlackApiError, type SlackClient, type SlackResponse } from "../../slack/web_api.ts";
import { PURGE_WORKFLOW, schedulePurgeRun } from "./schedule.ts";

const AT = 1_764_000_000;

/** A client answering `answer` (or throwing it), recording each call. */
function client(answer: unknown | Error): SlackClient & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    baseUrl: "http://127.0.0.1:9/api/",
    calls,
    call: (method: string, args?: Record<string, unknown>, options?: unknown) => {
      calls.push([method, args, options]);
      return answer instanceof Error
        ? Promise.reject(answer)
        : Promise.resolve(answer as SlackResponse);
    },
  };
}

Deno.test("purge trigger: a report's run at its deadline, or a follow-up sweep, run once", async () => {
  const made = { ok: true, trigger: { id: "Ft0123ABCD" } };
  const forReport = client(made);
  deepStrictEqual(await schedulePurgeRun(forReport, AT, "s-1"), { triggerId: "Ft0123ABCD" });
  const sweep = client(made);
  deepStrictEqual(await schedulePurgeRun(sweep, AT), { triggerId: "Ft0123ABCD" });
  const asked = (name: string, inputs: unknown) => [[
    "workflows.triggers.create",
    {
      type: "scheduled",
      name,
      workflow: PURGE_WORKFLOW,
      inputs,
      schedule: { start_time: "2025-11-24T16:00:00.000Z", frequency: { type: "once" } },
    },
    { encoding: "json" },
  ]];
  deepStrictEqual(
    forReport.calls,
    asked("Purge a debug report at its deadline", { session_id: { value: "s-1" } }),
  );
  deepStrictEqual(sweep.calls, asked("Purge expired reports (follow-up)", {}));
});

Deno.test("purge trigger: only a trigger id of Slack's shape counts as made", async () => {
  for (const id of ["FtA", `Ft${"9".repeat(30)}`]) {
    deepStrictEqual(
      await schedulePurgeRun(client({ ok: true, trigger: { id } }), AT),
      { triggerId: id },
      id,
    );
  }
  const malformed = [
    "Ft",
    `Ft${"9".repeat(31)}`,
    "xFt0123",
    "Ft0123x",
    "Ft01-23",
    "Ft0123\n",
    7,
    undefined,
  ];
  for (const id of malformed) {
    deepStrictEqual(
      await schedulePurgeRun(client({ ok: true, trigger: { id } }), AT),
      { code: "malformed_answer" },
      String(id),
    );
  }
  deepStrictEqual(await schedulePurgeRun(client({ ok: true }), AT), { code: "malformed_answer" });
});

Deno.test("purge trigger: a refusal or a failed call is Slack's code, or internal_error", async () => {
  deepStrictEqual(
    await schedulePurgeRun(client({ ok: false, error: "invalid_arguments" }), AT),
    { code: "invalid_arguments" },
  );
  deepStrictEqual(
    await schedulePurgeRun(
      client({ ok: false, error: "invalid_arguments", trigger: { id: "Ft0123" } }),
      AT,
    ),
    { code: "invalid_arguments" },
  );
  const limited = new SlackApiError("rate limited", "rate_limited", "workflows.triggers.create");
  deepStrictEqual(await schedulePurgeRun(client(limited), AT), { code: "rate_limited" });
  deepStrictEqual(await schedulePurgeRun(client(new TypeError("x")), AT), {
    code: "internal_error",
  });
});
