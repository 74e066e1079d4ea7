/**
 * config/sources.ts is a template: its commented examples, one per backend, must load as they
 * are once uncommented (with the hosts commented in `allowedHosts`), and say the same as the
 * README's examples. Comments are not type-checked, so only this keeps them from rotting.
 */
import { deepStrictEqual, ok, strictEqual, throws } from "@node/assert";
import type { SourceBackend, SourceKind } from "../core/sources/mod.ts";
import { defineSources } from "./define_sources.ts";
import {
  evaluate,
  type Example,
  TEMPLATE,
  templateBackendImports,
  templateBackendNames,
  templateExamples,
  templateHosts,
} from "./template_examples.ts";

const README = new URL("../README.md", import.meta.url);
const KINDS: SourceKind[] = [
  "loki",
  "elasticsearch",
  "datadog",
  "clickhouse",
  "cloudwatch",
  "generic_json",
];

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

/** The adapters the template's commented imports name, loaded as config/sources.ts would. */
async function importedBackends(text: string): Promise<SourceBackend[]> {
  return await Promise.all(
    templateBackendImports(text).map(async ({ name, path }) => {
      const module = await import(new URL(path, TEMPLATE).href);
      return module[name] as SourceBackend;
    }),
  );
}

Deno.test("config/sources.ts: one commented example per backend, and they load as they are", async () => {
  const text = await Deno.readTextFile(TEMPLATE);
  const examples = templateExamples(text);
  deepStrictEqual(examples.map((example) => example.kind).sort(), [...KINDS].sort());
  const backends = await importedBackends(text);
  deepStrictEqual(backends.map((backend) => backend.kind).sort(), [...KINDS].sort());
  deepStrictEqual(
    templateBackendNames(text),
    templateBackendImports(text).map(({ name }) => name),
    "backends lists each import, commented the same way",
  );
  const hosts = templateHosts(text);
  const config = defineSources({ backends, allowedHosts: hosts, sources: examples });
  strictEqual(config?.sources.length, KINDS.length);
  examples.forEach((example, index) => {
    deepStrictEqual(
      dropped(example, config?.sources[index]),
      [],
      `${example.kind}: unknown fields`,
    );
  });
  for (const example of examples) {
    const own = backends.filter((backend) => backend.kind === example.kind);
    const alone = defineSources({ backends: own, allowedHosts: hosts, sources: [example] });
    strictEqual(alone?.defaultSource, example.name, "each loads alone, as the first source");
  }
});

Deno.test("config/sources.ts: a source whose backend is not imported says which import to add", async () => {
  const text = await Deno.readTextFile(TEMPLATE);
  const backends = await importedBackends(text);
  const hosts = templateHosts(text);
  for (const [index, example] of templateExamples(text).entries()) {
    const { name, path } = templateBackendImports(text)
      .find((line) => kindOfPath(line.path) === example.kind)!;
    const others = backends.filter((backend) => backend.kind !== example.kind);
    throws(
      () => defineSources({ backends: others, allowedHosts: hosts, sources: [example] }),
      (error: Error) => {
        strictEqual(
          error.message,
          `Invalid sources config: sources[0].kind: no ${example.kind} backend is given: ` +
            `import { ${name} } from "${path}" at the top of config/sources.ts and list ${name} ` +
            "in backends",
          `example ${index}`,
        );
        return true;
      },
    );
  }
});

/** The backend kind of an adapter's module path (`../core/sources/generic_json.ts`). */
function kindOfPath(path: string): string {
  return path.replace(/^.*\//, "").replace(/\.ts$/, "");
}

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
    '// import { loki } from "../core/sources/loki.ts";',
    "  backends: [",
    "    // loki,",
    "  ],",
    "  allowedHosts: [",
    '    // "a.example.com",',
    "  ],",
    "    // A note {not code}",
    "    // {",
    '    //   name: "x", pathTemplate: "/{service}",',
    "    // },",
  ].join("\n");
  deepStrictEqual(templateHosts(text), ["a.example.com"]);
  deepStrictEqual(templateBackendImports(text), [{
    name: "loki",
    path: "../core/sources/loki.ts",
  }]);
  deepStrictEqual(templateBackendNames(text), ["loki"]);
  deepStrictEqual(templateExamples(text), [{ name: "x", pathTemplate: "/{service}" }]);
  deepStrictEqual(objectLiterals('// c\n{ a: "}{", b: { c: 1 } }\n{ d: 2 }'), [
    '{ a: "}{", b: { c: 1 } }',
    "{ d: 2 }",
  ]);
  deepStrictEqual(dropped({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { c: 2 }, e: 4 }), ["b.d"]);
});
