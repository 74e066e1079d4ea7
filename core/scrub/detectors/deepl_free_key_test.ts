/**
 * A DeepL API Free key (a UUID with DeepL's :fx suffix) is masked on its own, in any line shape; a
 * plain UUID (a request id), an all-zero stand-in and words ending in :fx stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const KEY = "4f9b2c7e-81d3-4a65-9e0c-b3d57a1f26c8:fx";

Deno.test("a DeepL Free key is masked in any line shape", () => {
  for (
    const text of [
      KEY,
      `DEEPL_API_KEY=${KEY}`,
      `Authorization: DeepL-Auth-Key ${KEY}`,
      `DeepL-Auth-Key ${KEY}`,
      `translator = deepl.Translator("${KEY}")`,
      `2026-03-02T11:04:19Z WARN translate failed for key ${KEY}: 456 quota exceeded`,
    ]
  ) {
    const out = scrubber.scrub(text).text;
    ok(!out.includes(KEY.slice(0, 20)), `${text} -> ${out}`);
  }
});

Deno.test("a plain UUID, an all-zero stand-in and words ending in :fx stay", () => {
  for (
    const text of [
      "request 4f9b2c7e-81d3-4a65-9e0c-b3d57a1f26c8 completed in 12ms",
      "DEEPL_API_KEY=00000000-0000-0000-0000-000000000000:fx",
      "effects: blur:fx, glow:fx",
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});
