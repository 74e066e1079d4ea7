/**
 * Three spellings of a reference that names a secret kept elsewhere, each a placeholder: a format
 * field with a blank inside its braces (`{ password }`), a variable behind Compose's and Make's
 * escaped `$` (`$$password`, `$$DB_PASSWORD`), and a CloudFormation reference quoted whole as a
 * JSON string or an element's text (`"!Ref 'DbPassword'"`). Found by scoring the fixtures of a
 * scanner for structured files (Skyscanner/whispers; its values stay outside the repository).
 * Secrets that only look like them are still masked.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";

const scrubber = createScrubber();

Deno.test("a spaced format field, an escaped variable and a quoted CloudFormation reference are placeholders", () => {
  for (
    const value of [
      "{ password }",
      "{ db_token }",
      "$$password",
      "$$dbPassword",
      "$$DB_PASSWORD",
      "!Ref 'MasterUserPassword'",
      '!Ref "DbPasswordParam"',
      "!GetAtt DbSecret.SecretString",
      "!ImportValue 'shared-api-token-arn'",
    ]
  ) strictEqual(isPlaceholder(value), true, value);
});

Deno.test("in the lines that hold them, nothing is masked", () => {
  for (
    const line of [
      'variable_password = "{ password }"',
      "02_db_password: $$password",
      "  - DB_PASSWORD=$$DB_PASSWORD",
      `    "MasterUserPassword": "!Ref 'MasterUserPassword'",`,
      "    <DbPassword>!Ref 'DbPasswordParam'</DbPassword>",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});

Deno.test("secrets spelled alike are still masked", () => {
  for (
    const [line, secret] of [
      ['password = "{ Zq5kV1n8Wd3 }"', "Zq5kV1n8Wd3"],
      ["db_password: $$Xk9pQ2rTv7", "Xk9pQ2rTv7"],
      ['"password": "!Ref Xk9p Q2rT"', "Xk9p Q2rT"],
      ['"password": "!Refuse-Xk9pQ2rT"', "Xk9pQ2rT"],
    ]
  ) {
    const out = scrubber.scrub(line).text;
    strictEqual(out.includes(secret), false, out);
  }
});
