/**
 * Writes ./syntax.jsonl: generic secret key names and provider tokens in every syntax of
 * ./syntaxes.ts, and benign values and lines in the same syntaxes (./syntax_cases.ts), for the
 * shared scorer:
 *
 *   deno run --allow-read --allow-write core/scrub/corpus/gen_syntax.ts
 *   node ../shared/eval/score.mjs --cases core/scrub/corpus/syntax.jsonl 'deno task -q scrub'
 *
 * Seeded: the same detectors give the same file (./stored_corpora_test.ts checks the stored one
 * is this script's output); regenerate it whenever a detector is added or its format changes.
 */
import type { Detector } from "../detector.ts";
import { DETECTORS } from "../detectors/mod.ts";
import { syntaxCases } from "./syntax_cases.ts";

export const SYNTAX_FILE = new URL("./syntax.jsonl", import.meta.url);

/** The corpus's text, one case per line. */
export function syntaxText(detectors: readonly Detector[]) {
  const cases = syntaxCases(detectors);
  return { text: cases.map((c) => JSON.stringify(c)).join("\n") + "\n", cases };
}

if (import.meta.main) {
  const { text, cases } = syntaxText(DETECTORS);
  await Deno.writeTextFile(SYNTAX_FILE, text);
  const secrets = cases.filter((c) => c.kind === "secret").length;
  console.log(
    `wrote ${cases.length} cases (${secrets} secret, ${
      cases.length - secrets
    } benign) to ${SYNTAX_FILE.pathname}`,
  );
}
