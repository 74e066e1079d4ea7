/**
 * The fourth provider corpus (./secrets_providers4.jsonl, written by ./gen_secrets_providers4.ts
 * from each provider's documented format): the stored file is what the generator writes, every
 * case is well formed, and the whole default engine scores at least the figures it reaches, by
 * the shared scorer's rules (a secret leaks when its text survives; a benign case must come out
 * unchanged). The floors only rise: raise them when a fix lifts a figure.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { belowFloors, scoreCorpus } from "./corpus_scores.ts";
import { malformedCases } from "./case_shape.ts";
import { generateProviders4, PROVIDERS4_FILE, providers4Text } from "./gen_secrets_providers4.ts";

const cases = generateProviders4();

Deno.test("the stored fourth provider corpus is the generator's output (run gen_secrets_providers4.ts)", async () => {
  strictEqual(await Deno.readTextFile(PROVIDERS4_FILE), providers4Text(cases));
});

Deno.test("every fourth provider case is well formed: ids unique, each secret in its text, a third to a half benign", () => {
  deepStrictEqual(malformedCases(cases, { minCases: 300, benignShare: [0.3, 0.5] }), []);
});

/** The figures reached (rounded down): a change that lowers one fails here. */
const FLOORS = { secret: 0.995, benign: 0.99 };

Deno.test("the engine scores at least the reached figures on the fourth provider corpus", () => {
  deepStrictEqual(belowFloors(scoreCorpus(cases), FLOORS), []);
});
