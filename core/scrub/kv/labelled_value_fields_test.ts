/**
 * A field a password manager labels (1Password's `op item get --format json`: `{"id": …,
 * "type": "CONCEALED", "label": "password", "value": "v"}`): a secret-named `label` names the
 * `value` beside it, as a `name` or `key` field does (`{"name":"DB_PASSWORD","value":"v"}`).
 * Found by a blind red team of secret managers' output (its values stay outside the
 * repository); the values here are generated, seeded.
 */
import { ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed as scrub, secretFrom } from "./test_support.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const random = seededRandom(4105);
Deno.test("a secret-named label masks the value field beside it", () => {
  for (const label of ["password", "Password", "api_token", "client_secret", "DB_PASSWORD"]) {
    for (let i = 0; i < 3; i++) {
      const value = secretFrom(random, 14, 29);
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
