/**
 * `deno task bundle`: bundles every function of the manifest into
 * `dist/functions/<callback_id>.js` with `deno bundle`, as the Slack CLI's build hook does,
 * and refuses a bundle that carries the SDK (it crashes when bundled, and needs --allow-env).
 */
import { join } from "@node/path";
import manifest from "../manifest.ts";
import { functionSources, ROOT } from "./print_manifest.ts";

/** Traces of the npm SDK build (dnt shims, undici) that must never reach a function bundle. */
const SDK_MARKERS = ["deno-slack-sdk", "_dnt.shims", "@deno/shim-deno", "undici"];
/** Bare `node:` imports fail in Slack's hosted runtime bundle loader. */
const NODE_IMPORT = /\b(?:from|import|require)\s*\(?\s*["']node:/;

export interface BundleResult {
  callbackId: string;
  file: string;
  bytes: number;
}

/** Bundles one entry with the running Deno; throws with deno's own message on failure. */
export async function bundleFile(entry: string, output: string): Promise<void> {
  const { code, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["bundle", "--quiet", "--config", join(ROOT, "deno.jsonc"), "--output", output, entry],
    cwd: ROOT,
    stdout: "null",
    stderr: "piped",
  }).output();
  if (code !== 0) {
    throw new Error(`deno bundle ${entry} failed:\n${new TextDecoder().decode(stderr).trim()}`);
  }
}

/** Problems that make a bundle undeployable; empty when it is fine. */
export function bundleProblems(source: string): string[] {
  const problems = SDK_MARKERS.filter((marker) => source.includes(marker))
    .map((marker) => `contains "${marker}": runtime code must import the SDK with \`import type\``);
  if (NODE_IMPORT.test(source)) problems.push("imports a node: built-in");
  return problems;
}

/** Bundles `sources` (`callback_id → source file`; default: the manifest's functions). */
export async function bundleFunctions(
  outDir = join(ROOT, "dist", "functions"),
  sources = functionSources(manifest as unknown as Record<string, unknown>),
): Promise<BundleResult[]> {
  await Deno.mkdir(outDir, { recursive: true });
  const results: BundleResult[] = [];
  for (const [callbackId, entry] of Object.entries(sources)) {
    const file = join(outDir, `${callbackId}.js`);
    await bundleFile(entry, file);
    const problems = bundleProblems(await Deno.readTextFile(file));
    if (problems.length > 0) {
      throw new Error(`bundle for ${callbackId} is not deployable: ${problems.join("; ")}`);
    }
    results.push({ callbackId, file, bytes: (await Deno.stat(file)).size });
  }
  return results;
}

if (import.meta.main) {
  try {
    for (const { callbackId, file, bytes } of await bundleFunctions()) {
      console.log(`${callbackId.padEnd(20)} ${(bytes / 1024).toFixed(1).padStart(8)} KB  ${file}`);
    }
  } catch (error) {
    console.error(`bundle: ${error instanceof Error ? error.message : error}`);
    Deno.exit(1);
  }
}
