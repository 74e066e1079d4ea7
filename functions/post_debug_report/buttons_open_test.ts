/**
 * post_debug_report's buttons, as Slack's runtime runs it: a channel report asked for with
 * buttons, of an execution Slack named, stands with Purge now and Extend and leaves its step
 * open for their clicks; any other report (no buttons asked, ephemeral, or an execution id that
 * is not Slack's shape) completes at once, without buttons that would reach no one.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { EXTEND_ACTION, PURGE_NOW_ACTION } from "../../core/render/report_controls.ts";
import type { SlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { DEBUG_CHANNEL, withEmulator } from "../purge_reports/test_fixtures.ts";
import { postReport } from "./test_support.ts";

function post(
  emu: SlackEmulator,
  executionId: string | undefined,
  inputs: Record<string, unknown> = {},
  env: Record<string, string> = {},
) {
  return postReport(emu, { executionId, inputs: { report_buttons: true, ...inputs }, env });
}

/** The action ids of the buttons on the last report posted. */
function buttonsOfLastReport(emu: SlackEmulator): string[] {
  const report = emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id).at(-1);
  return ((report?.blocks ?? []) as { type: string; elements?: { action_id?: string }[] }[])
    .filter((b) => b.type === "actions").flatMap((b) => b.elements ?? [])
    .map((e) => e.action_id ?? "");
}

const lastAuditDetail = (emu: SlackEmulator) =>
  emu.state.datastoreItems("audit_events").filter((e) => e.action === "post_debug_report")
    .map((e) => String(e.detail)).at(-1);

Deno.test("post_debug_report: a channel report with buttons of a named execution stays open for their clicks", async () => {
  await withEmulator(async (emu) => {
    for (const id of ["Fx0123ABC", "FxA", `Fx${"9".repeat(40)}`]) {
      deepStrictEqual(await post(emu, id), { completed: false }, id);
      deepStrictEqual(buttonsOfLastReport(emu), [PURGE_NOW_ACTION, EXTEND_ACTION], id);
      strictEqual(lastAuditDetail(emu), "delivery=channel lines=1 masked=0 buttons=open", id);
      const session = emu.state.datastoreItems("debug_sessions").at(-1);
      strictEqual(session?.execution_id, id, "the purge completes the step it left open");
    }
  });
});

Deno.test("post_debug_report: any other report completes at once, with no buttons", async () => {
  await withEmulator(async (emu) => {
    const cases: [string | undefined, Record<string, unknown>][] = [
      [undefined, {}],
      ["", {}],
      ["Fx", {}],
      ["fx0123ABC", {}],
      ["Fx0123abc", {}],
      ["Fx0123-AB", {}],
      ["Fx0123ABC\n", {}],
      ["xFx0123ABC", {}],
      [`Fx${"9".repeat(41)}`, {}],
      ["Fx0123ABC", { report_buttons: false }],
      ["Fx0123ABC", { report_buttons: undefined }],
      ["Fx0123ABC", { delivery: "ephemeral" }],
    ];
    for (const [id, inputs] of cases) {
      const result = await post(emu, id, inputs);
      const label = `${JSON.stringify(id)} ${JSON.stringify(inputs)}`;
      ok(result.outputs !== undefined && result.error === undefined, label);
      ok(!("completed" in result), label);
      ok(!lastAuditDetail(emu)?.includes("buttons"), label);
      const session = emu.state.datastoreItems("debug_sessions").at(-1);
      ok(!session?.execution_id, label);
      if (inputs.delivery !== "ephemeral") deepStrictEqual(buttonsOfLastReport(emu), [], label);
      // The report says when it expires: the deadline the step returns.
      const shown = inputs.delivery === "ephemeral"
        ? emu.state.ephemeralMessages().at(-1)
        : emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id).at(-1);
      ok(JSON.stringify(shown?.blocks).includes(`<!date^${result.outputs?.expires_at}^`), label);
    }
  });
});

Deno.test("post_debug_report: a report refused before posting returns its error, buttons or not", async () => {
  await withEmulator(async (emu) => {
    const result = await post(emu, "Fx0123ABC", { user_id: "U05OUTSIDER" });
    ok(result.error !== undefined && !("completed" in result), JSON.stringify(result));
    deepStrictEqual(emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id), []);
  });
});

Deno.test("post_debug_report: a maximal report with buttons stays inside Slack's limits", async () => {
  await withEmulator(async (emu) => {
    const chunk = Array.from({ length: 29 }, () => "x".repeat(99)).join("\n");
    const excerpt = Array.from({ length: 40 }, () => chunk);
    deepStrictEqual(await post(emu, "Fx0123ABC", { excerpt, line_count: 1160 }), {
      completed: false,
    });
    deepStrictEqual(buttonsOfLastReport(emu), [PURGE_NOW_ACTION, EXTEND_ACTION]);
    const report = emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id).at(-1);
    const blocks = (report?.blocks ?? []) as { text?: { text?: string } }[];
    ok(blocks.length <= 50, `${blocks.length} blocks`);
    const text = blocks.reduce((n, b) => n + (b.text?.text?.length ?? 0), 0);
    ok(text <= 12_000, `${text} characters`);
    ok(JSON.stringify(blocks).includes("oldest lines are left out to fit"), "what is left out");
  });
});
