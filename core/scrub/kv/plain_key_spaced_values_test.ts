/**
 * A key named only `key` in a configuration line, `key = <64 hex>` (spaced `=`) or `key: <40 or
 * more characters of base64>` (with `+` and padding): a generated value, masked. A name before it
 * (`cache key = …`), a comparison (`key == …`), an attribute (`<add key="…">`), a name of words, a
 * UUID or a path stay.
 */
import { strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const HEX = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
const B64 = "q2Vx7KpL0mZ+Tn4wYb9sRj3Hc8Ud1Ea6Gf5Ik2Ol7Mw=";

Deno.test("a spaced key = hex or key: base64 is masked", () => {
  strictEqual(
    scrub(`[encryption]\nkey = ${HEX}`),
    "[encryption]\nkey = [REDACTED:key-assignment-high-entropy]",
  );
  strictEqual(scrub(`  key: "${B64}"`), '  key: "[REDACTED:key-assignment-high-entropy]"');
});

Deno.test("a named, compared, attribute or worded key stays", () => {
  for (
    const text of [
      `cache key = ${HEX}`,
      `sort key = ${HEX}`,
      `key == ${HEX}`,
      '<add key="MyAppSettingKey12345" value="on"/>',
      "key = user_profile_cache_v2",
      'key = "feature.flags.darkMode"',
      "key = 3f2a9c1e-77d2-4b0e-9a61-0c5e2b7d9f13",
      "Key: logs/2024/03/01/app-9f86d081.gz",
      "key=user:123",
    ]
  ) strictEqual(scrub(text), text);
});
