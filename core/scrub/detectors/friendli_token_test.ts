/**
 * A Friendli Suite token (flp_ and a long base62 body) is masked on its own, in any line shape;
 * ids of other tools that merely start with flp_, the docs' flp_XXX and an all-x stand-in stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const TOKEN = "flp_YAoW9rkyYbV1f4fkCuDGCFOmAKwxY6k44rIikOjrepeXdK";

Deno.test("a Friendli token is masked in any line shape", () => {
  for (
    const text of [
      TOKEN,
      `FRIENDLI_TOKEN=${TOKEN}`,
      `Authorization: Bearer ${TOKEN}`,
      `client = Friendli(token="${TOKEN}")`,
      `2026-03-02T11:04:19Z WARN serverless call rejected for ${TOKEN}: 401`,
    ]
  ) {
    const out = scrubber.scrub(text).text;
    ok(!out.includes(TOKEN.slice(4, 30)), `${text} -> ${out}`);
  }
});

Deno.test("flp_ ids, the docs' placeholder and an all-x stand-in stay", () => {
  for (
    const text of [
      "removed flp_pending_acts_user42 from localStorage",
      "Bearer token field: a Friendli Token (e.g. flp_XXX)",
      `flp_${"x".repeat(46)}`,
      "plan flp_live_8f2c allocated to warehouse 3",
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});
