/**
 * A Hack Club AI API key (sk-hc-v1- and 64 hex) is masked on its own, in any line shape; the
 * prefix alone, a cut key and an all-zero stand-in stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const KEY = "sk-hc-v1-ce6d6e7fc6b9205ed7bff44d21ca49b0cc830af6c0e728e093bd36195a2e0339";

Deno.test("a Hack Club AI key is masked in any line shape", () => {
  for (
    const text of [
      KEY,
      `HACK_CLUB_AI_KEY=${KEY}`,
      `Authorization: Bearer ${KEY}`,
      `client = OpenAI(base_url="https://ai.hackclub.com/proxy/v1", api_key="${KEY}")`,
      `2026-03-02T11:04:19Z WARN proxy rejected ${KEY}: 401`,
      `using ${KEY} now`,
    ]
  ) {
    const out = scrubber.scrub(text).text;
    ok(!out.includes(KEY.slice(9, 40)), `${text} -> ${out}`);
  }
});

Deno.test("the prefix alone, a cut key and an all-zero stand-in stay", () => {
  for (
    const text of [
      'placeholder="sk-hc-v1-..."',
      "keys start with sk-hc-v1-2354b6669d53",
      `sk-hc-v1-${"0".repeat(64)}`,
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});
