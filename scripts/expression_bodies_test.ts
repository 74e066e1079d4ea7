/**
 * withExpressionBodies: statements that end a function by returning become one returned
 * expression (early returns as conditionals, declarations as assignments, their variables declared
 * once, first, or as parameters of a function only ever called); the module computes the same
 * values, and what could change one stays as written.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { pathToFileURL as toFileUrl } from "@node/url";
import { parse } from "acorn";
import { withExpressionBodies } from "./expression_bodies.ts";

/** The exports of a module file holding `code`, functions as their `length`. */
async function exportsOf(code: string): Promise<Record<string, unknown>> {
  const file = await Deno.makeTempFile({ prefix: "safe-debug-bodies-", suffix: ".js" });
  try {
    await Deno.writeTextFile(file, code);
    const exports = Object.entries(await import(toFileUrl(file).href));
    const settled = await Promise.all(
      exports.map(async ([name, value]) => [name, value instanceof Promise ? await value : value]),
    );
    return Object.fromEntries(
      settled.map((
        [name, value],
      ) => [name, typeof value === "function" ? `function of ${value.length}` : value]),
    );
  } finally {
    await Deno.remove(file);
  }
}

/** `code` rewritten, checked to parse and to export the same values. */
async function rewritten(code: string): Promise<string> {
  const written = withExpressionBodies(code);
  parse(written, { ecmaVersion: "latest", sourceType: "module" });
  deepStrictEqual(await exportsOf(written), await exportsOf(code), written);
  return written;
}

Deno.test("expression bodies: early returns, declarations and a return become one expression", async () => {
  const code = "var f=(e,t)=>{if(!e)return 0;let n=e*2,r=n+t;if(r>9)return r;g(n);return[n,r]}," +
    "g=e=>e;" +
    "export const a=[f(0,1),f(1,1),f(5,5),f(2,1)];" +
    "export function h(e){if(e===1)return{one:1};let t=e+1;return t}" +
    "export const b=[h(1),h(2)];";
  const written = await rewritten(code);
  ok(written.includes("f=(e,t,n,r)=>!e?0:(n=e*2,r=n+t,r>9?r:(g(n),[n,r]))"), written);
  // Exported, its `length` read: its variables stay declared in its body.
  ok(written.includes("function h(e){let t;return e===1?{one:1}:(t=e+1,t)}"), written);
  ok(written.length < code.length);
});

Deno.test("expression bodies: only the end that converts is rewritten, after a loop or a throw", async () => {
  const code = "export function s(e){let t=0;for(const n of e)t+=n;if(t>5)return 5;let n=t*2;" +
    "return n}" +
    "export function k(e){if(e<0)throw Error('neg');if(e>5)return 5;let t=e+1;return t}" +
    "export const a=[s([1,2]),s([4,4])],b=[k(1),k(7)];";
  const written = await rewritten(code);
  ok(written.includes("for(const n of e)t+=n;"), written);
  // `n`, declared twice in the function (the loop's, the body's), stays declared as it was.
  ok(written.includes("if(t>5)return 5;let n=t*2;return n}"), written);
  ok(written.includes("throw Error('neg');let t;return e>5?5:(t=e+1,t)}"), written);
});

Deno.test("expression bodies: if/else both returning, blocks in branches, and each branch's variables", async () => {
  const code = "var f=e=>{if(e>1){let t=e*3;return t+1}else{let n=e-1;return n}};" +
    "export const a=[f(0),f(2)];";
  const written = await rewritten(code);
  ok(written.includes("f=(e,t,n)=>e>1?(t=e*3,t+1):(n=e-1,n)"), written);
});

Deno.test("expression bodies: an early `return;` returns undefined as `void 0` does", async () => {
  const code = "var f=(e)=>{if(!e)return;let t=e*2;return t};" +
    "export const a=[f(0),f(2)];";
  const written = await rewritten(code);
  ok(written.includes("f=(e,t)=>!e?void 0:(t=e*2,t)"), written);
});

Deno.test("expression bodies: a function read as a value keeps its parameters (its length)", async () => {
  const code = "var f=(e)=>{if(!e)return 0;let t=e*2;return t};" +
    "export const v=f,a=[1,2].map(f);";
  const written = await rewritten(code);
  ok(written.includes("f=(e)=>{let t;return!e?0:(t=e*2,t)}"), written);
});

Deno.test("expression bodies: a variable without a value is a parameter only where no call passes it one", async () => {
  const code = "var f=(e)=>{if(!e)return 0;let t;e>1&&(t=e);return t}," +
    "g=(e)=>{if(!e)return 0;let t;e>1&&(t=e);return t};" +
    "export const a=[f(1),f(2),f(0)],b=[g(1,7),g(2)];";
  const written = await rewritten(code);
  ok(written.includes("f=(e,t)=>!e?0:"), written);
  ok(written.includes("g=(e)=>{let t;return"), written);
});

Deno.test("expression bodies: a variable read outside its block, before its declaration, or declared twice stays", () => {
  const kept = [
    // A closure made before the declaration reads it (a throw before it, undefined after).
    "var f=(e)=>{let r=()=>t;if(e)return r;let t=1;return r()};export const a=f(0);",
    // Read outside the block that declares it: the outer `t`.
    "var t=5,g=(e)=>{if(e){let t=e;return t}return t};export const b=[g(1),g(0)];",
    // Read in its own declaration.
    "var h=(e)=>{if(!e)return 0;let t=()=>t;return t};export const c=h(1)()===h(1);",
    // Declared again in a function it holds.
    "var k=(e)=>{if(!e)return 0;let t=e;return()=>{let t=2;return t}};export const d=k(1)();",
    // A parameter of the same name.
    "var m=(e,t)=>{if(!e)return 0;{let t=e;String(t)}return t};export const p=m(1,2);",
  ];
  for (const code of kept) strictEqual(withExpressionBodies(code), code);
});

Deno.test("expression bodies: what binds loosely is put in parentheses", async () => {
  const code = "var f=(e)=>{let t;if(t=e,t>1)return 1;if(e?0:1)return(e,2);let n={a:e};return n}," +
    "g=(e)=>{if(!e)return{x:1};let t=e;return{x:t}}," +
    "h=(e)=>{e++;return e=>e+1};" +
    "export const a=[f(0),f(1),f(2)],b=[g(0).x,g(3).x],c=h(1)(1);";
  const written = await rewritten(code);
  ok(written.includes("(t=e,t>1)?1:(e?0:1)?(e,2):"), written);
  ok(written.includes("g=(e,t)=>!e?{x:1}:(t=e,{x:t})"), written);
  ok(written.includes("h=(e)=>(e++,e=>e+1)"), written);
});

Deno.test("expression bodies: generators, directives, rest parameters and bodies that fall off the end stay", () => {
  const kept = "export function*g(e){if(!e)return 0;let t=yield e;return t}" +
    'export function d(e){"use strict";if(!e)return 0;let t=e;return t}' +
    "var r=(...e)=>{if(!e.length)return 0;let t=e[0];return t};export const x=r(1);" +
    "export function n(e){if(!e)return 0;let t=e;g(t)}";
  strictEqual(withExpressionBodies(kept), kept);
});

Deno.test("expression bodies: an inner function is rewritten inside the one that holds it", async () => {
  const code = "export function o(e){if(!e)return 0;let t=n=>{if(!n)return 1;let r=n*2;return r};" +
    "return t(e)}export const a=[o(0),o(2)];";
  const written = await rewritten(code);
  ok(
    written.includes("function o(e){let t;return!e?0:(t=n=>{let r;return!n?1:(r=n*2,r)},t(e))}"),
    written,
  );
});
