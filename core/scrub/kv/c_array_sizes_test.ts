/**
 * A C array declared with its size before the operator (`char password[32] = "…";`) assigns
 * to the secret-named key as `password[] = "…"` does (./assignments.ts ARRAY_INDEX); an index
 * read in an expression (`password[0] == '#'`) holds no value of the key.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const P = "Hv4#qLz8Wm2x";

Deno.test("a sized C array named like a secret holds it", () => {
  for (
    const line of [
      `char db_password[32] = "${P}";`,
      `static const char api_secret[64]="${P}";`,
      `char secrete[25] = "${P}";`,
    ]
  ) ok(!scrub(line).includes(P), line);
});

Deno.test("an index in an expression, or an array of another name, holds no secret", () => {
  for (
    const line of [
      "if (password[0] == '#') return;",
      `char hostname[64] = "${P}";`,
    ]
  ) strictEqual(scrub(line), line);
});
