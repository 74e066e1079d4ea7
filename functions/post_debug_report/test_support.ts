/**
 * For post_debug_report's tests: a report as fetch_logs hands it over, and the handler called as
 * Slack's runtime calls it against the Slack emulator (from purge_reports/test_fixtures.ts).
 */
import type { SlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import type { FunctionContext } from "../../slack/function_context.ts";
import { DEBUG_CHANNEL, ONCALL } from "../purge_reports/test_fixtures.ts";
import handler from "./handler.ts";

/** A channel report by ONCALL, a bootstrap admin, to #prod-debug. */
export const REPORT = {
  channel_id: DEBUG_CHANNEL,
  user_id: ONCALL,
  delivery: "channel",
  service: "checkout",
  environment: "production",
  window_start: "2026-11-29T10:00:00.000Z",
  window_end: "2026-11-29T10:15:00.000Z",
  excerpt: ["10:14:59 ERROR payment timeout order=A1"],
  line_count: 1,
  truncated: false,
  masked_counts: "{}",
};

/** Runs `run` (the deployed handler by default) on REPORT with `inputs` and `env` over it. */
export function postReport(
  emu: SlackEmulator,
  how: {
    inputs?: Record<string, unknown>;
    env?: Record<string, string>;
    executionId?: string;
    run?: typeof handler;
  } = {},
): ReturnType<typeof handler> {
  const ctx: FunctionContext<unknown> = {
    inputs: { ...REPORT, ...how.inputs },
    env: {
      SLACK_API_URL: emu.url,
      DEBUG_CHANNEL_IDS: DEBUG_CHANNEL,
      ADMIN_USER_IDS: ONCALL,
      ...how.env,
    },
    token: emu.botToken,
    team_id: "T05SAFEDBG1",
    enterprise_id: "",
    ...(how.executionId === undefined
      ? {}
      : { event: { type: "function_executed", function_execution_id: how.executionId } }),
  };
  return (how.run ?? handler)(ctx);
}
