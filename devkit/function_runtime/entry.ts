/**
 * Writes the small entry module that runs one bundle under the runtime harness. The entry
 * imports the bundle statically, as the hosted runtime loads `functions/<callback_id>.js`, so
 * the process needs no read permission.
 */
import { resolve } from "@node/path";
import { pathToFileURL } from "@node/url";

export async function writeRuntimeEntry(bundleFile: string, entryFile: string): Promise<void> {
  const bundle = pathToFileURL(resolve(bundleFile)).href;
  const runtime = new URL("./mod.ts", import.meta.url).href;
  await Deno.writeTextFile(
    entryFile,
    [
      `import handler from ${JSON.stringify(bundle)};`,
      `import { main } from ${JSON.stringify(runtime)};`,
      `Deno.exit(await main(handler));`,
      "",
    ].join("\n"),
  );
}
