/**
 * withHoistedStrings: a string that repeats often enough is declared once and named where it is a
 * value; the module computes the same values, and keys, members, directives, `typeof` operands
 * and words the module already uses stay as they were.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { withHoistedStrings } from "./hoisted_strings.ts";
import { exportsOf } from "./module_exports.ts";

const WORD = '"A-Za-z0-9_-"';

Deno.test("hoisted strings: a repeated value is declared once, and the module's values stay", async () => {
  const code = `function f(e){return${WORD}}` +
    `export const a=[${WORD},${WORD},f(),${WORD}in{${WORD}:1}?${WORD}:0],` +
    `b={${WORD}:${WORD}}[${WORD}],c=typeof ${WORD}==${WORD}?1:2,d=[1,2].join(${WORD});`;
  const written = withHoistedStrings(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  ok(written.startsWith(`var aa=${WORD};`), written);
  // Left as written: the keys of both objects, the member name, what a typeof is compared with.
  strictEqual(written.split(WORD).length - 1, 1 + 2 + 1 + 1);
  ok(written.includes("return aa}"), "a blank where the name meets a word");
  ok(written.includes("aa in{"), written);
  ok(written.length < code.length);
});

Deno.test("hoisted strings: no name the module uses, no string that does not pay, no directives or specifiers", () => {
  const taken = 'export const aa=1,ab=2,ac=["xyzxyz","xyzxyz","xyzxyz","xy","xy","xy"];';
  const written = withHoistedStrings(taken);
  ok(written.startsWith('var ad="xyzxyz";'), written);
  strictEqual(written.split('"xy"').length - 1, 3, "a short string is cheaper as it is");

  const kept = '"use strict";import"./a.js";import{b}from"./a.js";export{b as "b-c"};' +
    'const o={"./a.js":1};o["./a.js"];o["./a.js"];o["./a.js"];';
  strictEqual(withHoistedStrings(kept), kept);
});

Deno.test("hoisted strings: the declarations follow a hashbang line, which must stay first", async () => {
  const code = `#!/usr/bin/env -S deno run\nexport const a=[${WORD},${WORD},${WORD},${WORD}];`;
  const written = withHoistedStrings(code);
  ok(written.startsWith("#!/usr/bin/env -S deno run\nvar "), written);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
});
