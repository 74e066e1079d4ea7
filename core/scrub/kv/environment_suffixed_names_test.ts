/**
 * An upper-case secret's name with an environment's name glued to it or after its `_`
 * (`STRIPEAPIKEYPROD`, `SENDGRIDAPIKEY_LIVE`, `SLACKTOKEN_V2`, `TWILIOAUTHTOKEN_TEST`) names a
 * secret as the name without it does, numbered or not (`SECRETKEY_PROD2`, `GITHUB_TOKEN_DEV3`),
 * and so does a lower-case one after `_` (`slack_token_staging`); `KEY` glued to a service's name
 * with such a suffix is a key (`SLACKKEYSTAGING`, `STRIPEKEY2`). A name that is no secret's
 * without it (`HOCKEYTEST`, `PUBLIC_KEY_PROD`, `SORT_KEY_DEV`, `MONKEY_PROD`), and `token_test`
 * (a test's name), stay what they were.
 */
import { ok, strictEqual } from "@node/assert";
import { keyKind } from "./key_names.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const random = seededRandom(0xe4f1);
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const made = (n: number) =>
  Array.from({ length: n }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join("");

Deno.test("an environment's name after an upper-case secret's name: its value is masked", () => {
  for (const provider of ["STRIPE", "SENDGRID", "TWILIO", "ACME"]) {
    for (const word of ["APIKEY", "AUTHTOKEN", "SECRETKEY", "ACCESSTOKEN", "TOKEN", "SECRET"]) {
      for (const env of ["PROD", "_LIVE", "_TEST", "DEV", "STAGING", "_SANDBOX", "_V2"]) {
        const name = provider + word + env;
        ok(keyKind(name) !== null, name);
        const value = made(32);
        const out = scrubWholeAndStreamed(`export ${name}=${value}\nnext=1`);
        ok(!out.includes(value), out);
        ok(out.startsWith(`export ${name}=[REDACTED:`), out);
      }
    }
  }
});

Deno.test("names that say no secret without the environment's stay so", () => {
  for (const name of ["HOCKEYTEST", "PUBLIC_KEY_PROD", "SORT_KEY_DEV", "token_test", "TOKENS"]) {
    strictEqual(keyKind(name), null, name);
  }
  const text = `HOCKEYTEST=${made(32)}\nSTRIPEREGIONPROD=us-east-1`;
  strictEqual(scrubWholeAndStreamed(text), text);
});

Deno.test("a numbered environment's name, a lower-case one, and KEY glued to a service's name", () => {
  const names = [];
  for (const word of ["STRIPE_SECRETKEY", "GITHUB_TOKEN", "SLACKAPIKEY", "CLIENT_SECRET"]) {
    for (const env of ["_PROD2", "PROD2", "_DEV3", "_STAGING_2", "_LIVE_02"]) {
      names.push(word + env);
    }
  }
  for (const word of ["slack_token", "auth_token", "client_secret", "stripe_secret_key"]) {
    for (const env of ["_staging", "_prod", "_prod2", "_dev", "_live", "_sandbox"]) {
      names.push(word + env);
    }
  }
  for (const service of ["SLACK", "STRIPE", "TWILIO", "ACME_MAIL"]) {
    for (const env of ["STAGING", "_PROD", "PROD2", "_DEV3", "2", "_02"]) {
      names.push(`${service}KEY${env}`);
    }
  }
  for (const name of names) {
    ok(keyKind(name) !== null, name);
    const value = made(28);
    for (const line of [`${name}=${value}`, `{"${name}": "${value}"}`, `  ${name}: '${value}'`]) {
      const out = scrubWholeAndStreamed(`${line}\nnext=1`);
      ok(!out.includes(value), out);
    }
  }
});

Deno.test("English words ending in key, and such names holding words, stay", () => {
  for (const name of ["MONKEY_PROD", "TURKEY2", "HOTKEY_DEV", "WHISKEYSTAGING", "SLACKKEY"]) {
    strictEqual(keyKind(name), null, name);
  }
  const text = [
    `MONKEY_PROD=${made(28)}`,
    "SLACKKEY_STAGING=enabled",
    "STRIPEKEY2=default",
    "slack_token_prod=true",
    "GITHUB_TOKEN_DEV3=/run/secrets/github",
  ].join("\n");
  strictEqual(scrubWholeAndStreamed(text), text);
});

Deno.test("suffixes are read as taken off one after another: environment, number, environment", () => {
  // A version or an environment, a number, a version (`V2_3`, `_DEV_V3`): each taken off in turn.
  for (const name of ["STRIPEKEY_V2_3", "STRIPEKEYV2_3", "GITHUB_TOKEN_DEV_V3"]) {
    ok(keyKind(name) !== null, name);
  }
  // A number's 1-4 digits take a version's digit before them (`V12`, `_V1_V2`: `_V` is left).
  for (const name of ["STRIPEKEYV12", "SLACKKEY_V1_V2", "SLACKKEYV1234"]) {
    strictEqual(keyKind(name), null, name);
  }
});
