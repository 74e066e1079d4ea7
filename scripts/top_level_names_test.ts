/**
 * withTopLevelNames: the module-level names change hands, the shortest to the bindings written
 * most; the module computes the same values, shorthand keys and exports keep their names, and
 * exported declarations, names bound inside too, members, keys and labels stay as written.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { shortestToMost, withTopLevelNames } from "./top_level_names.ts";
import { exportsOf } from "./module_exports.ts";

Deno.test("top-level names: the shortest name goes to the binding written most, and the values stay", async () => {
  const code = "var q=1,ab=function(){return ab.calls=(ab.calls??0)+1},cd={ab:2,q:3};" +
    "class ef{get ab(){return cd.ab+q}}" +
    "function gh(x){return[x,ab(),ab(),ab(),ab(),new ef().ab]}" +
    "var{q:ij,z:kl=4}=cd,[mn]=[gh(5)],o={ab,cd},calls=o.ab.calls;" +
    "lb:for(;;){break lb}" +
    "export{calls,ij,kl,mn};export const run=gh(6);";
  const written = withTopLevelNames(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  ok(written.length < code.length, written);
  // `ab`, written most, takes `q`; `q`, written once, takes a name of two characters.
  ok(written.includes("q=function(){return q.calls=(q.calls??0)+1}"), written);
  ok(written.includes("q(),q(),q(),q()"), written);
  ok(written.startsWith("var ab=1,q=function"), written);
  // Members, keys, labels and exported names stay; a shorthand key keeps its key.
  ok(written.includes("{ab:2,q:3}") && written.includes("get ab(){"), written);
  ok(written.includes(".ab+") && written.includes("lb:for(;;){break lb}"), written);
  ok(written.includes("{ab:q,"), written);
  ok(written.includes("export const run=gh(6)") && written.includes("cd={ab:q,cd:o}"), written);
  // Run again, it gives each the name it has.
  strictEqual(withTopLevelNames(written), written);
});

Deno.test("top-level names: a shorthand pattern, an export by its name, an exported declaration and a name bound inside too", async () => {
  const code = "var a=1,bc={de:2,a:9},{de=3}=bc;function f(a){return a+a+a+a}" +
    "var g=()=>de+de+de+de+de;export const h=de+de;export function k(){return de}" +
    "var l=[f(1),g(),k()];export{a,de,l};";
  const written = withTopLevelNames(code);
  const { k: wasK, ...was } = await exportsOf(code);
  const { k: isK, ...is } = await exportsOf(written);
  deepStrictEqual(is, was);
  strictEqual((isK as () => number)(), (wasK as () => number)());
  // `de`, written most, takes `g`; the pattern keeps its key, the export its name.
  ok(written.includes("{de:g=3}=l") && written.includes("var bc=()=>g+g+g+g+g"), written);
  ok(written.endsWith("export{a,g as de,de as l};"), written);
  // `a` is a parameter too, `h` and `k` are exported by their declarations: they stay.
  ok(written.includes("function f(a){return a+a+a+a}") && written.includes("var a=1,"), written);
  ok(written.includes("export const h=g+g;export function k(){return g}"), written);
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
