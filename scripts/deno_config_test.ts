/** deno.jsonc read as data, and the copy the build bundles fetch_logs with. */
import { deepStrictEqual, strictEqual, throws } from "@node/assert";
import { join } from "@node/path";
import { parseJsonc, remappedConfig } from "./deno_config.ts";
import { ROOT } from "./print_manifest.ts";

Deno.test("parseJsonc: comments and trailing commas go, text inside strings stays", () => {
  const text = `// header
{
  "a": "https://example.com/x", // a URL is not a comment
  /* block */ "b": ["q\\"//", "/* kept */",],
  "c": { "d": 1, },
}`;
  deepStrictEqual(parseJsonc(text), {
    a: "https://example.com/x",
    b: ['q"//', "/* kept */"],
    c: { d: 1 },
  });
  throws(() => parseJsonc('{ "a": "open }'), /a string is not closed/);
  throws(() => parseJsonc("{ /* open }"), /a comment is not closed/);
});

Deno.test("remappedConfig: the project's import map plus the remaps, and its own lock file", async () => {
  const dir = await Deno.makeTempDir({ prefix: "safe-debug-deno-config-test-" });
  try {
    const from = "file:///w/a.ts";
    const file = await remappedConfig(ROOT, dir, { [from]: "file:///w/b.ts" });
    const copy = JSON.parse(await Deno.readTextFile(file));
    const project = parseJsonc(await Deno.readTextFile(join(ROOT, "deno.jsonc"))) as {
      imports: Record<string, string>;
      lock: { frozen: boolean };
    };
    deepStrictEqual(copy.imports, { ...project.imports, [from]: "file:///w/b.ts" });
    deepStrictEqual(copy.lock, { path: join(ROOT, "deno.lock"), frozen: project.lock.frozen });
    strictEqual(copy.imports.zod, project.imports.zod);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
