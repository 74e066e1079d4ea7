/**
 * What post_debug_report says and records when a step around the post fails: a report it
 * cannot scrub again is not posted; a report it cannot record for the purge is deleted, or the
 * person is told to delete it by hand; a report whose purge trigger cannot be made is left to
 * the hourly sweep, and the audit says so.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { parsePolicy } from "../../core/scrub/policy.ts";
import { withSlackInBetween } from "../access/test_support.ts";
import { DEBUG_CHANNEL, withEmulator } from "../purge_reports/test_fixtures.ts";
import { createPostDebugReportHandler } from "./handler.ts";
import { postReport } from "./test_support.ts";

const audits = (emu: Parameters<typeof postReport>[0]) =>
  emu.state.datastoreItems("audit_events").map((e) => [e.outcome, e.detail]);

Deno.test("post_debug_report: a report that cannot be scrubbed again is not posted, and says so", async () => {
  await withEmulator(async (emu) => {
    // A policy whose input bound the report's excerpt passes: the scrubber refuses, fail closed.
    const run = createPostDebugReportHandler(parsePolicy({ limits: { maxInputBytes: 400 } }));
    const line = `10:14:59 ERROR payment timeout ${"x".repeat(600)}`;
    const result = await postReport(emu, { run, inputs: { excerpt: [line] } });
    ok(result.error?.startsWith("Scrubbing the report failed ("), result.error);
    ok(result.error?.endsWith("), so nothing was posted. Narrow the window."), result.error);
    ok(!result.error?.includes("payment timeout"), "no log text in the error");
    deepStrictEqual(emu.state.allMessages().filter((m) => m.bot_id), []);
    deepStrictEqual(audits(emu), [["failure", "scrub_failed"]]);
  });
});

Deno.test("post_debug_report: a report not recorded for the purge and not deleted is left to the person, who is told", async () => {
  await withEmulator(async (emu) => {
    emu.faults.failNext("apps.datastore.put", "internal_error");
    emu.faults.failNext("chat.delete", "cant_delete_message");
    const result = await postReport(emu);
    ok(
      result.error?.endsWith(
        "The report could not be scheduled for purging; delete it by hand.",
      ),
      result.error,
    );
    ok(result.error?.includes("internal_error"), result.error);
    strictEqual(emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id && !m.deleted).length, 1);
    deepStrictEqual(emu.state.datastoreItems("debug_sessions"), []);
  });
});

Deno.test("post_debug_report: without a purge trigger the report stands for the hourly sweep, and the audit says so", async () => {
  await withEmulator(async (emu) => {
    emu.faults.failNext("workflows.triggers.create", "internal_error");
    const result = await postReport(emu);
    ok(result.outputs !== undefined, result.error);
    const [session] = emu.state.datastoreItems("debug_sessions");
    strictEqual(session.trigger_id, "");
    strictEqual(session.status, "active");
    deepStrictEqual(emu.state.triggers(), []);
    deepStrictEqual(audits(emu), [[
      "success",
      "delivery=channel lines=1 masked=0 purge=sweep (trigger not created: internal_error; the " +
      "hourly sweep purges it)",
    ]]);
  });
});

Deno.test("post_debug_report: a channel report asks Slack not to unfurl its links or media", async () => {
  await withEmulator(async (emu) => {
    const posts: Record<string, unknown>[] = [];
    await withSlackInBetween(emu, {
      answer: (method, args) => {
        if (method === "chat.postMessage") posts.push(args);
        return undefined;
      },
    }, async (url) => {
      const result = await postReport(emu, { env: { SLACK_API_URL: url } });
      ok(result.outputs !== undefined, result.error);
    });
    const report = posts.find((args) => String(args.text).includes("checkout"));
    // Form fields are text; a JSON body keeps booleans.
    deepStrictEqual([String(report?.unfurl_links), String(report?.unfurl_media)], [
      "false",
      "false",
    ]);
  });
});

Deno.test("post_debug_report: a post Slack answers without a message ts is a failure, not a report nothing can purge", async () => {
  await withEmulator(async (emu) => {
    await withSlackInBetween(emu, {
      answer: (method) =>
        method === "chat.postMessage" ? { ok: true, channel: DEBUG_CHANNEL } : undefined,
    }, async (url) => {
      const result = await postReport(emu, { env: { SLACK_API_URL: url } });
      strictEqual(result.outputs, undefined);
      ok(result.error?.startsWith("Slack refused the channel report ("), result.error);
    });
    deepStrictEqual(emu.state.datastoreItems("debug_sessions"), []);
    deepStrictEqual(audits(emu).map(([outcome]) => outcome), ["failure"]);
  });
});

Deno.test("post_debug_report: a report not recorded is never said to be deleted when it was not", async () => {
  const cases: [
    string,
    Record<string, unknown>,
    (emu: Parameters<typeof postReport>[0]) => void,
  ][] = [
    // Slack lets no app delete an ephemeral message.
    ["ephemeral", { delivery: "ephemeral" }, () => {}],
    // The delete itself cannot be made.
    ["unreachable", {}, (emu) => emu.faults.rateLimit("chat.delete", 3600)],
  ];
  for (const [what, inputs, fault] of cases) {
    await withEmulator(async (emu) => {
      emu.faults.failNext("apps.datastore.put", "internal_error");
      fault(emu);
      const result = await postReport(emu, { inputs });
      ok(!result.error?.includes("was deleted"), `${what}: ${result.error}`);
      ok(result.error?.endsWith("delete it by hand."), `${what}: ${result.error}`);
    });
  }
});
