/**
 * A statement assigning several names at once (Python's and Ruby's `user, password = "u", "v"`,
 * Go's `const a, b string = "x", "y"` and `a, b := "x", "y"`, Lua's `local`): each secret-named
 * target's value is the literal in its place, not the first one after the operator. Found by
 * scoring the fixtures of a scanner for structured files (Skyscanner/whispers; its values stay
 * outside the repository). A call or a variable in the key's place is no value.
 */
import { strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const A = "Tz6nQw3Lp8Vk", B = "r2Jx9Mb4Hs7D";

Deno.test("each secret-named target takes the literal in its place", () => {
  const cases: [string, string][] = [
    [
      `user, password = "build", "${A}"`,
      `user, password = "build", "[REDACTED:password-assignment]"`,
    ],
    [
      `\tconst db_password, api_token string = "${A}", "${B}"`,
      `\tconst db_password, api_token string = "[REDACTED:password-assignment]", "[REDACTED:secret-assignment]"`,
    ],
    [
      `\tdb_password, region := '${A}', "eu-west-1"`,
      `\tdb_password, region := '[REDACTED:password-assignment]', "eu-west-1"`,
    ],
    [
      `local name, secret = "svc", "${B}"`,
      `local name, secret = "svc", "[REDACTED:secret-assignment]"`,
    ],
  ];
  for (const [text, expected] of cases) strictEqual(scrub(text), expected);
});

Deno.test("a call, a variable or a placeholder in the key's place stays", () => {
  for (
    const text of [
      "user, password = get_credentials()",
      "token, err := client.Token(ctx), nil",
      `name, password = "svc", default_password`,
      `var db_password, region string = "{password}", "eu-west-1"`,
    ]
  ) strictEqual(scrub(text), text);
});
