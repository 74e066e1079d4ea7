/**
 * withJoinedDeclarations: a function's later `let` statements become assignments, their variables
 * declared by its first `let`, or as parameters of a module-level arrow function only ever called;
 * the module computes the same values, and what could change one stays as written.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { pathToFileURL as toFileUrl } from "@node/url";
import { withJoinedDeclarations } from "./joined_declarations.ts";

/** The default export of a module file holding `code`. */
async function valueOf(code: string): Promise<unknown> {
  const file = await Deno.makeTempFile({ prefix: "safe-debug-joined-", suffix: ".js" });
  try {
    await Deno.writeTextFile(file, code);
    return (await import(toFileUrl(file).href)).default;
  } finally {
    await Deno.remove(file);
  }
}

Deno.test("joined declarations: later lets join the first one, or a called-only arrow's parameters", async () => {
  const code = "export function f(e){let t=0;for(const o of e)t+=o;let n=t*2,r,s=()=>n+1;" +
    "if(n>4)r=1;return[n,r,s()]}" +
    "var g=(e)=>{for(let o=0;o<2;o++)e++;let t=e*2;return t+1},h=e=>{e++;let t;return t};" +
    "export default[f([1,2]),f([5]),f.length,g(1),h(2)];";
  const written = withJoinedDeclarations(code);
  ok(written.includes("{let t=0,n,r,s;for(const o of e)t+=o;n=t*2,s=()=>n+1;"), written);
  ok(written.includes("g=(e,t)=>{for(let o=0;o<2;o++)e++;t=e*2;return t+1}"), written);
  ok(written.includes("h=(e,t)=>{e++;return t}"), written);
  deepStrictEqual(await valueOf(written), await valueOf(code));
  ok(written.length < code.length);
});

Deno.test("joined declarations: a loop's or a block's let, a pattern, a read before, a call passing more arguments stay", () => {
  const kept = "export function a(e){let t=0;for(;t<2;t++){let n=t;e+=n}return e}" +
    "export function b(e){let t=0;let[n]=e;return t+n}" +
    "export function c(e){let t=()=>n;let n=e;return t()}" +
    "var d=(e)=>{e++;let t;return t};export const x=d(1,2);" +
    "export function k(e){if(e){let t=1;return t}let t=2;return t}";
  strictEqual(withJoinedDeclarations(kept), kept);
});
