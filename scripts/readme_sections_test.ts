/**
 * Every README section the code sends a reader to (`see README, "Deployable as-is"`) exists: a
 * heading of the README with exactly that text.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { join, relative } from "@node/path";
import { ROOT } from "./print_manifest.ts";

/** Not the project's own text. */
const SKIPPED_FOLDERS = new Set([
  ".git",
  ".slack",
  ".mutation",
  "node_modules",
  "dist",
  "coverage",
]);
const SOURCE_FILE = /\.(ts|jsonc|sh|example)$|^\.ci\/run$/;
const MAX_FILES = 5000;
/** Its examples are not citations. */
const THIS_FILE = "scripts/readme_sections_test.ts";

/** `README, "Name"`, `README "Name"`, `the README, \"Name\"` (in a string), … */
const CITATION = /README[,:]?\s+\\?["“]([^"”\\\n]{3,80})\\?["”]/g;

/** The project's source files, relative to the root. */
async function sourceFiles(): Promise<string[]> {
  const found: string[] = [];
  const folders = [ROOT];
  while (folders.length > 0 && found.length < MAX_FILES) {
    const folder = folders.pop()!;
    for await (const entry of Deno.readDir(folder)) {
      const path = join(folder, entry.name);
      if (entry.isDirectory && !SKIPPED_FOLDERS.has(entry.name)) folders.push(path);
      const file = relative(ROOT, path);
      if (entry.isFile && SOURCE_FILE.test(file) && file !== THIS_FILE) found.push(path);
    }
  }
  ok(found.length < MAX_FILES, "more files than this test expects");
  return found;
}

/** Each cited section name, with the files that cite it. */
async function citedSections(): Promise<Map<string, string[]>> {
  const cited = new Map<string, string[]>();
  for (const path of await sourceFiles()) {
    for (const match of (await Deno.readTextFile(path)).matchAll(CITATION)) {
      cited.set(match[1], [...(cited.get(match[1]) ?? []), relative(ROOT, path)]);
    }
  }
  return cited;
}

Deno.test("every README section the code cites is a heading of the README", async () => {
  const readme = await Deno.readTextFile(join(ROOT, "README.md"));
  const headings = new Set(
    [...readme.matchAll(/^#{1,6} +(.+?) *$/gm)].map((match) => match[1]),
  );
  const cited = await citedSections();
  ok(cited.has("Deployable as-is"), "the citations are found");
  const missing = [...cited].filter(([section]) => !headings.has(section))
    .map(([section, files]) => `"${section}" (cited in ${[...new Set(files)].join(", ")})`);
  deepStrictEqual(missing, []);
});

Deno.test("citations are read as the code writes them", () => {
  const text = [
    '// (see README, "Deployable as-is").',
    ' "edit config/sources.ts (see the README, \\"Configure your sources\\") and" ',
    ' * `slack run` (README, "Run locally with `slack run`"). Prints',
    " * see the README.",
  ].join("\n");
  deepStrictEqual([...text.matchAll(CITATION)].map((match) => match[1]), [
    "Deployable as-is",
    "Configure your sources",
    "Run locally with `slack run`",
  ]);
});
