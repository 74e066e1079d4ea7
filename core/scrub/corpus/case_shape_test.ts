/** The shared corpus-case rules refuse each kind of mislabelled case, and pass a well-formed set. */
import { deepStrictEqual } from "@node/assert";
import { type LabelledCase, malformedCases } from "./case_shape.ts";

const secret = (id: string, text: string, secrets: string[]): LabelledCase => ({
  id,
  kind: "secret",
  text,
  secrets,
  expect_unchanged: false,
});
const benign = (id: string, text = "ok"): LabelledCase => ({
  id,
  kind: "benign",
  text,
  secrets: [],
  expect_unchanged: true,
});
const SHAPE = { minCases: 2, benignShare: [0.4, 0.6] as const };

Deno.test("a well-formed corpus has no problems", () => {
  deepStrictEqual(malformedCases([secret("a", "k=v1", ["v1"]), benign("b")], SHAPE), []);
});

Deno.test("each mislabelled case or corpus is named", () => {
  deepStrictEqual(malformedCases([secret("a", "k=v1", ["v2"]), benign("a")], SHAPE), [
    "1 ids repeated",
    "a: a value not in its text",
  ]);
  deepStrictEqual(malformedCases([secret("a", "x", [])], SHAPE), [
    "1 cases < 2",
    "benign share 0.000 outside 0.4–0.6",
    "a: 0 values",
  ]);
  deepStrictEqual(
    malformedCases([
      { ...benign("b"), expect_unchanged: false, secrets: ["ok"] },
      secret("a", "v", ["v"]),
    ], SHAPE),
    ["b: expect_unchanged false", "b: 1 values"],
  );
  const pii: LabelledCase = { ...secret("p", "x@y.z", ["x@y.z"]), kind: "pii" };
  deepStrictEqual(malformedCases([pii, benign("b")], { ...SHAPE, tiers: true }), [
    "p: tier undefined",
  ]);
  deepStrictEqual(
    malformedCases([{ ...pii, tier: "core" }, { ...benign("b"), tier: "core" }], {
      ...SHAPE,
      tiers: true,
    }),
    ["b: tier core"],
  );
});

Deno.test("a benign share equal to either bound is within the range", () => {
  const cases = [secret("a", "k=v1", ["v1"]), benign("b")];
  deepStrictEqual(malformedCases(cases, { minCases: 2, benignShare: [0.5, 0.6] }), []);
  deepStrictEqual(malformedCases(cases, { minCases: 2, benignShare: [0.4, 0.5] }), []);
});
