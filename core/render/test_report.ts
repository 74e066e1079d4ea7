/** Test support: one ordinary report input (a quarter hour of checkout in production, one line,
 * nothing masked), for tests to vary with the fields they are about. */
import type { ReportInput } from "./report_blocks.ts";

export function reportInput(fields: Partial<ReportInput> = {}): ReportInput {
  return {
    service: "checkout",
    environment: "production",
    windowStart: new Date("2026-11-29T10:00:00Z"),
    windowEnd: new Date("2026-11-29T10:15:00Z"),
    requesterId: "U012ABC",
    excerpt: ["10:14 INFO ok"],
    lineCount: 1,
    truncated: false,
    counts: {},
    expiresAt: new Date("2026-11-29T11:15:00Z"),
    ...fields,
  };
}
