import { ok } from "@node/assert";
import { isPlaceholder } from "./placeholders.ts";

Deno.test("template variables, masks and stand-ins are placeholders", () => {
  for (
    const value of [
      "${DB_PASSWORD}",
      "${token:-none}",
      "$API_KEY",
      "$(SECRET)",
      "{{ vault_token }}",
      "<token>",
      "<your-api-key>",
      "%s",
      "%(password)s",
      "xxxxxxxx",
      "XXXX",
      "********",
      "changeme",
      "EXAMPLE",
      "'redacted'",
      "[REDACTED:aws-access-key-id]",
      "[ipv4:0123456789]",
      "your_api_key_here",
      "null",
      "",
      // One of each form and stop word, each starting with a character of its own.
      "{% secret %}",
      "####",
      "....",
      "____",
      "----",
      "my-token",
      "insert_your_key",
      "REPLACE_ME",
      "`change_me`",
      "Dummy",
      "placeholder",
      "nil",
      "undefined",
      "true",
      "False",
      "empty",
      "notset",
      "unset",
      "TODO",
      "fixme",
      "tbd",
    ]
  ) ok(isPlaceholder(value), `should be a placeholder: ${value}`);
});

Deno.test("real secrets that only contain placeholder-like parts are not placeholders", () => {
  for (
    const value of [
      "AP6xxxxxxxxxx",
      "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      "$ecretPassw0rd",
      "hunter2",
      "changeme123!",
      "x1xxxxxxxx",
      "password",
      "s3cr3t-${x}",
    ]
  ) ok(!isPlaceholder(value), `should be a secret: ${value}`);
});
