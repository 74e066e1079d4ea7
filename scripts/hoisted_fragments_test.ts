/**
 * withHoistedFragments: a run of characters that repeats inside different strings is declared
 * once and inserted where it was, in strings, templates and templates tagged with `String.raw`
 * (as raw text); the module computes the same values, and the strings compared, switched on,
 * passed to methods, used as keys or member names, other tagged templates and directives stay as
 * they were.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { pathToFileURL as toFileUrl } from "@node/url";
import { templateText, withFragmentsShown, withHoistedFragments } from "./hoisted_fragments.ts";

/** The exports of a module file holding `code` (a function as the word "function"). */
async function exportsOf(code: string): Promise<Record<string, unknown>> {
  const file = await Deno.makeTempFile({ prefix: "safe-debug-fragments-", suffix: ".js" });
  try {
    await Deno.writeTextFile(file, code);
    const exports = Object.entries(await import(toFileUrl(file).href));
    return Object.fromEntries(
      exports.map(([name, value]) => [name, typeof value === "function" ? "function" : value]),
    );
  } finally {
    await Deno.remove(file);
  }
}

const RUN = "[A-Za-z0-9_";

Deno.test("hoisted fragments: a run repeated inside strings is declared once, and the values stay", async () => {
  const code = `export const a=["${RUN}]{32}","x${RUN}.-]{8,64}",'${RUN}+/]{40}=',` +
    `\`(?:${"${"}String(1)})${RUN}-]{20}\`,"${RUN}",\`${RUN}\`];` +
    `export function f(n){return"${RUN}]{"+n+"}"}export const b=f(3);`;
  const written = withHoistedFragments(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  ok(written.startsWith(`var aa=${JSON.stringify(RUN)};`), written);
  strictEqual(written.split(RUN).length - 1, 1, written);
  ok(written.includes("`${aa}]{32}`"), written);
  ok(written.includes("`(?:${String(1)})${aa}-]{20}`"), "a template's text between its insertions");
  ok(written.includes(",aa,"), "a string that is the run whole becomes its name");
  ok(written.length < code.length);
});

Deno.test("hoisted fragments: strings compared, switched on, passed to a method, keys or tagged stay as written", () => {
  const kept = `export function g(x,o){switch(x){case"${RUN}1":return 1;case"${RUN}2":return 2}` +
    `if(x==="${RUN}3"||x!="${RUN}4"||"${RUN}5"in o)return 3;return x.indexOf("${RUN}6")+` +
    `o["${RUN}7"]+h\`${RUN}8\`+h\`${RUN}8\`+{"${RUN}9":1}}function h(s){return s.raw[0]}`;
  strictEqual(withHoistedFragments(kept), kept);
  const directive = `function h(){"use strict";"use strict";"use strict";return 1}export{h};`;
  strictEqual(withHoistedFragments(directive), directive);
});

Deno.test("hoisted fragments: escapes, quotes, backticks, `${` and surrogate pairs keep their values", async () => {
  const values = [
    `${RUN}\`\${x}\\\\d"'\n\r\t\0`,
    `${RUN}\u{1F600}\u2028\ufeff$`,
    `${RUN}\ud800 ${RUN}\udc00`,
    `${RUN}\u00e9\u0440${RUN}`,
  ];
  const code = `export const a=${JSON.stringify(values)};`;
  const written = withHoistedFragments(code);
  ok(written.length < code.length, written);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  for (const value of values) {
    strictEqual(new Function(`return \`${templateText(value)}\``)(), value);
  }
});

Deno.test("hoisted fragments: a string after a line break stays a string (a template would be tagged)", async () => {
  const code = `export const f=(s)=>s;export let a=f\n"${RUN}]{32}";` +
    `export const b=["${RUN}]{8}","${RUN}]{9}","${RUN}]{10}"];`;
  const written = withHoistedFragments(code);
  ok(written.includes(`f\n"${RUN}]{32}"`), written);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
});

Deno.test("hoisted fragments: the declarations follow a hashbang line", async () => {
  const code =
    `#!/usr/bin/env -S deno run\nexport const a=["${RUN}]{1}","${RUN}]{2}","${RUN}]{3}"];`;
  const written = withHoistedFragments(code);
  ok(written.startsWith("#!/usr/bin/env -S deno run\nvar "), written);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
});

Deno.test("hoisted fragments: a string's text shows in the code with its parts inserted", () => {
  const code = `export const a=["Nothing was read or posted. Try again.",` +
    `"Nothing was read or posted. Ask an admin.","Nothing was read or posted. Post elsewhere."];`;
  const written = withHoistedFragments(code);
  ok(!written.includes("Nothing was read or posted. Ask"), written);
  ok(withFragmentsShown(written).includes('"Nothing was read or posted. Ask an admin."'));
});

Deno.test("hoisted fragments: a run repeated inside String.raw templates is inserted in their raw text, and the values stay", async () => {
  const code = "var r=String.raw;export const a=[r`\\d{2}" + RUN + "]{32}`,r`\\s" + RUN +
    "]{8}${String(1)}`,String.raw`(?:\\w" + RUN + ".-]{4})`,`" + RUN + "+/]`];";
  const written = withHoistedFragments(code);
  ok(written.length < code.length, written);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  ok(written.includes("r`\\d{2}${aa}]{32}`"), written);
  ok(written.includes("String.raw`(?:\\w${aa}.-]{4})`"), written);
  ok(withFragmentsShown(written).includes(JSON.stringify(`\\s${RUN}]{8}\${…}`)), "shown raw");
});

Deno.test("hoisted fragments: raw text is cut only after an even run of backslashes", async () => {
  // `d[A-Za-z0-9_…` repeats after a backslash each time: cut there, `\${aa}` would insert nothing.
  const run = "d" + RUN + "]{32}";
  const code = `export const a=[String.raw\`\\${run}\`,String.raw\`x\\${run}\`,` +
    `String.raw\`y\\${run}\`,String.raw\`\\\\${run}\`,String.raw\`z\\\\${run}\`];`;
  const written = withHoistedFragments(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  ok(written.length < code.length, written);
  ok(!/[^\\]\\(?:\\\\)*\$\{/.test(written), written);
});

Deno.test("hoisted fragments: a name that may not be String.raw where a template is tagged with it stays as written", () => {
  const templates = (tag: string) =>
    `[${tag}\`${RUN}]{1}\`,${tag}\`${RUN}]{2}\`,${tag}\`${RUN}]{3}\`,${tag}\`${RUN}]{4}\`]`;
  const kept = [
    // Shadowed by a parameter, reassigned, something else, or String itself declared.
    `var r=String.raw;export function f(r){return${templates("r")}}`,
    `var r=String.raw;r=(s)=>s;export const a=${templates("r")};`,
    `var r=String.fromCharCode;export const a=${templates("r")};`,
    `var String={raw:(s)=>s.raw.join("|")},r=String.raw;export const a=${templates("r")};`,
  ];
  for (const code of kept) strictEqual(withHoistedFragments(code), code);
});

Deno.test("hoisted fragments: `String.raw` itself is not taken for the global's where String is declared", async () => {
  const templates = `[String.raw\`${RUN}]{1}\`,String.raw\`${RUN}]{2}\`,String.raw\`${RUN}]{3}\`]`;
  for (
    const declared of [
      'var String={raw:(s,...v)=>s.raw.join(v.length?"|":"")};',
      'function f(String){return String.raw`${"[A-Za-z0-9_"}`}',
      'import String from"./s.js";',
    ]
  ) {
    const code = `${declared}export const a=${templates};`;
    strictEqual(withHoistedFragments(code), code, declared);
  }
  // The global's: cut, and the values stay.
  const global = `export const a=${templates};`;
  ok(withHoistedFragments(global) !== global);
  deepStrictEqual(await exportsOf(withHoistedFragments(global)), await exportsOf(global));
});

Deno.test("hoisted fragments: a name bound or assigned anywhere else, in any form, is not taken for String.raw", () => {
  const templates = (tag: string) =>
    `[${tag}\`${RUN}]{1}\`,${tag}\`${RUN}]{2}\`,${tag}\`${RUN}]{3}\`,${tag}\`${RUN}]{4}\`]`;
  const raw = `var r=String.raw,q;export const a=${templates("r")};`;
  ok(withHoistedFragments(raw).includes("r`${"), withHoistedFragments(raw));
  const elsewhere = [
    "function z({r}){}",
    "function z({...r}){}",
    "function z({k:[,r]}){}",
    "function z(...r){}",
    "function z(r=1){}",
    "function z(){let r}",
    "function z(){function r(){}}",
    "const z=function r(){};",
    "const z=(r)=>1;",
    "function z(){class r{}}",
    "const z=class r{};",
    "try{}catch(r){}",
    "[r]=[1];",
    "({r}=[1]);",
    "for(r in{});",
    "for(r of[]);",
    "r++;",
  ];
  for (const other of elsewhere) {
    const code = raw + other;
    strictEqual(withHoistedFragments(code), code, other);
  }
  // String itself bound by an import: no name is taken for String.raw.
  for (const form of ["import String from", "import{S as String}from", "import*as String from"]) {
    const code = `${form}"./s.js";${raw}`;
    strictEqual(withHoistedFragments(code), code, form);
  }
  // Not String.raw: a computed member, another object's raw, a name declared without it.
  const others = [
    `var raw="raw",r=String[raw];export const a=${templates("r")};`,
    `var raw="raw";export const a=${templates("String[raw]")};`,
    `var r=Strung.raw;export const a=${templates("r")};`,
    `var r=String.rat;export const a=${templates("r")};`,
    `var [r]=[String.raw];export const a=${templates("r")};`,
  ];
  for (const code of others) strictEqual(withHoistedFragments(code), code);
});

Deno.test("hoisted fragments: a tag that reads its template only as String.raw does has its raw text cut too, and the values stay", async () => {
  const templates = (tag: string) =>
    `[${tag}\`\\d${RUN}]{1}\`,${tag}\`${RUN}]{2}\`,${tag}\`\\s${RUN}]{3}\`,${tag}\`${RUN}]{4}\`]`;
  const asSources = (tag: string) => `${templates(tag)}.map((r)=>[r.source,r.flags])`;
  const builder = 'var b=(s,...v)=>RegExp(String.raw(s,...v),"i");';
  const code = `${builder}export const a=${asSources("b")};`;
  const written = withHoistedFragments(code);
  ok(written.includes("b`\\d${"), written);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  // It reads its strings otherwise (cooked, as an array, more than once), or another's values.
  const others = [
    'var b=(s,...v)=>RegExp(s.join(""),"i");',
    'var b=(s,...v)=>RegExp(String.raw(s,...v)+s.length,"i");',
    'var b=(s,...v)=>RegExp(String.raw(s,...v,1),"i");',
    'var b=(s,...v)=>RegExp(String.raw(s,v),"i");',
    'var b=(s,v)=>RegExp(String.raw(s,v),"i");',
    'var b=function(s,...v){return RegExp(String.raw(s,...v),"i")};',
    'var w=[],b=(s,...v)=>RegExp(String.raw(s,...w),"i");',
  ];
  for (const other of others) {
    const kept = `${other}export const a=${asSources("b")};`;
    strictEqual(withHoistedFragments(kept), kept, other);
  }
});

Deno.test("hoisted fragments: raw text is not cut after a backslash that starts it, nor after three", async () => {
  // `d[A-Za-z0-9_…` repeats after x, and after one backslash or three where it may not be cut.
  const run = "d" + RUN + "]{32}";
  for (const escape of ["\\", "\\\\\\"]) {
    const code = `export const a=[${
      [
        `${escape}${run}1`,
        `${escape}${run}2`,
        `${escape}${run}3`,
        `x${run}4`,
        `x${run}5`,
        `x${run}6`,
      ]
        .map((text) => `String.raw\`${text}\``).join(",")
    }];`;
    const written = withHoistedFragments(code);
    deepStrictEqual(await exportsOf(written), await exportsOf(code));
    ok(written.length < code.length, written);
    ok(!/[^\\]\\(?:\\\\)*\$\{/.test(written), written);
  }
});

Deno.test("hoisted fragments: shown are the templates that insert something, a String.raw one as raw text, another tag's cooked", () => {
  const code = 'var aa="xy",r=String.raw;export const a=[`\\t${aa}`,r`\\t${aa}`,h`\\t${aa}`,' +
    "h`\\x${aa}`,`plain\\n`,aa];function h(s){return s.raw[0]}";
  strictEqual(withFragmentsShown(code), `${code}\n"\\txy"\n"\\\\txy"\n"\\txy"`);
});

Deno.test("hoisted fragments: a string's text is cut after a backslash too, a String.raw template before it or not", async () => {
  // Only raw text keeps its backslashes as written: a string's `\\` is an escape of its own.
  const run = "d" + RUN + "]{32}";
  const code = `export const a=[String.raw\`a\`,${
    [`\\\\${run}1`, `\\\\${run}2`, `\\\\${run}3`, `x${run}4`, `x${run}5`, `x${run}6`]
      .map((text) => `"${text}"`).join(",")
  }];`;
  const written = withHoistedFragments(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  ok(written.startsWith(`var aa="${run}";`), written);
});

Deno.test("hoisted fragments: a part may end where the last string ends", async () => {
  const run = RUN + "]{32}";
  const code = `export const a=["a${run}","b${run}","c${run}"];`;
  const written = withHoistedFragments(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  strictEqual(written.split(run).length, 2, written);
});
