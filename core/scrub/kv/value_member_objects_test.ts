/**
 * A secret-named key whose value is an object giving it in a `value` member (OBJECT_FIELD, ./continuations.ts):
 * Spring Boot's actuator `/env` on one line (`"DB_PASSWORD":{"value":"v","origin":"…"}`) and
 * pretty-printed, `terraform output -json` (`"db_password": {` then `"sensitive": true,`,
 * `"type": "string",`, `"value": "v"`). Values are generated (seeded). An object with no `value`
 * member (a JSON schema's `"password": {"type": "string", "minLength": 12}`) and a reference in
 * the member are left alone.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const rand = seededRandom(4608);
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const token = (n: number) =>
  Array.from({ length: n }, () => ALPHABET[Math.floor(rand() * ALPHABET.length)]).join("");
const KEYS = ["DB_PASSWORD", "spring.datasource.password", "api_key", "stripe.secret-key"];

const FORMS: ((key: string, v: string) => string)[] = [
  (k, v) =>
    `{"name":"systemEnvironment","properties":{"${k}":{"value":"${v}","origin":"System Environment Property \\"${k}\\""}}}`,
  (k, v) =>
    `  "${k}" : {\n    "value" : "${v}",\n    "origin" : "class path resource [application.yml] - 7:15"\n  },`,
  (k, v) =>
    `{\n  "${k}": {\n    "sensitive": true,\n    "type": "string",\n    "value": "${v}"\n  }\n}`,
  (k, v) => `{"${k}": {"value": "${v}"}}`,
];

Deno.test("a secret-named key's value in its object's value member is masked", () => {
  const leaks: string[] = [];
  for (const form of FORMS) {
    for (const key of KEYS) {
      const v = token(12 + Math.floor(rand() * 30));
      const text = form(key, v);
      if (scrubber.scrub(text).text.includes(v)) leaks.push(text);
    }
  }
  deepStrictEqual(leaks, []);
});

Deno.test("an object with no value member, or a reference in it, is kept", () => {
  const texts = [
    `{"password": {"type": "string", "minLength": 12}}`,
    `"password": {\n  "type": "string",\n  "minLength": 12\n}`,
    `{\n  "db_password": {\n    "sensitive": true,\n    "value": "\${var.db_password}"\n  }\n}`,
  ];
  deepStrictEqual(texts.map((t) => scrubber.scrub(t).text), texts);
});
