/**
 * Compiles a validated policy and a detector set into the rules one scrubber runs:
 * the enabled detectors in priority order, their masking strategies, the prefilter that finds
 * the lines each must run on, the allowlist and the limits. Built once per scrubber, after the
 * policy is checked against the detectors (./policy_checks.ts).
 */
import {
  ESCAPED_STRING_MARKERS,
  HIDING_MARKERS,
  QUOTED_PRINTABLE_MARKERS,
  WRAPPING_MARKERS,
} from "./decoded_view.ts";
import { PAYLOAD_MARKERS } from "./encoded_payloads.ts";
import type { BlockDetector, Detector, MaskStrategy } from "./detector.ts";
import { SCRUB_LIMIT_ID } from "./match.ts";
import { checkPolicy } from "./policy_checks.ts";
import type { Limits, Policy } from "./policy_types.ts";
import { LinePrefilter } from "./prefilter/mod.ts";
import { compileCheckedPattern } from "./safe_pattern.ts";

export interface Rules {
  /** Single-line detectors, highest priority first. */
  detectors: readonly Detector[];
  /** Strategy per single-line detector (same order). */
  strategies: readonly MaskStrategy[];
  rank: ReadonlyMap<Detector, number>;
  /** Detectors from the policy's custom patterns: they run in bounded windows. */
  custom: ReadonlySet<Detector>;
  blockDetectors: readonly BlockDetector[];
  /** Which detectors must run on which lines. */
  prefilter: LinePrefilter;
  allowlist: ReadonlySet<string>;
  /** Every finding id these rules can write into a token (detectors, blocks, the engine's own). */
  maskIds: ReadonlySet<string>;
  limits: Limits;
}

/** Engine-made finding ids, which no custom pattern may take. */
export const OVERSIZED_LINE_ID = "oversized-line";
const ENGINE_IDS = [OVERSIZED_LINE_ID, SCRUB_LIMIT_ID];

export function compileRules(
  policy: Policy,
  builtin: readonly Detector[],
  builtinBlocks: readonly BlockDetector[],
): Rules {
  const checked = checkPolicy(policy, builtin, builtinBlocks, ENGINE_IDS);
  const custom = policy.customPatterns.map((c, i) =>
    compileCheckedPattern(c, `policy.customPatterns[${i}]`, checked[i])
  );
  const disabled = new Set(policy.disabled);
  const detectors = [...builtin.filter((d) => !disabled.has(d.id)), ...custom];
  const blockDetectors = builtinBlocks.filter((b) => !disabled.has(b.id));
  const strategies = detectors.map((d) =>
    policy.strategies[d.id] ?? policy.strategies[d.kind] ?? d.mask ?? "placeholder"
  );
  const customSet = new Set<Detector>(custom);
  return {
    detectors,
    strategies,
    rank: new Map(detectors.map((d, i) => [d, i])),
    custom: customSet,
    blockDetectors,
    prefilter: new LinePrefilter({
      detectors,
      blocks: blockDetectors,
      unsearched: customSet,
      escapes: {
        hiding: HIDING_MARKERS,
        wrapping: WRAPPING_MARKERS,
        strings: ESCAPED_STRING_MARKERS,
        checked: [...PAYLOAD_MARKERS, ...QUOTED_PRINTABLE_MARKERS],
      },
    }),
    allowlist: new Set(policy.allowlist),
    maskIds: new Set([...detectors, ...blockDetectors].map((d) => d.id).concat(ENGINE_IDS)),
    limits: policy.limits,
  };
}
