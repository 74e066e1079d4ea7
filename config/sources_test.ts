/**
 * config/sources.ts is a template: its commented examples, one per backend, must load as they
 * are once uncommented (with the hosts commented in `allowedHosts`), and say the same as the
 * README's examples. Comments are not type-checked, so only this keeps them from rotting.
 */
import { deepStrictEqual, ok, strictEqual } from "@node/assert";
import type { SourceKind } from "../core/sources/mod.ts";
import { defineSources, type SourcesTemplate } from "./define_sources.ts";

const TEMPLATE = new URL("./sources.ts", import.meta.url);
const README = new URL("../README.md", import.meta.url);
const KINDS: SourceKind[] = [
  "loki",
  "elasticsearch",
  "datadog",
  "clickhouse",
  "cloudwatch",
  "generic_json",
];

type Example = SourcesTemplate["sources"][number];

/**
 * The fields of `given` that `loaded` lost: the config schema drops fields it does not know, so a
 * misspelt optional field in a comment would otherwise pass unnoticed.
 */
function dropped(given: unknown, loaded: unknown, path = ""): string[] {
  if (typeof given !== "object" || given === null || Array.isArray(given)) return [];
  return Object.entries(given).flatMap(([key, value]) => {
    const kept = (loaded as Record<string, unknown> | undefined)?.[key];
    return kept === undefined ? [`${path}${key}`] : dropped(value, kept, `${path}${key}.`);
  });
}

/** An object literal written in our own files, as a value. */
function evaluate(literal: string): Example {
  return new Function(`"use strict"; return (${literal});`)() as Example;
}

/** The commented `// {` … `// },` blocks of the template, uncommented. */
function templateExamples(text: string): Example[] {
  const blocks: string[] = [];
  let block: string[] | undefined;
  for (const line of text.split("\n")) {
    const code = /^\s*\/\/ ?(.*)$/.exec(line)?.[1];
    if (code === undefined) {
      block = undefined;
      continue;
    }
    if (code === "{") block = [];
    if (!block) continue;
    block.push(code);
    if (code === "},") {
      blocks.push(block.join("\n").replace(/,$/, ""));
      block = undefined;
    }
  }
  return blocks.map(evaluate);
}

/** The hosts commented in `allowedHosts`: lines that are only `// "host",`. */
function templateHosts(text: string): string[] {
  return [...text.matchAll(/^\s*\/\/ "([a-z0-9.-]+)",$/gm)].map((match) => match[1]);
}

/** The top-level `{…}` literals of a code block (braces inside "strings" skipped). */
function objectLiterals(code: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  let inString = false;
  for (let i = 0; i < code.length; i++) {
    const char = code[i];
    if (inString) {
      if (char === "\\") i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" && depth++ === 0) start = i;
    else if (char === "}" && --depth === 0) found.push(code.slice(start, i + 1));
  }
  return found;
}

/** The README's examples: the ```ts block that holds one per backend. */
function readmeExamples(text: string): Example[] {
  const block = [...text.matchAll(/```ts\n([\s\S]*?)```/g)]
    .map((match) => match[1])
    .find((code) => code.includes('kind: "loki"'));
  ok(block, "the README shows one example per backend in a ts block");
  return objectLiterals(block!).map(evaluate);
}

Deno.test("config/sources.ts: one commented example per backend, and they load as they are", async () => {
  const text = await Deno.readTextFile(TEMPLATE);
  const examples = templateExamples(text);
  deepStrictEqual(examples.map((example) => example.kind).sort(), [...KINDS].sort());
  const hosts = templateHosts(text);
  const config = defineSources({ allowedHosts: hosts, sources: examples });
  strictEqual(config?.sources.length, KINDS.length);
  examples.forEach((example, index) => {
    deepStrictEqual(
      dropped(example, config?.sources[index]),
      [],
      `${example.kind}: unknown fields`,
    );
  });
  for (const example of examples) {
    const alone = defineSources({ allowedHosts: hosts, sources: [example] });
    strictEqual(alone?.defaultSource, example.name, "each loads alone, as the first source");
  }
});

Deno.test("config/sources.ts and the README show the same example per backend", async () => {
  const template = templateExamples(await Deno.readTextFile(TEMPLATE));
  const readme = readmeExamples(await Deno.readTextFile(README));
  deepStrictEqual(readme.map((example) => example.kind).sort(), [...KINDS].sort());
  for (const example of readme) {
    const same = template.find((candidate) => candidate.kind === example.kind);
    deepStrictEqual(example, same, `the ${example.kind} examples differ`);
  }
});

Deno.test("the example extraction finds what a broken example would hide", () => {
  const text = [
    "  allowedHosts: [",
    '    // "a.example.com",',
    "  ],",
    "    // A note {not code}",
    "    // {",
    '    //   name: "x", pathTemplate: "/{service}",',
    "    // },",
  ].join("\n");
  deepStrictEqual(templateHosts(text), ["a.example.com"]);
  deepStrictEqual(templateExamples(text), [{ name: "x", pathTemplate: "/{service}" }]);
  deepStrictEqual(objectLiterals('// c\n{ a: "}{", b: { c: 1 } }\n{ d: 2 }'), [
    '{ a: "}{", b: { c: 1 } }',
    "{ d: 2 }",
  ]);
  deepStrictEqual(dropped({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { c: 2 }, e: 4 }), ["b.d"]);
});
