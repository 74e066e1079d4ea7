/**
 * One Extend click moves a report's deadline by 60 minutes, never past REPORT_MAX_TTL_MINUTES
 * after it was posted, and never earlier than it was: generated over posting times, deadlines
 * and caps.
 */
import { strictEqual } from "@node/assert";
import { EXTEND_STEP_MINUTES, extendedDeadline } from "./session.ts";

Deno.test("Extend: a step of 60 minutes, up to the cap after posting, never backwards", () => {
  strictEqual(EXTEND_STEP_MINUTES, 60);
  for (const created of [0, 1_764_000_000]) {
    for (const ttl of [1, 15, 59, 60, 61, 600]) {
      for (const cap of [1, 30, 60, 61, 119, 120, 121, 1440, 10_080]) {
        const expires = created + ttl * 60;
        const moved = extendedDeadline({ created_at: created, expires_at: expires }, cap);
        const label = `created ${created}, ttl ${ttl} min, cap ${cap} min`;
        const latest = created + cap * 60;
        if (expires >= latest) strictEqual(moved, expires, `${label}: cannot move`);
        else if (expires + 3600 <= latest) strictEqual(moved, expires + 3600, `${label}: a step`);
        else strictEqual(moved, latest, `${label}: up to the cap`);
      }
    }
  }
});
