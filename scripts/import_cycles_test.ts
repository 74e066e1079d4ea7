/**
 * No import cycles anywhere in the tree: the module graph of every TypeScript file (type-only
 * imports included, as `deno info` resolves them with the project's import map) has no cycle.
 * A cycle usually means a type or helper lives in the wrong module: move it to the module both
 * sides can import.
 */
import { deepStrictEqual, ok } from "@node/assert";
import { dirname, join, relative } from "@node/path";
import { fileURLToPath, pathToFileURL } from "@node/url";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const DENO_INFO_TIMEOUT_MS = 60_000;
/** Far more than the tree holds: a walk that finds more has gone somewhere it should not. */
const MAX_FILES = 5000;

/** Every .ts file of the repository, outside node_modules and hidden folders. */
async function sourceFiles(dir: string, found: string[] = []): Promise<string[]> {
  for await (const entry of Deno.readDir(dir)) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory) await sourceFiles(path, found);
    else if (entry.isFile && entry.name.endsWith(".ts")) found.push(path);
    if (found.length > MAX_FILES) throw new Error(`more than ${MAX_FILES} .ts files under ${repo}`);
  }
  return found;
}

interface InfoModule {
  specifier: string;
  error?: string;
  dependencies?: { code?: { specifier: string }; type?: { specifier: string } }[];
}

/** The imports of each repository module, as file URLs, from one `deno info` over all of them. */
async function importGraph(files: readonly string[]): Promise<Map<string, string[]>> {
  const tmp = await Deno.makeTempDir({ prefix: "import-cycles-" });
  try {
    const root = join(tmp, "all.ts");
    await Deno.writeTextFile(
      root,
      files.map((f) => `import ${JSON.stringify(pathToFileURL(f).href)};\n`).join(""),
    );
    const { success, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
      args: ["info", "--json", "--config", join(repo, "deno.jsonc"), root],
      stdout: "piped",
      stderr: "piped",
      signal: AbortSignal.timeout(DENO_INFO_TIMEOUT_MS),
    }).output();
    if (!success) throw new Error(`deno info failed: ${new TextDecoder().decode(stderr)}`);
    const info = JSON.parse(new TextDecoder().decode(stdout)) as { modules: InfoModule[] };
    const inRepo = pathToFileURL(repo + "/").href;
    const graph = new Map<string, string[]>();
    for (const m of info.modules) {
      if (!m.specifier.startsWith(inRepo) || m.specifier.includes("/node_modules/")) continue;
      const targets = new Set<string>();
      for (const d of m.dependencies ?? []) {
        for (const to of [d.code?.specifier, d.type?.specifier]) {
          if (to?.startsWith(inRepo) && !to.includes("/node_modules/")) targets.add(to);
        }
      }
      graph.set(m.specifier, [...targets]);
    }
    return graph;
  } finally {
    await Deno.remove(tmp, { recursive: true });
  }
}

/** The strongly connected components with a cycle in them (Tarjan's algorithm, iterative). */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let next = 0;
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: { node: string; edge: number }[] = [{ node: start, edge: 0 }];
    index.set(start, next);
    low.set(start, next++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const edges = graph.get(frame.node) ?? [];
      if (frame.edge < edges.length) {
        const to = edges[frame.edge++];
        if (!index.has(to)) {
          index.set(to, next);
          low.set(to, next++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, edge: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent)!, low.get(frame.node)!));
      }
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1 || edges.includes(frame.node)) found.push(component.sort());
    }
  }
  return found;
}

Deno.test("cycles: finds a two-module cycle, a self-import and a longer loop, and no false one", () => {
  const graph = new Map([
    ["a", ["b"]],
    ["b", ["a", "c"]],
    ["c", ["d"]],
    ["d", ["e"]],
    ["e", ["c"]],
    ["f", ["f"]],
    ["g", ["a", "h"]],
    ["h", []],
  ]);
  deepStrictEqual(cycles(graph).sort(), [["a", "b"], ["c", "d", "e"], ["f"]]);
  deepStrictEqual(cycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", []]])), []);
});

Deno.test("no import cycles among the repository's modules", async () => {
  const files = await sourceFiles(repo);
  const graph = await importGraph(files);
  ok(graph.size >= files.length, `deno info saw ${graph.size} modules of ${files.length} files`);
  const named = cycles(graph).map((c) =>
    c.map((url) => relative(repo, fileURLToPath(url))).join(" <-> ")
  );
  deepStrictEqual(
    named,
    [],
    `import cycles (move the shared type or helper):\n${named.join("\n")}`,
  );
});
