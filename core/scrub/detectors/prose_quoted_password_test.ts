/**
 * A password quoted in prose after `password is` or `password for <a few words> is`
 * (prose-quoted-password) is masked, whatever the quotes; a quoted word that describes the
 * password (`'required'`, `"too short"`, `'wrong'`) and a stand-in stay.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** A made-up password of letters and digits, from a small seeded generator. */
function passwordOf(seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) >>> 8;
  const word = Array.from({ length: 5 + (next() % 6) }, () => LETTERS[next() % 26]).join("");
  return seed % 2 === 0 ? word : `${word}${next() % 100}`;
}

Deno.test("a quoted password after `password is` or `password for … is` is masked", () => {
  for (let seed = 1; seed <= 30; seed++) {
    // Every fifth one begins with `my`, as passwords people choose do (not a stand-in).
    const pw = seed % 5 === 0 ? `my${passwordOf(seed)}` : passwordOf(seed);
    for (
      const line of [
        `The default Password is '${pw}'`,
        `then make sure the password is "${pw}" and press Start`,
        `2. Check that the password for user 'dbadmin' is '${pw}' or edit .env`,
        `The initial password for the account "ops-bot" is "${pw}".`,
        `{"msg":"the password is \\"${pw}\\""}`,
      ]
    ) {
      const out = scrubber.scrub(line).text;
      strictEqual(out.includes(pw), false, out);
    }
  }
});

Deno.test("a quoted word that describes the password, and a stand-in, stay", () => {
  for (
    const line of [
      "the password is 'required'",
      'the password is "too short"',
      "the password for user 'dbadmin' is 'wrong'",
      "your password is 'expired'",
      "password is 'blank'",
      "the password is 'empty'",
      "the password is 'null'",
      'the password is "$DB_PASSWORD"',
      "the password is 'your_password'",
      "Plugin 'mysql_native_password' is deprecated",
      "the password policy is 'strict'",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
