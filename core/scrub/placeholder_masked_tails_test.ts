import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";

// Documentation writes a token it does not show as the token's prefix and then a mask of x, X or
// *: a stand-in, not a key; a token with a few mask characters at its end is still a key.
Deno.test("a token's prefix then a mask of x, X or * is a placeholder", () => {
  for (
    const value of [
      "AKIAXXXXXXXXXXXXXXXX",
      "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX",
      "sk-****************",
      "hvs." + "x".repeat(64),
    ]
  ) ok(isPlaceholder(value), `should be a placeholder: ${value}`);
  for (
    const value of [
      "AKIAQ7XKD2MZP4LWXXXX",
      "ghp_R8kq2ZxV0mLp4NwT9sYb3CdXXXXXXXXXXXXX",
      "xoxb-8391027465-XXXXXXXXXXXXXXXX",
      "SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
      "hvs." + "x".repeat(65) + "Q9", // a mask of 65 is none
    ]
  ) ok(!isPlaceholder(value), `should be a secret: ${value}`);
});

Deno.test("an AWS key id or a 1Password secret key masked with X is kept", () => {
  const scrubber = createScrubber();
  for (
    const line of [
      "aws_access_key_id = AKIAXXXXXXXXXXXXXXXX",
      "secret key: A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
  strictEqual(
    scrubber.scrub("aws_access_key_id = AKIAQ7XKD2MZP4LWTB5N").text,
    "aws_access_key_id = [REDACTED:aws-access-key-id]",
  );
});
