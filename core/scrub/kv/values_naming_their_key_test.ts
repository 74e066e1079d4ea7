/**
 * A quoted value that is its key's own name of two words or more, in another spelling or after a
 * selector's `#` or `.` (`deletePassword = "#delete-password"`), names the key, not a secret
 * (./assignments.ts namesItsKey). A one-word key's name, a value with a digit or another sign, or
 * with more letters than the key's name, is still masked.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;

Deno.test("a quoted value that is its key's own name stays", () => {
  for (
    const line of [
      'this.deletePassword = "#delete-password";',
      "this.resetPassword = '.reset-password';",
      'apiToken = Buffer.from("apiToken", "base64");',
      'DB_PASSWORD: "db-password"',
    ]
  ) strictEqual(scrub(line), line);
});

Deno.test("a password made of its key's words, a digit or more words is still masked", () => {
  for (
    const [line, value] of [
      ['user_password = "user_password9"', "user_password9"],
      ['admin_password = "adminpasswordsecure"', "adminpasswordsecure"],
      ['admin_password = "admin-password-strong"', "admin-password-strong"],
      ['password = "Password"', '"Password"'],
      ['client_secret = "Settings.client_secret"', "Settings.client_secret"],
      ['password = "Password123!"', "Password123!"],
      ['password = "mypassword_2024x"', "mypassword_2024x"],
    ]
  ) ok(!scrub(line).includes(value), line);
});
