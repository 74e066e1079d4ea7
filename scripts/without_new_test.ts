/**
 * withoutNew: `new` dropped before an error constructor, `Array`, and `RegExp` given a pattern
 * written as a string or flags; kept before a pattern that may be a regular expression with no
 * flags (the call would return it), a shadowed or assigned global, a spread, a constructor written
 * without parentheses or constructed again, and any other constructor. The values stay.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { withoutNew } from "./without_new.ts";
import { exportsOf } from "./module_exports.ts";

Deno.test("without new: a call where the language constructs alike, and the values stay", async () => {
  const code = 'var ab="a+";const r=/x/g,f="i";' +
    "const e=new Error('m'),t=new TypeError('n',{cause:1}),a=new Array(3)," +
    "p=new RegExp(ab,'g'),q=new RegExp(String.raw`\\d${ab}`),s=new RegExp('^'+r.source)," +
    "u=new RegExp(r.source,f+'y'),k=new RegExp(r),m=new Map([[1,2]]),n=new Error;" +
    "export const v=[e.message,e instanceof Error,Object.getPrototypeOf(t)===TypeError.prototype," +
    "t.cause,a.length,p.source,p.flags,q.source,s.source,u.flags,k!==r,k.flags,m.get(1)," +
    "n instanceof Error,typeof e.stack];";
  const written = withoutNew(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  strictEqual(
    written,
    'var ab="a+";const r=/x/g,f="i";' +
      "const e=Error('m'),t=TypeError('n',{cause:1}),a=Array(3)," +
      "p=RegExp(ab,'g'),q=RegExp(String.raw`\\d${ab}`),s=RegExp('^'+r.source)," +
      "u=RegExp(r.source,f+'y'),k=new RegExp(r),m=new Map([[1,2]]),n=new Error;" +
      "export const v=[e.message,e instanceof Error,Object.getPrototypeOf(t)===TypeError.prototype," +
      "t.cause,a.length,p.source,p.flags,q.source,s.source,u.flags,k!==r,k.flags,m.get(1)," +
      "n instanceof Error,typeof e.stack];",
  );
  strictEqual(withoutNew(written), written);
});

Deno.test("without new: a shadowed or assigned global, a spread, a name that may hold a regular expression, and a construction constructed again keep it", () => {
  const kept = [
    "function f(Error){return new Error('m')}export const v=f(class{constructor(m){this.m=m}}).m;",
    "var Array=class{constructor(){this.x=1}};export const v=new Array(2).x;",
    "const r=/x/;export const v=new RegExp(...[r]).flags;",
    'var ab="a";ab=/x/;export const v=new RegExp(ab)!==ab;',
    "const r=/x/;let f;export const v=new RegExp(r,f)!==r;",
    "export const v=()=>new new Array(1)();",
  ];
  for (const code of kept) strictEqual(withoutNew(code), code);
  const assigned = "export let v=0;globalThis.X=1;Error=class{};";
  strictEqual(withoutNew(assigned + "new Error('m')"), assigned + "new Error('m')");
  ok(withoutNew("export const v=new Error('m').message;").startsWith("export const v=Error("));
});
