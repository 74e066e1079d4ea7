/**
 * Writes ./benign.jsonl from ./benign_cases.ts, for the shared scorer:
 *
 *   deno run --allow-read --allow-write core/scrub/corpus/gen_benign.ts
 *   node ../shared/eval/score.mjs --cases core/scrub/corpus/benign.jsonl 'deno task -q scrub'
 */
import { BENIGN } from "./benign_cases.ts";
import type { CorpusCase } from "./provider_cases.ts";

const cases: CorpusCase[] = BENIGN.flatMap(([kind, lines]) =>
  lines.map((text, n) => ({
    id: `benign-${kind}-${n}`,
    kind: "benign" as const,
    type: `benign:${kind}`,
    text,
    secrets: [],
    expect_unchanged: true,
  }))
);
const out = new URL("./benign.jsonl", import.meta.url);
await Deno.writeTextFile(out, cases.map((c) => JSON.stringify(c)).join("\n") + "\n");
console.log(`wrote ${cases.length} cases to ${out.pathname}`);
