/**
 * The scrubbing policy: which detectors run, how each kind of finding is masked, custom
 * patterns, allowlisted terms and budgets. Validated with zod; a policy file is untrusted.
 */
import * as z from "zod";
import { PolicyError } from "./errors.ts";
import { DEFAULT_LIMITS } from "./policy_defaults.ts";

const DETECTOR_ID = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a kebab-case detector id")
  .max(64);

export const MaskStrategySchema = z.enum(["placeholder", "partial", "pseudonym"]);

export const CustomPatternSchema = z.strictObject({
  id: DETECTOR_ID,
  /** A JavaScript regular expression source. A named group `secret` limits what is masked. */
  pattern: z.string().min(1),
  /** Extra flags among `i`, `m`, `s`, `u`; the engine adds `g` (and `d`) itself. */
  flags: z.string().regex(/^[imsu]*$/, "only the flags i, m, s and u are allowed").max(4)
    .optional(),
  /** Lower-case literals; the pattern runs only on lines containing one. Empty: every line. */
  keywords: z.array(z.string().min(1).max(64)).max(32).optional(),
  kind: z.enum(["secret", "pii"]),
  description: z.string().max(500).optional(),
  mask: MaskStrategySchema.optional(),
});

export const LimitsSchema = z.strictObject({
  /** Largest text `scrub()` accepts, in UTF-8 bytes. */
  maxInputBytes: z.number().int().min(1).max(1 << 30).optional(),
  /** Longer lines are replaced whole by `[REDACTED:oversized-line]` (never scanned, never leaked). */
  maxLineLength: z.number().int().min(256).max(1 << 20).optional(),
  /** Work allowed for one call (`scrub`, `push`, `write`), in milliseconds. */
  timeBudgetMs: z.number().int().min(1).max(600_000).optional(),
});

export const PolicySchema = z.strictObject({
  /** Detector ids that do not run. */
  disabled: z.array(DETECTOR_ID).max(1000).optional(),
  /** Strategy per detector id, or per kind (`secret`, `pii`); an id beats a kind. */
  strategies: z.record(DETECTOR_ID, MaskStrategySchema).optional(),
  customPatterns: z.array(CustomPatternSchema).max(100).optional(),
  /** Exact strings that are never masked (a finding equal to one of them is dropped). */
  allowlist: z.array(z.string().min(1).max(1000)).max(10_000).optional(),
  limits: LimitsSchema.optional(),
});

export type PolicyInput = z.input<typeof PolicySchema>;
export type CustomPattern = z.output<typeof CustomPatternSchema>;
export type Limits = Required<z.output<typeof LimitsSchema>>;

/** A validated policy with every default filled in. */
export interface Policy {
  disabled: string[];
  strategies: Record<string, z.output<typeof MaskStrategySchema>>;
  customPatterns: CustomPattern[];
  allowlist: string[];
  limits: Limits;
}

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
