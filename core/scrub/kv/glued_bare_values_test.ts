/**
 * A bare value with a `;` or a `<` inside it (`ND;auT8VZp`, `x$L:<kEgo`, a generated password) is
 * read whole; a `;` before the next key (`;Database=x`) or a blank, and a tag (`<br/>`), still
 * end it.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";

const scrubber = createScrubber();
const PASSWORD = "Wq7;mZ2<rTk9vB";

/** Whether no run of 4 characters of the value survives in `out`. */
function hidden(out: string, value: string): boolean {
  for (let i = 0; i + 4 <= value.length; i++) if (out.includes(value.slice(i, i + 4))) return false;
  return true;
}

Deno.test("a bare value with `;` or `<` inside: the whole word", () => {
  for (
    const line of [
      `DB_PASSWORD=${PASSWORD}`,
      `db_password = ${PASSWORD} (from vault)`,
      `password: ${PASSWORD}`,
      `$DB_PASSWD=${PASSWORD}`,
    ]
  ) {
    const out = scrubber.scrub(line).text;
    strictEqual(hidden(out, PASSWORD), true, JSON.stringify(out));
  }
});

Deno.test("`;` before a next key, `;` then a blank, `<` opening a tag: the value ends there", () => {
  for (
    const [line, kept] of [
      ["Server=db1;Password=Kx81mq2Zr;Database=orders", ";Database=orders"],
      ["password=Kx81mq2Zr; echo done", "; echo done"],
      ["Password=Kx81mq2Zr;Ssl Mode=Require;", ";Ssl Mode=Require;"],
      ["password=Kx81mq2Zr<br/>", "<br/>"],
    ]
  ) {
    const out = scrubber.scrub(line).text;
    strictEqual(out.includes("Kx81mq2Zr"), false, JSON.stringify(out));
    strictEqual(out.endsWith(kept), true, JSON.stringify(out));
  }
});
