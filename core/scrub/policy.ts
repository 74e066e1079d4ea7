/**
 * The scrubbing policy: which detectors run, how each kind of finding is masked, custom
 * patterns, allowlisted terms and budgets. Validated with zod; a policy file is untrusted.
 */
import * as z from "../zod.ts";
import { PolicyError } from "./errors.ts";
import { DEFAULT_LIMITS } from "./policy_defaults.ts";
import type { CustomPattern, Limits, Policy } from "./policy_types.ts";

export type { CustomPattern, Limits, Policy } from "./policy_types.ts";

const DETECTOR_ID = z.string().check(
  z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a kebab-case detector id"),
  z.maxLength(64),
);

export const MaskStrategySchema = z.enum(["placeholder", "partial", "pseudonym"]);

export const CustomPatternSchema = z.strictObject({
  id: DETECTOR_ID,
  /** A JavaScript regular expression source. A named group `secret` limits what is masked. */
  pattern: z.string().check(z.minLength(1)),
  /** Extra flags among `i`, `m`, `s`, `u`, each at most once; the engine adds `g` (and `d`). */
  flags: z.optional(
    z.string().check(
      z.regex(/^[imsu]*$/, "only the flags i, m, s and u are allowed"),
      // A repeated flag is a SyntaxError in `new RegExp`: refused here, naming this field.
      z.refine((flags) => new Set(flags).size === flags.length, "each flag at most once"),
      z.maxLength(4),
    ),
  ),
  /** Lower-case literals; the pattern runs only on lines containing one. Empty: every line. */
  keywords: z.optional(
    z.array(z.string().check(z.minLength(1), z.maxLength(64))).check(z.maxLength(32)),
  ),
  kind: z.enum(["secret", "pii"]),
  description: z.optional(z.string().check(z.maxLength(500))),
  mask: z.optional(MaskStrategySchema),
});

export const LimitsSchema = z.strictObject({
  /** Largest text `scrub()` accepts, in UTF-8 bytes. */
  maxInputBytes: z.optional(z.number().check(z.int(), z.gte(1), z.lte(1 << 30))),
  /** Longer lines are replaced whole by `[REDACTED:oversized-line]` (never scanned, never leaked). */
  maxLineLength: z.optional(z.number().check(z.int(), z.gte(256), z.lte(1 << 20))),
  /** Work allowed for one call (`scrub`, `push`, `write`), in milliseconds. */
  timeBudgetMs: z.optional(z.number().check(z.int(), z.gte(1), z.lte(600_000))),
});

export const PolicySchema = z.strictObject({
  /** Detector ids that do not run. */
  disabled: z.optional(z.array(DETECTOR_ID).check(z.maxLength(1000))),
  /** Strategy per detector id, or per kind (`secret`, `pii`); an id beats a kind. */
  strategies: z.optional(z.record(DETECTOR_ID, MaskStrategySchema)),
  customPatterns: z.optional(z.array(CustomPatternSchema).check(z.maxLength(100))),
  /** Exact strings that are never masked (a finding equal to one of them is dropped). */
  allowlist: z.optional(
    z.array(z.string().check(z.minLength(1), z.maxLength(1000))).check(z.maxLength(10_000)),
  ),
  limits: z.optional(LimitsSchema),
});

export type PolicyInput = z.input<typeof PolicySchema>;

/** The schemas' output and the types the scrubber takes (./policy_types.ts) agree both ways. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _customPatternsAgree: Same<z.output<typeof CustomPatternSchema>, CustomPattern> = true;
const _limitsAgree: Same<Required<z.output<typeof LimitsSchema>>, Limits> = true;

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
  return `policy${path}: ${issue.message}`;
}

/**
 * Validates an untrusted policy (e.g. parsed JSON) and fills in defaults.
 * Throws PolicyError naming each offending field.
 */
export function parsePolicy(json: unknown): Policy {
  const parsed = PolicySchema.safeParse(json ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map(describeIssue);
    throw new PolicyError(`invalid policy: ${issues.join("; ")}`);
  }
  const p = parsed.data;
  const customPatterns = p.customPatterns ?? [];
  const seen = new Set<string>();
  customPatterns.forEach((c, i) => {
    if (seen.has(c.id)) {
      throw new PolicyError(
        `invalid policy: policy.customPatterns[${i}].id: duplicate id "${c.id}"`,
      );
    }
    seen.add(c.id);
  });
  return {
    disabled: p.disabled ?? [],
    strategies: p.strategies ?? {},
    customPatterns,
    allowlist: p.allowlist ?? [],
    limits: { ...DEFAULT_LIMITS, ...p.limits },
  };
}
