/**
 * A constant's name in capitals whose secret word is `APITOKEN` glued (`NONPROD_APITOKEN`), as
 * `APIKEY` is, names a secret kept elsewhere: given to a secret-named variable in code it is kept.
 * A name with a digit inside a word, or no secret word, stays a value.
 */
import { strictEqual } from "@node/assert";
import { isPlaceholder } from "./placeholders.ts";
import { createScrubber } from "./mod.ts";

Deno.test("a constant's name with APITOKEN glued names a secret", () => {
  for (const v of ["NONPROD_APITOKEN", "LEGACY_APITOKEN_2", "APITOKEN", "SHARED_APITOKEN_READ"]) {
    strictEqual(isPlaceholder(v), true, v);
  }
  for (const v of ["NONPROD_APITOKEN9X", "QX7_APITOKENS", "NONPROD_APITOKENX7Q"]) {
    strictEqual(isPlaceholder(v), false, v);
  }
});

Deno.test("a secret-named variable given such a constant is kept", () => {
  const line = "        String backup_password = NONPROD_APITOKEN;";
  strictEqual(createScrubber().scrub(line).text, line);
});
