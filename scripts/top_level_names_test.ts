/**
 * withTopLevelNames: the module-level names change hands, the shortest to the bindings written
 * most, with the one-character names only inner bindings have; the module computes the same
 * values, and shorthand keys, exports by name, exported declarations, names bound inside too,
 * a global's name, members, keys and labels stay as written.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { shortestToMost, withTopLevelNames } from "./top_level_names.ts";
import { exportsOf } from "./module_exports.ts";

Deno.test("top-level names: the shortest name goes to the binding written most, and the values stay", async () => {
  const code = "var q=1,ab=function(){return ab.calls=(ab.calls??0)+1},cd={ab:2,q:3};" +
    "class ef{get ab(){return cd.ab+q}}" +
    "function gh(x){return[x,ab(),ab(),ab(),ab(),new ef().ab]}" +
    "var{q:ij,z:kl=4}=cd,[mn]=[gh(5)],o={f:ab,c:cd},calls=o.f.calls;" +
    "lb:for(;;){break lb}" +
    "export{calls,ij,kl,mn};export const run=gh(6);";
  const written = withTopLevelNames(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  ok(written.length < code.length, written);
  // `ab`, written most, takes `q`, and `cd` `o`; `q` and `o`, written less, take theirs.
  ok(written.startsWith("var ab=1,q=function(){return q.calls=(q.calls??0)+1},o={"), written);
  ok(written.includes("q(),q(),q(),q()") && written.includes("cd={f:q,c:o}"), written);
  // Members, keys, labels and the names exported by their declaration stay.
  ok(written.includes("o={ab:2,q:3}") && written.includes("get ab(){return o.ab+ab}"), written);
  ok(written.includes("lb:for(;;){break lb}"), written);
  ok(written.endsWith("export{calls,ij,kl,mn};export const run=x(6);"), written);
  // Run again, it gives each the name it has.
  strictEqual(withTopLevelNames(written), written);
});

Deno.test("top-level names: a shorthand key, an export by its name, an exported declaration and a name bound inside too stay", async () => {
  const code = "var a=1,bc={de:2,a:9},{de=3}=bc;function f(a){return a+a+a+a}" +
    "var g=()=>de+de+de+de+de;export const h=de+de;export function k(){return de}" +
    "var l=[f(1),g(),k()];export{a,de,l};";
  const written = withTopLevelNames(code);
  const { k: wasK, ...was } = await exportsOf(code);
  const { k: isK, ...is } = await exportsOf(written);
  deepStrictEqual(is, was);
  strictEqual((isK as () => number)(), (wasK as () => number)());
  strictEqual(
    written,
    "var a=1,g={de:2,a:9},{de=3}=g;function f(a){return a+a+a+a}" +
      "var bc=()=>de+de+de+de+de;export const h=de+de;export function k(){return de}" +
      "var l=[f(1),bc(),k()];export{a,de,l};",
  );
  strictEqual(withTopLevelNames(written), written);
});

Deno.test("top-level names: each keeps its name where it has the length it gets", () => {
  const counts = new Map([["ab", 1], ["c", 2], ["de", 9], ["f", 5], ["gh", 3]]);
  // `de` and `f` get one character: `f` keeps its own, `de` takes `c`'s, and `c` `de`'s.
  deepStrictEqual(
    Object.fromEntries(shortestToMost(counts)),
    { ab: "ab", c: "de", de: "c", f: "f", gh: "gh" },
  );
  const mapped = shortestToMost(counts);
  deepStrictEqual(new Set(mapped.values()), new Set(counts.keys()), "the same names");
});

Deno.test("top-level names: a name of one character only inner bindings have goes to a module-level binding written more", async () => {
  // `J`, a parameter written twice, and `K`, a parameter that is also a global read: `J` is given
  // to `cd`, and its parameter takes a name no word of the code holds; `K` stays.
  const code = "globalThis.K=7;var ab=[1],cd=[2],ef=[3],hi=4;" +
    "function g(J){return J+1}function kk(K){return K*2}" +
    "var mm=[ab[0],ab[0],ab[0],ab[0],cd[0],cd[0],cd[0],ef[0],ef[0],ef[0],hi,g(5),kk(K)];" +
    "export{mm as m};";
  const written = withTopLevelNames(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  strictEqual(
    written,
    "globalThis.K=7;var g=[1],J=[2],ef=[3],hi=4;" +
      "function ab(aa){return aa+1}function kk(K){return K*2}" +
      "var mm=[g[0],g[0],g[0],g[0],J[0],J[0],J[0],ef[0],ef[0],ef[0],hi,ab(5),kk(K)];" +
      "export{mm as m};",
  );
  strictEqual(withTopLevelNames(written), written);
});
