/**
 * withRegexTemplates: the regular expressions a module builds at its top level (literals, and
 * `RegExp` of a String.raw template) become templates tagged with a builder of their flags, whose
 * text the fragments pass then cuts; the module builds the same expressions. A literal inside a
 * function, a short one, one whose pattern raw text cannot write, one of a set of flags too rare
 * to pay for its builder, and every one where `RegExp` or `String` may be another's stay.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import { builderOf, withRegexTemplates } from "./regex_templates.ts";
import { withHoistedFragments } from "./hoisted_fragments.ts";
import { exportsOf } from "./module_exports.ts";

/** Five patterns of 16 bytes or more, each with `flags`. */
const five = (flags: string) =>
  [
    String.raw`/\d{2}[A-Za-z0-9_]{32}/`,
    String.raw`/(?:key|token)=[^\s]{8,}/`,
    String.raw`/[/]\/(?<x>[a-f]{4})\k<x>/`,
    String.raw`/\p{L}+ [\u00e9\x41]{1,3}$/`,
    String.raw`/^(?:a|b|c|d|e|f|g)\b\S\n/`,
  ].map((literal) => literal + flags);

/** What the regular expressions of `names` are, as sources and flags. */
const described = (names: string) =>
  `export const v=[${names}].map((r)=>[r instanceof RegExp,r.source,r.flags,r.test("k1")]);`;

Deno.test("regex templates: literals a module builds once become templates of a builder per set of flags, and build the same", async () => {
  const literals = [...five("i"), ...five(""), ...five("gu")];
  const code = `const a=[${literals.join(",")}];var q=1;const b=q in/[a-z]{16}[0-9]{16}/g;` +
    described("...a,/x/i");
  const written = withRegexTemplates(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  ok(
    written.startsWith(
      `var ${builderOf("aa", "i")},${builderOf("ab", "")},${builderOf("ac", "gu")};`,
    ),
    written,
  );
  ok(written.includes(String.raw`aa` + "`" + String.raw`\d{2}[A-Za-z0-9_]{32}` + "`"), written);
  ok(written.includes(String.raw`ab` + "`" + String.raw`[/]\/(?<x>[a-f]{4})\k<x>` + "`"), written);
  // Short, or of a set of flags too rare (`g` once), it stays as written.
  ok(written.includes("/x/i") && written.includes(" in/[a-z]{16}[0-9]{16}/g"), written);
  // Its parts are cut by the fragments pass, as a String.raw template's.
  const cut = withHoistedFragments(written);
  ok(cut.length < written.length, cut);
  deepStrictEqual(await exportsOf(cut), await exportsOf(code));
});

Deno.test("regex templates: RegExp of a String.raw template and of flags written as a string becomes a builder's template", async () => {
  const template = (i: number) => "String.raw`(?:${w})\\b[A-Za-z]{" + i + "}`";
  const built = [1, 2, 3, 4, 5].map((i) =>
    i % 2 === 0 ? `new RegExp(${template(i)},"dg")` : `RegExp(${template(i)},"dg")`
  );
  const code = `var w="key|token";const a=[${built.join(",")}];` + described("...a");
  const written = withRegexTemplates(code);
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
  strictEqual(written.match(/RegExp\(/g)?.length, 1, written);
  ok(written.includes("aa`(?:${w})\\b[A-Za-z]{2}`"), written);
  // Flags that may be other than a string written, or a pattern of another tag, stay.
  for (
    const kept of [
      'var f="g";' + [1, 2, 3, 4, 5].map((i) => `RegExp(${template(i)},f)`).join(","),
      "var t=(s)=>s[0];" + [1, 2, 3, 4, 5].map((i) => `RegExp(t\`\\d{${i}}[A-Za-z0-9_]{32}\`)`)
        .join(","),
    ]
  ) {
    const kept_ = `var w="";${kept};`;
    strictEqual(withRegexTemplates(kept_), kept_);
  }
});

Deno.test("regex templates: a literal inside a function or class, or whose pattern holds a backtick or `${`, stays", () => {
  const inside = [
    `function f(){return[${five("i").join(",")}]}`,
    `const f=()=>[${five("i").join(",")}];`,
    `class C{a=[${five("i").join(",")}];m(){return[${five("i").join(",")}]}static{[${
      five("i").join(",")
    }]}}`,
    `const a=[${five("i").map((literal) => literal.replace(/^\//, "/`")).join(",")}];`,
    `const a=[${five("i").map((literal) => literal.replace(/^\//, "/${")).join(",")}];`,
  ];
  for (const code of inside) strictEqual(withRegexTemplates(code), code, code);
});

Deno.test("regex templates: where RegExp or String is bound or assigned in the module, nothing is rewritten", () => {
  const literals = `const a=[${five("i").join(",")}];`;
  ok(withRegexTemplates(literals) !== literals);
  for (
    const other of [
      "function z(RegExp){}",
      "var String={raw:(s)=>s.raw.join('')};",
      "RegExp=class{};",
      "const z=class String{};",
    ]
  ) {
    const code = literals + other;
    strictEqual(withRegexTemplates(code), code, other);
  }
});

Deno.test("regex templates: a template written after a word is set apart from it", async () => {
  const code = `export const v=[${five("").map((literal) => `"ab" in${literal}`).join(",")}];`;
  const written = withRegexTemplates(code);
  ok(written.includes('"ab" in aa`'), written);
  // `in` against a regular expression's own properties: the same answers.
  deepStrictEqual(await exportsOf(written), await exportsOf(code));
});
