/**
 * The ARN of a policy AWS manages has `aws` for its account (`arn:aws:iam::aws:policy/…`): a
 * name, as an ARN with an account's 12 digits is (./placeholders.ts ARN); another word there, or
 * a blank in the resource, is still a value.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";

Deno.test("a managed policy's ARN is a placeholder, under a key named for a secret too", () => {
  deepStrictEqual(
    [
      "arn:aws:iam::aws:policy/ReadOnlyAccess",
      "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
    ].filter((v) => !isPlaceholder(v)),
    [],
  );
  deepStrictEqual(
    ["arn:aws:iam::awz:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/Read Only"].filter((v) =>
      isPlaceholder(v)
    ),
    [],
  );
  const line = 'UserRotatePassword = "arn:aws:iam::aws:policy/UserRotatePassword"';
  strictEqual(createScrubber().scrub(line).text, line);
});
