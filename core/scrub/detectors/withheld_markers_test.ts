/**
 * What a tool writes in place of a value it withholds, in capitals joined by `_`, is no secret
 * (the operations corpus's CloudTrail and Ansible lines): the line stays under any secret-named
 * key; a secret in capitals with digits, or a marker's word inside a longer random value, is
 * still masked.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

Deno.test("a withheld-value marker under a secret-named key stays", () => {
  for (
    const line of [
      `{"accessKey":{"userName":"ci-bot","secretAccessKey":"HIDDEN_DUE_TO_SECURITY_REASONS"}}`,
      `ok: [web-01] => {"invocation": {"module_args": {"password": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"}}}`,
      "api_token=SENSITIVE_VALUE_OMITTED",
      "client_secret: VALUE_REDACTED_BY_POLICY",
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("capitals that are a secret, or a marker word in a random value, are still masked", () => {
  for (const value of ["HIDDEN_K9X2_SECURITY_Q7", "Xq8HIDDENz2Lp0wR5tY3", "HIDDENSECRETVALUEXYZ"]) {
    ok(!scrub(`password=${value}`).includes(value), value);
  }
});
