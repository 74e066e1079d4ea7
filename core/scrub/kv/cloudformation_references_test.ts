/**
 * A CloudFormation reference given to a secret-named key (`MasterUserPassword: !Ref DbPassword`,
 * `password: !GetAtt DbSecret.SecretString`, `token: !ImportValue shared-token-arn`) names a
 * parameter, a resource's attribute or an export: where the value comes from, no value. Found by
 * probing the forms beside the benign corpus's references (../corpus/benign8.jsonl). Tags that
 * come before a literal (`!vault`, `!!binary`, `!Base64`, `!Sub`) still leave it read.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("CloudFormation's !Ref, !GetAtt and !ImportValue name where a value comes from", () => {
  for (
    const line of [
      "      MasterUserPassword: !Ref DbPasswordParam",
      "  password: !GetAtt DbSecret.SecretString",
      "  api_token: !ImportValue shared-api-token-arn",
      "  password: &pw !Ref DbPasswordParam # from the stack's parameters",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});

Deno.test("a literal after another tag is still masked", () => {
  for (
    const [line, secret] of [
      ["  password: !Base64 U3VwM3JTM2NyZXQyMDI2eA==", "U3VwM3JTM2NyZXQyMDI2eA=="],
      ["  password: !vault Xk9pQ2rT7vW3mN8b", "Xk9pQ2rT7vW3mN8b"],
      ["  password: !Sub 'Xk9pQ2rT7vW3mN8b'", "Xk9pQ2rT7vW3mN8b"],
    ]
  ) {
    const out = scrubber.scrub(line).text;
    strictEqual(out.includes(secret), false, out);
  }
});
