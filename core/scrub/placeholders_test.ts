import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";

Deno.test("template variables, masks and stand-ins are placeholders", () => {
  for (
    const value of [
      "${DB_PASSWORD}",
      "${token:-none}",
      "$API_KEY",
      "$db_password",
      "$gdcapi_db_password",
      "$accountKey",
      "$Password",
      "$(SECRET)",
      "{{ vault_token }}",
      "<token>",
      "<your-api-key>",
      "%s",
      "%(password)s",
      "xxxxxxxx",
      "XXXX",
      "********",
      "changeme",
      "EXAMPLE",
      "'redacted'",
      "[REDACTED:aws-access-key-id]",
      "[ipv4:0123456789]",
      "your_api_key_here",
      "null",
      "",
      // One of each form and stop word, each starting with a character of its own.
      "{% secret %}",
      "####",
      "....",
      "____",
      "----",
      "insert_your_key",
      "REPLACE_ME",
      "`change_me`",
      "Dummy",
      "placeholder",
      "nil",
      "undefined",
      "true",
      "False",
      "empty",
      "notset",
      "unset",
      "TODO",
      "fixme",
      "tbd",
      `hmac-sha256:${"3f2a9c1b".repeat(8)}`,
      "var.db_password",
      "local.api_token",
      "module.secrets.db_password",
      "sk_live_...",
      "ghp_\u2026",
      "sk-proj-...",
      "'xoxb-...'",
      "yyy",
      "{db2_password}",
      "{api_token12}",
      "qqqqqqqqqq",
      "'ZZZZ'",
    ]
  ) ok(isPlaceholder(value), `should be a placeholder: ${value}`);
});

Deno.test("real secrets that only contain placeholder-like parts are not placeholders", () => {
  for (
    const value of [
      "AP6xxxxxxxxxx",
      "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      "$ecretPassw0rd",
      "$uper$ecret",
      "$Summer",
      "$tok3nKey",
      "hunter2",
      "changeme123!",
      "x1xxxxxxxx",
      "password",
      "s3cr3t-${x}",
      "variable.db_password", // not a Terraform reference
      "var.db password",
      "localhost-Pa55w0rd",
      "Local.Admin1", // HCL writes its keywords in lower case
      "ghp_4f9Kq...", // cut after part of its random body
      "hunter2...",
      "sk_live_.",
      "qqqqqqqqq1",
      "{Wq4nT7vLp2Xz}", // a random value in braces: more than one run of digits
      '"{k8Rm2Vq}"',
      "qqqqrqqqqq",
    ]
  ) ok(!isPlaceholder(value), `should be a secret: ${value}`);
});

const HEX64 = "9bf11da89a340cb47c12405df0e1d2c3b4a5968778695a4b3c2d1e0f9a8b7c6d";

Deno.test("a keyed digest of a secret, and a PEM envelope around a placeholder, are placeholders", () => {
  for (
    const value of [
      `hmac-sha256:${HEX64}`,
      `hmac-sha1:${HEX64.slice(0, 40)}`,
      `HMAC-SHA512:${HEX64}${HEX64}`,
      String.raw`-----BEGIN PRIVATE KEY-----\n<redacted>\n-----END PRIVATE KEY-----\n`,
      "-----BEGIN RSA PRIVATE KEY----- ... -----END RSA PRIVATE KEY-----",
      String.raw`-----BEGIN PRIVATE KEY-----\n<private key>\n-----END PRIVATE KEY-----`,
      "-----BEGIN CERTIFICATE-----\\n${TLS_CERT}\\n-----END CERTIFICATE-----",
    ]
  ) ok(isPlaceholder(value), `should be a placeholder: ${value}`);
  for (
    const value of [
      `hmac-sha256:${HEX64.slice(1)}`, // not a digest's length
      `sha256:${HEX64}`, // unkeyed: a weak secret's digest can be reversed
      `hmac-sha256:${HEX64}:more`,
      String
        .raw`-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIKx9R0W6z8gH1mJ3Yt5Pq2Lw7Vn4Sd0Fc8Bb6Xa1Qe9T\n-----END PRIVATE KEY-----`,
      "-----BEGIN PRIVATE KEY----- <redacted> MIIEow -----END PRIVATE KEY-----",
    ]
  ) ok(!isPlaceholder(value), `should be a secret: ${value}`);
});

Deno.test("a Vault audit record's HMAC'd token and a logged key with its body replaced stay", () => {
  const scrub = (text: string) => createScrubber().scrub(text).text;
  for (
    const line of [
      `{"type":"response","auth":{"client_token":"hmac-sha256:${HEX64}","accessor":"hmac-sha256:${HEX64}"}}`,
      String
        .raw`{"private_key_id": "", "private_key": "-----BEGIN PRIVATE KEY-----\n<redacted>\n-----END PRIVATE KEY-----\n"}`,
    ]
  ) strictEqual(scrub(line), line);
  const token = "hvs.CAESIJ4Xk2vLp7Qz9mN3Wc8Rb5Ty1Ud6Fa0Hs4Ge2Jk7Lm9P";
  ok(!scrub(`{"auth":{"client_token":"${token}"}}`).includes(token));
});

Deno.test("a Terraform error quoting a resource's password reference leaves it unchanged", () => {
  const scrub = (text: string) => createScrubber().scrub(text).text;
  const block = [
    "│ Error: Invalid value for variable",
    '│   on main.tf line 41, in resource "aws_db_instance" "main":',
    "│   41:   password = var.db_password",
    "│   42:   master_user_secret_kms_key_id = local.kms_key",
  ].join("\n");
  strictEqual(scrub(block), block);
  ok(!scrub('password = "var-Xk9mQ2vLp7"').includes("Xk9mQ2vLp7"));
});

const WITHHELD_WORDS = [
  "HIDDEN",
  "REDACTED",
  "MASKED",
  "SENSITIVE",
  "OMITTED",
  "FILTERED",
  "CENSORED",
  "WITHHELD",
  "SUPPRESSED",
  "SPECIFIED",
  "REMOVED",
];

Deno.test("a withheld-value marker is a placeholder: 8 to 80 capitals joined by '_' or '*' (blanks between), with one of its words", () => {
  for (
    const value of [
      "HIDDEN_DUE_TO_SECURITY_REASONS",
      "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER",
      '"SENSITIVE_VALUE_OMITTED"',
      ...WITHHELD_WORDS.map((word) => `VALUE_${word}`),
      // Starting with each capital, and with '_': each passes the first-character table.
      ..."ABCDEFGHIJKLMNOPQRSTUVWXYZ_".split("").map((c) => `${c}_HIDDEN`),
      "HIDDEN_X", // 8
      `HIDDEN_${"X".repeat(73)}`, // 80
      "_REDACTED", // its one '_' first
      "***REMOVED SENSITIVE VALUE***", // Nextcloud's, blanks between its words
      "***REMOVED", // its first word, where a value ends at a blank
      "*SENSITIVE DATA DELETED*",
    ]
  ) ok(isPlaceholder(value), `should be a placeholder: ${value}`);
  for (
    const value of [
      "HIDDEN_", // 7
      `HIDDEN_${"X".repeat(74)}`, // 81
      "HIDDENVALUEXYZ", // no '_'
      "HIDDEN_K9X2_SECURITY_Q7", // a digit
      "Hidden_Due_To_Security", // lower case
      "SENSITIVE_value_OMITTED",
      "HIDDEN-DUE-TO-SECURITY", // '-'
      "REMOVED SENSITIVE VALUE", // blanks only: no '_' or '*'
      "***REMOVED SENSITIVE VALUE 9***", // a digit
      "***REMOVED\tSENSITIVE***", // a tab is no blank
      "VALUE_NOT_GIVEN_AT_ALL", // none of the words
      "HIDE_THE_VALUE",
      "ZXQ_HIDDEN é",
      // The characters right outside A-Z: '@' before it, '[' after it.
      "MASKED_@VALUE",
      "MASKED_[VALUE",
    ]
  ) ok(!isPlaceholder(value), `should be a secret: ${value}`);
});

Deno.test("a withheld marker after a provider-token key, in a header or in a URL stays; a real value there is masked", () => {
  const scrub = (text: string) => createScrubber().scrub(text).text;
  const lines = (value: string) => [
    `npmAuthToken=${value}`,
    `{"service":"billing","npmAuthToken":"${value}"}`,
    `X-Honeycomb-Team: ${value}`,
    `db connect postgres://app:${value}@db.internal:5432/prod`,
  ];
  for (const marker of ["HIDDEN_DUE_TO_SECURITY_REASONS", "SENSITIVE_VALUE_OMITTED"]) {
    for (const line of lines(marker)) strictEqual(scrub(line), line);
  }
  for (const real of ["hcaik_01j8b66m9qhhc8fwpvehn81fwi8y30pamsq7kv7f8bs3at769xfv3gj9i4iw"]) {
    for (const line of lines(real)) ok(!scrub(line).includes(real), line);
  }
  for (const capitals of ["HIDDEN_K9X2_SECURITY_Q7", "HIDDENSECRETVALUEXYZ"]) {
    const line = `db connect postgres://app:${capitals}@db.internal:5432/prod`;
    ok(!scrub(line).includes(capitals), line);
  }
});

Deno.test("words that say where a value goes, ending in here, are stand-ins; a token is not", () => {
  for (
    const value of [
      "my-auth-token-here",
      "auth-token-here",
      "token_goes_here",
      "PUT_KEY_HERE",
      "paste your key here",
    ]
  ) ok(isPlaceholder(value), value);
  // Digits or random case in it, or `here` glued to the word before, make it a value.
  for (const value of ["Zq8mK-here", "auth-t0ken-here", "mypasswordhere", "xwhere"]) {
    ok(!isPlaceholder(value), value);
  }
});

Deno.test("a secret store's reference under a secret's name stays; a value beside it is masked", () => {
  const scrub = (text: string) => createScrubber().scrub(text).text;
  const kept = [
    "DB_PASSWORD=op://Production/postgres-main/password",
    'env: {"STRIPE_KEY": "op://ci-vault/stripe live/credential"}',
    "password: vault:secret/data/payments/db#password",
    'annotations: {"api_token": "vault:kv/team-a/app#token"}',
  ];
  for (const line of kept) strictEqual(scrub(line), line);
  // Not a reference: a scheme-like start with a secret after it, and a reference's shape broken.
  for (const value of ["op://Xk9mQ2vLp7Wq", "vault:Xk9mQ2vLp7Wq3rT8"]) {
    ok(!scrub(`DB_PASSWORD=${value}`).includes(value.slice(-8)), value);
  }
});

Deno.test("Nextcloud's '***REMOVED SENSITIVE VALUE***' stays under a secret's key, quoted or not; a password there is masked", () => {
  const scrub = (text: string) => createScrubber().scrub(text).text;
  for (
    const line of [
      `        "dbpassword": "***REMOVED SENSITIVE VALUE***",`,
      `  'passwordsalt' => '***REMOVED SENSITIVE VALUE***',`,
      `secret = ***REMOVED SENSITIVE VALUE***`,
    ]
  ) strictEqual(scrub(line), line);
  for (const real of ["Xk9#pQ2vLm7s", "***REMOVED7x SENSITIVE***"]) {
    const line = `        "dbpassword": "${real}",`;
    ok(!scrub(line).includes(real), line);
  }
});

Deno.test("an HTTP header's name that carries a secret is a placeholder: where a client sends it (x-api-key)", () => {
  for (const value of ["x-api-key", "X-API-Key", "X-Vault-Token", "x-auth-token", "x-apikey"]) {
    ok(isPlaceholder(value), `should be a placeholder: ${value}`);
  }
  for (const value of ["x-men-rule", "x-key", "x-9f8a7b6c5d4e3f2a1b0ckey", "xapi-key"]) {
    ok(!isPlaceholder(value), `should be a secret: ${value}`);
  }
  const scrub = (text: string) => createScrubber().scrub(text).text;
  for (
    const line of [
      `{"name":"key-auth","config":{"key_names":["apikey","x-api-key"],"hide_credentials":true}}`,
      `auth_token: X-Auth-Token`,
    ]
  ) strictEqual(scrub(line), line);
});
