/**
 * withArrowFunctions: a module-level function that is only ever called becomes an arrow function
 * declared before any other statement; the module computes the same values, and a function read
 * as a value, one that reads its `this` or `arguments`, a generator, or one whose name is declared
 * again or assigned stays as it was.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { pathToFileURL as toFileUrl } from "@node/url";
import { withArrowFunctions } from "./arrow_functions.ts";

/** The exports of a module file holding `code` (a function as the word "function"). */
async function exportsOf(code: string): Promise<Record<string, unknown>> {
  const file = await Deno.makeTempFile({ prefix: "safe-debug-arrows-", suffix: ".js" });
  try {
    await Deno.writeTextFile(file, code);
    const exports = Object.entries(await import(toFileUrl(file).href));
    const settled = await Promise.all(
      exports.map(async ([name, value]) => [name, value instanceof Promise ? await value : value]),
    );
    return Object.fromEntries(
      settled.map(([name, value]) => [name, typeof value === "function" ? "function" : value]),
    );
  } finally {
    await Deno.remove(file);
  }
}

Deno.test("arrow functions: functions only called become arrows, declared first, and the values stay", async () => {
  const code = "export const early=sq(3);" +
    "function sq(e){return e*e}" +
    "function obj(e,t){return{e,t}}" +
    "function member(e){return{a:e,b:2}.a}" +
    "function both(e){return e++,e}" +
    "function fact(e){return e<2?1:e*fact(e-1)}" +
    "function none(){}" +
    "function withDefault(e=2,{f:t}={f:3}){let n=e+t;return n}" +
    "async function later(e){return await Promise.resolve(sq(e))}" +
    "function bare(){return}" +
    "export const a=[sq(4),obj(1,2),member(5),both(6),fact(5),none(),withDefault()," +
    "withDefault(1,{f:1}),bare()],b=later(7);";
  const written = withArrowFunctions(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  ok(written.startsWith("var sq=e=>e*e,obj=(e,t)=>({e,t}),member=e=>({a:e,b:2}.a),"), written);
  ok(written.includes("both=e=>(e++,e)"), written);
  ok(written.includes("none=()=>{}"), written);
  ok(written.includes("withDefault=(e=2,{f:t}={f:3})=>{let n=e+t;return n}"), written);
  ok(written.includes("later=async e=>await Promise.resolve(sq(e))"), written);
  ok(written.includes("bare=()=>{return}"), written);
  ok(!written.includes("function"), written);
  ok(written.length < code.length);
});

Deno.test("arrow functions: a function read as a value, or with a this, arguments, yield or directive of its own, stays", () => {
  const kept = "function value(){return 1}export const v=value;" +
    "function built(){this.x=1}export const n=new built();" +
    "function own(){return this}export const o=own();" +
    "function count(){return arguments.length}export const c=count(1,2);" +
    "function*gen(){yield 1}export const g=[...gen()];" +
    'function strict(){"use strict";return 1}export const s=strict();' +
    "function shadowed(){return 1}export function h(shadowed){return shadowed()}" +
    "function reassigned(){return 1}export function r(){reassigned=()=>2;return reassigned()}" +
    "function tagged(){return 1}export const t=tagged``;" +
    "function typed(){return 1}export const y=typeof typed;" +
    "export function exported(){return 1}";
  strictEqual(withArrowFunctions(kept), kept);
});

Deno.test("arrow functions: a nested function's this or arguments is its own; an arrow's is not", () => {
  const code = "function outer(){return function(){return this}.call(5)}" +
    "function inner(){return(()=>arguments.length)()}" +
    "export const a=[outer(),inner(1,2)];";
  const written = withArrowFunctions(code);
  ok(written.startsWith("var outer=()=>function(){return this}.call(5);"), written);
  ok(written.includes("function inner(){"), written);
});

Deno.test("arrow functions: where a declaration was, the statement before still ends", async () => {
  const code = "export let a=1\nfunction f(){return 2}\n(f());export const b=f();";
  const written = withArrowFunctions(code);
  ok(written.includes("a=1\n;\n(f())"), written);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  const ended =
    "export let a=1;function f(){return 2}function g(){return 3}export const b=[f(),g()];";
  ok(withArrowFunctions(ended).includes("a=1;export const"), withArrowFunctions(ended));
});

Deno.test("arrow functions: the declarations follow a hashbang line", async () => {
  const code = "#!/usr/bin/env -S deno run\nexport const a=f();function f(){return 1}";
  const written = withArrowFunctions(code);
  ok(written.startsWith("#!/usr/bin/env -S deno run\nvar f=()=>1;"), written);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
});
