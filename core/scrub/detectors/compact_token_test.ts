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
    prefilter: { keywords: ["acme_"] },
    minEntropy: undefined,
  });
  deepStrictEqual(
    definition(compactToken("acme-token", source, 4, "A-Za-z0-9_-")).source,
    "(?<![A-Za-z0-9_])(?:acme_[A-Za-z0-9]{32})(?![A-Za-z0-9_-])",
  );
});
