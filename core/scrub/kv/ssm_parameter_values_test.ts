/**
 * AWS Systems Manager's `get-parameter --with-decryption` output names a parameter by its path and
 * gives its value two fields on (`"Name": "/prod/db/password", "Type": "SecureString", "Value":
 * "v"`), compact on one line or over several: the value is masked when the path's last part names
 * a secret. A parameter whose name is no secret's, and a value that is a number, stay.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const scrub = (text: string) => scrubber.scrub(text).text;

const random = seededRandom(7301);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const secret = () => Array.from({ length: 18 }, () => pick([...ALPHABET])).join("");
const path = (last: string) =>
  `/${pick(["prod", "staging", "shared"])}/${pick(["db", "api", "billing", "svc-1"])}/${last}`;

/** One parameter in the CLI's pretty JSON, or compact on one line. */
function output(name: string, type: string, value: string, compact: boolean): string {
  const fields = [`"Name": "${name}"`, `"Type": "${type}"`, `"Value": "${value}"`, `"Version": 3`];
  return compact
    ? `{"Parameter":{${fields.join(",").replaceAll(": ", ":")}}}`
    : `{\n    "Parameter": {\n${fields.map((f) => `        ${f}`).join(",\n")}\n    }\n}`;
}

Deno.test("an SSM parameter named by a path ending in a secret's name has its value masked", () => {
  for (let i = 0; i < 40; i++) {
    const value = secret();
    const last = pick(["password", "db_password", "api_token", "client_secret", "API_KEY"]);
    const text = output(path(last), pick(["SecureString", "String"]), value, i % 2 === 0);
    ok(!scrub(text).includes(value), text);
  }
});

Deno.test("an SSM parameter of another name, or a number, stays", () => {
  for (let i = 0; i < 20; i++) {
    const text = output(
      path(pick(["endpoint", "region", "token_ttl"])),
      "String",
      secret(),
      i % 2 === 0,
    );
    strictEqual(scrub(text), text);
    const ttl = output(path("password_max_age"), "String", String(30 + i), i % 2 === 1);
    strictEqual(scrub(ttl), ttl);
  }
});
