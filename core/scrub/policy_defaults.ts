/**
 * The policy that applies when none is given, and the limits every policy starts from. Kept
 * apart from the schema (./policy.ts) so that using the defaults does not load zod.
 */
import type { Limits, Policy } from "./policy_types.ts";

export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxInputBytes: 64 * 1024 * 1024,
  maxLineLength: 64 * 1024,
  timeBudgetMs: 30_000,
};

/** What parsePolicy returns for no policy at all. */
export function defaultPolicy(): Policy {
  return {
    disabled: [],
    strategies: {},
    customPatterns: [],
    allowlist: [],
    limits: { ...DEFAULT_LIMITS },
  };
}
