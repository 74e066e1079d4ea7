/**
 * A secret-named key whose value is an object: the field of its first level that gives the value
 * (`value`, `default`, `defaultValue`, `plaintext`, `inline_string`): a template's parameter
 * (CloudFormation's `"DbPassword": {"Type": "String", "NoEcho": true, "Default": "v"}`, in JSON
 * on one line or several, or in YAML; ARM's `"adminPassword": {"type": "securestring",
 * "defaultValue": "v"}`), Pulumi's stack export (`"dbPassword": {…, "plaintext": "\"v\""}`),
 * Envoy's `"secret": {"inline_string": "v"}` (./continuations.ts OBJECT_FIELD,
 * namedValueBelow and nextLineScalar). Other keys' objects, other fields, nested objects' fields,
 * empty and stand-in values stay.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { seededRandom } from "../corpus/token_generator.ts";
import { scrubWholeAndStreamed, secretFrom } from "./test_support.ts";

const random = seededRandom(0x0b1ec7);
const values = Array.from({ length: 12 }, () => secretFrom(random));

const forms: ((name: string, v: string) => string)[] = [
  (name, v) => `"${name}": {"Type": "String", "NoEcho": true, "Default": "${v}"}`,
  (name, v) => `"${name}":{"Type":"String","NoEcho":"true","MinLength":"8","Default":"${v}"}`,
  (name, v) => `"${name}": {\n  "Type": "String",\n  "NoEcho": true,\n  "Default": "${v}"\n}`,
  (name, v) => `"${name}": {"type": "securestring", "defaultValue": "${v}"}`,
  (name, v) => `"${name}": {\n  "type": "string",\n  "defaultValue": "${v}"\n}`,
  (name, v) => `Parameters:\n  ${name}:\n    Type: String\n    NoEcho: true\n    Default: "${v}"`,
  (name, v) => `  ${name}:\n    Description: the ${name}\n    Type: String\n    Default: ${v}`,
  (name, v) => `"outputs": {"${name}": {"4dabf1": "1b4706", "plaintext": "\\"${v}\\""}}`,
  (name, v) => `{"name":"hmac","${name}":{"inline_string":"${v}"}}`,
  (name, v) => `${name}:\n  value: ${v}`,
];
const names = ["DBPassword", "adminPassword", "ApiSecret", "secret", "apikey", "DbSecret"];

Deno.test("an object under a secret's name: the field that gives its value is masked", () => {
  const kept: string[] = [];
  forms.forEach((form, i) => {
    for (const [j, name] of names.entries()) {
      const v = values[(i + j) % values.length];
      const text = form(name, v);
      if (scrubWholeAndStreamed(text).includes(v)) kept.push(text);
    }
  });
  deepStrictEqual(kept, []);
});

Deno.test("other keys' objects, other fields, nested fields, empty and stand-in values: kept", () => {
  const v = values[0];
  const texts = [
    `"InstanceType": {"Type": "String", "Default": "${v}"}`,
    `"DBPassword": {"Type": "String", "NoEcho": true, "Description": "${v} password"}`,
    `"DBPassword": {"Type": "String", "NoEcho": true, "Default": ""}`,
    `"PasswordLength": {"Type": "Number", "Default": 16}`,
    `"adminPassword": {"type": "securestring", "metadata": {"description": "${v}"}}`,
    `"adminPassword": {"metadata": {"defaultValue": "${v}"}}`,
    `"outputs": {"dbPassword": {"4dabf1": "1b4706", "plaintext": "\\"\${env:API_KEY}\\""}}`,
    `"DBPassword": {\n  "Type": "String",\n  "Default": ""\n}`,
    `  DBUser:\n    Type: String\n    Default: ${v}`,
    `  DBPassword:\n    Type: String\n    MinLength: 8\n  Default: ${v}`,
    `"DBUser": {\n  "Type": "String",\n  "Default": "${v}"\n}`,
  ];
  deepStrictEqual(texts.filter((text) => scrubWholeAndStreamed(text) !== text), []);
  ok(values.every((value) => value.length >= 12));
});

Deno.test("an entry of the object that opens a value of its own below still opens it", () => {
  const [a, b, c] = values;
  const texts: [string, string][] = [
    [`auth:\n  password: >-\n    ${a}\n  ttl: 3600`, a],
    [`auth:\n  user: bob\n  token: |\n    ${b}\n  ttl: 3600`, b],
    [`"credentials": {\n  "kind": "basic",\n  "passwords": [\n    "${c}"\n  ]\n}`, c],
    [`"auth": {\n  "api_key": {\n    "value": "${a}"\n  }\n}`, a],
    [`credentials:\n  - name: DB_PASSWORD\n    value: ${b}`, b],
    [`secret:\n  kind: file\n  token: <<EOF\n${c}\nEOF`, c],
  ];
  deepStrictEqual(texts.filter(([text, v]) => scrubWholeAndStreamed(text).includes(v)), []);
});
