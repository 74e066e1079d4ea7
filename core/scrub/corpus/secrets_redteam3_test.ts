/**
 * The third red-team corpus (./secrets_redteam3.jsonl, written by ./gen_secrets_redteam3.ts before
 * reading the detectors or the key/value reader): the stored file is what the generator writes,
 * every case is well formed, and the whole default engine scores at least the figures it reaches,
 * by the shared scorer's rules (a secret leaks when its text survives; a benign case must come out
 * unchanged). The floors only rise: raise them when a fix lifts a figure.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { belowFloors, scoreCorpus } from "./corpus_scores.ts";
import { malformedCases } from "./case_shape.ts";
import { generateRedTeam3, REDTEAM3_FILE, redTeam3Text } from "./gen_secrets_redteam3.ts";

const cases = generateRedTeam3();

Deno.test("the stored third red-team corpus is the generator's output (run gen_secrets_redteam3.ts)", async () => {
  strictEqual(await Deno.readTextFile(REDTEAM3_FILE), redTeam3Text(cases));
});

Deno.test("every third red-team case is well formed: ids unique, each secret in its text, about a third benign", () => {
  deepStrictEqual(malformedCases(cases, { minCases: 400, benignShare: [0.3, 0.4] }), []);
});

/** The figures reached (rounded down): a change that lowers one fails here. */
const FLOORS = { secret: 0.998, benign: 0.99 };

Deno.test("the engine scores at least the reached figures on the third red-team corpus", () => {
  deepStrictEqual(belowFloors(scoreCorpus(cases), FLOORS), []);
});
