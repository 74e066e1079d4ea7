/**
 * Writes ./syntax.jsonl: generic secret key names and provider tokens in every syntax of
 * ./syntaxes.ts, and benign values and lines in the same syntaxes (./syntax_cases.ts), for the
 * shared scorer:
 *
 *   deno run --allow-read --allow-write core/scrub/corpus/gen_syntax.ts
 *   node ../shared/eval/score.mjs --cases core/scrub/corpus/syntax.jsonl 'deno task -q scrub'
 *
 * Seeded: the same detectors give the same file.
 */
import { DETECTORS } from "../detectors/mod.ts";
import { syntaxCases } from "./syntax_cases.ts";

const cases = syntaxCases(DETECTORS);
const out = new URL("./syntax.jsonl", import.meta.url);
await Deno.writeTextFile(out, cases.map((c) => JSON.stringify(c)).join("\n") + "\n");
const secrets = cases.filter((c) => c.kind === "secret").length;
console.log(
  `wrote ${cases.length} cases (${secrets} secret, ${
    cases.length - secrets
  } benign) to ${out.pathname}`,
);
