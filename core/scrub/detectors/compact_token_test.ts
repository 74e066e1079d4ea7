import { deepStrictEqual } from "@node/assert";
import type { Detector } from "../detector.ts";
import { compactToken } from "./prefixed_tokens.ts";
import { token } from "./provider_shapes.ts";

/** What a detector is at run time, for comparing two built the same way. */
const definition = (d: Detector) => ({
  id: d.id,
  source: d.pattern.source,
  flags: d.pattern.flags,
  prefilter: d.prefilter,
  minEntropy: d.minEntropy,
});

Deno.test("compactToken builds the detector token() builds from the same fields", () => {
  const source = "acme_[A-Za-z0-9]{32}";
  deepStrictEqual(
    definition(compactToken("acme-token", source, 3.5, "A-Za-z0-9_-", ["acme"])),
    definition(
      token({
        id: "acme-token",
        token: source,
        minEntropy: 3.5,
        tail: "A-Za-z0-9_-",
        keywords: ["acme"],
      }),
    ),
  );
  deepStrictEqual(definition(compactToken("acme-token", source)), {
    id: "acme-token",
    source: "(?<![A-Za-z0-9_])(?:acme_[A-Za-z0-9]{32})(?![A-Za-z0-9_])",
    flags: "g",
    // After the default lead, its literal start wakes it only at a word's start.
    prefilter: { keywords: ["acme_"], atWordStart: ["acme_"] },
    minEntropy: undefined,
  });
  deepStrictEqual(
    definition(compactToken("acme-token", source, 4, "A-Za-z0-9_-")).source,
    "(?<![A-Za-z0-9_])(?:acme_[A-Za-z0-9]{32})(?![A-Za-z0-9_-])",
  );
});

Deno.test("compactToken's `more` gives token() the rest of the spec: the same detector", () => {
  const source = "acme_(?<secret>[A-Za-z0-9]{32})";
  const validate = (secret: string) => /\d/.test(secret);
  const more = {
    lead: "(?<![A-Za-z0-9+/])",
    cutClass: "A-Za-z0-9",
    reach: { before: 5, after: 0 },
    validate,
  };
  const compact = compactToken("acme-token", source, 3, "A-Za-z0-9_", ["acme_"], more);
  const spelled = token({
    id: "acme-token",
    token: source,
    minEntropy: 3,
    tail: "A-Za-z0-9_",
    keywords: ["acme_"],
    ...more,
  });
  deepStrictEqual(
    { ...definition(compact), reach: compact.reach },
    { ...definition(spelled), reach: spelled.reach },
  );
  deepStrictEqual(compact.pattern.source, spelled.pattern.source);
  // Each part of `more` counts: the lead, the cut and the reach are in the detector.
  deepStrictEqual(compact.pattern.source.startsWith("(?<![A-Za-z0-9+/])"), true);
  deepStrictEqual(compact.pattern.source.includes("(?<cut>)(?=[A-Za-z0-9])"), true);
  deepStrictEqual(compact.reach, { before: 5, after: 0 });
  const line = `x acme_${"a".repeat(32)} y`;
  // validate refuses a body without a digit: the detector's validate holds it.
  deepStrictEqual(compact.validate!("a".repeat(32), line, 2), false);
  deepStrictEqual(compact.validate!(`1${"aB3x".repeat(7)}abc`, line, 2), true);
  // A prefilter in `more` takes the keywords' place.
  deepStrictEqual(
    compactToken("acme-token", source, undefined, undefined, undefined, {
      prefilter: { keywords: ["acme"], atWordStart: ["acme"] },
    }).prefilter,
    { keywords: ["acme"], atWordStart: ["acme"] },
  );
});
