/**
 * For the build rewrites' tests: what a module written as `code` exports, read by importing it
 * from a temporary file (UTF-8, as a deployed bundle is read), so that a rewritten bundle's values
 * can be compared with the original's.
 */
import { pathToFileURL as toFileUrl } from "@node/url";

/** The exports of a module file holding `code`. */
export async function exportsOf(code: string): Promise<Record<string, unknown>> {
  const file = await Deno.makeTempFile({ prefix: "safe-debug-module-", suffix: ".js" });
  try {
    await Deno.writeTextFile(file, code);
    return { ...await import(toFileUrl(file).href) };
  } finally {
    await Deno.remove(file);
  }
}
