/**
 * "Debug from alert" reports carry Purge now and Extend: post_debug_report is the workflow's last
 * step, so it stays open for the clicks, with the paged on-call user as the requester.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { EXTEND_ACTION, PURGE_NOW_ACTION } from "../core/render/report_controls.ts";
import { clickWaitingStep } from "../devkit/workflow_runner/clicks.ts";
import { signedAlertBody } from "../functions/verify_alert/test_alert.ts";
import { DEBUG_CHANNEL, ON_CALL_USER, withAlertApp } from "./debug_from_alert_harness.ts";

const COLLEAGUE = "U05ONCALL02";

Deno.test("Debug from alert: the report has Purge now and Extend, the on-call user may purge it, others may not", async () => {
  await withAlertApp(async (app) => {
    const run = await app.run(
      signedAlertBody({
        service: "gateway",
        environment: "production",
        window: "15m",
        channel_id: DEBUG_CHANNEL,
        on_call_user_id: ON_CALL_USER,
      }),
    );
    ok(run.ok, JSON.stringify(run.error));
    strictEqual(run.waiting?.functionId, "post_debug_report", "the last step waits for clicks");
    const [session] = app.emulator.state.datastoreItems("debug_sessions");
    strictEqual(session.requester, ON_CALL_USER);
    strictEqual(session.execution_id, run.waiting!.execution.id);
    const report = () =>
      app.emulator.state.messages(DEBUG_CHANNEL).find((m) => m.ts === session.message_ts)!;
    const buttons = JSON.stringify(report().blocks);
    ok(buttons.includes(PURGE_NOW_ACTION) && buttons.includes(EXTEND_ACTION), buttons);

    const refused = await clickWaitingStep(app.emulator, run.waiting!, {
      userId: COLLEAGUE,
      actionId: PURGE_NOW_ACTION,
    });
    strictEqual(refused.problem, undefined);
    ok(!report().deleted, "someone else's click leaves it");

    const purged = await clickWaitingStep(app.emulator, run.waiting!, {
      userId: ON_CALL_USER,
      actionId: PURGE_NOW_ACTION,
    });
    strictEqual(purged.problem, undefined);
    ok(report().deleted, "the on-call user's click removes it");
    strictEqual(purged.completion?.outputs?.session_id, session.id, "and completes the step");
    deepStrictEqual(
      app.emulator.state.datastoreItems("audit_events")
        .filter((e) => String(e.action).startsWith("report_"))
        .map((e) => [e.actor, e.outcome, e.detail]),
      [
        [COLLEAGUE, "refused", "not_requester_or_admin"],
        [ON_CALL_USER, "success", "purged by=requester"],
      ],
    );
  });
});
