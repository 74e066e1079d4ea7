/**
 * fetch_logs against the sample log service, as deployed (safe result): a fetch whose ending
 * cannot be written to the audit trail returns nothing, though the logs were read; and a filter
 * that matches no masked line says what was searched, and how, without repeating the filter.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { startSampleLogService } from "../../devkit/sample_logs/mod.ts";
import { SAMPLE_SOURCES_CONFIG } from "../../devkit/sample_logs/source.ts";
import type { SlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import type { FunctionContext } from "../../slack/function_context.ts";
import { withSlackInBetween } from "../access/test_support.ts";
import { APP_POLICY } from "../app_scrubber.ts";
import { ONCALL, withEmulator } from "../purge_reports/test_fixtures.ts";
import { withSafeResult } from "../safe_result.ts";
import { createFetchLogsHandler } from "./fetch_logs.ts";

const fetchLogs = withSafeResult(
  createFetchLogsHandler(SAMPLE_SOURCES_CONFIG, APP_POLICY, Date.now),
);

async function withSampleLogs(test: (env: Record<string, string>) => Promise<void>) {
  const logs = await startSampleLogService();
  try {
    await test({
      SAMPLE_LOGS_URL: logs.url,
      SAMPLE_LOGS_TOKEN: logs.token,
      ADMIN_USER_IDS: ONCALL,
    });
  } finally {
    await logs.stop();
  }
}

const run = (
  emu: SlackEmulator,
  env: Record<string, string>,
  slackApiUrl: string,
  inputs = {},
) => {
  const ctx: FunctionContext<unknown> = {
    inputs: {
      service: "checkout",
      environment: "production",
      window: "1h",
      user_id: ONCALL,
      ...inputs,
    },
    env: { ...env, SLACK_API_URL: slackApiUrl },
    token: emu.botToken,
    team_id: "T05SAFEDBG1",
    enterprise_id: "",
  };
  return fetchLogs(ctx);
};

Deno.test("fetch_logs: logs read but not recorded as read are not returned", async () => {
  await withEmulator(async (emu) => {
    await withSampleLogs(async (env) => {
      const endingOf = (args: Record<string, unknown>) =>
        args.datastore === "audit_events" && /"outcome":"success"/.test(
          typeof args.item === "string" ? args.item : JSON.stringify(args.item),
        );
      await withSlackInBetween(emu, {
        answer: (method, args) =>
          method === "apps.datastore.put" && endingOf(args)
            ? { ok: false, error: "internal_error" }
            : undefined,
      }, async (url) => {
        const result = await run(emu, env, url);
        strictEqual(result.outputs, undefined);
        ok(
          result.error?.startsWith(
            "The logs were read, but this fetch could not be recorded in the audit trail, so " +
              "nothing is returned: ",
          ),
          result.error,
        );
      });
      // The run stands as started, never as a success it could not record.
      deepStrictEqual(
        emu.state.datastoreItems("audit_events").map((e) => [e.action, e.outcome]),
        [["fetch_logs", "started"]],
      );
    });
  });
});

Deno.test("fetch_logs: a filter no masked line contains says what was searched, and how", async () => {
  await withEmulator(async (emu) => {
    await withSampleLogs(async (env) => {
      const result = await run(emu, env, emu.url, { filter: "zq-no-such-text-zq" });
      strictEqual(result.outputs, undefined);
      ok(
        /^None of the \d+ lines read for checkout \(production\) between \S+ and \S+ contain the filter \(matched ignoring case, against the lines with secrets and personal data masked\)\. .*Change the filter or the window\.$/
          .test(result.error ?? ""),
        result.error,
      );
      ok(!result.error?.includes("zq-no-such-text-zq"), "the filter is not repeated");
      deepStrictEqual(
        emu.state.datastoreItems("audit_events").map((e) => [e.outcome, e.detail]),
        [["failure", "no_match"]],
      );
    });
  });
});
