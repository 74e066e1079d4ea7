/**
 * withPackedStrings: a string of PACKED_MIN bytes or more is written with its common pieces as
 * single characters and unpacked when the module loads; the module computes the same values, and
 * shorter strings, keys and directives stay as they were.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { seededRandom } from "../core/scrub/corpus/token_generator.ts";
import {
  packed,
  PACKED_MIN,
  stringLiteral,
  unpacked,
  withPackedStrings,
} from "./packed_strings.ts";
import { exportsOf } from "./module_exports.ts";

/** A front-coded list of made-up names, as long as `bytes` or longer (seeded). */
function nameList(seed: number, bytes: number): string {
  const random = seededRandom(seed);
  const syllables = ["an", "el", "ar", "in", "ko", "mi", "ra", "son", "ia", "é", "ş", "ow"];
  let list = "";
  while (new TextEncoder().encode(list).length < bytes) {
    let name = "";
    for (let n = 2 + Math.floor(random() * 3); n > 0; n--) {
      name += syllables[Math.floor(random() * syllables.length)];
    }
    list += random() < 0.3 ? `${2 + Math.floor(random() * 3)}${name}` : `Z${name}`;
  }
  return list;
}

Deno.test("packed strings: each long string unpacks to itself, with the others'", () => {
  const texts = [nameList(1, 3000), nameList(2, 1500), "ab|cd|ab|cd|ab|cd|ab|cd"];
  const packing = packed(texts)!;
  ok(packing !== null);
  texts.forEach((text, i) => {
    strictEqual(unpacked(packing.texts[i], packing.table, packing.separator), text);
    ok(packing.texts[i].length <= text.length);
  });
  const before = texts.join("").length, after = packing.texts.join("").length;
  ok(after + packing.table.length < before * 0.9, `${before} → ${after} + ${packing.table.length}`);
  // No character of the texts is a piece's or the separator.
  for (const entry of packing.table.split(packing.separator)) {
    ok(!texts.some((text) => text.includes(entry[0])), entry);
  }
});

Deno.test("packed strings: a piece of up to eight characters is one character", () => {
  // Words of eight letters repeated: each is written as one character, not as two of four.
  const random = seededRandom(7);
  const words = ["password", "username", "identity", "passport"];
  const text = Array.from({ length: 200 }, () => words[Math.floor(random() * 4)]).join(" ");
  const packing = packed([text])!;
  strictEqual(unpacked(packing.texts[0], packing.table, packing.separator), text);
  const pieces = packing.table.split(packing.separator).map((entry) => entry.slice(1));
  ok(pieces.some((piece) => piece.length >= 8), pieces.join(" "));
  ok(packing.texts[0].length <= 2 * 200, `${packing.texts[0].length}`);
});

Deno.test("packed strings: nothing to pack when no piece pays or no character is free", () => {
  strictEqual(packed(["abcdefgh"]), null);
  const everyCharacter = [...Array(128)].map((_, i) => String.fromCharCode(i)).join("");
  strictEqual(packed([everyCharacter.repeat(20)]), null);
});

Deno.test("packed strings: past the printable characters, control characters written as themselves", async () => {
  // Every printable character is taken: the pieces are written as control characters.
  const printable = [...Array(95)].map((_, i) => String.fromCharCode(32 + i)).join("");
  const text = `${printable}${["alpha", "bravo", "delta", "gamma"].join(" ").repeat(40)}`;
  const packing = packed([text])!;
  strictEqual(unpacked(packing.texts[0], packing.table, packing.separator), text);
  const symbols = packing.table.split(packing.separator).map((entry) => entry[0]);
  ok(symbols.every((symbol) => symbol < " " || symbol === "\x7f"), JSON.stringify(symbols));
  ok(!symbols.some((symbol) => "\0\b\t\n\f\r".includes(symbol)), JSON.stringify(symbols));
  const code = `export const a=${JSON.stringify(text)};`;
  const written = withPackedStrings(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  // One byte each as written: no escape of a control character.
  ok(!/\\u00[01]/.test(written), written);
  ok(new TextEncoder().encode(written).length < code.length - 300, written);
});

Deno.test("packed strings: a literal holds its control characters as themselves, escapes kept", () => {
  const text = 'a\u0001b\\u0002c\n\t\0\x7f"\u2028';
  const written = stringLiteral(text);
  // deno-lint-ignore no-eval
  strictEqual(eval(written), text);
  strictEqual(written, '"a\u0001b\\\\u0002c\\n\\t\\u0000\x7f\\"\u2028"');
});

Deno.test("packed strings: the module's values stay; short strings, keys and members as written", async () => {
  const long = JSON.stringify(nameList(3, PACKED_MIN));
  const other = JSON.stringify(nameList(4, 2 * PACKED_MIN));
  const code = `const o={${long}:1};export const a=${long},b=[${other},"short"],` +
    `c=o[${long}],d=(()=>${long})().length;`;
  const written = withPackedStrings(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  ok(written.startsWith("var "), written);
  ok(new TextEncoder().encode(written).length < new TextEncoder().encode(code).length);
  // The key and the member stay as written (a name cannot stand for either); each value is a name.
  strictEqual(written.split(long).length - 1, 2);
  ok(!written.includes(other));
  ok(written.includes('"short"'));
});

Deno.test("packed strings: each long string with a table of its own, only where it pays", async () => {
  const names = JSON.stringify(nameList(5, PACKED_MIN));
  // Base64 of bytes with runs of zeros (as a WebAssembly module's): its pieces are not a list's.
  const random = seededRandom(6);
  const bytes = Uint8Array.from({ length: 900 }, () => random() < 0.5 ? 0 : random() * 256);
  const base64 = JSON.stringify(btoa(String.fromCharCode(...bytes)));
  // Random characters of every kind: no piece repeats enough to pay.
  const noise = JSON.stringify(
    Array.from({ length: PACKED_MIN }, () => String.fromCharCode(35 + random() * 57)).join(""),
  );
  const code = `export const a=${names},b=${base64},c=${noise};`;
  const written = withPackedStrings(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  ok(!written.includes(names) && !written.includes(base64), written);
  ok(written.includes(noise));
  // Two tables, one per packed string, each given with its string.
  strictEqual(written.match(/\(("(?:[^"\\]|\\.)*"),("(?:[^"\\]|\\.)*")\)/g)?.length, 2);
});

Deno.test("packed strings: a module with no long string is left as it is", () => {
  const code = 'export const a="abcabcabcabcabcabc",b="abcabcabcabcabcabc";';
  strictEqual(withPackedStrings(code), code);
});
