/**
 * A URL's user name that reads like a secret's key (`x-access-token`, `api-key`, `token`): the
 * password after it is masked as the URL's credentials, and the host and path after `@` stay.
 * Read as `key: value` instead, the value ran to the end of the URL and took the host with it.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const PASSWORD = "Zx81kQp0vLm2Aa9Wq";

Deno.test("a URL's secret-sounding user name keeps the URL's host; its password is masked", () => {
  const users = ["x-access-token", "x-token", "api-key", "token", "password", "oauth2"];
  const lines = users.map((user) =>
    `git remote set-url origin https://${user}:${PASSWORD}@code.acmecorp.net/org/repo.git`
  );
  deepStrictEqual(
    lines.map((line) => scrubber.scrub(line).text),
    users.map((user) =>
      `git remote set-url origin https://${user}:[REDACTED:url-credentials]@code.acmecorp.net/org/repo.git`
    ),
  );
});

Deno.test("the same key outside a URL's user name still reads its value", () => {
  const line = `x-access-token: ${PASSWORD}`;
  deepStrictEqual(scrubber.scrub(line).text.includes(PASSWORD), false);
});
