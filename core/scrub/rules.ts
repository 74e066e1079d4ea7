/**
 * Compiles a validated policy and a detector set into the rules one scrubber runs:
 * the enabled detectors in priority order, their masking strategies, the keyword index
 * over them, the allowlist and the limits. Built once per scrubber.
 */
import { HIDING_MARKERS, WRAPPING_MARKERS } from "./decoded_view.ts";
import type { BlockDetector, Detector, MaskStrategy } from "./detector.ts";
import { PolicyError } from "./errors.ts";
import { KeywordIndex } from "./keyword_index.ts";
import type { LineShape } from "./line_shapes.ts";
import { SCRUB_LIMIT_ID } from "./match.ts";
import type { Limits, Policy } from "./policy.ts";
import { compileCustomPattern } from "./safe_pattern.ts";

export interface Rules {
  /** Single-line detectors, highest priority first. */
  detectors: readonly Detector[];
  /** Strategy per single-line detector (same order). */
  strategies: readonly MaskStrategy[];
  rank: ReadonlyMap<Detector, number>;
  /** Detectors from the policy's custom patterns: they run in bounded windows. */
  custom: ReadonlySet<Detector>;
  blockDetectors: readonly BlockDetector[];
  /**
   * Keyword lists: single-line detectors first, then block detectors, then the two lists of
   * escapes that call for a decoded view (./decoded_view.ts): HIDING_MARKERS, numbered
   * `hidingMarkers`, and WRAPPING_MARKERS, numbered `hidingMarkers + 1`.
   */
  index: KeywordIndex;
  /** The keyword list number of HIDING_MARKERS (WRAPPING_MARKERS is the next and last). */
  hidingMarkers: number;
  /** Detectors with no keywords: located by their line shape, line filter or pattern. */
  everyLine: readonly number[];
  /**
   * Per `everyLine` detector, how to find the lines where it can match (a superset of them);
   * only there it runs per line. A line shape, found by the keyword scan; or its line filter (or
   * pattern) with the `m` flag, searched once over a whole region. Null for a custom pattern:
   * it only ever sees bounded windows of one line, so it runs on every line.
   */
  lineFinders: readonly (RegExp | LineShape | null)[];
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
  const known = new Set([...builtin, ...builtinBlocks].map((d) => d.id));
  policy.disabled.forEach((id, i) => {
    if (!known.has(id)) {
      throw new PolicyError(
        `invalid policy: policy.disabled[${i}]: no detector has the id "${id}"`,
      );
    }
  });
  const custom = policy.customPatterns.map((c, i) => {
    if (known.has(c.id) || ENGINE_IDS.includes(c.id)) {
      throw new PolicyError(
        `invalid policy: policy.customPatterns[${i}].id: "${c.id}" is already a detector id`,
      );
    }
    return compileCustomPattern(c, `policy.customPatterns[${i}]`);
  });
  for (const c of custom) known.add(c.id);
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
  const disabled = new Set(policy.disabled);
  const detectors = [...builtin.filter((d) => !disabled.has(d.id)), ...custom];
  const blockDetectors = builtinBlocks.filter((b) => !disabled.has(b.id));
  const strategies = detectors.map((d) =>
    policy.strategies[d.id] ?? policy.strategies[d.kind] ?? d.mask ?? "placeholder"
  );
  const everyLine: number[] = [];
  detectors.forEach((d, i) => {
    if (d.prefilter?.keywords === undefined) everyLine.push(i);
  });
  const customSet = new Set<Detector>(custom);
  const lineFinders = everyLine.map((i) => {
    if (customSet.has(detectors[i])) return null;
    const prefilter = detectors[i].prefilter;
    if (prefilter?.shape !== undefined) return prefilter.shape;
    const p = prefilter?.filter ?? detectors[i].pattern;
    return new RegExp(p.source, p.flags.replace(/[dgmy]/g, "") + "gm");
  });
  return {
    detectors,
    strategies,
    rank: new Map(detectors.map((d, i) => [d, i])),
    custom: customSet,
    blockDetectors,
    index: new KeywordIndex(
      [...detectors, ...blockDetectors].map((d) => d.prefilter?.keywords ?? [])
        .concat([HIDING_MARKERS, WRAPPING_MARKERS]),
    ),
    hidingMarkers: detectors.length + blockDetectors.length,
    everyLine,
    lineFinders,
    allowlist: new Set(policy.allowlist),
    maskIds: new Set([...detectors, ...blockDetectors].map((d) => d.id).concat(ENGINE_IDS)),
    limits: policy.limits,
  };
}
