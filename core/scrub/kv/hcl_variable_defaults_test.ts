/**
 * A Terraform (HCL) variable whose name is a secret's: its `default`, on the block's line
 * (`variable "db_password" { default = "v" }`) or below the `variable "NAME" {` line, before
 * the block's `}`, a few lines at most (./assignments.ts HCL_BLOCK, ./continuations.ts
 * namedValueBelow).
 * The value is judged as after `NAME = `: a password's any value, a token's a generated one;
 * other variables, other attributes and defaults past the block stay.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { scrubWholeAndStreamed } from "./test_support.ts";

const TOKEN = "7TqLw2ZbX9_pKc4V-nRy8HdM3sJf6GaE1uWo5QiY0t";
const PASSWORD = "Lm4!zQ8#wR2v";
const HEX40 = "c4e19a7b03d58f26e1b9a0c7d3f4e8b2a6c5d1e9";

Deno.test("a secret-named variable's default, below its block's line or on it: masked", () => {
  for (
    const [text, value] of [
      [`variable "okta_api_token" {\n  default = "${TOKEN}"\n}`, TOKEN],
      [`variable "db_password" { default = "${PASSWORD}" }`, PASSWORD],
      [
        `variable "db_password" {\n  description = "Master password"\n  type        = string\n` +
        `  sensitive   = true\n  default     = "${PASSWORD}"\n}`,
        PASSWORD,
      ],
      [
        `variable "github_token" {\n  type = string\n  validation {\n` +
        `    condition     = length(var.github_token) > 30\n    error_message = "Too short {x}."\n` +
        `  }\n  default = "${HEX40}"\n}`,
        HEX40,
      ],
      [`  variable "client_secret" {  # app registration\n\tdefault="${TOKEN}"\n  }`, TOKEN],
    ]
  ) {
    ok(!scrubWholeAndStreamed(text).includes(value), text);
  }
});

Deno.test("other variables, attributes, nested blocks, empty and stand-in defaults: kept", () => {
  const texts = [
    `variable "region" {\n  default = "${TOKEN}"\n}`,
    `variable "public_key" {\n  default = "${HEX40}"\n}`,
    `variable "db_password" {\n  description = "The ${TOKEN} password"\n  sensitive = true\n}`,
    `variable "api_token" {\n  default = ""\n}`,
    `variable "api_token" {\n  default = null\n}`,
    `variable "client_secret" {\n  default = "CHANGE_ME"\n}`,
    `variable "private_key_path" {\n  default = "~/.ssh/id_rsa"\n}`,
    `variable "jwt_secret" {\n  default = {\n    default = "${TOKEN}"\n  }\n}`,
    `variable "api_token" {\n  type = string\n}\ndefault = "${TOKEN}"`,
    `output "db_password" {\n  default = "${TOKEN}"\n}`,
    `variable "db_password" { description = "${TOKEN}" }`,
    `variable "api_token" {\n}\nvariable "region" {\ndefault = "${TOKEN}"\n}`,
  ];
  deepStrictEqual(texts.filter((text) => scrubWholeAndStreamed(text) !== text), []);
});

Deno.test("the lookahead is bounded: a default past eight lines of the block stays", () => {
  const filler = Array.from({ length: 8 }, (_, i) => `  # note ${i}`).join("\n");
  const text = `variable "api_token" {\n${filler}\n  default = "${TOKEN}"\n}`;
  strictEqual(scrubWholeAndStreamed(text), text);
  const near = `variable "api_token" {\n${filler.split("\n").slice(1).join("\n")}\n` +
    `  default = "${TOKEN}"\n}`;
  ok(!scrubWholeAndStreamed(near).includes(TOKEN));
});
