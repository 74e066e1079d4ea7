/**
 * post_debug_report refuses a window it cannot show truthfully, and names the input at fault: its
 * times only in the plain ISO 8601 form of up to 40 characters (every length generated), a start
 * strictly before the end, and fetch_logs' line counts given together. A refusal posts nothing.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import type { SlackEmulator } from "../../devkit/slack_emulator/mod.ts";
import { DEBUG_CHANNEL, withEmulator } from "../purge_reports/test_fixtures.ts";
import { postReport } from "./test_support.ts";

const posted = (emu: SlackEmulator) =>
  emu.state.messages(DEBUG_CHANNEL).filter((m) => m.bot_id).length;

/** "2026-11-29T10:00:00.<digits>Z" of `length` characters (21 and more). */
const timeOfLength = (length: number) => `2026-11-29T10:00:00.${"0".repeat(length - 21)}Z`;

Deno.test("post_debug_report: a window time of up to 40 characters is read, a longer one refused", async () => {
  await withEmulator(async (emu) => {
    for (let length = 22; length <= 48; length++) {
      const time = timeOfLength(length);
      strictEqual(time.length, length);
      ok(Number.isFinite(new Date(time).getTime()), "a time the clock reads, whatever its length");
      const before = posted(emu);
      const result = await postReport(emu, { inputs: { window_start: time } });
      if (length <= 40) {
        strictEqual(result.error, undefined, `${length}: ${result.error}`);
        strictEqual(posted(emu), before + 1, `${length}: posted`);
      } else {
        strictEqual(
          result.error,
          "The “Window start” input is too long: at most 40 characters. Shorten it. " +
            "Check what the workflow gives the “Post a scrubbed debug report” step.",
          `${length}`,
        );
        strictEqual(posted(emu), before, `${length}: nothing posted`);
      }
    }
  });
});

Deno.test("post_debug_report: a window end past 40 characters is refused by name, never as an internal error", async () => {
  await withEmulator(async (emu) => {
    for (let length = 41; length <= 44; length++) {
      const time = `2026-11-29T10:15:00.${"0".repeat(length - 21)}Z`;
      const result = await postReport(emu, { inputs: { window_end: time } });
      strictEqual(
        result.error,
        "The “Window end” input is too long: at most 40 characters. Shorten it. " +
          "Check what the workflow gives the “Post a scrubbed debug report” step.",
        `${length}`,
      );
    }
    strictEqual(posted(emu), 0);
  });
});

Deno.test("post_debug_report: a time the clock reads but not in the plain ISO form (a signed year) is refused", async () => {
  await withEmulator(async (emu) => {
    for (const time of ["+002026-11-29T10:00:00Z", "+002026-11-29T10:00:00.000Z"]) {
      ok(Number.isFinite(new Date(time).getTime()), time);
      const result = await postReport(emu, { inputs: { window_start: time } });
      ok(result.error?.startsWith("The “Window start” input must be an ISO 8601 time"), time);
    }
    strictEqual(posted(emu), 0);
  });
});

Deno.test("post_debug_report: a window must start before it ends, to the millisecond", async () => {
  await withEmulator(async (emu) => {
    const end = "2026-11-29T10:15:00.000Z";
    const cases: [string, boolean][] = [
      ["2026-11-29T10:14:59.999Z", true],
      [end, false],
      ["2026-11-29T10:15:00.001Z", false],
    ];
    for (const [start, read] of cases) {
      const result = await postReport(emu, { inputs: { window_start: start, window_end: end } });
      if (read) strictEqual(result.error, undefined, start);
      else {
        strictEqual(
          result.error,
          "The “Window start” input must be before the window end. " +
            "Check what the workflow gives the “Post a scrubbed debug report” step.",
          start,
        );
      }
    }
    strictEqual(posted(emu), 1);
  });
});

Deno.test("post_debug_report: lines read and lines matching come together; the one missing is named", async () => {
  await withEmulator(async (emu) => {
    const cases: [Record<string, unknown>, string][] = [
      [{ lines_read: 5 }, "Lines matching"],
      [{ lines_matched: 1 }, "Lines read"],
    ];
    for (const [inputs, named] of cases) {
      const result = await postReport(emu, { inputs });
      strictEqual(
        result.error,
        `Lines_read and lines_matched go together (the “${named}” input). ` +
          "Check what the workflow gives the “Post a scrubbed debug report” step.",
        JSON.stringify(inputs),
      );
    }
    deepStrictEqual(posted(emu), 0);
  });
});
