/**
 * Writes ./providers.jsonl: generated tokens of every provider detector in every syntax
 * (./provider_cases.ts), for the shared scorer:
 *
 *   deno run --allow-read --allow-write core/scrub/corpus/gen_providers.ts [--per-syntax N]
 *   node ../shared/eval/score.mjs --cases core/scrub/corpus/providers.jsonl 'deno task -q scrub'
 *
 * Seeded per detector: the same detectors give the same file. The stored file is one value per
 * syntax (./stored_corpora_test.ts checks it is this script's output); regenerate it whenever a
 * detector is added or its format changes.
 */
import type { Detector } from "../detector.ts";
import { DETECTORS } from "../detectors/mod.ts";
import { providerCases } from "./provider_cases.ts";

export const PROVIDERS_FILE = new URL("./providers.jsonl", import.meta.url);

/** The corpus's text, one case per line, and the detectors no accepted value was generated for. */
export function providersText(detectors: readonly Detector[], perSyntax = 1) {
  const { cases, ungeneratable } = providerCases(detectors, perSyntax);
  return { text: cases.map((c) => JSON.stringify(c)).join("\n") + "\n", cases, ungeneratable };
}

if (import.meta.main) {
  const at = Deno.args.indexOf("--per-syntax");
  const perSyntax = at === -1 ? 1 : Number(Deno.args[at + 1]);
  if (!Number.isInteger(perSyntax) || perSyntax < 1 || perSyntax > 20) {
    throw new Error("--per-syntax takes a whole number from 1 to 20");
  }
  const { text, cases, ungeneratable } = providersText(DETECTORS, perSyntax);
  await Deno.writeTextFile(PROVIDERS_FILE, text);
  console.log(`wrote ${cases.length} cases to ${PROVIDERS_FILE.pathname}`);
  if (ungeneratable.length > 0) {
    console.log(`no accepted value generated for: ${ungeneratable.join(", ")}`);
  }
}
