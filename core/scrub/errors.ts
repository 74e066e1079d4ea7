/** Errors the scrubbing engine raises. Their messages never contain input text. */

/** Why scrubbing stopped. The caller gets this error and no text: fail closed. */
export type ScrubFailure = "input-too-large" | "time-budget" | "internal" | "stream-failed";

export class ScrubError extends Error {
  constructor(readonly failure: ScrubFailure, message: string) {
    super(message);
    this.name = "ScrubError";
  }
}

/** A policy that cannot be used. The message names the offending field. */
export class PolicyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PolicyError";
  }
}
