/**
 * An Israeli id number after its name in every spelling the name matches (`israeli id`,
 * `israeli_id`, `israeliId`, `Israeli-ID`) is masked: the prefilter's keyword is `israeli`, which
 * each of them holds, where `israeli id` missed all but the first.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

Deno.test("an Israeli id after israeli id, israeli_id, israeliId or Israeli-ID is masked", () => {
  const scrubber = createScrubber();
  for (const name of ["israeli id", "israeli_id", "israeliId", "Israeli-ID", "ISRAELI.ID"]) {
    deepStrictEqual(
      scrubber.scrub(`${name}: 123456782`).text,
      `${name}: [REDACTED:il-teudat-zehut]`,
    );
  }
});
