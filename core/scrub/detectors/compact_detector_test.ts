import { deepStrictEqual, ok } from "@node/assert";
import type { Detector } from "../detector.ts";
import { pii, secret } from "./compact_detector.ts";

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

Deno.test("secret builds the secret detector written as an object, with what else it needs", () => {
  const find = (line: string) => [{ start: 0, end: line.length }];
  const opens = () => null;
  const built = secret("acme-token", ["acme_"], pattern, validate, { find, opens, minEntropy: 2 });
  const written: Detector = {
    id: "acme-token",
    kind: "secret",
    prefilter: { keywords: ["acme_"] },
    pattern,
    validate,
    find,
    opens,
    minEntropy: 2,
  };
  deepStrictEqual(built, written);
});

Deno.test("secret keeps any other prefilter as it is, and leaves out a check not given", () => {
  const prefilter = { keywords: ["acme"], atWordStart: ["acme"] };
  const reach = { before: 4, after: 0 };
  const built = secret("acme-key", prefilter, pattern, undefined, { reach });
  ok(!("validate" in built), "a detector without a check has no validate field");
  deepStrictEqual(built, { id: "acme-key", kind: "secret", prefilter, pattern, reach });
});

Deno.test("a line shape given by its name is the shape prefilter, a reach alone the reach", () => {
  const reach = { before: 0, after: 56 };
  const built = pii("acme-shape-name", "email-at", pattern, validate, reach);
  const written: Detector = {
    id: "acme-shape-name",
    kind: "pii",
    pattern,
    reach,
    prefilter: { shape: "email-at" },
    validate,
  };
  deepStrictEqual(built, written);
  deepStrictEqual(Object.keys(built), Object.keys(written), "the fields in the written order");
  const anchored = { before: 31, after: 0, anchor: /:(?=\/\/)/g };
  deepStrictEqual(secret("acme-anchored", ["acme"], pattern, undefined, anchored).reach, anchored);
});
