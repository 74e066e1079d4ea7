import { deepStrictEqual, strictEqual } from "@node/assert";
import type { Detector } from "../detector.ts";
import { matchDetector } from "../match.ts";
import { assignedValue } from "./assigned_values.ts";
import { assigned } from "./provider_shapes.ts";
import { seededRandom } from "../corpus/token_generator.ts";

/** What a detector is at run time, for comparing two built the same way. */
const definition = (d: Detector) => ({
  id: d.id,
  source: d.pattern.source,
  flags: d.pattern.flags,
  prefilter: d.prefilter,
  minEntropy: d.minEntropy,
});

Deno.test("assignedValue builds the detector assigned() builds from the same fields", () => {
  const names = "(?:x-)?acme[_-]?token";
  const value = "[a-f0-9]{16}";
  deepStrictEqual(
    definition(assignedValue("acme-token", names, value, 3.5, ["acme"])),
    definition(assigned({ id: "acme-token", names, value, minEntropy: 3.5, keywords: ["acme"] })),
  );
  const bare = assignedValue("acme-key", "acme[_-]?key", value);
  deepStrictEqual(definition(bare), {
    id: "acme-key",
    source: assigned({ id: "x", names: "acme[_-]?key", value }).pattern.source,
    flags: "dg",
    prefilter: { keywords: ["acme"] },
    minEntropy: undefined,
  });
  const [span] = matchDetector(bare, "ACME_KEY=7f3a91c04be2d658");
  strictEqual(span.start, 9);
});

Deno.test("assignedValue's ending is assigned()'s tail and cut class", () => {
  const names = "acme[_-]?secret";
  const value = "[A-Za-z0-9/+]{24}";
  const ending = { tail: "A-Za-z0-9/+=", cutClass: "A-Za-z0-9/+" };
  const built = assignedValue("acme-secret", names, value, 3, ["acme"], ending);
  deepStrictEqual(
    definition(built),
    definition(
      assigned({ id: "acme-secret", names, value, minEntropy: 3, keywords: ["acme"], ...ending }),
    ),
  );
  // A value followed by an `=` (in the tail, not in the default one) is not this value.
  const random = seededRandom(4);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  const secret = Array.from({ length: 24 }, () => alphabet[Math.floor(random() * 62)]).join("");
  strictEqual(matchDetector(built, `ACME_SECRET=${secret}=`).length, 0);
  strictEqual(matchDetector(built, `ACME_SECRET=${secret};`).length, 1);
});
