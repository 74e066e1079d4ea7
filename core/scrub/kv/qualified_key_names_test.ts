/**
 * Qualified key names (./key_names.ts QUALIFIED_NAME, ./assignments.ts KEY_END): a password, secret
 * or API key word followed by one to three words saying which one it is (`password_prod_main`,
 * `the_password_tag`, `apikey_billing`, `todo_secret_do_not_commit`), and scanners' `secrete`, name
 * a secret in every syntax the reader reads; a word saying what the name is about instead
 * (`password_policy`, `secret_name`, `api_key_id`, OAuth's `client_secret_post`) names none.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { keyKind } from "./key_names.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const T = "Rw7Kp2Vx9Lq4Zt6Nb3Hy8Jd";
const P = "Lantern#4471qz";

Deno.test("a secret word and up to three words naming which one names a secret, in each syntax", () => {
  for (
    const [line, value] of [
      [`password_prod_main = "${P}"`, P],
      [`db_password_backup: ${P}`, P],
      [`apikey_billing := "${T}"`, T],
      [`API_KEY_PAYMENTS=${T}`, T],
      [`todo_secret_do_not_commit = ${T}`, T],
      [`"staging_api_key_for_ci": "${T}"`, T],
      [`<the_password_value>${P}</the_password_value>`, P],
      [`<entry value="${T}" name="svc_secret_primary"/>`, T],
      [`if ("${P}" !== admin_password_old) {`, P],
      [`secrete = "${T}"`, T],
      [`secrete := ${T}`, T],
    ]
  ) ok(!scrub(line).includes(value), line);
});

Deno.test("a word saying what the name is about keeps its value", () => {
  for (
    const line of [
      "password_policy = strict-v2",
      "secret_name: prod/db/main",
      'api_key_id = "AKID-2291"',
      "password_reset_url=https://accounts.example.org/reset",
      "secret_version_stage: AWSCURRENT",
      "password_min_length = 12",
      "password_never_expires_flag=true",
      "secret_rotation_window_days=30",
      "api_key_last_used_at: 2026-01-02T10:00:00Z",
      "password_last_changed_by=alice",
      "api_key_max_age: 7776000",
      'token_endpoint_auth_methods_supported=["client_secret_post","private_key_jwt"]',
      // how a password is hashed, checked, kept or asked for (configuration dumps)
      "password_scheme=SSHA512",
      "password_algorithm: SHA-512",
      "spring.security.password_encoder=bcrypt",
      "PASSWORD_HASHERS=argon2",
      "password_validators=UserAttributeSimilarityValidator",
      "password_strength=strong",
      "password_complexity=high",
      'password_prompt="Password: "',
      "password_storage_scheme=PBKDF2",
      "password_backend=ldap",
      "password_provider=ldap",
      "password_manager=bitwarden",
      "password_check_interval=60s",
      "password_mode=plaintext",
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("qualified names by kind", () => {
  strictEqual(keyKind("password_prod_main"), "password");
  strictEqual(keyKind("apikey_billing"), "secret");
  strictEqual(keyKind("the_secrete"), "secret");
  strictEqual(keyKind("password_policy"), null);
  strictEqual(keyKind("api_key_header_name"), null);
  strictEqual(keyKind("todo_secret_do_not_commit"), "secret");
  strictEqual(keyKind("password_a_b_c"), "password");
  strictEqual(keyKind("password_a_b_c_d"), null);
  strictEqual(keyKind("password_encoder"), null);
  strictEqual(keyKind("client_secret_storage"), null);
});
