/** What a key's name says its value is, in every spelling; and the names that say nothing. */
import { strictEqual } from "@node/assert";
import { keyKind, keyKindAt } from "./key_names.ts";
import { seededRandom } from "../corpus/token_generator.ts";

Deno.test("secret-named keys, in every spelling, by kind", () => {
  const cases: [string, string | null][] = [
    ["password", "password"],
    ["PGPASSWORD", "password"],
    ["keyStorePassword", "password"],
    ["passPhrase", "password"],
    ["passwords", "password"],
    ["db_passwords", "password"],
    ["hardcodedPasswords", "password"],
    ["smtp_pass", "password"],
    ["smtpPass", "password"],
    ["DB_PW", "password"],
    ["--db-pwd", "password"],
    ["bypass", null],
    ["compass", null],
    ["dbpwd", "password"],
    ["ROOTPWD", "password"],
    ["OLDPWD", null],
    ["userpass", "password"],
    ["DBPASS", "password"],
    ["mysql_rootpass", "password"],
    ["superuserpass", null],
    ["smtppass", "password"],
    ["FTPPASS", "password"],
    ["AT+APPSKEY", "secret"],
    ["appSKey", "secret"],
    ["NwkSKey", "secret"],
    ["nwkKey", "secret"],
    ["FNwkSIntKey", "secret"],
    ["NwkSEncKey", "secret"],
    ["network_key", "key"],
    ["DevEUI", null],
    ["appEui", null],
    ["hash_salt", "secret"],
    ["NONCE_SALT", "secret"],
    ["SECURE_AUTH_SALT", "secret"],
    ["LOGGED_IN_SALT", "secret"],
    ["API_TOKEN_SALT", "secret"],
    ["passwordsalt", "secret"],
    ["salt", null],
    ["password_salt", null],
    ["salt_rounds", null],
    ["overpass", null],
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
    ["sonar.github.oauth", "key"],
    ["github_oauth", "key"],
    ["GitLabOauth", "key"],
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

Deno.test("a name judged in place in its line is judged as the name alone, whatever was judged before", () => {
  // Names alike in length and in their first, middle and last characters (`max_token` and
  // `mbx_token`: one says nothing, the other a secret), or kept in the same place as a longer
  // name they start (`token`, `tokenaaN`), in turns; then names drawn at random from a few
  // letters, so that many share where they are kept.
  const alike = [
    ...["max_token", "mbx_token", "max_token", "api_token", "page_key", "pbge_key"],
    ...["token", "tokenaaN", "token", "tokenaaN"],
  ];
  const random = seededRandom(0x6b69);
  const pick = (s: string) => s[Math.floor(random() * s.length)];
  const words = ["key", "token", "pass", "pw", "secret", "auth", "creds", "max_", "page_", "x"];
  const drawn = Array.from({ length: 4000 }, () => {
    let name = "";
    for (let k = 0, n = 1 + Math.floor(random() * 4); k < n; k++) {
      name += random() < 0.5 ? pick("abxAB_-.") : words[Math.floor(random() * words.length)];
    }
    return name;
  });
  for (const name of [...alike, ...drawn]) {
    const line = `x=1 ${name}=v`;
    strictEqual(keyKindAt(line, 4, 4 + name.length), keyKind(name), name);
  }
});
