/**
 * How long a report is kept, from the team's settings: REPORT_TTL_MINUTES (60 by default) up to
 * REPORT_MAX_TTL_MINUTES (a day by default, at most a week), each read at its bounds and refused
 * past them with a message for admins; and fetch_logs' account read with its optional flags
 * off when a step leaves them out.
 */
import { ok, strictEqual } from "@node/assert";
import type { SlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { DEBUG_CHANNEL, withEmulator } from "../purge_reports/test_fixtures.ts";
import { postReport } from "./test_support.ts";

/** Minutes between the last report's posting and its deadline, as its record holds them. */
function keptMinutes(emu: SlackEmulator): number {
  const session = emu.state.datastoreItems("debug_sessions").at(-1);
  return (Number(session?.expires_at) - Number(session?.created_at)) / 60;
}

const TTL_PROBLEM = (max: number) =>
  `REPORT_TTL_MINUTES must be a whole number of minutes from 1 to ${max} ` +
  "(REPORT_MAX_TTL_MINUTES). Ask an admin to fix it with `slack env add REPORT_TTL_MINUTES …`.";
const MAX_PROBLEM = "REPORT_MAX_TTL_MINUTES must be a whole number of minutes from 1 to 10080. " +
  "Ask an admin to fix it with `slack env add REPORT_MAX_TTL_MINUTES …`.";

Deno.test("post_debug_report: a report is kept REPORT_TTL_MINUTES, 60 by default, up to REPORT_MAX_TTL_MINUTES (a day by default, a week at most)", async () => {
  await withEmulator(async (emu) => {
    const cases: [Record<string, string>, number | string][] = [
      [{}, 60],
      [{ REPORT_TTL_MINUTES: "1" }, 1],
      [{ REPORT_TTL_MINUTES: "1439" }, 1439],
      [{ REPORT_TTL_MINUTES: "1440" }, 1440],
      [{ REPORT_TTL_MINUTES: "1441" }, TTL_PROBLEM(1440)],
      [{ REPORT_TTL_MINUTES: "0" }, TTL_PROBLEM(1440)],
      [{ REPORT_MAX_TTL_MINUTES: "1" }, TTL_PROBLEM(1)],
      [{ REPORT_MAX_TTL_MINUTES: "1", REPORT_TTL_MINUTES: "1" }, 1],
      [{ REPORT_MAX_TTL_MINUTES: "0", REPORT_TTL_MINUTES: "1" }, MAX_PROBLEM],
      [{ REPORT_MAX_TTL_MINUTES: "10079", REPORT_TTL_MINUTES: "10079" }, 10079],
      [{ REPORT_MAX_TTL_MINUTES: "10080", REPORT_TTL_MINUTES: "10080" }, 10080],
      [{ REPORT_MAX_TTL_MINUTES: "10080", REPORT_TTL_MINUTES: "10081" }, TTL_PROBLEM(10080)],
      [{ REPORT_MAX_TTL_MINUTES: "10081", REPORT_TTL_MINUTES: "60" }, MAX_PROBLEM],
      [{ REPORT_MAX_TTL_MINUTES: "1.5" }, MAX_PROBLEM],
      [{ REPORT_TTL_MINUTES: " 30 " }, 30],
      [{ REPORT_TTL_MINUTES: "00030" }, 30],
      // Only digits: other texts JavaScript reads as numbers are refused.
      ...["+60", "1e3", "0x10", "60.0", "000030", "6O"].map((
        text,
      ): [Record<string, string>, string] => [{ REPORT_TTL_MINUTES: text }, TTL_PROBLEM(1440)]),
    ];
    for (const [env, expected] of cases) {
      const before = emu.state.messages(DEBUG_CHANNEL).length;
      const result = await postReport(emu, { env });
      const label = JSON.stringify(env);
      if (typeof expected === "number") {
        strictEqual(result.error, undefined, label);
        strictEqual(keptMinutes(emu), expected, label);
      } else {
        strictEqual(result.error, expected, label);
        strictEqual(emu.state.messages(DEBUG_CHANNEL).length, before, `${label}: nothing posted`);
      }
    }
  });
});

/** The last report's blocks, as text. */
const lastReport = (emu: SlackEmulator) =>
  JSON.stringify(emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id).at(-1)?.blocks);

Deno.test("post_debug_report: an account without its filtered or partial flag reads them as off", async () => {
  await withEmulator(async (emu) => {
    const account = { lines_read: 5, lines_matched: 1 };
    const flags: [Record<string, unknown>, boolean, boolean][] = [
      [{}, false, false],
      [{ filtered: false, partial_result: false }, false, false],
      [{ filtered: true }, true, false],
      [{ partial_result: true }, false, true],
    ];
    for (const [given, filtered, partial] of flags) {
      const result = await postReport(emu, { inputs: { ...account, ...given } });
      strictEqual(result.error, undefined);
      const shown = lastReport(emu);
      const label = JSON.stringify(given);
      strictEqual(shown.includes("1 matches the filter"), filtered, `${label}: filter`);
      strictEqual(shown.includes("answer is partial"), partial, `${label}: partial`);
      ok(shown.includes("5 read"), label);
    }
  });
});
