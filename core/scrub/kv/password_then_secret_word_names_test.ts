import { strictEqual } from "@node/assert";
import { keyKind } from "./key_names.ts";
import { createScrubber } from "../mod.ts";

// A password's name followed by `token` or `secret` (`db_password_token`) names a password: its
// value is masked however short, as a password's is. `…PasswordKey` (Helm's name for the key a
// Secret keeps a password under) and a name whose word after the password says what it is about
// (reset, policy) are not one.
Deno.test("a password's name then token or secret is a password's name", () => {
  for (
    const [name, kind] of [
      ["db_password_token", "password"],
      ["dbPasswordToken", "password"],
      ["adminPasswordKey", "key"],
      ["DB_PASSWORD_TOKEN", "password"],
      ["smtp_password_secret", "password"],
      ["password_reset_token", "secret"],
      ["password_policy_token", "secret"],
      ["api_token", "secret"],
    ] as const
  ) strictEqual(keyKind(name), kind, name);
});

Deno.test("a short value after such a name is masked; after a password key's name it is not", () => {
  const scrubber = createScrubber();
  const scrub = (text: string) => scrubber.scrub(text).text;
  strictEqual(
    scrub("db_password_token: 7hkq42"),
    "db_password_token: [REDACTED:password-assignment]",
  );
  strictEqual(
    scrub('dbPasswordToken = "q7w8e2"'),
    'dbPasswordToken = "[REDACTED:password-assignment]"',
  );
  strictEqual(scrub("adminPasswordKey: postgres-password"), "adminPasswordKey: postgres-password");
  strictEqual(scrub("password_token_count: 12"), "password_token_count: 12");
});
