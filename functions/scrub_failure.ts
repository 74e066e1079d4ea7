/**
 * Why scrubbing failed, in words for the person in the channel (the callers say what to do):
 * the engine's own messages are written for developers ("raise limits.timeBudgetMs").
 */
import { ScrubError, type ScrubFailure } from "../core/scrub/errors.ts";

const REASONS: Record<ScrubFailure, string> = {
  "time-budget": "it took longer than the time it is allowed",
  "input-too-large": "there was more text than it takes at once",
  "internal": "an unexpected internal error",
  "stream-failed": "an unexpected internal error",
};

export function scrubFailureReason(error: unknown): string {
  const reason = error instanceof ScrubError ? REASONS[error.failure] : undefined;
  return reason ?? "an unexpected internal error";
}
