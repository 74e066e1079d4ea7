/**
 * What only says where a secret comes from stays: FreeSWITCH's preprocessor variable
 * (`value="$${default_password}"`), the program Apache runs for a password (`AuthLDAPBindPassword
 * "exec:/usr/bin/ldap-pass"`), and OpenSSL's options that begin with `-k` (`-kfile PATH`,
 * `-keyform`); the literal values beside them are masked.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub, secretFrom } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

Deno.test("a preprocessor variable, an exec: program and OpenSSL's -k… options stay", () => {
  for (
    const line of [
      '<param name="password" value="$${default_password}"/>',
      '<param name="vm-password" value="$${voicemail_pw}"/>',
      'AuthLDAPBindPassword "exec:/usr/local/bin/ldap-pass"',
      "openssl enc -aes-256-cbc -salt -in db.sql -out db.enc -kfile /etc/backup/key.txt",
      "openssl req -new -key server.key -keyform PEM -out server.csr",
      "openssl pkcs12 -export -keypbe AES-256-CBC -in a.pem -out a.p12",
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("the literal values beside them are masked", () => {
  const rnd = seededRandom(0x6e1);
  for (let i = 0; i < 8; i++) {
    const v = secretFrom(rnd);
    for (
      const line of [
        `<param name="password" value="${v}"/>`,
        `AuthLDAPBindPassword "${v}"`,
        `openssl enc -aes-256-cbc -salt -in db.sql -out db.enc -k ${v}`,
      ]
    ) {
      const out = scrub(line);
      ok(!out.includes(v), out);
    }
  }
});
