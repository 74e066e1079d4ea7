import assert, { deepStrictEqual } from "@node/assert";
import { BEFORE, KEYED_BEFORE, numberStart } from "./pii_context.ts";

/** Every match of `source` in `line`, as index:text. */
function matches(source: string, line: string): string[] {
  return [...line.matchAll(new RegExp(source, "g"))].map((m) => `${m.index}:${m[0]}`);
}

Deno.test("numberStart matches where the lookbehind before the first digit does", () => {
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pieces = [
    "1",
    "9",
    "0",
    "42",
    "9876",
    " ",
    "-",
    ".",
    "/",
    "+",
    ":",
    ",",
    "#",
    "_",
    "a",
    "Z",
  ];
  const forms: [string, string, boolean][] = [
    [String.raw`\d`, String.raw`\d{3}`, true],
    ["9", String.raw`\d{2}`, true],
    ["[2-6]", String.raw`\d{2}[ -]?\d`, true],
    [String.raw`\d`, String.raw`\d{3}`, false],
  ];
  let found = 0;
  for (let k = 0; k < 3000; k++) {
    let line = "";
    for (let j = Math.floor(random() * 12); j > 0; j--) {
      line += pieces[Math.floor(random() * pieces.length)];
    }
    for (const [first, rest, keyed] of forms) {
      const ahead = matches(`${keyed ? KEYED_BEFORE : BEFORE}${first}${rest}`, line);
      deepStrictEqual(matches(`${numberStart(first, keyed)}${rest}`, line), ahead, line);
      found += ahead.length;
    }
  }
  assert(found > 300, "the lines hold numbers");
});
