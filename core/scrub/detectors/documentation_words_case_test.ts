/**
 * Documentation words inside a value (`changeme123`, `YourApiKey`, `somefakesecret`,
 * `…EXAMPLEKEY`) make it a stand-in only when written in one case, as a person writes a word; in
 * random case (`S9YouRYqUYPZ$5`, `q7FaKEx9Lm2`) they are letters of a random value, a secret.
 */
import { ok, strictEqual } from "@node/assert";
import { DOCUMENTATION_VALUE } from "./generic_credentials.ts";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();

Deno.test("documentation words in one case mark a stand-in", () => {
  for (
    const value of [
      "changeme123",
      "ChangeMe!",
      "YourPassword1",
      "your_password",
      "somefakesecret",
      "FAKE-TOKEN-1",
      "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      "Placeholder9",
    ]
  ) ok(DOCUMENTATION_VALUE.test(value), value);
  for (const line of ["password=your_password", "password=changeme123", "secret=somefakesecret"]) {
    strictEqual(scrubber.scrub(line).text, line);
  }
});

Deno.test("the same letters in random case are a random value's: masked", () => {
  for (
    const value of ["S9YouRYqUYPZ$5", "YouRYqUYPZ", "q7FaKEx9Lm2", "zeXaMPle42Q", "pLaCeHoLdEr7"]
  ) {
    ok(!DOCUMENTATION_VALUE.test(value), value);
    const out = scrubber.scrub(`password=${value}`).text;
    ok(!out.includes(value), out);
  }
});
