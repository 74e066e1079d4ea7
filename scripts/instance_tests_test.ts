/**
 * withInstanceTests: `instanceof` tests become calls of one function declared first that makes
 * them, where that pays; the module computes the same values in the same order, and throws alike.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { pathToFileURL as toFileUrl } from "@node/url";
import { withInstanceTests } from "./instance_tests.ts";

/** The default export of a module file holding `code`. */
async function valueOf(code: string): Promise<unknown> {
  const file = await Deno.makeTempFile({ prefix: "safe-debug-instance-tests-", suffix: ".js" });
  try {
    await Deno.writeTextFile(file, code);
    return (await import(toFileUrl(file).href)).default;
  } finally {
    await Deno.remove(file);
  }
}

Deno.test("instance tests: instanceof written often is a call, its operands computed in order", async () => {
  const code = "const seen=[];const at=(v,k)=>(seen.push(k),v);class A{}class B extends A{}" +
    "const Odd={[Symbol.hasInstance]:(v)=>v%2===1};const v=[new A,new B,1,2,[],null];" +
    "function f(e){return[e instanceof A,!(e instanceof B),at(e,1)instanceof at(Array,2)," +
    "(at(0,3),e)instanceof A,e instanceof Odd,(e instanceof A)instanceof Boolean]}" +
    "function g(e){return(e)instanceof A}let thrown;try{1 instanceof 2}catch(e){thrown=e.name}" +
    "export default[v.map(f),v.map(g),seen,thrown];";
  const written = withInstanceTests(code);
  ok(/^var \w+=\(e,t\)=>e instanceof t;/.test(written), written);
  strictEqual(written.match(/instanceof/g)?.length, 2, written);
  ok(/\w+\(\(at\(0,3\),e\),A\)/.test(written) && /return \w+\(e,A\)/.test(written), written);
  deepStrictEqual(await valueOf(written), await valueOf(code));
  ok(written.length < code.length);
});

Deno.test("instance tests: a test written too rarely to pay stays", () => {
  const kept = "class A{}export const a=[1 instanceof A];";
  strictEqual(withInstanceTests(kept), kept);
});
