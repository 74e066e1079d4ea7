/**
 * withRawUnicode: a string literal's escapes of non-ASCII characters become the characters, and
 * the module holds the same values; every other escape and literal stays as written.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { withRawUnicode } from "./raw_unicode.ts";
import { exportsOf } from "./module_exports.ts";

Deno.test("raw unicode: a string's escapes become the characters, and the values stay", async () => {
  const code =
    String.raw`export const a = "f\xFChrerschein", b = 'n\u00E9 le \u0440\u043E\u0434';` +
    String.raw`export const c = "\\u00e9 \\\u00e9";`;
  const written = withRawUnicode(code);
  strictEqual(
    written,
    String.raw`export const a = "führerschein", b = 'né le род';` +
      String.raw`export const c = "\\u00e9 \\é";`,
  );
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  // Fewer bytes: 4 for `\xFC`, 6 for `\u00E9` (twice) and `\u0440` (`р`, `о`, `д`); 2 for each.
  strictEqual(
    new TextEncoder().encode(code).length - new TextEncoder().encode(written).length,
    (4 - 2) + (6 - 2) + 3 * (6 - 2) + (6 - 2),
  );
});

Deno.test("raw unicode: ASCII, separators, surrogates, the BOM, templates and regexes stay escaped", async () => {
  const code = String.raw`const tag = (s) => s.raw[0];` +
    String
      .raw`export const a = "\x41\u0041\u2028\u2029\uD83D\uDE00\uFEFF", b = ${"`"}\u00e9${"`"};` +
    String.raw`export const c = tag${"`"}\u00e9${"`"}, d = /\u00e9/.source, e = 1 / 2 / 1;`;
  strictEqual(withRawUnicode(code), code);
  deepStrictEqual((await exportsOf(code)).c, String.raw`\u00e9`);
});

Deno.test("raw unicode: a regex after await is no string, and its source stays", async () => {
  // acorn's tokenizer alone reads `/` after `await` as a division, and `"\xFC"` as a string.
  const code = String.raw`export const a = await (async () => await/"\xFC"/.source)();`;
  strictEqual(withRawUnicode(code), code);
  strictEqual((await exportsOf(code)).a, String.raw`"\xFC"`);
});
