/**
 * The phone-number corpus (./pii_phones9.jsonl, written by ./gen_pii_phones9.ts from numbering
 * plans' layouts with random digits): the stored file is what the generator writes, every case is
 * well formed, and the default engine scores at least today's figures on it by the shared scorer's
 * rules (a value leaks when its text survives; a benign case must come out unchanged). The floors
 * only rise.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { belowFloors, scoreCorpus } from "./corpus_scores.ts";
import { malformedCases } from "./case_shape.ts";
import { generatePhones9, PHONES9_FILE, phones9Text } from "./gen_pii_phones9.ts";

const cases = generatePhones9();

Deno.test("the stored phone corpus is the generator's output (run gen_pii_phones9.ts)", async () => {
  strictEqual(await Deno.readTextFile(PHONES9_FILE), phones9Text(cases));
});

Deno.test("every phone case is well formed: ids unique, each value in its text, ~15 % benign", () => {
  deepStrictEqual(malformedCases(cases, { minCases: 700, benignShare: [0.1, 0.2] }), []);
});

/**
 * Today's figures, rounded down: the four bare Albanian numbers in three groups of three
 * (`045 183 566` with no phone word) stay, as that is also a Canadian SIN's layout
 * (../detectors/phone_trunk_layouts_test.ts): 668 of 672.
 */
const FLOORS = { pii: 0.994, core: 0.994, benign: 1 };

Deno.test("the default engine scores at least today's figures on the phone corpus", () => {
  deepStrictEqual(belowFloors(scoreCorpus(cases), FLOORS), []);
});
