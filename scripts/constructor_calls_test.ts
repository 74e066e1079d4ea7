/**
 * withConstructorCalls: a built-in collection's or typed array's `new`, written often, becomes a
 * call of a function declared first that constructs it with as many arguments; the module computes
 * the same values, and a constructor the module binds or assigns, a spread, or an error stays.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { pathToFileURL as toFileUrl } from "@node/url";
import { withConstructorCalls } from "./constructor_calls.ts";

/** The default export of a module file holding `code`. */
async function valueOf(code: string): Promise<unknown> {
  const file = await Deno.makeTempFile({ prefix: "safe-debug-constructors-", suffix: ".js" });
  try {
    await Deno.writeTextFile(file, code);
    return (await import(toFileUrl(file).href)).default;
  } finally {
    await Deno.remove(file);
  }
}

Deno.test("constructor calls: a new written often is a call of one function per count of arguments", async () => {
  const code = "var a=new Set,b=new Set([1]),c=new Set([2,2]),d=new Set(),e=new Set([3])," +
    "f=new Int32Array(4),g=new Int32Array(new Int32Array([5,6])),h=new Int32Array(2)," +
    "i=new Int32Array(new ArrayBuffer(8),4,1),j=new Map([[1,new Set([7])]]);" +
    "export default[a,b,c,d,e,f,g,h,i.length,j.get(1),[...b,...c,...e],new Set(a).size];";
  const written = withConstructorCalls(code);
  ok(/^var \w+=e=>new Set\(e\),\w+=e=>new Int32Array\(e\)/.test(written), written);
  ok(!written.includes("new Set(["), written);
  ok(written.includes("new ArrayBuffer(8),4,1)"), written);
  deepStrictEqual(await valueOf(written), await valueOf(code));
  ok(written.length < code.length);
});

Deno.test("constructor calls: a bound or assigned constructor, a spread, an error and a rare new stay", () => {
  const kept = "export function f(Map){return[new Map(1),new Map(2),new Map(3),new Map(4)]}" +
    "Set=class{};export const s=[new Set(1),new Set(2),new Set(3),new Set(4)];" +
    "const x=[[1]];export const w=[new WeakMap(...x),new WeakMap(...x),new WeakMap(...x)," +
    "new WeakMap(...x)];" +
    "export const e=[new Error(1),new Error(2),new Error(3),new Error(4)];" +
    "export const u=new Uint8Array(2);";
  strictEqual(withConstructorCalls(kept), kept);
});
