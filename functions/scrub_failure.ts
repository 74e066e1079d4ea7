/** Why scrubbing failed, in words safe to show: a ScrubError's own message, or nothing specific. */
import { ScrubError } from "../core/scrub/mod.ts";

export function scrubFailureReason(error: unknown): string {
  return error instanceof ScrubError ? error.message : "an unexpected internal error";
}
