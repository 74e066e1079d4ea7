/**
 * Bitbucket Data Center HTTP access tokens (BBDC- and the base64 of a 12-digit id, `:` and 20
 * random bytes) are masked with no name before them: bare, in prose, in a JSON list. Tokens are
 * drawn with a seed; a short or uniform body is no token.
 */
import { strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { createScrubber } from "../mod.ts";

const random = seededRandom(0xbbdc5);
const scrubber = createScrubber();
const dataCenterToken = () => {
  const bytes = Array.from({ length: 20 }, () => String.fromCharCode(random.int(256))).join("");
  return "BBDC-" + btoa(random.chars(12, "0123456789") + ":" + bytes);
};

Deno.test("a BBDC- token is masked bare, in prose and in a JSON list", () => {
  for (let k = 0; k < 80; k++) {
    const value = dataCenterToken();
    for (
      const line of [
        value,
        `created ${value} for the release job`,
        `{"tokens": ["${value}"]}`,
        `2026-01-02T03:04:05Z INFO push accepted (${value})`,
      ]
    ) {
      strictEqual(scrubber.scrub(line).text.includes(value), false, line);
    }
  }
});

Deno.test("BBDC- with a short or uniform body is kept", () => {
  for (
    const line of ["BBDC-ODIwNTgzODkzNTU4", "BBDC-" + "M".repeat(44), "see BBDC-deployment-notes"]
  ) {
    strictEqual(scrubber.scrub(line).text, line);
  }
});
