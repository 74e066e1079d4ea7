import { deepStrictEqual, ok } from "@node/assert";
import type { Detector } from "../detector.ts";
import { pii } from "./pii_detector.ts";

const pattern = /(?<secret>\d{9})/dg;
const validate = (value: string) => value !== "000000000";

Deno.test("pii builds the detector written as an object, keywords given as a list", () => {
  const built = pii("acme-id", ["acme", "member"], pattern, validate, { minEntropy: 1 });
  const written: Detector = {
    id: "acme-id",
    kind: "pii",
    prefilter: { keywords: ["acme", "member"] },
    pattern,
    validate,
    minEntropy: 1,
  };
  deepStrictEqual(built, written);
});

Deno.test("pii keeps any other prefilter as it is, and none when given none", () => {
  deepStrictEqual(pii("acme-shape", { shape: "email-at" }, pattern), {
    id: "acme-shape",
    kind: "pii",
    prefilter: { shape: "email-at" },
    pattern,
  });
  const filter = /acme/;
  deepStrictEqual(pii("acme-filter", { filter }, pattern).prefilter, { filter });
  const bare = pii("acme-bare", undefined, pattern);
  ok(!("prefilter" in bare), "a detector without a prefilter has no prefilter field");
  ok(!("validate" in bare), "a detector without a check has no validate field");
  deepStrictEqual(bare, { id: "acme-bare", kind: "pii", pattern });
});
