/**
 * The profile createScrubber keeps when given `times` (./mod.ts): milliseconds spent per detector
 * id, in the keyword and shape scan and in the decoded views, for speed work. The engine calls
 * the timer only when one is given (ScrubberOptions.timer), so a function's bundle, whose
 * scrubber is made without one, carries none of this.
 */
import type { EngineTimer } from "./engine.ts";

/** Milliseconds spent per detector id (and in the keyword scan), for speed work. */
export type DetectorTimes = Map<string, number>;

/** A timer adding each call's duration to `times` under its label. */
export function timerInto(times: DetectorTimes): EngineTimer {
  return (label, work, ...args) => {
    const started = performance.now();
    const result = work(...args);
    times.set(label, (times.get(label) ?? 0) + performance.now() - started);
    return result;
  };
}
