/**
 * What only refers to a secret kept elsewhere is a placeholder: a template's interpolation in
 * the syntaxes deploy tools and languages write it (Ruby's and Octopus's `#{…}`, Azure
 * Pipelines' replace-tokens `#{Name}#`, a format string's `{Name}` or `{0}`, batch's
 * `%%NAME%%`), a variable's name in capitals that names a secret (`DB_PASSWORD`,
 * `STRIPE_API_KEY`), and a Terraform resource's attribute (`random_password.db.result`).
 * Found by probing the forms beside the benign corpus's (corpus/benign8.jsonl,
 * `env-references`, `format-placeholders`). Secrets that only look like them are still masked.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";

Deno.test("interpolations, secret variables' names and Terraform attributes are placeholders", () => {
  const kept = [
    "#{ENV['API_TOKEN']}",
    "#{DeployToken}#",
    "#{Octopus.Action.Package.Password}",
    "{DB_PASSWORD}",
    "{password}",
    "{0}",
    "%%DB_PASSWORD%%",
    "$${default_password}",
    "%{lookup('profile::db::password')}",
    "%{hiera('mysql_root')}",
    "DB_PASSWORD",
    "STRIPE_API_KEY",
    "GITHUB_TOKEN",
    "AWS_SECRET_ACCESS_KEY",
    "API_KEY_2",
    "random_password.db.result",
    "aws_secretsmanager_secret_version.db.secret_string",
    "tls_private_key.deploy[0].private_key_pem",
    'azurerm_key_vault_secret.app["primary"].value',
  ];
  deepStrictEqual(kept.filter((v) => !isPlaceholder(v)), []);
  const secrets = [
    "#{Xk9pQ2rT7v",
    "{Xk9p Q2rT7v}",
    "{" + "a".repeat(200) + "}",
    "%{Xk9pQ2rT7v",
    "%Xk9{pQ2rT7v}",
    "HIDDEN_K9X2_SECURITY_Q7",
    "PASSWORD9X_Q7",
    "XK9PQ2RT7VW3",
    "SUPERPASSWORD",
    "Db_Password",
    "random_pa55word",
    "Xk9_pQ2.rT7.v",
    "ab_cd.ef.gh.ij.kl",
    "AKIAZ3MHALY2EXAMPLQ",
  ];
  deepStrictEqual(secrets.filter((v) => isPlaceholder(v)), []);
});

Deno.test("lines that refer to a secret stay; a real value beside the same key is masked", () => {
  const scrubber = createScrubber();
  for (
    const line of [
      `token = "#{ENV['API_TOKEN']}"`,
      "token: '#{DeployToken}#'",
      "password={DB_PASSWORD}",
      "password=%%DB_PASSWORD%%",
      "token = random_password.db.result",
      "api_key: STRIPE_API_KEY",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
  for (
    const [line, secret] of [["token = Xk9pQ2rT7vW3mN8b", "Xk9pQ2rT7vW3mN8b"], [
      "password: Sup3r_S3cret_2026",
      "Sup3r_S3cret_2026",
    ]]
  ) {
    const out = scrubber.scrub(line).text;
    strictEqual(out.includes(secret), false, out);
  }
});

Deno.test("an ARN is a placeholder; words in lower case naming a secret are still values", () => {
  const kept = [
    "arn:aws:secretsmanager:eu-west-1:111122223333:secret:app/db-AbCdEf",
    "arn:aws-us-gov:kms:us-gov-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    "arn:aws:iam::111122223333:role/deploy",
  ];
  deepStrictEqual(kept.filter((v) => !isPlaceholder(v)), []);
  // Passphrases of words are passwords, also with a secret's word in them (tests' stand-ins for
  // real values are written so): `--secret=db-password` names one, but a value cannot tell.
  const secrets = [
    "other-secret-value",
    "super-secret-token",
    "db-password",
    "arn:aws:secretsmanager:eu-west-1:111122223333:secret:app/db x",
    "arn:" + "a".repeat(500),
  ];
  deepStrictEqual(secrets.filter((v) => isPlaceholder(v)), []);
  const line = "Secret: arn:aws:secretsmanager:eu-west-1:111122223333:secret:app/db";
  strictEqual(createScrubber().scrub(line).text, line);
});

Deno.test("a secret's word alone in capitals is a variable's name: --password PASSWORD stays", () => {
  deepStrictEqual(
    ["PASSWORD", "TOKEN", "SECRET", "PASSPHRASE", "CREDENTIALS"].filter((v) => !isPlaceholder(v)),
    [],
  );
  deepStrictEqual(
    ["PASSWORD1X", "TOKENX", "SECRETS9", "P4SSWORD"].filter((v) => isPlaceholder(v)),
    [],
  );
  const scrubber = createScrubber();
  for (
    const line of [
      "mc admin user add myminio deploy --password PASSWORD",
      "export DB_PASSWORD=PASSWORD",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
