/**
 * URLs where a secret's name is read: as a URL's user name (`https://x-access-token:…@host`, read
 * as `key: value`, its value ran on through `@` and took the host with it) and as a value
 * assigned to a secret-named key (`MONGO_NO_AUTH=mongodb://…`). Either way the host and path stay
 * and only a password in the URL is masked.
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

Deno.test("a URL under a key named for a secret keeps its host; only its password is masked", () => {
  const lines = [
    ["MONGO_NO_AUTH", "mongodb://localhost:27017/orders"],
    ["REDIS_AUTH", "redis://cache-7.internal:6379/2"],
    ["BROKER_AUTH_URL", "amqp://rabbit.svc:5672/vh"],
  ].map(([key, url]) => `${key}="${url}"`);
  deepStrictEqual(lines.map((line) => scrubber.scrub(line).text), lines);
  deepStrictEqual(
    scrubber.scrub(`MONGO_AUTH="mongodb://admin:${PASSWORD}@db.acmecorp.net:27017/orders"`).text,
    `MONGO_AUTH="mongodb://admin:[REDACTED:url-credentials]@db.acmecorp.net:27017/orders"`,
  );
});
