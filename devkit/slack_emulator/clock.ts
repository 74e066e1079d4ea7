// Virtual time for the emulator: real time plus whatever the test or runner has advanced, so
// app code that reads Date.now() stays roughly in step while TTLs and schedules can be skipped.

export const MAX_ADVANCE_MS = 10 * 366 * 24 * 3600 * 1000;

/** Throws a RangeError unless `ms` is a step the clock can take (0 to MAX_ADVANCE_MS). */
export function checkAdvance(ms: number): void {
  if (!Number.isFinite(ms) || ms < 0 || ms > MAX_ADVANCE_MS) {
    throw new RangeError(
      `clock.advance needs ms >= 0 and at most ${MAX_ADVANCE_MS} (about ten years); got ${ms}`,
    );
  }
}

export class VirtualClock {
  private offsetMs = 0;

  /** Epoch milliseconds. */
  now(): number {
    return Date.now() + this.offsetMs;
  }

  moveForward(ms: number): void {
    checkAdvance(ms);
    this.offsetMs += ms;
  }
}
