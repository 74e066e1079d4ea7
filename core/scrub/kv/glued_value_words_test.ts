/**
 * A secret's name with a camel-case word glued after it that says it is the value itself
 * (`myApiKeyValue`, `dbPasswordText`, `apiKeyStr`, `accessTokenValue`): judged by the name
 * before that word. Other last words name something else and stay (`passwordPolicy`,
 * `tokenExpiry`, `apiKeyId`, `dbPasswordHash`, `PasswordLastSet`), as does a name that is no
 * secret's before the word (`keyValue`, `nextPageTokenValue`).
 */
import { strictEqual } from "@node/assert";
import { keyKind } from "./key_names.ts";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";

const A = "Tz6nQw3Lp8VkR2", B = "r2Jx9Mb4Hs7DqW";

Deno.test("a value word glued after a secret's name is no part of what it names", () => {
  const cases: [string, string | null][] = [
    ["myApiKeyValue", "secret"],
    ["apiKeyStr", "secret"],
    ["accessTokenValue", "secret"],
    ["dbPasswordText", "password"],
    ["clientSecretString", "secret"],
    ["keyValue", null],
    ["nextPageTokenValue", null],
    ["dbPasswordHash", null],
    ["passwordvalue", null],
  ];
  for (const [name, kind] of cases) strictEqual(keyKind(name), kind, name);
});

Deno.test("a glued name's value is masked; other last words stay", () => {
  strictEqual(scrub(`myApiKeyValue=${A}`), "myApiKeyValue=[REDACTED:secret-assignment]");
  strictEqual(
    scrub(`{"dbPasswordText": "${B}", "accessTokenValue": "${A}"}`),
    `{"dbPasswordText": "[REDACTED:password-assignment]", "accessTokenValue": "[REDACTED:secret-assignment]"}`,
  );
  for (
    const text of [
      "passwordPolicy=strict tokenExpiry=3600 apiKeyId=9f3a21c4-77d2",
      "dbPasswordHash=sha256 passwordLength=16 apiKeyName=ci-deployer",
      "PasswordLastSet      : 3/14/2024 10:22:01 AM",
      `keyValue=${B} nextPageTokenValue=${A}`,
    ]
  ) strictEqual(scrub(text), text);
});
