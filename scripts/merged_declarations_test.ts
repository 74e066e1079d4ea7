/**
 * withMergedDeclarations: module-level `var` statements that only function declarations part are
 * written as one, the functions after it; any other statement, or anything but `;` and white
 * space between two, ends a run. The values stay.
 */
import { deepStrictEqual, strictEqual } from "@node/assert";
import { withMergedDeclarations } from "./merged_declarations.ts";
import { exportsOf } from "./module_exports.ts";

Deno.test("merged declarations: var statements one after another, or parted by function declarations, become one, and the values stay", async () => {
  const code = "var a=1;var b=f(a),c=[];function f(e){return e+g()}var d=c.push(b)\n" +
    "function g(){return 10}var h=typeof k;function k(){}export const v=[a,b,c,d,h];";
  const written = withMergedDeclarations(code);
  strictEqual(
    written,
    "var a=1,b=f(a),c=[],d=c.push(b),h=typeof k;function f(e){return e+g()}" +
      "function g(){return 10}function k(){}export const v=[a,b,c,d,h];",
  );
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  strictEqual(withMergedDeclarations(written), written);
});

Deno.test("merged declarations: another statement, a class, let or const, an export, or text between two ends a run", async () => {
  const code = "var a=[1];a.push(2);var b=a.length;class C{}var c=new C;let d=1;var e=d\n" +
    "export var x=2;var y=x+e;/*!keep*/var z=y;for(const i of a)z+=i;var w=z;export const v=[b,w];";
  const written = withMergedDeclarations(code);
  strictEqual(written, code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  const one = "var a=1;function f(){return 2}export const v=[a,f()];";
  strictEqual(withMergedDeclarations(one), one);
});

Deno.test("merged declarations: a run that ends without its `;`, before a line that could continue it, still ends", async () => {
  const code = "var a=1;var b=[2]\nfunction f(){return 3}\n[0].forEach(()=>{});" +
    "var c=2\nvar d=(()=>4)\n(5);export const v=[a,b,f(),c,d];";
  const written = withMergedDeclarations(code);
  strictEqual(
    written,
    "var a=1,b=[2];function f(){return 3}\n[0].forEach(()=>{});var c=2,d=(()=>4)\n(5);" +
      "export const v=[a,b,f(),c,d];",
  );
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
});
