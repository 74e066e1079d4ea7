/**
 * A field a password manager labels (1Password's `op item get --format json`: `{"id": …,
 * "type": "CONCEALED", "label": "password", "value": "v"}`): a secret-named `label` names the
 * `value` beside it, as a `name` or `key` field does (`{"name":"DB_PASSWORD","value":"v"}`).
 * Found by a blind red team of secret managers' output (its values stay outside the
 * repository); the values here are generated, seeded.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const random = seededRandom(4105);
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*._-";
/** A secret of 14 to 29 characters, with a digit and a letter. */
function secretValue(): string {
  for (;;) {
    let out = "";
    const n = 14 + Math.floor(random() * 16);
    for (let i = 0; i < n; i++) out += ALPHABET[Math.floor(random() * ALPHABET.length)];
    if (/\d/.test(out) && /[A-Za-z]/.test(out)) return out;
  }
}

Deno.test("a secret-named label masks the value field beside it", () => {
  for (const label of ["password", "Password", "api_token", "client_secret", "DB_PASSWORD"]) {
    for (let i = 0; i < 3; i++) {
      const value = secretValue();
      for (
        const text of [
          `{"id":"${label}","type":"CONCEALED","purpose":"PASSWORD","label":"${label}","value":"${value}","reference":"op://Prod/db/${label}"}`,
          `    {"id": "k2x9", "type": "CONCEALED", "label": "${label}", "value": "${value}"},`,
          `{\\"label\\":\\"${label}\\",\\"value\\":\\"${value}\\"}`,
        ]
      ) {
        const out = scrub(text);
        ok(!out.includes(value), `${JSON.stringify(text)} -> ${out}`);
        ok(out.includes(label), out);
      }
    }
  }
});

Deno.test("labels naming no secret, and references as values, stay", () => {
  for (
    const text of [
      `{"id":"username","type":"STRING","purpose":"USERNAME","label":"username","value":"svc-reports"}`,
      `{"id":"notesPlain","type":"STRING","purpose":"NOTES","label":"notesPlain","value":"rotated 2026-11-02"}`,
      `{"label":"password","value":"\${DB_PASSWORD}"}`,
      `{"label":"Region","value":"eu-west-1"}`,
    ]
  ) strictEqual(scrub(text), text);
});
