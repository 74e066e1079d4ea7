/**
 * A schemeless `word:X@host` whose X is one character is a count or a flag beside a worker's name
 * (`job retry:3@worker-8 rescheduled`), no password: url-credentials leaves it. A password of two
 * characters or more in the same place is still masked. Found by a red team's benign twins. The
 * passwords are generated here from a seeded generator.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { generatorFor, seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const line = (user: string, value: string, host: string) =>
  `job ${user}:${value}@${host} rescheduled`;

Deno.test("one character after the colon is kept", () => {
  for (const [user, value] of [["retry", "3"], ["attempt", "7"], ["w", "x"]]) {
    const text = line(user, value, "worker-8");
    strictEqual(scrubber.scrub(text).text, text);
  }
});

Deno.test("a password of two characters or more is masked", () => {
  const random = seededRandom(2615);
  const password = generatorFor("[a-z]{1,6}[0-9]{1,3}[!#%]?");
  for (const host of ["worker-8", "db-2.internal:5432"]) {
    for (let i = 0; i < 4; i++) {
      const value = password(random).text;
      const text = line("svc", value, host);
      strictEqual(scrubber.scrub(text).text.includes(`:${value}@`), false, text);
    }
  }
});
