/**
 * A variable in capitals, `$(VAR)` or `${VAR}`, then a path (`$BASE_URL/account/#/reset`) is where
 * a value points, not a secret (./placeholders.ts ENV_REFERENCE); a lower-case `$word` before a
 * path, or a path glued to a variable with no `/`, is still a secret.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";

Deno.test("a variable then a path is a placeholder", () => {
  deepStrictEqual(
    [
      "$APP_BASE_URL/account/#/reset_password",
      "${HOME}/.config/app/token",
      "$(SECRETS_DIR)/db.pass",
      "${secretsDir}/api.key",
    ].filter((v) => !isPlaceholder(v)),
    [],
  );
  deepStrictEqual(
    ["$ecret/Xk9pQ2", "$uper/S3cr3t", "${X}Qz7xpLm2", "$VAR/ab cd", "$API_KEYQ9x!/z"].filter((v) =>
      isPlaceholder(v)
    ),
    [],
  );
});

Deno.test("a key assigned a variable and a path stays; a secret after it is masked", () => {
  const scrubber = createScrubber();
  const line = "APP_RESET_PASSWORD_LINK=$APP_BASE_URL/account/#/reset_password";
  strictEqual(scrubber.scrub(line).text, line);
  ok(!scrubber.scrub("DB_PASSWORD=$ecret/Xk9pQ2").text.includes("Xk9pQ2"));
});
