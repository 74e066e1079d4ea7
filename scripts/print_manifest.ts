/**
 * `deno task manifest`: prints the app manifest as JSON, as the Slack CLI's `get-manifest`
 * hook does: every function's `source_file` must default-export a function, and is then
 * removed from the output.
 */
import { join } from "@node/path";
import { fileURLToPath, pathToFileURL } from "@node/url";
import manifest from "../manifest.ts";

/** The repository root, where the manifest's paths start. */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));

type ManifestFunction = { source_file?: string } & Record<string, unknown>;

/** The manifest as `get-manifest` prints it: `source_file` removed from every function. */
export function hookManifest(raw: Record<string, unknown>): Record<string, unknown> {
  const functions = (raw.functions ?? {}) as Record<string, ManifestFunction>;
  const stripped = Object.fromEntries(
    Object.entries(functions).map(([id, { source_file: _, ...rest }]) => [id, rest]),
  );
  return { ...raw, functions: stripped };
}

/** Each function's source file, resolved from the repository root. */
export function functionSources(raw: Record<string, unknown>): Record<string, string> {
  const functions = (raw.functions ?? {}) as Record<string, ManifestFunction>;
  return Object.fromEntries(
    Object.entries(functions)
      .filter(([, fn]) => typeof fn.source_file === "string")
      .map(([id, fn]) => [id, join(ROOT, fn.source_file as string)]),
  );
}

/** Throws when a function's source file does not default-export a function. */
export async function checkFunctionSources(raw: Record<string, unknown>): Promise<void> {
  for (const [id, file] of Object.entries(functionSources(raw))) {
    const module = await import(pathToFileURL(file).href);
    if (typeof module.default !== "function") {
      throw new Error(`function ${id}: ${file} must default-export the handler function`);
    }
  }
}

if (import.meta.main) {
  const raw = manifest as unknown as Record<string, unknown>;
  try {
    await checkFunctionSources(raw);
  } catch (error) {
    console.error(`manifest: ${error instanceof Error ? error.message : error}`);
    Deno.exit(1);
  }
  console.log(JSON.stringify(hookManifest(raw), null, 2));
}
