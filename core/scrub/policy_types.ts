/**
 * A validated scrubbing policy, as the scrubber uses it: types only, so that the defaults
 * (./policy_defaults.ts) and the rules (./rules.ts) need neither zod nor the schema that checks
 * an untrusted policy (./policy.ts, whose output the compiler holds to these types).
 */
import type { MaskStrategy } from "./detector.ts";

/** A detector written in the policy: a regular expression source and how to treat its matches. */
export interface CustomPattern {
  id: string;
  /** A JavaScript regular expression source. A named group `secret` limits what is masked. */
  pattern: string;
  /** Extra flags among `i`, `m`, `s`, `u`; the engine adds `g` (and `d`) itself. */
  flags?: string;
  /** Lower-case literals; the pattern runs only on lines containing one. Empty: every line. */
  keywords?: string[];
  kind: "secret" | "pii";
  /** What the pattern finds, for the policy's readers (JSON has no comments); nothing reads it. */
  description?: string;
  mask?: MaskStrategy;
}

/** Bounds on scrubbing work; each fails closed (see LimitsSchema in ./policy.ts). */
export interface Limits {
  /** Largest text `scrub()` accepts, in UTF-8 bytes. */
  maxInputBytes: number;
  /** Longer lines are replaced whole by `[REDACTED:oversized-line]`. */
  maxLineLength: number;
  /** Work allowed for one call (`scrub`, `push`, `write`), in milliseconds. */
  timeBudgetMs: number;
}

/** A validated policy with every default filled in. */
export interface Policy {
  disabled: string[];
  strategies: Record<string, MaskStrategy>;
  customPatterns: CustomPattern[];
  allowlist: string[];
  limits: Limits;
}
