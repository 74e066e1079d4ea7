/**
 * withObjectShapes: the literals of a list of keys written often enough become calls of one
 * function declared first, nested ones too, the values evaluated in the same order and the objects
 * the same; a literal with a spread, a method, an accessor, a computed, quoted or shorthand key,
 * `__proto__`, a key twice or an anonymous function as a value stays, and so does a bundle where
 * no list of keys pays for its function.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { withObjectShapes } from "./object_shapes.ts";
import { exportsOf } from "./module_exports.ts";

Deno.test("object shapes: literals of one list of keys made by one function, nested ones too, the values and their order the same", async () => {
  const code = "const log=[],f=x=>(log.push(x),x);function g(){return{start:f(8),end:f(9)}}" +
    "const a=[{start:f(1),end:f(2)},{start:f(3),end:{start:f(4),end:f(5)}}," +
    "{start:6,end:{x:7}},g(),g()];" +
    "export const v=[a,log,a.map(o=>Object.keys(o)),a[3]!==a[4],Object.getPrototypeOf(a[0])===Object.prototype];";
  const written = withObjectShapes(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  strictEqual(
    written,
    "var aa=(a,b)=>({start:a,end:b});" +
      "const log=[],f=x=>(log.push(x),x);function g(){return aa(f(8),f(9))}" +
      "const a=[aa(f(1),f(2)),aa(f(3),aa(f(4),f(5)))," +
      "aa(6,{x:7}),g(),g()];" +
      "export const v=[a,log,a.map(o=>Object.keys(o)),a[3]!==a[4],Object.getPrototypeOf(a[0])===Object.prototype];",
  );
});

Deno.test("object shapes: a literal a call cannot stand for stays, and so does a bundle where none pays", async () => {
  const kept = [
    "const o={a:1};export const v=[{...o,b:2},{...o,b:3},{...o,b:4},{...o,b:5},{...o,b:6}];",
    "export const v=[{start(){return 1},end:2},{start(){return 1},end:2},{start(){return 1},end:2},{start(){return 1},end:2},{start(){return 1},end:2}].map(o=>o.start.name);",
    "export const v=[{get start(){return 1},end:2},{get start(){return 1},end:2},{get start(){return 1},end:2},{get start(){return 1},end:2},{get start(){return 1},end:2}].map(o=>o.start);",
    'const k="start";export const v=[{[k]:1,end:2},{[k]:1,end:2},{[k]:1,end:2},{[k]:1,end:2},{[k]:1,end:2}];',
    'export const v=[{"start":1,end:2},{"start":1,end:2},{"start":1,end:2},{"start":1,end:2},{"start":1,end:2}];',
    "const start=1,end=2;export const v=[{start,end},{start,end},{start,end},{start,end},{start,end}];",
    "const p={x:1};export const v=[{__proto__:p,end:2},{__proto__:p,end:2},{__proto__:p,end:2},{__proto__:p,end:2},{__proto__:p,end:2}].map(o=>o.x);",
    "export const v=[{start:1,start:2},{start:1,start:2},{start:1,start:2},{start:1,start:2},{start:1,start:2}];",
    "export const v=[{find:()=>1,e:2},{find:()=>1,e:2},{find:()=>1,e:2},{find:()=>1,e:2},{find:()=>1,e:2}].map(o=>o.find.name);",
    "export const v=[{find:function(){},e:2},{find:class{},e:2},{find:function(){},e:2},{find:class{},e:2},{find:function(){},e:2}].map(o=>o.find.name);",
    "export const v=[{start:1,end:2},{start:3,end:4}];",
  ];
  for (const code of kept) strictEqual(withObjectShapes(code), code, code);
  // A named function or class as a value keeps its own name: the literal may be rewritten.
  const named =
    "export const v=[{find:function f(){},e:2},{find:class C{},e:2},{find:function f(){},e:2}," +
    "{find:class C{},e:2},{find:function f(){},e:2},{find:function f(){},e:2}].map(o=>o.find.name);";
  const written = withObjectShapes(named);
  ok(written.startsWith("var aa=(a,b)=>({find:a,e:b});"), written);
  deepStrictEqual(await exportsOf(written), await exportsOf(named));
});
