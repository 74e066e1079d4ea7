/**
 * An element's text with a `<` inside a word (`<password>x$L:<kEgo</password>`, a generated
 * password written unescaped) runs to the element's `</`, on its line or below its tag alone
 * (`<$DB_PASSWORD>` too); a `<` that opens a tag (`<value>`, `<ref …/>`) still ends the text.
 */
import { strictEqual } from "@node/assert";
import { createScrubber } from "../mod.ts";
import { scrubWholeAndStreamed } from "./test_support.ts";

const scrubber = createScrubber();
const VALUE = "Rw5:<hTq8Zm2Lx";

Deno.test("an element's text with a `<` inside a word: to the closing tag", () => {
  for (const name of ["password", "db_password", "$DB_PASSWORD", "apiToken"]) {
    const out = scrubber.scrub(`<${name}>${VALUE}</${name}>`).text;
    strictEqual(out.includes("hTq8Zm2Lx"), false, out);
    strictEqual(out.endsWith(`]</${name}>`), true, out);
    const below = scrubWholeAndStreamed(`<${name}>\n    ${VALUE}\n</${name}>\n`);
    strictEqual(below.includes("hTq8Zm2Lx"), false, below);
    strictEqual(below.includes("Rw5:"), false, below);
  }
});

Deno.test("a `<` that opens a tag still ends an element's text", () => {
  for (
    const line of [
      "<password><value>abc</value></password>",
      '<secret><ref id="db"/></secret>',
      "<token>see <b>docs</b></token>",
    ]
  ) strictEqual(scrubber.scrub(line).text, line);
});
