/** Whether a request's timestamp is recent enough to accept: within the window, past or future. */

/** How far a timestamp may be from now, either way: 5 minutes. */
export const TIMESTAMP_WINDOW_SECONDS = 5 * 60;

export type Freshness = "fresh" | "stale" | "future";

/** `timestamp` and `nowSeconds` in epoch seconds. */
export function timestampFreshness(
  timestamp: number,
  nowSeconds: number,
  windowSeconds = TIMESTAMP_WINDOW_SECONDS,
): Freshness {
  if (timestamp < nowSeconds - windowSeconds) return "stale";
  if (timestamp > nowSeconds + windowSeconds) return "future";
  return "fresh";
}
