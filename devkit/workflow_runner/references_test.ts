import { deepStrictEqual, strictEqual, throws } from "@node/assert";
import { resolveReferences } from "./references.ts";

const scope = {
  inputs: { name: "checkout", count: 3, flags: { dry: true } },
  steps: { "0": { report: { id: "R1", lines: ["a", "b"] }, empty: "" } },
};

Deno.test("a whole-value reference takes the referenced value with its type", () => {
  deepStrictEqual(
    resolveReferences(
      { n: "{{inputs.count}}", f: "{{inputs.flags}}", lines: "{{ steps.0.report.lines }}" },
      scope,
    ),
    { n: 3, f: { dry: true }, lines: ["a", "b"] },
  );
});

Deno.test("an embedded reference is replaced by its value as text", () => {
  deepStrictEqual(
    resolveReferences({ t: "svc {{inputs.name}} x{{inputs.count}} {{inputs.flags}}" }, scope),
    { t: 'svc checkout x3 {"dry":true}' },
  );
});

Deno.test("references resolve inside nested objects and arrays", () => {
  deepStrictEqual(
    resolveReferences({ blocks: [{ text: { text: "id {{steps.0.report.id}}" } }] }, scope),
    { blocks: [{ text: { text: "id R1" } }] },
  );
});

Deno.test("a whole-value reference to a missing value leaves the input out", () => {
  deepStrictEqual(resolveReferences({ a: "{{inputs.nope}}", b: "{{steps.0.empty}}" }, scope), {
    b: "",
  });
});

Deno.test("an embedded reference to a missing value is an error naming the reference", () => {
  throws(() => resolveReferences({ t: "x {{inputs.nope}}" }, scope), /\{\{inputs\.nope\}\}/);
});

Deno.test("references to unknown roots or steps that have not run are errors", () => {
  throws(() => resolveReferences({ t: "{{env.SECRET}}" }, scope), /starts with "env"/);
  throws(() => resolveReferences({ t: "{{steps.1.report}}" }, scope), /step 1, which has not run/);
});

Deno.test("text without references and non-string values pass through unchanged", () => {
  const inputs = { t: "plain {single} braces", n: 5, b: false, z: null };
  deepStrictEqual(resolveReferences(inputs, scope), inputs);
  strictEqual(resolveReferences({ t: "{{inputs.name}}" }, scope).t, "checkout");
});

Deno.test("nesting and path length are bounded", () => {
  let deep: unknown = "x";
  for (let i = 0; i < 40; i++) deep = [deep];
  throws(() => resolveReferences({ deep }, scope), /deeper than 32/);
  const longPath = `{{inputs.${Array(20).fill("a").join(".")}}}`;
  throws(() => resolveReferences({ t: longPath }, scope), /longer than 16 segments/);
});
