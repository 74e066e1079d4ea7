/**
 * Which test files can reach a module: the static import graph of the repository's own
 * TypeScript files (relative specifiers only; npm: and node: imports are leaves).
 */
import ts from "npm:typescript@5.9.3";
import { dirname, join, normalize, relative } from "@node/path";

/** Files of the default test set: `*_test.ts`, `*.test.ts` and `test.ts`, as `deno test` finds them. */
export const isTestFile = (path: string) => /(^|\/)(\w[\w.-]*[_.])?test\.tsx?$/.test(path);

export interface ImportGraph {
  /** Repo-relative path → repo-relative paths it imports. */
  imports: Map<string, string[]>;
}

/** The graph of `files` (repo-relative paths), read from `root`. */
export function buildImportGraph(root: string, files: readonly string[]): ImportGraph {
  const known = new Set(files);
  const imports = new Map<string, string[]>();
  for (const file of files) {
    if (!/\.tsx?$/.test(file)) continue;
    const info = ts.preProcessFile(Deno.readTextFileSync(join(root, file)), true, true);
    const targets: string[] = [];
    for (const ref of info.importedFiles) {
      if (!ref.fileName.startsWith(".")) continue;
      const target = relative(".", normalize(join(dirname(file), ref.fileName)));
      if (known.has(target)) targets.push(target);
    }
    imports.set(file, targets);
  }
  return { imports };
}

/** Every file `file` reaches (itself included, at 0), with the fewest imports it takes to get there. */
export function importDistances(graph: ImportGraph, file: string): Map<string, number> {
  const distance = new Map<string, number>([[file, 0]]);
  let frontier = [file];
  for (let d = 1; frontier.length > 0; d++) {
    const next: string[] = [];
    for (const f of frontier) {
      for (const target of graph.imports.get(f) ?? []) {
        if (!distance.has(target)) {
          distance.set(target, d);
          next.push(target);
        }
      }
    }
    frontier = next;
  }
  return distance;
}
