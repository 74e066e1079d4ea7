/**
 * post_debug_report's inputs are wired by anyone who builds a workflow: each is read up to its
 * bound and refused past it, times only as ISO 8601, "Keep for" only as whole minutes, and a
 * blank excerpt mode as the newest lines.
 */
import { ok, strictEqual } from "@node/assert";
import { excerptModeOf } from "../../core/render/insights_excerpt.ts";
import { PostReportInputsSchema } from "./inputs.ts";
import { REPORT } from "./test_support.ts";

const parse = (fields: Record<string, unknown>) =>
  PostReportInputsSchema.safeParse({ ...REPORT, ...fields });

Deno.test("post_debug_report inputs: texts up to their bound, refused past it", () => {
  const bounds: [string, number][] = [["alert_grant", 100], ["source", 64]];
  for (const [field, bound] of bounds) {
    ok(parse({ [field]: "a".repeat(bound) }).success, `${field}: ${bound}`);
    strictEqual(parse({ [field]: "a".repeat(bound + 1) }).success, false, field);
  }
});

Deno.test("post_debug_report inputs: times only as ISO 8601", () => {
  for (const time of ["2026-11-29T10:00:00Z", "2026-11-29T10:00:00.000+01:00"]) {
    ok(parse({ window_start: time }).success, time);
  }
  for (
    const time of [
      "Sun, 29 Nov 2026 10:00:00 GMT",
      "x2026-11-29T10:00:00Z",
      "2026-11-29",
      "2026-13-45T99:00:00Z",
      "1764000000",
    ]
  ) {
    strictEqual(parse({ window_start: time }).success, false, time);
  }
});

Deno.test("post_debug_report inputs: Keep for is whole minutes 1 to 99999, blank for the default", () => {
  const kept = (keep: unknown) => {
    const parsed = parse({ keep_minutes: keep });
    return parsed.success ? parsed.data.keep_minutes : "refused";
  };
  strictEqual(kept(""), undefined);
  strictEqual(kept(undefined), undefined);
  for (const [text, minutes] of [["1", 1], ["60", 60], ["0060", 60], ["99999", 99999]] as const) {
    strictEqual(kept(text), minutes, text);
  }
  for (const text of ["0", "00", "100000", "-5", "1.5", "60m", "x60", " 60", "1e3", "٦٠"]) {
    strictEqual(kept(text), "refused", text);
  }
});

Deno.test("post_debug_report inputs: a blank or missing excerpt mode is the newest lines", () => {
  for (const mode of ["", undefined]) {
    const parsed = parse({ excerpt_mode: mode });
    strictEqual(parsed.success && excerptModeOf(parsed.data), "newest", String(mode));
  }
  const patterns = parse({ excerpt_mode: "patterns" });
  strictEqual(patterns.success && excerptModeOf(patterns.data), "patterns");
});
