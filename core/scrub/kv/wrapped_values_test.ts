/**
 * A secret-named key's value wrapped in a conversion (`[]byte("v")`, `Buffer.from("v")`,
 * `String::from("v")`, `b"v"`) is masked; a wrapped call or variable is not a value.
 */
import { deepStrictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const scrub = (text: string) => scrubber.scrub(text).text;
const S = "Wm3xQ8rTz5Lk2Vn7Bp4Y";

Deno.test("a wrapped literal assigned to a secret-named key is masked", () => {
  const cases = [
    `var hmacSecret = []byte("${S}")`,
    `\thmacSecret := []byte("${S}")`,
    `const webhookSecret = Buffer.from("${S}", "utf8");`,
    `let api_token = String::from("${S}");`,
    `signing_key = b"${S}"`,
    `SECRET_KEY = bytes("${S}", "ascii")`,
    `$password = new String("${S}")`,
  ];
  deepStrictEqual(cases.filter((line) => scrub(line).includes(S)), []);
});

Deno.test("a wrapped call or variable stays", () => {
  const kept = [
    `var hmacSecret = []byte(os.Getenv("HMAC_SECRET"))`,
    `const webhookSecret = Buffer.from(process.env.WEBHOOK_SECRET ?? "", "utf8");`,
    `let api_token = String::from(token_str);`,
  ];
  deepStrictEqual(kept.filter((line) => scrub(line) !== line), []);
});
