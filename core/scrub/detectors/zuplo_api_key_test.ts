/**
 * A Zuplo API key (zpka_, 32 hex, _ and an 8-hex checksum) is masked on its own, in any line
 * shape; the prefix alone, zpka_… in docs, a test stand-in and an all-zero key stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const KEY = "zpka_73379600557b987692f1497c445be58a_0ed903c3";

Deno.test("a Zuplo API key is masked in any line shape", () => {
  for (
    const text of [
      KEY,
      `ZUPLO_API_KEY=${KEY}`,
      `Authorization: Bearer ${KEY}`,
      `const devKey = "${KEY}";`,
      `2026-03-02T11:04:19Z WARN gateway rejected ${KEY}: 401`,
      `curl -H 'x-api-key: ${KEY}' https://api.example.com/v1/forecast`,
    ]
  ) {
    const out = scrubber.scrub(text).text;
    ok(!out.includes(KEY.slice(5, 30)), `${text} -> ${out}`);
  }
});

Deno.test("the prefix alone, docs, a test stand-in and an all-zero key stay", () => {
  for (
    const text of [
      'authHeader.startsWith("Bearer zpka_")',
      "voiceai config set apiKey zpka_…",
      'key: "zpka_test_key_1234567890",',
      `zpka_${"0".repeat(32)}_${"0".repeat(8)}`,
    ]
  ) deepStrictEqual(scrubber.scrub(text).text, text);
});
