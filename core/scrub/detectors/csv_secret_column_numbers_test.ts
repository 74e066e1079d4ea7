/**
 * A number of one to four digits under a column whose name holds a secret's word is a setting
 * (`password_min_length`, `token_ttl`), as password-assignment reads `password_min_length=12`:
 * the row keeps it. A longer number, or a password, under such a column is still masked. Found by
 * a red team's benign twin (a CSV export with a `password_min_length` column). The passwords are
 * generated here from a seeded generator.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { generatorFor, seededRandom } from "../corpus/token_generator.ts";

const scrubber = createScrubber();
const table = (column: string, value: string) =>
  `service,${column},owner\nbilling,${value},team-pay\nsearch,${value},team-find`;

Deno.test("a short number under a secret-named column is kept", () => {
  for (const [column, value] of [["password_min_length", "12"], ["token_ttl", "3600"]]) {
    strictEqual(scrubber.scrub(table(column, value)).text, table(column, value));
  }
});

Deno.test("a longer number or a password under such a column is masked", () => {
  const random = seededRandom(2614);
  const pin = generatorFor("[1-9][0-9]{5,7}");
  const password = generatorFor("[A-Za-z]{6,10}[0-9]{2}[!#%]");
  for (const column of ["password", "api_token"]) {
    for (const value of [pin(random).text, password(random).text]) {
      strictEqual(scrubber.scrub(table(column, value)).text.includes(value), false, value);
    }
  }
});
