// Virtual time for the emulator: real time plus whatever the test or runner has advanced, so
// app code that reads Date.now() stays roughly in step while TTLs and schedules can be skipped.

export const MAX_ADVANCE_MS = 10 * 366 * 24 * 3600 * 1000;

export class VirtualClock {
  private offsetMs = 0;

  /** Epoch milliseconds. */
  now(): number {
    return Date.now() + this.offsetMs;
  }

  moveForward(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0 || ms > MAX_ADVANCE_MS) {
      throw new RangeError(
        `clock.advance takes 0 to ${MAX_ADVANCE_MS} ms (about ten years); got ${ms}`,
      );
    }
    this.offsetMs += ms;
  }
}
