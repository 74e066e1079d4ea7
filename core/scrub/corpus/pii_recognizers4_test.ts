/**
 * The fourth PII corpus (./pii_recognizers4.jsonl, written by ./gen_pii_recognizers4.ts before
 * the detectors were changed for it; each later section was added with a stream of its own, so
 * the cases before it stay as they were): the stored file is what the generator writes, every case
 * is well formed, the identifiers it builds with a check digit the scrubber has a rule for
 * (./pii_recognizers4_values.ts, written apart from the scrubber) pass that rule — two
 * implementations of each rule agree — and the whole default engine scores at least today's
 * figures on it, by the shared scorer's rules (a value leaks when its text survives; a benign case
 * must come out unchanged). Raise the floors when a fix lifts a figure; lower one only for a
 * trade made on purpose, and say so.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { belowFloors, scoreCorpus } from "./corpus_scores.ts";
import { malformedCases } from "./case_shape.ts";
import * as T from "../checksums/tax_and_licence_ids.ts";
import {
  generateRecognizers4,
  RECOGNIZERS4_FILE,
  recognizers4Text,
} from "./gen_pii_recognizers4.ts";
import * as W from "./pii_recognizers4_values.ts";
import { Rand } from "./pii_redteam3_values.ts";

const cases = generateRecognizers4();

Deno.test("the stored fourth PII corpus is the generator's output (run gen_pii_recognizers4.ts)", async () => {
  strictEqual(await Deno.readTextFile(RECOGNIZERS4_FILE), recognizers4Text(cases));
});

Deno.test("every fourth-corpus case is well formed: ids unique, each value in its text, a tier each", () => {
  deepStrictEqual(malformedCases(cases, { minCases: 600, benignShare: [0.2, 1], tiers: true }), []);
});

/** Each generator with a check digit and the scrubber's rule for what it generates. */
const RULES: [string, (r: Rand) => string, (v: string) => boolean][] = [
  ["dea", W.dea, T.usDeaNumberValid],
  ["partita iva", W.itVat, T.italyVatValid],
  ["ust-idnr", W.deVatId, (v) => T.germanyVatIdValid(v.slice(2))],
];

for (const [name, make, valid] of RULES) {
  Deno.test(`${name}: 200 values built from the published rule pass the scrubber's rule`, () => {
    const r = new Rand(4242);
    for (let i = 0; i < 200; i++) {
      const value = make(r);
      ok(valid(value), `${name} ${value}`);
    }
  });
}

Deno.test("the scrubber's rules refuse a value with its check digit changed", () => {
  const r = new Rand(7);
  const bump = (v: string, at: number) =>
    v.slice(0, at) + String((Number(v[at]) + 1) % 10) + v.slice(at + 1);
  for (let i = 0; i < 50; i++) {
    const dea = W.dea(r), vat = W.itVat(r), de = W.deVatId(r).slice(2);
    ok(!T.usDeaNumberValid(bump(dea, 8)), dea);
    ok(!T.italyVatValid(bump(vat, 10)), vat);
    ok(!T.germanyVatIdValid(bump(de, 8)), de);
  }
});

/** Today's figures (rounded down): a change that lowers one fails here. */
const FLOORS = { pii: 0.91, core: 1, benign: 1 };

Deno.test("the engine scores at least today's figures on the fourth PII corpus", () => {
  deepStrictEqual(belowFloors(scoreCorpus(cases), FLOORS), []);
});
