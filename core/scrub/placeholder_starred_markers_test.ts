/**
 * A withheld-value word between asterisks is a mask, as tools print one (`secret: **REDACTED**`,
 * `token: *masked*`), as `***HIDDEN***`, `[REDACTED]` and `(hidden)` already were. Found by
 * probing the forms beside the benign corpus's safely printed credentials
 * (corpus/benign8.jsonl, `filtered-params`). A value with such a word and more in it is still
 * a value.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";

Deno.test("a withheld word between asterisks is a placeholder", () => {
  deepStrictEqual(
    ["**REDACTED**", "*masked*", "**hidden**", "*FILTERED*", "***omitted***"].filter((v) =>
      !isPlaceholder(v)
    ),
    [],
  );
  deepStrictEqual(
    ["*redacted*Xk9pQ2", "**Sup3rS3cret**", "*masked", "**REDACTEDx9**", "****redacted****"]
      .filter((v) => isPlaceholder(v)),
    [],
  );
  const scrubber = createScrubber();
  for (const line of ["secret: **REDACTED**", "token: *masked*"]) {
    strictEqual(scrubber.scrub(line).text, line);
  }
});

Deno.test("Windows Setup's *SENSITIVE*DATA*DELETED* is a placeholder; capitals with a digit are not", () => {
  strictEqual(isPlaceholder("*SENSITIVE*DATA*DELETED*"), true);
  strictEqual(isPlaceholder("*SENSITIVE*Q7KX*DELETED*"), false);
  strictEqual(isPlaceholder("*QXZWKRTPLMNVBYHJ*"), false);
  const scrubber = createScrubber();
  for (
    const line of [
      "<AdministratorPassword>*SENSITIVE*DATA*DELETED*</AdministratorPassword>",
      "<Password>\n  <Value>*SENSITIVE*DATA*DELETED*</Value>\n</Password>",
      "password=*SENSITIVE*DATA*DELETED*",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
