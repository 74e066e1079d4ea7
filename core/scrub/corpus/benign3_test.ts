/**
 * The third benign corpus (./benign3.jsonl, written by ./gen_benign3.ts before reading the
 * detectors): the stored file is what the generator writes, it is what it says it is (mostly
 * benign lines of real systems, about one case in seven holding one secret or piece of personal
 * data), and the whole default engine scores at least today's figures on it, by the shared
 * scorer's rules (a secret leaks when its text survives; a benign case must come out unchanged).
 * The floors only rise: raise them when a fix lifts a figure.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { belowFloors, scoreCorpus } from "./corpus_scores.ts";
import { BENIGN3_FILE, benign3Text, generateBenign3 } from "./gen_benign3.ts";

const cases = generateBenign3();

Deno.test("the stored third benign corpus is the generator's output (run gen_benign3.ts)", async () => {
  strictEqual(await Deno.readTextFile(BENIGN3_FILE), benign3Text(cases));
});

Deno.test("the third benign corpus: 500+ cases, unique ids, about 15 % sensitive, each value in its text", () => {
  ok(cases.length >= 500, `${cases.length} cases`);
  strictEqual(new Set(cases.map((c) => c.id)).size, cases.length);
  const sensitive = cases.filter((c) => c.kind !== "benign").length / cases.length;
  ok(sensitive >= 0.1 && sensitive <= 0.2, `sensitive share ${sensitive.toFixed(3)}`);
  for (const c of cases) {
    if (c.kind === "benign") ok(c.expect_unchanged && c.secrets.length === 0, c.id);
    else ok(c.secrets.length === 1 && c.text.includes(c.secrets[0]), c.id);
  }
});

/** Today's figures (rounded down): a change that lowers one fails here. */
const FLOORS = { secret: 0.962, pii: 0.986, benign: 1 };

Deno.test("the engine scores at least today's figures on the third benign corpus", () => {
  deepStrictEqual(belowFloors(scoreCorpus(cases), FLOORS), []);
});
