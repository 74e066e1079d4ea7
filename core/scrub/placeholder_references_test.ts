/**
 * What only refers to a secret kept elsewhere is a placeholder: a template's interpolation in
 * the syntaxes deploy tools and languages write it (Ruby's and Octopus's `#{…}`, Azure
 * Pipelines' replace-tokens `#{Name}#`, a format string's `{Name}` or `{0}`, batch's
 * `%%NAME%%`) and a variable's name in capitals that names a secret (`DB_PASSWORD`,
 * `STRIPE_API_KEY`).
 * Found by probing the forms beside the benign corpus's (corpus/benign8.jsonl,
 * `env-references`, `format-placeholders`). Secrets that only look like them are still masked.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { createScrubber } from "./mod.ts";
import { isPlaceholder } from "./placeholders.ts";

Deno.test("interpolations and secret variables' names are placeholders", () => {
  const kept = [
    "#{ENV['API_TOKEN']}",
    "#{DeployToken}#",
    "#{Octopus.Action.Package.Password}",
    "{DB_PASSWORD}",
    "{password}",
    "{0}",
    "%%DB_PASSWORD%%",
    "DB_PASSWORD",
    "STRIPE_API_KEY",
    "GITHUB_TOKEN",
    "AWS_SECRET_ACCESS_KEY",
    "API_KEY_2",
  ];
  deepStrictEqual(kept.filter((v) => !isPlaceholder(v)), []);
  const secrets = [
    "#{Xk9pQ2rT7v",
    "{Xk9p Q2rT7v}",
    "{" + "a".repeat(200) + "}",
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

Deno.test("words in lower case naming a secret are still values", () => {
  // Passphrases of words are passwords, also with a secret's word in them (tests' stand-ins for
  // real values are written so): `--secret=db-password` names one, but a value cannot tell.
  deepStrictEqual(
    ["other-secret-value", "super-secret-token", "db-password"].filter((v) => isPlaceholder(v)),
    [],
  );
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
