/**
 * exactQuotient (./keyword_index.ts): the row of a hit state, read by multiplying by the
 * reciprocal of the row width and rounding, is the integer quotient, for every width a keyword
 * index may have and multiples up to 2^31.
 */
import { strictEqual } from "@node/assert";
import { seededRandom } from "../../../devkit/sample_logs/random.ts";
import { exactQuotient } from "./keyword_index.ts";

Deno.test("exactQuotient gives the quotient of a multiple of the divisor", () => {
  const random = seededRandom(17);
  const LIMIT = 2 ** 31;
  for (let divisor = 1; divisor <= 300; divisor++) {
    const reciprocal = 1 / divisor;
    const largest = Math.floor((LIMIT - 1) / divisor);
    const quotients = [0, 1, 2, 3, largest - 1, largest];
    for (let k = 0; k < 2000; k++) quotients.push(random.int(largest + 1));
    for (const q of quotients) {
      strictEqual(exactQuotient(q * divisor, reciprocal), q, `${q} * ${divisor}`);
    }
  }
});
