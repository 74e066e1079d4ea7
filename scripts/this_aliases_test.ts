/**
 * withThisAliases: a function that reads its `this` often reads it once, into a variable named
 * with a word its text does not hold; the module computes the same values, and a `this` that is
 * another function's, or a derived constructor's, stays.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { pathToFileURL as toFileUrl } from "@node/url";
import { withThisAliases } from "./this_aliases.ts";

/** The default export of a module file holding `code`. */
async function valueOf(code: string): Promise<unknown> {
  const file = await Deno.makeTempFile({ prefix: "safe-debug-this-", suffix: ".js" });
  try {
    await Deno.writeTextFile(file, code);
    return (await import(toFileUrl(file).href)).default;
  } finally {
    await Deno.remove(file);
  }
}

Deno.test("this aliases: a method reading its this often reads it once, private names included", async () => {
  const code = "class C{#e=1;#t=2;sum(n){let r=0;for(const o of [1,2])r+=this.#e*o+this.#t;" +
    "return r+this.#e+this.#t+n}get all(){return this.sum(0)+this.sum(1)+this.sum(2)+this.#e}}" +
    "export default [new C().sum(3),new C().all];";
  const written = withThisAliases(code);
  ok(written.includes("sum(n){let s=this,r=0;"), written);
  ok(written.includes("get all(){let t=this;return t.sum(0)+t.sum(1)+t.sum(2)+t.#e}"), written);
  ok(!written.includes("this.#"), written);
  deepStrictEqual(await valueOf(written), await valueOf(code));
  ok(written.length < code.length);
});

Deno.test("this aliases: an arrow's this is its function's; a nested function's or class's is its own", async () => {
  const code = "const o={v:2,f(){const g=()=>this.v+this.v;" +
    "const h=function(){return this?.v??7};class K{v=this?.w;m(){return this.v}}" +
    "return[g(),h(),h.call({v:5}),this.v,this.v,new K().m()]},w:9};export default o.f();";
  const written = withThisAliases(code);
  ok(written.includes("f(){let e=this;const g=()=>e.v+e.v;"), written);
  ok(written.includes("function(){return this?.v??7}"), written);
  ok(written.includes("class K{v=this?.w;m(){return this.v}}"), written);
  deepStrictEqual(await valueOf(written), await valueOf(code));
});

Deno.test("this aliases: the name is a word the function does not hold, nor a module-level one", async () => {
  const code = "var e=1,t=2;function f(n){return[this.a,this.a,this.a,this.a,e,t,n]}" +
    "export default f.call({a:3},4);";
  const written = withThisAliases(code);
  ok(written.includes("function f(n){let r=this;return[r.a,r.a,r.a,r.a,e,t,n]}"), written);
  deepStrictEqual(await valueOf(written), await valueOf(code));
});

Deno.test("this aliases: a derived constructor, a directive, few reads and a this in parameters stay", () => {
  const kept = "class A{}class B extends A{constructor(){super();this.a=1;this.b=2;this.c=3;" +
    "this.d=4;this.e=5}}" +
    'function s(){"use strict";return this.a+this.a+this.a+this.a+this.a}' +
    "function few(){return this.a+this.b}" +
    "function p(n=this.a){return n}" +
    "export default[new B(),s.call({a:1}),few.call({a:1,b:2}),p.call({a:1})];";
  strictEqual(withThisAliases(kept), kept);
});
