/**
 * Alert storms: one snapshot per service and channel per N minutes. The alerts in between are
 * counted, not posted, and the next snapshot says how many there were. Pure: the caller reads
 * and stores the state.
 */

/** What is kept per service and channel. Times in epoch seconds. */
export interface StormState {
  /** When the last snapshot was let through. */
  lastSnapshotAt: number;
  /** Alerts counted, not posted, since then. */
  suppressed: number;
}

export type SnapshotDecision =
  /** Post a snapshot; `suppressedBefore` alerts were counted since the previous one. */
  | { post: true; suppressedBefore: number; state: StormState }
  /** Count this alert; `retryAfterSeconds` until the next snapshot may be posted. */
  | { post: false; suppressed: number; retryAfterSeconds: number; state: StormState };

/** Counts past this are not told apart ("more than 1,000,000"). */
export const MAX_SUPPRESSED = 1_000_000;

/**
 * Decides one authenticated alert at `nowSeconds` given the stored state (undefined: none, or
 * unreadable). A state from the future (a clock set back) counts as none, so it cannot silence
 * the channel for longer than the interval.
 */
export function decideSnapshot(
  state: StormState | undefined,
  nowSeconds: number,
  intervalSeconds: number,
): SnapshotDecision {
  const last = state && state.lastSnapshotAt <= nowSeconds ? state : undefined;
  if (last === undefined || nowSeconds - last.lastSnapshotAt >= intervalSeconds) {
    return {
      post: true,
      suppressedBefore: last?.suppressed ?? 0,
      state: { lastSnapshotAt: nowSeconds, suppressed: 0 },
    };
  }
  const suppressed = Math.min(MAX_SUPPRESSED, last.suppressed + 1);
  return {
    post: false,
    suppressed,
    retryAfterSeconds: last.lastSnapshotAt + intervalSeconds - nowSeconds,
    state: { lastSnapshotAt: last.lastSnapshotAt, suppressed },
  };
}
