/**
 * withTypeTests: a `typeof` test written often becomes a call of a function declared first that
 * makes it, negated where the test was `!=`; the module computes the same values, and a test of a
 * name the module may leave unbound, or a rare one, stays.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { pathToFileURL as toFileUrl } from "@node/url";
import { withTypeTests } from "./type_tests.ts";

/** The default export of a module file holding `code`. */
async function valueOf(code: string): Promise<unknown> {
  const file = await Deno.makeTempFile({ prefix: "safe-debug-type-tests-", suffix: ".js" });
  try {
    await Deno.writeTextFile(file, code);
    return (await import(toFileUrl(file).href)).default;
  } finally {
    await Deno.remove(file);
  }
}

Deno.test("type tests: a typeof test written often is a call, negated for != and !==", async () => {
  const code = 'const v=[1,"a",null,{},()=>1,2n];let k=0;const next=()=>v[k++%v.length];' +
    'function f(e){return[typeof e=="string",typeof e!="string","string"===typeof e,' +
    'typeof e!=="string",typeof(e,k)=="string",typeof next()=="string"?1:2,' +
    'typeof typeof e=="string",g(e)]}function g(e){return"string"==typeof e}' +
    "export default v.flatMap(f);";
  const written = withTypeTests(code);
  ok(/^var \w+=e=>typeof e=="string";/.test(written), written);
  strictEqual(written.match(/typeof/g)?.length, 2, written);
  ok(/!\w+\(e\)/.test(written) && /\w+\(\(e,k\)\)/.test(written), written);
  deepStrictEqual(await valueOf(written), await valueOf(code));
  ok(written.length < code.length);
});

Deno.test("type tests: a name bound by a parameter, a block, a for or a catch is passed", async () => {
  const code = 'let a=1;export default[typeof a=="string",typeof a=="string",((b)=>typeof b==' +
    '"string")(2),(()=>{{let c="";return typeof c=="string"}})(),' +
    '(()=>{for(let d of[""])return typeof d=="string"})(),' +
    '(()=>{try{throw""}catch(g){return typeof g=="string"}})(),' +
    '(function h(){return typeof h=="string"})()];';
  const written = withTypeTests(code);
  strictEqual(written.match(/typeof/g)?.length, 1, written);
  deepStrictEqual(await valueOf(written), await valueOf(code));
});

Deno.test("type tests: an unbound name, one bound elsewhere, a rare test and others stay", () => {
  const kept = 'export const u=[typeof Undeclared=="string",typeof Undeclared=="string",' +
    'typeof Undeclared=="string",typeof Undeclared=="string"];' +
    'function f(){if(1){var x=""}return typeof x=="string"}' +
    'function g(y){return[typeof y=="number"]}' +
    'export const w=[f,g,typeof 1<"s",typeof 2=="s"+"",typeof 3==String,typeof 4=="s"];';
  strictEqual(withTypeTests(kept), kept);
});
