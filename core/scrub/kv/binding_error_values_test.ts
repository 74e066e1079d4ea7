/**
 * Spring's binding errors echo the value a field rejected (`Field error in object 'form' on field
 * 'password': rejected value [v]; codes […]`): under a secret field's name the bracket's text is
 * masked, to the `]` before `; ` (a `]` inside the value stays inside it); `null`, an empty value
 * and a non-secret field's value stay.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { seededRandom } from "../corpus/token_generator.ts";
/** Seeded bytes (mulberry32), so that every run tests the same values. */
const random = seededRandom(0x5eed1);
const randomBytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));

const scrubber = createScrubber();
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const made = (n: number) =>
  Array.from(randomBytes(n), (b) => ALPHABET[b % ALPHABET.length])
    .join("") + "]&3";
const error = (field: string, value: string) =>
  `Field error in object 'signupForm' on field '${field}': rejected value [${value}]; codes [Size.signupForm.${field},Size.${field},Size]; arguments []; default message [size must be between 8 and 64]`;

Deno.test("a secret field's rejected value is masked", () => {
  for (const field of ["password", "confirmPassword", "apiKey", "client_secret"]) {
    const value = made(14);
    const out = scrubber.scrub(error(field, value)).text;
    ok(!out.includes(value.slice(0, 14)), out);
    ok(out.includes(`; codes [Size.signupForm.${field},`), out);
  }
});

Deno.test("null, an empty value and other fields' values stay", () => {
  for (
    const line of [
      error("password", "null"),
      error("password", ""),
      error("username", made(14)),
      error("email", "bob"),
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
