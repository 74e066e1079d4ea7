/**
 * withGlobalAliases: the built-in functions that read no `this`, read often enough, are each read
 * once into a name declared before any other statement, `void 0` is a name declared with no
 * value and `null` a name holding it, `!0` and `!1`, read often, names holding them; the module
 * computes the same values, and a global declared
 * or assigned anywhere, a member written, or a member not listed stays as it was.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { withGlobalAliases } from "./global_aliases.ts";
import { exportsOf } from "./module_exports.ts";

Deno.test("global aliases: built-ins read often are read once, declared first, and the values stay", async () => {
  const code = "export const early=[Math.max(1,5),String.raw`a\\d${1}`];" +
    "const f=e=>Math.max(e,Math.max(2,3))+Math.max(0,1);" +
    "export const a=[f(1),Math.max(4,Math.max(-1,9)),String.raw`\\s${2}`,String.raw`x\\n`," +
    "String.raw`\\b`,String.raw`\\w`],b=Object.defineProperty({},'k',{value:1}).k+" +
    "Object.defineProperty({},'k',{value:2}).k+Object.defineProperty({},'k',{value:3}).k;" +
    "export const c=String(7)+typeof String+[1]instanceof Array;";
  const written = withGlobalAliases(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  const declared = written.slice(0, written.indexOf(";") + 1);
  ok(/^var \w+=[\w.]+(?:,\w+=[\w.]+)*;$/.test(declared), written);
  // Read once, through the global's own name where that is read once too (`ae=String,ab=ae.raw`).
  for (
    const [global, member] of [["Math", "max"], ["String", "raw"], ["Object", "defineProperty"]]
  ) {
    const alias = declared.match(new RegExp(`(\\w+)=${global}[,;]`))?.[1] ?? global;
    ok(declared.includes(`=${alias}.${member}`), `${global}.${member} read once: ${written}`);
  }
  ok(
    !/Math\.max\(|String\.raw`|Object\.defineProperty\(/.test(written.slice(written.indexOf(";"))),
  );
  ok(written.length < code.length);
  // Run again, it finds nothing more.
  strictEqual(withGlobalAliases(written), written);
});

Deno.test("global aliases: void 0 becomes a name declared with no value, null a name holding it, and the values stay", async () => {
  const code = "export const a=[void 0,typeof void 0,void 0===void 0,[1].find(e=>e>1)===void 0];" +
    "function f(e=void 0){return e??void 0}export const b=f(),c=f(0),d=void 0;" +
    "const o={null:null,n:null};export const n=[null,typeof null,o.null===null,o.n==null," +
    "null??1,/null/.test('null'),JSON.stringify(o)];";
  const written = withGlobalAliases(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  ok(/^var (?:\w+,\w+=null|\w+=null,\w+);/.test(written), written);
  ok(!written.includes("void"), written);
  // Left: the key, the member, the pattern and the string.
  strictEqual(written.slice(written.indexOf(";")).match(/\bnull\b/g)?.length, 4, written);
  strictEqual(withGlobalAliases(written), written);
});

Deno.test("global aliases: !0 and !1 become names where read often enough, and the values stay", async () => {
  // 130 of each where a name saves a byte, and some after a word, where a blank parts them.
  const many = (text: string) => Array(130).fill(text).join(",");
  const code = `export const a=[${many("!0")}],b=[${many("!1")}],c=[!!0,!!1,!0===!1];` +
    "function f(e){if(e)return!0;return!1}export const d=[f(1),f(0),typeof!0];";
  const written = withGlobalAliases(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  const [, yes, no] = written.match(/^var (\w+)=!0,(\w+)=!1;/) ?? [];
  ok(yes !== undefined && no !== undefined, written);
  const after = written.slice(written.indexOf(";"));
  ok(!after.includes("!0") && !after.includes("!1"), written);
  ok(written.includes(`return ${yes};return ${no}}`) && written.includes(`typeof ${yes}`), written);
  ok(written.includes(`c=[!${yes},!${no},${yes}===${no}]`), written);
  strictEqual(withGlobalAliases(written), written);
  // Fewer than MIN_BOOLEAN_SAVINGS places where a name would save a byte: left as written.
  const few = `export const a=[${Array(127).fill("!0").join(",")}];` +
    `export function f(){return!0;return!0;return!0}`;
  strictEqual(withGlobalAliases(few), few);
});

Deno.test("global aliases: a global declared or assigned anywhere, a member written, a member that reads its this, or one read too seldom stays", () => {
  const kept = [
    // String declared in a function: its String.raw may not be the global's.
    "function g(String){return String.raw`a`}" +
    "export const a=[String.raw`b`,String.raw`c`,String.raw`d`,String.raw`e`,String.raw`f`];",
    // Math assigned somewhere.
    "export let x=[Math.max(1,2),Math.max(1,2),Math.max(1,2),Math.max(1,2),Math.max(1,2)];" +
    "export function h(){Math={};}",
    // Math.max written, assigned or destructured into.
    "Math.max=(a,b)=>a;" +
    "export const y=[Math.max(1,2),Math.max(1,2),Math.max(1,2),Math.max(1,2),Math.max(1,2)];",
    "[Math.max]=[(a,b)=>a];" +
    "export const y=[Math.max(1,2),Math.max(1,2),Math.max(1,2),Math.max(1,2),Math.max(1,2)];",
    "({m:Math.max}={m:(a,b)=>a});" +
    "export const y=[Math.max(1,2),Math.max(1,2),Math.max(1,2),Math.max(1,2),Math.max(1,2)];",
    // Read once: the declaration would cost more than it saves.
    "export const w=Math.max(1,2);",
    // Computed or optional reads.
    'export const v=[Math["max"](1,2),Math["max"](1,2),Math?.max(1,2),Math?.max(1,2)];',
  ];
  for (const code of kept) strictEqual(withGlobalAliases(code), code);
  // Array.from and Promise.all read their this: never read alone (Array and Promise may be).
  const members = "export const z=[Array.from('ab'),Array.from('ab'),Array.from('ab')," +
    "Array.from('ab'),Promise.all([]),Promise.all([]),Promise.all([]),Promise.all([])];";
  const written = withGlobalAliases(members);
  ok(!/=(?:Array\.from|Promise\.all)\b/.test(written), written);
  ok(/\w+\.from\('ab'\)/.test(written), written);
});

Deno.test("global aliases: a built-in constructor read often alone is read once, but where shadowed, a shorthand key or an export", async () => {
  const code = "export const a=[new Int32Array(2),new Int32Array([1,2]),Int32Array.from([3])," +
    "new Int32Array(1)instanceof Int32Array,typeof Int32Array,Int32Array.name];" +
    "const o={Int32Array};export const b=Object.keys(o);" +
    "function g(Uint8Array){return[Uint8Array,Uint8Array,Uint8Array,Uint8Array]}" +
    "export const c=g(1),d=[new Uint8Array(1),new Uint8Array(2),new Uint8Array(3)];" +
    "class E extends Error{}export const e=[new E('x')instanceof Error,new Error('y').message," +
    "new Error('z')instanceof Error];";
  const written = withGlobalAliases(code);
  const before = await exportsOf(code), after = await exportsOf(written);
  deepStrictEqual(after, before);
  ok(/^var .*\b\w+=Int32Array\b/.test(written), written);
  ok(/^var .*\b\w+=Error\b/.test(written), written);
  ok(!/=Uint8Array/.test(written), `Uint8Array is declared in g: ${written}`);
  ok(written.includes("{Int32Array}"), written);
  ok(written.length < code.length);
  strictEqual(withGlobalAliases(written), written);
});

Deno.test("global aliases: a name a constructor's spells that is no read of it stays, and so does every other literal", async () => {
  // Member names, keys (plain, computed or not), class members, labels and a shebang line: only
  // the reads of Int32Array are names for it; the numbers, strings and booleans beside null stay.
  const code = "#!/usr/bin/env -S deno run\n" +
    "const o={Int32Array:1,['Int32Array']:2,Map:null,m(){return 3}};class K{Int32Array=4;Map(){return null}}" +
    "Int32Array:for(const x of[1]){if(x)break Int32Array;else continue Int32Array}" +
    "export const a=[o.Int32Array,o.Map,new K().Int32Array,new K().Map(),new Int32Array([1]).length," +
    "new Int32Array([2,2]).length,new Int32Array().length,new Int32Array()instanceof Int32Array,Int32Array.name,o[Int32Array.name]]," +
    "b=[null,null,null,null,null,0,'',false,'null',1.5,null];";
  const written = withGlobalAliases(code);
  deepStrictEqual(await exportsOf(written.replace(/^#!.*\n/, "")), await exportsOf(code.slice(27)));
  ok(written.startsWith("#!/usr/bin/env -S deno run\nvar "), written);
  const alias = written.match(/^#!.*\nvar .*\b(\w+)=Int32Array\b/)?.[1];
  ok(alias !== undefined, written);
  for (
    const kept of [
      "{Int32Array:1",
      "['Int32Array']:2",
      "Map:",
      "class K{Int32Array=4;Map()",
      "Int32Array:for",
      "break Int32Array",
    ]
  ) {
    ok(written.includes(kept), `${kept} stays: ${written}`);
  }
  ok(written.includes("o.Int32Array") && written.includes("continue Int32Array"), written);
  ok(written.includes(",0,'',false,'null',1.5,"), written);
  strictEqual(withGlobalAliases(written), written);
});

Deno.test("global aliases: a member deleted, counted up or down, or assigned by a for loop stays as written", () => {
  const reads =
    "export const y=[Math.max(1,2),Math.max(1,2),Math.max(1,2),Math.max(1,2),Math.max(1,2)];";
  for (
    const write of [
      "delete Math.max;",
      "Math.max++;",
      "--Math.max;",
      "for(Math.max of[(a,b)=>a]);",
      "for(Math.max in{f:1});",
    ]
  ) {
    const code = `if(globalThis.never){${write}}${reads}`;
    strictEqual(withGlobalAliases(code), code, write);
  }
  // Read only (typeof, void, a call's argument): aliased.
  const read = `const t=[typeof Math.max,void Math.max];${reads}`;
  ok(withGlobalAliases(read).startsWith("var "), read);
});
