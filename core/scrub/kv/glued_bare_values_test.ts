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

Deno.test("a `;` near VALUE_CAP: the word after it is read up to the cap, as the line's end", () => {
  const head = (length: number) => "Kx81mq2Zr".repeat(500).slice(0, length);
  // The word after the `;` runs past the cap before its `=`: read to the cap, it goes on, and the
  // value is cut there (the rest of the line masked unread).
  const long = `password=${head(4000)};${"b".repeat(200)}=x`;
  strictEqual(scrubber.scrub(long).text.includes("bbbb"), false);
  // The key after a blank ends past the cap: unseen, so the word is the value's.
  const near = `password=${head(4090)};Qz7 ${"k".repeat(10)}=v`;
  const out = scrubber.scrub(near).text;
  strictEqual(out.includes(";Qz7"), false, out.slice(-40));
  strictEqual(out.endsWith(` ${"k".repeat(10)}=v`), true, out.slice(-40));
  // Both well inside the cap: the `;` ends the value.
  const inside = `password=${head(100)};${"b".repeat(20)}=x`;
  strictEqual(scrubber.scrub(inside).text.endsWith(`;${"b".repeat(20)}=x`), true);
});
