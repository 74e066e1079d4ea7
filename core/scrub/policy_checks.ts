/**
 * What only a policy's author (or a detector's) can get wrong, checked before a scrubber's rules
 * are compiled (compileRules): detector ids the policy names, custom pattern ids, custom patterns
 * that could backtrack without bound or do not compile, and detectors' keyword lists. Throws
 * PolicyError naming the field, never echoing a pattern.
 *
 * A deployed function bundle holds ./policy_checks_deployed.ts instead (scripts/bundle.ts,
 * deployedConfigModules): the build checked the app's policy here, against the same detectors,
 * before bundling it as data, so a function does not carry these checks nor check it again.
 */
import type { BlockDetector, Detector } from "./detector.ts";
import { PolicyError } from "./errors.ts";
import type { Policy } from "./policy_types.ts";
import { checkCustomPattern } from "./safe_pattern.ts";

/**
 * Throws when `policy` does not fit the detectors `builtin` and `builtinBlocks`, or one of them
 * is unusable. `reservedIds`: ids the engine writes itself, which no custom pattern may take.
 * Returns the regex of each custom pattern, in order, as its check compiled it.
 */
export function checkPolicy(
  policy: Policy,
  builtin: readonly Detector[],
  builtinBlocks: readonly BlockDetector[],
  reservedIds: readonly string[],
): readonly RegExp[] {
  const known = new Set([...builtin, ...builtinBlocks].map((d) => d.id));
  policy.disabled.forEach((id, i) => {
    if (!known.has(id)) {
      throw new PolicyError(
        `invalid policy: policy.disabled[${i}]: no detector has the id "${id}"`,
      );
    }
  });
  const checked = policy.customPatterns.map((c, i) => {
    if (known.has(c.id) || reservedIds.includes(c.id)) {
      throw new PolicyError(
        `invalid policy: policy.customPatterns[${i}].id: "${c.id}" is already a detector id`,
      );
    }
    return checkCustomPattern(c, `policy.customPatterns[${i}]`);
  });
  for (const c of policy.customPatterns) known.add(c.id);
  for (const key of Object.keys(policy.strategies)) {
    if (key !== "secret" && key !== "pii" && !known.has(key)) {
      throw new PolicyError(
        `invalid policy: policy.strategies.${key}: not a detector id, "secret" or "pii"`,
      );
    }
  }
  for (const b of builtinBlocks) {
    // A block begins only on a line where one of its keywords occurs.
    if ((b.prefilter?.keywords ?? []).length === 0) {
      throw new Error(`block detector ${b.id} needs keywords`);
    }
  }
  for (const d of builtin) {
    // An empty list would keep the detector from ever running: leave the prefilter out instead.
    if (d.prefilter?.keywords?.length === 0) {
      throw new Error(`detector ${d.id}: an empty keyword list; give keywords or no prefilter`);
    }
  }
  return checked;
}
