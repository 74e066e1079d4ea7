/**
 * withObjectKeys: an object literal's key, a method's or an accessor's (a class's too), whose
 * string a name declared first holds is written as that name, computed; the module computes the
 * same values (the same properties in the same order, a function's name taken from its key
 * alike, `super` alike); a key no name holds gets one where that pays; and `__proto__`,
 * shorthands, class fields, constructors and destructuring patterns stay.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { withObjectKeys } from "./object_keys.ts";
import { exportsOf } from "./module_exports.ts";

Deno.test("object keys: a key, a method's or an accessor's, a name declared first holds is written as it, and the values stay", async () => {
  const code = 'var ab="prefilter",ac="minEntropy",ad="content-type";' +
    "const f=(p,m)=>({id:1,prefilter:p,minEntropy:m,'content-type':'json'," +
    "make:function(){return 1},arrow:()=>2});" +
    "const h={minEntropy:()=>5,prefilter:function(){}};" +
    "const m={prefilter(){return 6},get minEntropy(){return 7}};" +
    "class C{prefilter(){return 8}static minEntropy(){return 9}get 'content-type'(){return 10}}" +
    "class D extends C{prefilter(){return super.prefilter()+1}}" +
    "export const a=[JSON.stringify(f(1,2)),Object.keys(f(3,4)),f(0,0).make.name,h.minEntropy.name," +
    "h.prefilter.name,m.prefilter(),m.minEntropy,m.prefilter.name,new C().prefilter()," +
    "C.minEntropy(),new C()['content-type'],new D().prefilter(),C.prototype.prefilter.name,ab,ac,ad];";
  const written = withObjectKeys(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  ok(written.includes("{id:1,[ab]:p,[ac]:m,[ad]:'json',"), written);
  ok(written.includes("h={[ac]:()=>5,[ab]:function(){}}"), written);
  ok(written.includes("m={[ab](){return 6},get [ac](){return 7}}"), written);
  ok(
    written.includes("class C{[ab](){return 8}static [ac](){return 9}get [ad](){return 10}}"),
    written,
  );
  ok(written.length < code.length);
  // Run again, it finds nothing more.
  strictEqual(withObjectKeys(written), written);
});

Deno.test("object keys: a key written often enough, which no name holds, gets a name of its own", async () => {
  const code =
    "const d=(o,v)=>Object.defineProperty(o,'v',{value:v,configurable:!0,enumerable:!0});" +
    "export const a=[{configurable:1},{configurable:2},Object.getOwnPropertyDescriptor(d({},3),'v')];";
  const written = withObjectKeys(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  const name = written.match(/^var (\w+)="configurable";/)?.[1];
  ok(name !== undefined, written);
  strictEqual(written.split(`[${name}]:`).length - 1, 3, written);
  // Once: `enumerable` does not pay for a name.
  ok(written.includes("enumerable:!0"), written);
  ok(written.length < code.length);
});

Deno.test("object keys: __proto__, shorthands, class fields, constructors, patterns and short keys stay", async () => {
  for (
    const kept of [
      // `__proto__:` sets the prototype; computed, it would be a property of its own.
      'var ab="__proto__";export const a=[Object.getPrototypeOf({__proto__:null}),ab];',
      'var ab="__proto__";export const a=[Object.getPrototypeOf({"__proto__":null}),ab];',
      'var ab="prefilter";const prefilter=1;export const a=[{prefilter},ab];',
      // A class's fields are defined on each instance it makes, and its constructor is no method.
      'var ab="prefilter",ac="constructor";class C{prefilter=3;constructor(){this.x=1}}' +
      "export const a=[new C().prefilter,new C().x,ab,ac];",
      // A destructuring pattern reads its keys as written (a computed key there reads slower).
      'var ab="prefilter";const g=o=>{const{prefilter:p}=o;return p};' +
      `export const a=[g(JSON.parse('{"prefilter":5}')),ab];`,
      // No shorter as a name: `[ab]` is as long as `abc`.
      'var ab="abc";export const a=[{abc:1},ab];',
      // A name declared twice, assigned, or not first, is not read.
      'var ab="prefilter";ab="other";export const a=[{prefilter:1},ab];',
      'var ab="prefilter";function g(ab){return{prefilter:ab}}export const a=[g(1)];',
      'export const a=[{prefilter:1}];var ab="prefilter";',
    ]
  ) {
    strictEqual(withObjectKeys(kept), kept);
    deepStrictEqual(await exportsOf(withObjectKeys(kept)), await exportsOf(kept));
  }
});
