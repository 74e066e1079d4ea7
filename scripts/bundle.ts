/**
 * `deno task bundle`, and the Slack CLI's `build` hook (.slack/hooks.json): bundles every
 * function of the manifest into `<output>/functions/<callback_id>.js` with `deno bundle
 * --minify`, refuses a bundle that carries the SDK (it crashes when bundled, and needs
 * --allow-env), and prints each bundle's size. As the build hook (`--source <project>
 * --output <dir>`, the CLI's flags) it also writes `<dir>/manifest.json` as get-manifest prints it,
 * the application bundle Slack deploys. `--contents` lists what each bundle is made of, from
 * its source map.
 */
import { dirname, join, resolve } from "@node/path";
import { pathToFileURL } from "@node/url";
import {
  TEMPLATE,
  templateBackendImports,
  templateExamples,
  templateHosts,
} from "../config/template_examples.ts";
import manifest from "../manifest.ts";
import { APP_POLICY_JSON, loadAppPolicy } from "../functions/app_scrubber.ts";
import { bytesPerSource, type SourceMap, sourceName } from "./bundle_contents.ts";
import { checkFunctionSources, functionSources, hookManifest, ROOT } from "./print_manifest.ts";

/** Traces of the npm SDK build (dnt shims, undici) that must never reach a function bundle. */
const SDK_MARKERS = ["deno-slack-sdk", "_dnt.shims", "@deno/shim-deno", "undici"];
/** Bare `node:` imports fail in Slack's hosted runtime bundle loader. */
const NODE_IMPORT = /\b(?:from|import|require)\s*\(?\s*["']node:/;

export interface BundleResult {
  callbackId: string;
  file: string;
  bytes: number;
  /** Bytes of the bundle per source (`npm:zod`, `core/scrub/engine.ts`, `(bundler)`). */
  contents: Map<string, number>;
  /** The files it was bundled from (absolute paths, from its source map). */
  sources: string[];
}

/**
 * Bundles one entry, minified, with the running Deno; throws with deno's own message on failure.
 * Returns the bundle's source map, read from the file deno writes beside it and then removed
 * (the deployed directory holds the bundles alone).
 */
export async function bundleFile(entry: string, output: string): Promise<SourceMap> {
  const { code, stderr } = await new Deno.Command(Deno.execPath(), {
    args: [
      "bundle",
      "--quiet",
      "--minify",
      "--sourcemap=external",
      "--config",
      join(ROOT, "deno.jsonc"),
      "--output",
      output,
      entry,
    ],
    cwd: ROOT,
    stdout: "null",
    stderr: "piped",
  }).output();
  if (code !== 0) {
    throw new Error(`deno bundle ${entry} failed:\n${new TextDecoder().decode(stderr).trim()}`);
  }
  const mapFile = `${output}.map`;
  const map = JSON.parse(await Deno.readTextFile(mapFile));
  await Deno.remove(mapFile);
  return {
    // Sources are written relative to the bundle's directory.
    sources: (map.sources as string[]).map((source) => resolve(dirname(output), source)),
    mappings: map.mappings,
  };
}

/**
 * Problems that make a bundle undeployable; empty when it is fine. `sources` are the files it
 * was bundled from (its source map's), where the SDK shows by path however the code is minified.
 */
export function bundleProblems(code: string, sources: readonly string[] = []): string[] {
  const problems = SDK_MARKERS
    .filter((marker) => code.includes(marker) || sources.some((file) => file.includes(marker)))
    .map((marker) => `contains "${marker}": runtime code must import the SDK with \`import type\``);
  if (NODE_IMPORT.test(code)) problems.push("imports a node: built-in");
  return problems;
}

/** Bundles one function's `entry` into `file`; throws when the bundle is not deployable. */
async function bundleFunction(
  callbackId: string,
  entry: string,
  file: string,
): Promise<BundleResult> {
  const map = await bundleFile(entry, file);
  const code = await Deno.readTextFile(file);
  const problems = bundleProblems(code, map.sources);
  if (problems.length > 0) {
    throw new Error(`bundle for ${callbackId} is not deployable: ${problems.join("; ")}`);
  }
  const contents = new Map<string, number>();
  for (const [source, bytes] of bytesPerSource(code, map)) {
    const name = sourceName(source, ROOT);
    contents.set(name, (contents.get(name) ?? 0) + bytes);
  }
  const bytes = (await Deno.stat(file)).size;
  return { callbackId, file, bytes, contents, sources: map.sources };
}

/** Bundles `sources` (`callback_id → source file`; default: the manifest's functions). */
export async function bundleFunctions(
  outDir = join(ROOT, "dist", "functions"),
  sources = functionSources(manifest as unknown as Record<string, unknown>),
): Promise<BundleResult[]> {
  await Deno.mkdir(outDir, { recursive: true });
  const results: BundleResult[] = [];
  for (const [callbackId, entry] of Object.entries(sources)) {
    results.push(await bundleFunction(callbackId, entry, join(outDir, `${callbackId}.js`)));
  }
  return results;
}

/** The team's sources config, which fetch_logs' source file imports. */
const TEAM_SOURCES = join(ROOT, "config", "sources.ts");
const FETCH_LOGS_ENTRY = join(ROOT, "functions", "fetch_logs", "handler.ts");

/**
 * A config/sources.ts that configures the template's example source of each of `kinds` (with the
 * import of its backend, and every host the template names): what a team writes when it follows
 * the template, to measure and test the bundle it gets.
 */
export async function sourcesModuleFor(kinds: readonly string[]): Promise<string> {
  const text = await Deno.readTextFile(TEMPLATE);
  const examples = templateExamples(text);
  const imports = templateBackendImports(text);
  const lines = [
    `import { defineSources } from ${
      JSON.stringify(toFileUrl(join(ROOT, "config", "define_sources.ts")))
    };`,
  ];
  const names: string[] = [];
  const sources = kinds.map((kind) => {
    const example = examples.find((candidate) => candidate.kind === kind);
    const backend = imports.find(({ path }) => path.endsWith(`/${kind}.ts`));
    if (!example || !backend) throw new Error(`config/sources.ts has no example of ${kind}`);
    lines.push(
      `import { ${backend.name} } from ${JSON.stringify(new URL(backend.path, TEMPLATE).href)};`,
    );
    names.push(backend.name);
    return example;
  });
  const config = `{ backends: [${names.join(", ")}], allowedHosts: ${
    JSON.stringify(templateHosts(text))
  }, sources: ${JSON.stringify(sources)} }`;
  return `${lines.join("\n")}\nexport default defineSources(${config});\n`;
}

/**
 * fetch_logs bundled as `slack deploy` bundles it, but with `sourcesModule` (a module's text) in
 * place of config/sources.ts: its source file is copied to `dir` with every relative import made
 * absolute, and the team config's pointed at `dir/sources.ts`. config/sources.ts is not touched.
 */
export async function bundleFetchLogsWith(
  sourcesModule: string,
  dir: string,
  file = join(dir, "fetch_logs.js"),
): Promise<BundleResult> {
  const sourcesFile = join(dir, "sources.ts");
  await Deno.writeTextFile(sourcesFile, sourcesModule);
  const handler = await Deno.readTextFile(FETCH_LOGS_ENTRY);
  let teamConfigImports = 0;
  const entryText = handler.replace(/(from\s+)"(\.{1,2}\/[^"]+)"/g, (_, from, path) => {
    const target = resolve(dirname(FETCH_LOGS_ENTRY), path);
    if (target !== TEAM_SOURCES) return `${from}${JSON.stringify(toFileUrl(target))}`;
    teamConfigImports++;
    return `${from}${JSON.stringify(toFileUrl(sourcesFile))}`;
  });
  if (teamConfigImports !== 1) {
    throw new Error(`${FETCH_LOGS_ENTRY} must import config/sources.ts once`);
  }
  const entry = join(dir, "fetch_logs_entry.ts");
  await Deno.writeTextFile(entry, entryText);
  return await bundleFunction("fetch_logs", entry, file);
}

/** The backend kinds config/sources.ts has an example of, in its order. */
export async function templateKinds(): Promise<string[]> {
  return templateExamples(await Deno.readTextFile(TEMPLATE)).map((example) => example.kind);
}

function toFileUrl(path: string): string {
  return pathToFileURL(path).href;
}

/**
 * The build hook's application bundle in `outputDir`: `functions/<callback_id>.js` for each
 * function, and `manifest.json` as get-manifest prints it (each function's source file checked to
 * default-export its handler, then `source_file` removed). First the app's scrubbing policy
 * (`policyJson`, default config/scrub_policy.json) is checked whole: a policy naming an unknown
 * detector, or a custom pattern that could backtrack, stops the deploy (PolicyError naming the
 * file and the field) before anything is written.
 */
export async function buildApp(
  outputDir: string,
  policyJson: unknown = APP_POLICY_JSON,
): Promise<BundleResult[]> {
  loadAppPolicy(policyJson);
  const raw = manifest as unknown as Record<string, unknown>;
  await checkFunctionSources(raw);
  const results = await bundleFunctions(join(outputDir, "functions"));
  await Deno.writeTextFile(
    join(outputDir, "manifest.json"),
    JSON.stringify(hookManifest(raw), null, 2),
  );
  return results;
}

/** The value of `--name value` or `--name=value` in `args`. */
export function flagValue(args: readonly string[], name: string): string | undefined {
  for (const [i, arg] of args.entries()) {
    if (arg === `--${name}`) return args[i + 1];
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

const KB = (bytes: number) => (bytes / 1024).toFixed(1).padStart(7);

/** The largest `count` sources of a bundle, one per line. */
export function formatContents(result: BundleResult, count = 12): string[] {
  return [...result.contents].sort((a, b) => b[1] - a[1]).slice(0, count)
    .map(([source, bytes]) => `    ${KB(bytes)} KB  ${source}`);
}

/**
 * `--backends`: fetch_logs' size with no source (as the template ships), with the template's
 * example of each backend alone, and with all of them, each built in a temporary directory.
 */
async function printBackendFigures(): Promise<void> {
  const kinds = await templateKinds();
  const dir = await Deno.makeTempDir({ prefix: "safe-debug-backends-" });
  try {
    const cases: [string, string[]][] = [
      ["no source", []],
      ...kinds.map((kind): [string, string[]] => [kind, [kind]]),
      ["all six", kinds],
    ];
    console.log("fetch_logs by the backends configured:");
    for (const [label, configured] of cases) {
      const result = await bundleFetchLogsWith(await sourcesModuleFor(configured), dir);
      console.log(`  ${label.padEnd(22)} ${KB(result.bytes)} KB`);
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

if (import.meta.main) {
  try {
    // The CLI runs the build hook from the project (--source) into a directory (--output).
    const output = flagValue(Deno.args, "output");
    const results = output === undefined
      ? await bundleFunctions()
      : await buildApp(resolve(flagValue(Deno.args, "source") ?? ROOT, output));
    for (const result of results) {
      console.log(`${result.callbackId.padEnd(20)} ${KB(result.bytes)} KB  ${result.file}`);
      if (Deno.args.includes("--contents")) console.log(formatContents(result).join("\n"));
    }
    if (Deno.args.includes("--backends")) await printBackendFigures();
  } catch (error) {
    console.error(`bundle: ${error instanceof Error ? error.message : error}`);
    Deno.exit(1);
  }
}
