/**
 * The fifth secret corpus (./secrets_syntax5.jsonl, written by ./gen_secrets_syntax5.ts): the
 * syntaxes public scanners' tests write secrets in, with our provider samples and generic secrets,
 * and the false-positive forms they document. The stored file is what the generator writes, every
 * case is well formed, and the whole default engine scores at least the figures it reaches, by
 * the shared scorer's rules. The floors only rise: raise them when a fix lifts a figure.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { belowFloors, scoreCorpus } from "./corpus_scores.ts";
import { malformedCases } from "./case_shape.ts";
import { generateSyntax5, SYNTAX5_FILE, syntax5Text } from "./gen_secrets_syntax5.ts";

const cases = generateSyntax5();

Deno.test("the stored fifth secret corpus is the generator's output (run gen_secrets_syntax5.ts)", async () => {
  strictEqual(await Deno.readTextFile(SYNTAX5_FILE), syntax5Text(cases));
});

Deno.test("every fifth-corpus case is well formed: ids unique, each secret in its text, a tenth or more benign", () => {
  deepStrictEqual(malformedCases(cases, { minCases: 2000, benignShare: [0.1, 1] }), []);
});

/**
 * The figures reached (rounded down): a change that lowers one fails here. Numbered keys
 * (`some_api_token_123 = "v"`) are read since ../kv/numbered_key_names_test.ts (floor 0.985 -> 0.994);
 * the printed forms (PRINTED_FORMS, the third red team's carriers) are read (0.994 -> 0.995).
 */
const FLOORS = { secret: 0.995, benign: 0.995 };

Deno.test("the engine scores at least the reached figures on the fifth secret corpus", () => {
  deepStrictEqual(belowFloors(scoreCorpus(cases), FLOORS), []);
});
