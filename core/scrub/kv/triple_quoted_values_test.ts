/**
 * A value in a triple-quoted string (`"""v"""`, `'''v'''`: Python, TOML) is read inside the
 * triple quotes, not as the empty string its first two quotes make; an empty value stays.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";

const value = "Zk81mQp2Lx7vTn4Rb9Wc";

Deno.test("a triple-quoted value under a secret name is masked", () => {
  for (
    const line of [
      `token = """${value}"""`,
      `api_key = '''${value}'''`,
      `DB_PASSWORD = """${value}""" # rotated`,
      `[auth]\nclient_secret = '''${value}'''`,
    ]
  ) {
    ok(!scrubWholeAndStreamed(line).includes(value), line);
  }
});

Deno.test("an empty quoted value stays", () => {
  const lines = ['password = ""', "api_key = '' # set in CI", 'token = "" ; none'];
  deepStrictEqual(lines.filter((line) => scrubWholeAndStreamed(line) !== line), []);
});
