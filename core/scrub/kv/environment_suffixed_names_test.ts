/**
 * An upper-case secret's name with an environment's name glued to it or after its `_`
 * (`STRIPEAPIKEYPROD`, `SENDGRIDAPIKEY_LIVE`, `SLACKTOKEN_V2`, `TWILIOAUTHTOKEN_TEST`) names a
 * secret as the name without it does; a name that is no secret's without it (`HOCKEYTEST`,
 * `PUBLIC_KEY_PROD`, `SORT_KEY_DEV`), and a lower-case one (`token_test`), stay what they were.
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
