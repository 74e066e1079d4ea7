/**
 * A key word inside a string literal, its separator too, then the literal's closing quote and
 * code (`"Password: " + getPassword()`): what the quote is followed by is code, not a value
 * (./assignments.ts keyInLiteral). A quoted value after a key that closes its own literal, or
 * after a literal glued to a bare word, is still masked.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

Deno.test("a key inside a literal, then code after the literal, stays", () => {
  for (
    const line of [
      'log.info("DbPassword: " + fetchPw() + ";");',
      '"//example.test:8080/:_authToken = "+new Buffer(x).toString("hex")',
      "print 'secret = '.$cfg['a']['api_secret'].\"\\n\";",
      'userLabel:"Name:",passwordLabel:"Password:",cancelLabel:"Cancel"',
      "printf('token: ', tok);",
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("a quoted value after a key that closes its own literal is still masked", () => {
  for (
    const [line, value] of [
      ['"password": "+Xk29aLmq"', "Xk29aLmq"],
      ['password="+Qz7x!pLm2"', "Qz7x!pLm2"],
      ['{"user": "a", "password": ".Qz7x!pLm2"}', "Qz7x!pLm2"],
      ['echo "password: "Qz7x!pLm2', "Qz7x!pLm2"],
      ['"{\\"password\\": \\",Qz7x!pLm2\\"}"', "Qz7x!pLm2"],
      ["msg='a' password='+Qz7x!pLm2'", "Qz7x!pLm2"],
    ]
  ) ok(!scrub(line).includes(value), line);
});
