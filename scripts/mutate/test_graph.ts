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

/** Every file `file` reaches, itself included. */
export function closure(graph: ImportGraph, file: string): Set<string> {
  const seen = new Set<string>([file]);
  const stack = [file];
  while (stack.length > 0) {
    for (const next of graph.imports.get(stack.pop()!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

/** Test files whose imports reach any of `modules`, each with the set it reaches. */
export function testsReaching(
  graph: ImportGraph,
  modules: readonly string[],
): Map<string, Set<string>> {
  const wanted = new Set(modules);
  const out = new Map<string, Set<string>>();
  for (const file of graph.imports.keys()) {
    if (!isTestFile(file)) continue;
    const reached = closure(graph, file);
    if ([...reached].some((m) => wanted.has(m))) out.set(file, reached);
  }
  return out;
}
