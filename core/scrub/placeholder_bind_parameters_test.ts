/**
 * A named bind parameter stands where a statement's value will go (`:password`,
 * `:reset_password_token`, `@password_hash`, Oracle's `:b1`), as ORMs and database logs print
 * statements before binding: it names the value, it is none. Found blind by the benign corpus
 * (corpus/benign8.jsonl, `orm-placeholders`: Rails's `WHERE "users"."reset_password_token" =
 * :reset_password_token`). A value that only starts with `:` or `@` and has digits, capitals or
 * symbols inside is still a secret.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";

Deno.test("a named bind parameter is a placeholder: ':' or '@', then words of letters joined by '_' or in camel case, a short number last", () => {
  const kept = [
    ":password",
    ":reset_password_token",
    ":apiToken",
    ":b1",
    ":secret_key",
    "@password",
    "@password_hash",
    "':token'",
  ];
  deepStrictEqual(kept.filter((v) => !isPlaceholder(v)), []);
  const secrets = [
    ":Xk9pQ2rT7vW3",
    ":hunter2x",
    "@dm1n_pa55",
    ":s3cr3t",
    ":Password1!",
    ":" + "a".repeat(300),
    "::password",
    ":pass word",
    "password:",
  ];
  deepStrictEqual(secrets.filter((v) => isPlaceholder(v)), []);
});

Deno.test("statements with named parameters stay; a value after ':' that is no parameter is masked", () => {
  const scrubber = createScrubber();
  for (
    const line of [
      `Load (0.3ms)  SELECT "users".* FROM "users" WHERE "users"."reset_password_token" = :reset_password_token LIMIT :limit`,
      "UPDATE users SET password = :password WHERE id = :id",
      "WHERE api_token = :apiToken",
      "SET @password = @password",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
  for (
    const [line, secret] of [["password = :Xk9pQ2rT7vW3", ":Xk9pQ2rT7vW3"], [
      "api_key=:s3cr3tV4lu3",
      "s3cr3tV4lu3",
    ]]
  ) {
    const out = scrubber.scrub(line).text;
    strictEqual(out.includes(secret), false, out);
  }
});
