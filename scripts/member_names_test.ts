/**
 * withMemberNames: a member name read or written often enough is held once by a name declared
 * before any other statement, and each `x.name` becomes `x[ab]`; the module computes the same
 * values, whatever the access (call with its this, tag, assignment, delete, ++, destructuring,
 * optional chain), and private members, computed members and object keys stay.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { withMemberNames } from "./member_names.ts";
import { exportsOf } from "./module_exports.ts";

Deno.test("member names: a name read often is held once, declared first, and the values stay", async () => {
  const code = "class C{#secret=3;constructor(){this.counter=0}get peek(){return this.#secret+" +
    "this.counter}bump(){return++this.counter}}" +
    "class D extends C{bump(){return super.bump()+this.counter}}" +
    "const s='abcdef',o={counter:1,tag(t,...v){return this.counter+t.raw.join('|')+v}};" +
    "const d=new D;d.bump();d.bump();const n=null;" +
    "export const a=[s.slice(1).slice(2),s.slice(-1),[1,2,3].slice(1).slice(0,1),s.slice(2,4)," +
    "o.counter++,o.counter,o.tag`x${1}y`,(o.counter=7,o.counter),n?.counter,o?.counter," +
    "d.counter,d.peek,d.bump()];" +
    "const p={counter:4,drop:1};delete p.drop;[p.counter,p.slice]=[9,'s'];" +
    "for(p.last of[1,2]);export const b=[p.counter,p.slice,p.last,'drop'in p,'counter'];";
  const written = withMemberNames(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  const declared = written.slice(0, written.indexOf(";") + 1);
  ok(/^var \w+="\w+"(?:,\w+="\w+")*;$/.test(declared), written);
  for (const member of ["counter", "slice"]) {
    const name = declared.match(new RegExp(`(\\w+)="${member}"`))?.[1];
    ok(name !== undefined, `${member} held once: ${written}`);
    const rest = written.slice(declared.length);
    ok(!rest.includes(`.${member}`), `${member} read through ${name}: ${written}`);
    ok(rest.includes(`[${name}]`), written);
  }
  ok(/\?\.\[\w+\]/.test(written), `an optional member read through its name: ${written}`);
  // The string written as a value elsewhere is read through the name too.
  ok(!written.slice(declared.length).includes("'counter'"), written);
  // Private members and object keys stay as written.
  ok(written.includes("this.#secret") && written.includes("{counter:1,"), written);
  ok(written.length < code.length);
  // Run again, it finds nothing more.
  strictEqual(withMemberNames(written), written);
});

Deno.test("member names: a string the module declares first, once and never assigned, is read where it is", async () => {
  const code = 'var ab="length",ac="x";' +
    "export const a=[[1].length,'ab'.length,[].length,'abc'.length,[ab,ac]];";
  const written = withMemberNames(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  strictEqual(
    written,
    'var ab="length",ac="x";export const a=[[1][ab],\'ab\'[ab],[][ab],' +
      "'abc'[ab],[ab,ac]];",
  );
  // A member no longer than its name read in brackets stays as written (`.abc` is `[ab]`'s length).
  const same = 'var ab="abc";export const a=[ab,{abc:1}.abc,{abc:2}.abc];';
  strictEqual(withMemberNames(same), same);
  // Assigned somewhere, or declared twice: it may not hold the name when read, and is not read.
  for (
    const other of [
      'var ab="length";ab="size";export const a=[[1].length];',
      'var ab="length";function f(ab){return[1].length}export const a=f();',
    ]
  ) {
    const rewritten = withMemberNames(other);
    ok(!rewritten.includes("[ab]"), rewritten);
    deepStrictEqual(await exportsOf(rewritten), await exportsOf(other));
  }
});

Deno.test("member names: a member read too seldom, a computed or private member and object keys stay", () => {
  for (
    const kept of [
      "export const a=[[1].length,[2].length];",
      "export const a=[1].map(e=>e.x);",
      "const o={length:1,size:2};export const a=[o['length'],o['length'],o['length'],o['length']];",
      // read often enough to pay for a name, were it a member with a string
      `class C{#size=1;get s(){return ${Array(16).fill("this.#size").join("+")}}}` +
      "export const a=new C().s;",
    ]
  ) {
    strictEqual(withMemberNames(kept), kept);
  }
});
