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
    "async function sum(e,t){return await Promise.resolve(e+t)}" +
    "function bare(){return}" +
    "export const a=[sq(4),obj(1,2),member(5),both(6),fact(5),none(),withDefault()," +
    "withDefault(1,{f:1}),bare()],b=later(7),c=sum(2,3);";
  const written = withArrowFunctions(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  ok(written.startsWith("var sq=e=>e*e,obj=(e,t)=>({e,t}),member=e=>({a:e,b:2}.a),"), written);
  ok(written.includes("both=e=>(e++,e)"), written);
  ok(written.includes("none=()=>{}"), written);
  ok(written.includes("withDefault=(e=2,{f:t}={f:3},n=e+t)=>n"), written);
  ok(written.includes("later=async e=>await Promise.resolve(sq(e))"), written);
  ok(written.includes("sum=async(e,t)=>await Promise.resolve(e+t)"), written);
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

Deno.test("arrow functions: a member, a key, a method, a field, a label or an export's outer name is no read of the function", async () => {
  const code = "function a(e){return e+1}function b(){return 2}function c(){return 3}" +
    "function d(){return 4}function m(){return 5}function t(){return 6}function x(){return 7}" +
    "function meta(){return 8}function s(){return 9}" +
    "const o={a:1,b(){return 0}};class K{c(){return 0}d=1;static t=2}const y=1;export{y as x};" +
    "m:for(let i=0;i<3;i++){s:for(;;){if(i<1)continue m;break s}break m}" +
    "export const v=[a(o.a),o.b(),b(),c(),new K().c(),d(),new K().d,m(),t(),K.t,x(),meta()," +
    "typeof import.meta,s()];";
  const written = withArrowFunctions(code);
  ok(
    written.startsWith(
      "var a=e=>e+1,b=()=>2,c=()=>3,d=()=>4,m=()=>5,t=()=>6,x=()=>7,meta=()=>8,s=()=>9;",
    ),
    written,
  );
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  // Read as a value: a shorthand property, a computed key or member, an export of its own name.
  const kept = "function f(){return 1}export const p={f};" +
    "function g(){return 2}export const q={[g]:1};" +
    "function h(){return 3}export const r={}[h];" +
    "function k(){return 4}export class C{[k](){return 0}};" +
    "function l(){return 5}export{l};";
  strictEqual(withArrowFunctions(kept), kept);
});

Deno.test("arrow functions: one parameter is written bare only when it is a name; a statement's value first is no directive", async () => {
  const code = "function one(e=1){return e}function rest(...e){return e.length}" +
    "function pattern({e}){return e}function name(e){return-e}" +
    "function first(e){e.n++;return e.n}" +
    "export const a=[one(),one(2),rest(1,2,3),pattern({e:4}),name(5),first({n:6})];";
  const written = withArrowFunctions(code);
  ok(
    written.startsWith(
      "var one=(e=1)=>e,rest=(...e)=>e.length,pattern=({e})=>e,name=e=>-e,first=e=>{e.n++;return e.n};",
    ),
    written,
  );
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
});

Deno.test("arrow functions: a this in a nested declaration is its own; new.target, eval, a this as a default, a class's field or static block keep a function", async () => {
  const code = "function outer(){function g(){return this}return g.call(5)}" +
    "export const a=outer();";
  const written = withArrowFunctions(code);
  ok(written.startsWith("var outer=()=>{function g(){return this}return g.call(5)};"), written);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  const kept = "function nt(){return new.target===undefined}export const n=nt();" +
    'function ev(){return eval("1")}export const e=ev();' +
    "function dt(e=this){return e}export const d=dt();" +
    "function field(){return class{x=1}}export const f=field();" +
    "function block(){return class{static{}}}export const b=block();";
  strictEqual(withArrowFunctions(kept), kept);
});

Deno.test("arrow functions: after a class or a function declaration kept, no `;` where a declaration was", () => {
  const code = "class A{}function f(){return 1}function k(){return this}function g(){return 2}" +
    "export const b=[new A(),f(),k.call(3),g()];";
  const written = withArrowFunctions(code);
  strictEqual(
    written,
    "var f=()=>1,g=()=>2;class A{}function k(){return this}export const b=[new A(),f(),k.call(3),g()];",
  );
});

Deno.test("arrow functions: a function passed to a call, or constructed with no this of its own, stays", () => {
  const kept = "function arg(){return 1}export const v=[0].map(arg);" +
    "function made(){return{m:1}}export const n=new made();";
  strictEqual(withArrowFunctions(kept), kept);
});

Deno.test("arrow functions: a declaration that was the module's first statement leaves nothing behind", () => {
  strictEqual(
    withArrowFunctions("function f(){return 1}export const a=f();"),
    "var f=()=>1;export const a=f();",
  );
});

Deno.test("arrow functions: declarations one after another where the statement before did not end: one `;`", async () => {
  const code =
    "export let a=1\nfunction f(){return 2}function g(){return 3}\n(f());export const b=g();";
  const written = withArrowFunctions(code);
  strictEqual(written, "var f=()=>2,g=()=>3;export let a=1\n;\n(f());export const b=g();");
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
});

Deno.test("arrow functions: a body of one `let` and a `return` becomes more parameters and the value returned, where no call passes more arguments", async () => {
  const code = "function twice(e){let t=e*2,n=t+1;return n*t}" +
    "function parts(e){let{a:t,b:n}=e,[r]=e.c;return t+n+r}" +
    "function seq(e,t=1){let n=(e++,e+t);return{n}}" +
    "function late(e){let t=()=>n,n=e;return t()}" +
    "function none(){let e=[];return e.push(1),e}" +
    "export const a=[twice(3),parts({a:1,b:2,c:[3]}),seq(4),seq(4,2),late(5),none()];";
  const written = withArrowFunctions(code);
  ok(
    written.startsWith(
      "var twice=(e,t=e*2,n=t+1)=>n*t,parts=(e,{a:t,b:n}=e,[r]=e.c)=>t+n+r," +
        "seq=(e,t=1,n=(e++,e+t))=>({n}),late=(e,t=()=>n,n=e)=>t(),none=(e=[])=>(e.push(1),e);",
    ),
    written,
  );
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
});

Deno.test("arrow functions: a `let` stays in the body where a call passes more arguments, spreads them, or the function is async or has a rest parameter", async () => {
  const code = "function more(e){let t=e+1;return t}" +
    "function spread(e){let t=e+1;return t}" +
    "async function later(e){let t=await e;return t}" +
    "function rest(...e){let t=e.length;return t}" +
    "export const a=[more(1,9),spread(...[1,9]),await later(2),rest(3)];";
  const written = withArrowFunctions(code);
  ok(
    written.startsWith(
      "var more=e=>{let t=e+1;return t},spread=e=>{let t=e+1;return t}," +
        "later=async e=>{let t=await e;return t},rest=(...e)=>{let t=e.length;return t};",
    ),
    written,
  );
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
});

Deno.test("arrow functions: a body's first `let` becomes parameters before the rest of the body, a variable without a value as one without a default", async () => {
  const code = "function sum(e){let t=0,n;for(let r of e)t+=r;return n??t}" +
    "function swap(e){let[t,n]=e;e[0]=n;e[1]=t}" +
    "function only(e){let t=e.push(1)}" +
    "function bare(e){let t;return t??e}" +
    "const v=[1,2];export const a=[sum([1,2,3]),swap(v),v,only(v),v,bare(4)];";
  const written = withArrowFunctions(code);
  ok(
    written.startsWith(
      "var sum=(e,t=0,n)=>{for(let r of e)t+=r;return n??t},swap=(e,[t,n]=e)=>{e[0]=n;e[1]=t}," +
        "only=(e,t=e.push(1))=>{},bare=(e,t)=>t??e;",
    ),
    written,
  );
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
});

Deno.test("arrow functions: a `let` whose value reads a name the rest of the body declares, or whose name a parameter reads, stays", async () => {
  const code = "function later(e){let t=()=>n;let n=e;return t()}" +
    "function hoisted(e){let t=g(e);function g(n){return n+1}return t}" +
    "function shadow(e){let t=()=>e;var e;e=2;return t()}" +
    "const n=5;function outer(e=()=>n){let n=1;return e()+n}" +
    "export const a=[later(1),hoisted(2),shadow(3),outer()];";
  const written = withArrowFunctions(code);
  ok(
    written.startsWith(
      "var later=e=>{let t=()=>n;let n=e;return t()}," +
        "hoisted=e=>{let t=g(e);function g(n){return n+1}return t}," +
        "shadow=e=>{let t=()=>e;var e;e=2;return t()},outer=(e=()=>n)=>{let n=1;return e()+n};",
    ),
    written,
  );
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
});
