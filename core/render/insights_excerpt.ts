/**
 * What a report's excerpt shows: the newest lines (core/excerpt.ts), or one example line per
 * pattern, in the patterns' order (errors first, then by count), the least important left out
 * when Slack's chunks run out.
 */
import { EXCERPT_LIMITS, type ExcerptLimits, packExcerpt } from "../excerpt.ts";

export const EXCERPT_MODES = ["newest", "patterns"] as const;
export type ExcerptMode = typeof EXCERPT_MODES[number];

/**
 * What the excerpt shows, from a function's inputs: the newest lines unless they ask for the
 * patterns (an excerpt mode blank or not given is "newest").
 */
export function excerptModeOf(inputs: { excerpt_mode?: ExcerptMode | "" }): ExcerptMode {
  return inputs.excerpt_mode || "newest";
}

/**
 * Packs the example records (each its scrubbed lines), most important first, reading in that
 * order; those that do not fit are left out from the end. `lineCount` is how many are shown.
 */
export function examplesExcerpt(
  examples: readonly (readonly string[])[],
  limits: ExcerptLimits = EXCERPT_LIMITS,
): { chunks: string[]; lineCount: number } {
  // packExcerpt keeps the first records given and reads them in reverse: first find how many
  // of the most important fit, then pack those least important first so they read in order.
  let fit = packExcerpt(examples, limits).lineCount;
  // Packed in another order the chunks may break differently: drop from the end until all fit.
  for (; fit > 0; fit--) {
    const packed = packExcerpt(examples.slice(0, fit).toReversed(), limits);
    if (packed.lineCount === fit) return packed;
  }
  return { chunks: [], lineCount: 0 };
}
