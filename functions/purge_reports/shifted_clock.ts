/**
 * For tests and the demo: moves the process clock (Date.now) forward, which moves the Slack emulator's
 * virtual clock too (it is built on Date.now) and the clock of every handler running in this
 * process, so a report's deadline can be reached without waiting. Always `restore()`.
 */
export interface ShiftedClock {
  /** Moves every clock forward by `ms`. */
  forward(ms: number): void;
  /** Moves every clock to `epochMs` (never backwards). */
  moveTo(epochMs: number): void;
  restore(): void;
}

export function shiftProcessClock(): ShiftedClock {
  const realNow = Date.now;
  let offsetMs = 0;
  Date.now = () => realNow() + offsetMs;
  return {
    forward(ms) {
      if (!(ms >= 0)) throw new RangeError("the clock only moves forward");
      offsetMs += ms;
    },
    moveTo(epochMs) {
      this.forward(Math.max(0, epochMs - Date.now()));
    },
    restore() {
      Date.now = realNow;
    },
  };
}
