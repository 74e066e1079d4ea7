/** What a key's name says its value is, in every spelling; and the names that say nothing. */
import { strictEqual } from "@node/assert";
import { keyKind } from "./key_names.ts";

Deno.test("secret-named keys, in every spelling, by kind", () => {
  const cases: [string, string | null][] = [
    ["password", "password"],
    ["PGPASSWORD", "password"],
    ["keyStorePassword", "password"],
    ["passPhrase", "password"],
    ["smtp_pass", "password"],
    ["smtpPass", "password"],
    ["DB_PW", "password"],
    ["--db-pwd", "password"],
    ["bypass", null],
    ["compass", null],
    ["client_secret", "secret"],
    ["_authToken", "secret"],
    ["SOFTLAYERAPIKEY", "secret"],
    ["x-api-key", "secret"],
    ["secret_key_base", "secret"],
    ["credentials", "secret"],
    ["BUNDLE_GEMS__CONTRIBSYS__COM", "secret"],
    ["BUNDLE_PATH", null],
    ["BUNDLE_MIRROR__RUBYGEMS__ORG", null],
    ["ibm_cloud_key", "key"],
    ["adminKey", "key"],
    ["x-auth", "key"],
    ["_auth", "key"],
    ["creds", "key"],
    ["oauth", null],
    ["monkey", null],
    ["key", null],
    ["page_token", null],
    ["nextPageToken", null],
    ["cacheKey", null],
    ["idempotency_key", null],
    ["n.getKey", null],
    ["token_count", null],
    ["public_key", null],
  ];
  for (const [name, kind] of cases) strictEqual(keyKind(name), kind, name);
});
