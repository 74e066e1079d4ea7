/**
 * ./policy_checks.ts as a deployed function bundle has it (scripts/bundle.ts,
 * deployedConfigModules): the build checked the app's policy against the same detectors before
 * bundling it, so nothing is checked again, and each custom pattern is compiled where its rules
 * are (no regex is handed over).
 */
import type { BlockDetector, Detector } from "./detector.ts";
import type { Policy } from "./policy_types.ts";

export function checkPolicy(
  _policy: Policy,
  _builtin: readonly Detector[],
  _builtinBlocks: readonly BlockDetector[],
  _reservedIds: readonly string[],
): readonly RegExp[] {
  return [];
}
