import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { belowFloors, scoreCorpus, type ScoredCase } from "./corpus_scores.ts";
import type { Scrubber } from "../mod.ts";

/** A scrubber that masks the word "hidden" only, so that what it leaks is known. */
const masksHidden = {
  scrub: (text: string) => ({ text: text.replaceAll("hidden", "[X]"), counts: {} }),
} as unknown as Scrubber;

const CASES: ScoredCase[] = [
  { kind: "secret", text: "k=hidden", secrets: ["hidden"] },
  { kind: "secret", text: "k=shown", secrets: ["shown"] },
  { kind: "pii", tier: "core", text: "a hidden b", secrets: ["hidden"] },
  { kind: "pii", text: "x visible", secrets: ["visible"] },
  { kind: "benign", text: "plain", secrets: [] },
  { kind: "benign", text: "a hidden word", secrets: [] },
];

Deno.test("scoreCorpus counts masked values per kind and tier, and benign cases left unchanged", () => {
  deepStrictEqual(scoreCorpus(CASES, masksHidden), {
    secret: 0.5,
    pii: 0.5,
    core: 1,
    benign: 0.5,
  });
});

Deno.test("belowFloors names each figure under its floor, and a figure the corpus has none of", () => {
  const got = scoreCorpus(CASES.filter((c) => c.kind !== "pii"), masksHidden);
  ok(Number.isNaN(got.core));
  deepStrictEqual(belowFloors(got, { secret: 0.5, benign: 0.6, core: 0 }), [
    "benign 0.500 < 0.6",
    "core NaN < 0",
  ]);
  strictEqual(belowFloors(got, { secret: 0.5 }).length, 0);
});

Deno.test("scoreCorpus judges a benign case by its text alone, whatever values it lists", () => {
  const benign: ScoredCase[] = [
    { kind: "benign", text: "a hidden word", secrets: ["word", "hidden"] },
    { kind: "benign", text: "plain", secrets: ["plain"] },
  ];
  const got = scoreCorpus(benign, masksHidden);
  strictEqual(got.benign, 0.5);
  ok(Number.isNaN(got.secret) && Number.isNaN(got.pii) && Number.isNaN(got.core));
});
