/**
 * A stand-in that tells the reader to change it, in words (`change-me-in-production`,
 * `CHANGE_ME_IN_PROD`, `change_this_password`), is a placeholder as `changeme` and
 * `replace-me-with-…` are; a value that only starts so and goes on in random case or digits is
 * still a secret.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { createScrubber } from "./mod.ts";

const scrubber = createScrubber();

Deno.test("a change-me phrase under a secret's name stays", () => {
  const lines = [
    "SECRET_KEY=change-me-in-production",
    "jwt_secret: CHANGE_ME_IN_PROD",
    'password = "change_this_password"',
    "API_TOKEN=change-with-your-token",
  ];
  deepStrictEqual(lines.filter((line) => scrubber.scrub(line).text !== line), []);
});

Deno.test("a value that only starts like a change-me phrase is still masked", () => {
  for (
    const value of [
      "change-me-QWpLzXvbNmRtKq",
      "change-with-QWpLzXvbNmRtKq",
      "change-this-Xk9aB7qLm2Pw",
    ]
  ) {
    const line = `SECRET_KEY=${value}`;
    ok(!scrubber.scrub(line).text.includes(value), line);
  }
});
