/**
 * Writes ./providers.jsonl: generated tokens of every provider detector in every syntax
 * (./provider_cases.ts), for the shared scorer:
 *
 *   deno run --allow-read --allow-write core/scrub/corpus/gen_providers.ts [--per-syntax N]
 *   node ../shared/eval/score.mjs --cases core/scrub/corpus/providers.jsonl 'deno task -q scrub'
 *
 * Seeded per detector: the same detectors give the same file.
 */
import { DETECTORS } from "../detectors/mod.ts";
import { providerCases } from "./provider_cases.ts";

const at = Deno.args.indexOf("--per-syntax");
const perSyntax = at === -1 ? 1 : Number(Deno.args[at + 1]);
if (!Number.isInteger(perSyntax) || perSyntax < 1 || perSyntax > 20) {
  throw new Error("--per-syntax takes a whole number from 1 to 20");
}
const { cases, ungeneratable } = providerCases(DETECTORS, perSyntax);
const out = new URL("./providers.jsonl", import.meta.url);
await Deno.writeTextFile(out, cases.map((c) => JSON.stringify(c)).join("\n") + "\n");
console.log(`wrote ${cases.length} cases to ${out.pathname}`);
if (ungeneratable.length > 0) {
  console.log(`no accepted value generated for: ${ungeneratable.join(", ")}`);
}
