/**
 * An element whose `name` (or `key`) attribute names a secret holds it as its text
 * (./assignments.ts NAMING_ATTRIBUTE): with blanks around the attribute's `=` and before the
 * tag's `>` too, as detect-secrets' XML keyword tests write them.
 */
import { ok, strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrub = (text: string) => createScrubber().scrub(text).text;
const P = "Tm4#vQ8zKw2L";

Deno.test("an element named by its name or key attribute, blanks before its '>' or around '=', holds the secret", () => {
  for (
    const line of [
      `<setting name="db_password" >${P}</setting>`,
      `< setting name="db_password" >${P}</setting>`,
      `<setting name = "db_password" >${P}</setting>`,
      `<setting name= "db_password">${P}</setting>`,
      `<entry key ="smtp_password"  >${P}</entry>`,
    ]
  ) ok(!scrub(line).includes(P), line);
});

Deno.test("an element named otherwise, or naming no secret, keeps its text", () => {
  for (
    const line of [
      `<setting id="db_password" >${P}</setting>`,
      `<setting name = "db_host" >${P}</setting>`,
      `<label for="password" >Password</label>`,
    ]
  ) strictEqual(scrub(line), line);
});
