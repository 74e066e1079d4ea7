/**
 * The two corpora generated from the detectors' own formats (./providers.jsonl, ./syntax.jsonl)
 * are stored for the shared scorer; each must be what its generator writes from today's
 * detectors, or the scorer measures detectors that are no longer there. When this fails, run
 * gen_providers.ts and gen_syntax.ts and commit what they write.
 */
import { strictEqual } from "@node/assert";
import { DETECTORS } from "../detectors/mod.ts";
import { PROVIDERS_FILE, providersText } from "./gen_providers.ts";
import { SYNTAX_FILE, syntaxText } from "./gen_syntax.ts";

Deno.test("the stored providers.jsonl is gen_providers.ts's output from today's detectors", async () => {
  strictEqual(await Deno.readTextFile(PROVIDERS_FILE), providersText(DETECTORS).text);
});

Deno.test("the stored syntax.jsonl is gen_syntax.ts's output from today's detectors", async () => {
  strictEqual(await Deno.readTextFile(SYNTAX_FILE), syntaxText(DETECTORS).text);
});
