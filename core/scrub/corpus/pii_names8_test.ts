/**
 * The names corpus (./pii_names8.jsonl, written by ./gen_pii_names8.ts): personal names with and
 * without a word introducing them, street addresses and dates of birth in sentences and log
 * lines, and ~35 % benign lines of the same frames whose capitalised words name no one. The
 * stored file is what the generator writes, every case is well formed, and the default engine
 * scores at least the figures it reaches, by the shared scorer's rules. The floors only rise.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { belowFloors, scoreCorpus } from "./corpus_scores.ts";
import { malformedCases } from "./case_shape.ts";
import { generatePiiNames8, PII_NAMES8_FILE, piiNames8Text } from "./gen_pii_names8.ts";

const cases = generatePiiNames8();

Deno.test("the stored names corpus is the generator's output (run gen_pii_names8.ts)", async () => {
  strictEqual(await Deno.readTextFile(PII_NAMES8_FILE), piiNames8Text(cases));
});

Deno.test("every names case is well formed: ids unique, values in the text, ~35 % benign", () => {
  deepStrictEqual(malformedCases(cases, { minCases: 600, benignShare: [0.3, 0.4] }), []);
});

/**
 * The figures reached (rounded down). Before this round's fixes: PII 0.357 (150/420), benign
 * 0.883 (203/230: `During 2014,`, `Monitoring 75 hosts` and `bus 25 via St. Paul Street` read as
 * streets). After them (`ring` and `via` streets, person-name-given-family): PII 0.536
 * (225/420), benign 1.000 (230/230). After the next round's (678 common given names, 130 common
 * family names after any capitalised word): PII 0.721 (303/420), benign 1.000 (230/230). Names
 * of which neither part is a common one, with no word introducing them, are what is left.
 */
const FLOORS = { pii: 0.72, benign: 1 };

Deno.test("the engine scores at least the reached figures on the names corpus", () => {
  deepStrictEqual(belowFloors(scoreCorpus(cases), FLOORS), []);
});
